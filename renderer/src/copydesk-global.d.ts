import type { ExposedHostApi } from '../../core/host-api/contract';

declare global {
  interface Window {
    /** What preload (or the e2e rig) installs. Use `host` from renderer/src/host.ts, which unwraps its replies. */
    readonly copydesk: ExposedHostApi;
  }
}
