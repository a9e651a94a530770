import { HOST_API, HostError, channelFor, type HostApi, type HostCallName, type HostReply } from './contract';

/** Sends one call over whatever transport the host uses (Electron IPC, or the test rig's binding). */
export type HostTransport = (channel: string, args: unknown) => Promise<HostReply<unknown>>;

/** Builds the renderer-facing API from the contract. Preload and the e2e rig both use this. */
export function createHostApi(transport: HostTransport): HostApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(HOST_API) as HostCallName[]) {
    api[name] = async (args: unknown) => {
      const reply = await transport(channelFor(name), args ?? {});
      if (!reply.ok) throw new HostError(reply.error.code, reply.error.message);
      return reply.value;
    };
  }
  return Object.freeze(api) as HostApi;
}
