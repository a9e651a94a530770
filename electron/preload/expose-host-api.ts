import { createExposedHostApi, type HostTransport } from '../../core/host-api/bridge';
import { HOST_API_GLOBAL, type ExposedHostApi } from '../../core/host-api/contract';

/**
 * Puts the typed host API, and nothing else, on the page as `window.copydesk`. Preload passes
 * contextBridge and ipcRenderer; the e2e rig passes its own exposer and transport.
 */
export function exposeHostApi(expose: (key: string, api: ExposedHostApi) => void, transport: HostTransport): void {
  expose(HOST_API_GLOBAL, createExposedHostApi(transport));
}
