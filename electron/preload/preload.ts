// Sandboxed preload: bundled into one file that requires only 'electron'. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { HostReply } from '../../core/host-api/contract';
import { exposeHostApi } from './expose-host-api';

exposeHostApi((key, api) => contextBridge.exposeInMainWorld(key, api), {
  invoke: (channel, args) => ipcRenderer.invoke(channel, args) as Promise<HostReply<unknown>>,
  listen(channel, listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => ipcRenderer.removeListener(channel, forward);
  },
  // Read here and sent straight to main: the page hands over the File but never sees its path.
  // getPathForFile throws for anything but a File, and gives '' for a File made in the page rather than from disk.
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
});
