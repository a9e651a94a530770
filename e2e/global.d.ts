import type { ExposedHostApi } from '../core/host-api/contract';

declare global {
  interface Window {
    copydesk: ExposedHostApi;
  }
}
