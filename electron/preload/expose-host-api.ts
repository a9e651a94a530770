import { createHostApi, type HostTransport } from '../../core/host-api/bridge';
import { HOST_API_GLOBAL, type HostApi } from '../../core/host-api/contract';

/**
 * Puts the typed host API, and nothing else, on the page as `window.copydesk`. Preload passes
 * contextBridge and ipcRenderer.invoke; the e2e rig passes its own exposer and transport.
 */
export function exposeHostApi(expose: (key: string, api: HostApi) => void, transport: HostTransport): void {
  expose(HOST_API_GLOBAL, createHostApi(transport));
}
