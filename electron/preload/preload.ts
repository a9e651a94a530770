// Sandboxed preload: bundled into one file that requires only 'electron'. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostReply } from '../../core/host-api/contract';
import { exposeHostApi } from './expose-host-api';

exposeHostApi((key, api) => contextBridge.exposeInMainWorld(key, api), {
  invoke: (channel, args) => ipcRenderer.invoke(channel, args) as Promise<HostReply<unknown>>,
  listen(channel, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => ipcRenderer.removeListener(channel, forward);
  },
});
