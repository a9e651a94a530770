import type { HostApi } from '../../core/host-api/contract';

declare global {
  interface Window {
    /** The host API installed by the preload bridge (or the e2e rig). The renderer's only way out. */
    readonly copydesk: HostApi;
  }
}
