// The e2e rig's preload: the same exposeHostApi + createHostApi as Electron's preload, with Electron's
// IPC replaced by a Playwright binding and contextBridge replaced by a copy that behaves like it.
import type { HostReply } from '../../core/host-api/contract';
import { exposeHostApi } from '../../electron/preload/expose-host-api';
import { RIG_TRANSPORT_BINDING } from './rig-binding';

type RigWindow = typeof window & Record<typeof RIG_TRANSPORT_BINDING, (channel: string, args: unknown) => Promise<HostReply<unknown>>>;

/**
 * Like contextBridge.exposeInMainWorld: the page gets a frozen object whose functions copy their
 * arguments and results, and whose errors arrive as plain Errors carrying only the message
 * (Electron rebuilds thrown errors from their message; a HostError's code does not cross).
 */
function exposeLikeContextBridge(key: string, api: object): void {
  const bridged: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const [name, call] of Object.entries(api) as [string, (args: unknown) => Promise<unknown>][]) {
    bridged[name] = (args) =>
      call(structuredClone(args)).then(
        (value) => structuredClone(value),
        (error: unknown) => Promise.reject(new Error(error instanceof Error ? error.message : String(error))),
      );
  }
  Object.defineProperty(window, key, { value: Object.freeze(bridged), enumerable: true });
}

exposeHostApi(exposeLikeContextBridge, (channel, args) => (window as RigWindow)[RIG_TRANSPORT_BINDING](channel, args));
