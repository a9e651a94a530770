// Sandboxed preload: bundled into one file that requires only 'electron'. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import type { HostReply } from '../../core/host-api/contract';
import { exposeHostApi } from './expose-host-api';

exposeHostApi(
  (key, api) => contextBridge.exposeInMainWorld(key, api),
  (channel, args) => ipcRenderer.invoke(channel, args) as Promise<HostReply<unknown>>,
);
