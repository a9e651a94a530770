import type { HostApi } from '../core/host-api/contract';

declare global {
  interface Window {
    copydesk: HostApi;
  }
}
