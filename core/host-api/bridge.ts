import {
  HOST_API,
  HOST_EVENTS,
  HostError,
  channelFor,
  eventChannelFor,
  type ExposedHostApi,
  type HostApi,
  type HostCallName,
  type HostEventName,
  type HostReply,
} from './contract';

/** Carries calls and events over whatever the host uses: Electron IPC, or the test rig's binding. */
export interface HostTransport {
  invoke(channel: string, args: unknown): Promise<HostReply<unknown>>;
  /** Starts delivering one event channel; returns the function that stops it. */
  listen(channel: string, listener: (payload: unknown) => void): () => void;
  /** The path on disk of a File the user dropped (Electron's webUtils.getPathForFile); '' for a File not from disk. */
  pathForFile(file: unknown): string;
}

function isEventName(name: string): name is HostEventName {
  return Object.hasOwn(HOST_EVENTS, name);
}

/** Built in preload (and the rig's stand-in for it) from the contract: the only thing the page is given. */
export function createExposedHostApi(transport: HostTransport): ExposedHostApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(HOST_API) as HostCallName[]) {
    api[name] = (args: unknown) => transport.invoke(channelFor(name), args ?? {});
  }
  // The page hands over the dropped File itself; only its path, read here, crosses to the host.
  api.openDroppedFile = (args: { file?: unknown; draftId?: unknown } | undefined) => {
    const path = args?.file ? transport.pathForFile(args.file) : '';
    if (!path) return Promise.resolve({ ok: false, error: { code: 'invalid-arguments', message: 'Only files dropped from the computer’s disk can be opened.' } });
    return transport.invoke(channelFor('openDroppedFile'), { path, draftId: args?.draftId ?? null });
  };
  api.subscribe = (name: string, listener: (payload: unknown) => void) => {
    if (!isEventName(name)) throw new Error(`Unknown host event “${name}”.`);
    return transport.listen(eventChannelFor(name), listener);
  };
  return Object.freeze(api) as ExposedHostApi;
}

/** Used by the renderer: unwraps replies so calls return their value or throw a HostError with its code. */
export function createHostClient(exposed: ExposedHostApi): HostApi {
  const client: Record<string, unknown> = {};
  for (const name of Object.keys(HOST_API) as HostCallName[]) {
    const call = exposed[name] as (args: unknown) => Promise<HostReply<unknown>>;
    client[name] = async (args: unknown) => {
      const reply = await call(args ?? {});
      if (!reply.ok) throw new HostError(reply.error.code, reply.error.message);
      return reply.value;
    };
  }
  client.subscribe = exposed.subscribe;
  return Object.freeze(client) as HostApi;
}
