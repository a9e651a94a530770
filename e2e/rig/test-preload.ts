// The e2e rig's preload: the same exposeHostApi + createExposedHostApi as Electron's preload, with Electron's
// IPC replaced by a Playwright binding and contextBridge replaced by a copy that behaves like it.
import type { HostReply } from '../../core/host-api/contract';
import { exposeHostApi } from '../../electron/preload/expose-host-api';
import { RIG_DROP_FOLDER, RIG_EVENT_DELIVERY, RIG_TRANSPORT_BINDING } from './rig-binding';

type RigWindow = typeof window &
  Record<typeof RIG_TRANSPORT_BINDING, (channel: string, args: unknown) => Promise<HostReply<unknown>>> &
  Record<typeof RIG_EVENT_DELIVERY, (channel: string, payload: unknown) => void> &
  Partial<Record<typeof RIG_DROP_FOLDER, string>>;

/**
 * Like contextBridge.exposeInMainWorld: the page gets a frozen object whose functions copy their
 * arguments and results (functions passed in, such as event listeners, are passed by reference as
 * contextBridge proxies them), and whose errors arrive as plain Errors carrying only the message.
 */
function exposeLikeContextBridge(key: string, api: object): void {
  const copy = (value: unknown) => (typeof value === 'function' ? value : structuredClone(value));
  const bridged: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, member] of Object.entries(api) as [string, (...args: unknown[]) => unknown][]) {
    bridged[name] = (...args) => {
      const result = member(...args.map(copy));
      if (!(result instanceof Promise)) return copy(result);
      return result.then(copy, (error: unknown) => Promise.reject(new Error(error instanceof Error ? error.message : String(error))));
    };
  }
  Object.defineProperty(window, key, { value: Object.freeze(bridged), enumerable: true });
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
const rigWindow = window as RigWindow;
Object.defineProperty(rigWindow, RIG_EVENT_DELIVERY, {
  value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(structuredClone(payload))),
});

exposeHostApi(exposeLikeContextBridge, {
  invoke: (channel, args) => rigWindow[RIG_TRANSPORT_BINDING](channel, args),
  listen(channel, listener) {
    const forChannel = listeners.get(channel) ?? new Set();
    listeners.set(channel, forChannel);
    forChannel.add(listener);
    return () => forChannel.delete(listener);
  },
  // Stands in for webUtils.getPathForFile: a File from a drop in a test is the file of that name in the rig's drop folder.
  pathForFile(file) {
    const folder = rigWindow[RIG_DROP_FOLDER];
    if (!folder || !(file instanceof File) || !/^[^/\\]+$/.test(file.name) || file.name.startsWith('..')) return '';
    return `${folder}/${file.name}`;
  },
});
