import { z } from 'zod';
import { HOST_API, HostError, channelFor, type HostCallArgs, type HostCallName, type HostCallResult, type HostReply } from '../../core/host-api/contract';
import { describeZodError, formatProblems } from '../../core/article/validation-messages';

/**
 * Plain module (no Electron): validates the sender and the arguments of every host call,
 * then runs its handler. Electron's ipcMain and the e2e rig both dispatch through this.
 */
export type HostHandlers = {
  [Name in HostCallName]: (args: z.output<(typeof HOST_API)[Name]['args']>) => Promise<HostCallResult<Name>>;
};

export interface HostRouter {
  channels: readonly string[];
  dispatch(channel: string, senderUrl: string | undefined, rawArgs: unknown): Promise<HostReply<unknown>>;
}

const callByChannel = new Map<string, HostCallName>(
  (Object.keys(HOST_API) as HostCallName[]).map((name) => [channelFor(name), name]),
);

export function createHostRouter(options: {
  handlers: HostHandlers;
  isTrustedSender: (senderUrl: string | undefined) => boolean;
  onUnexpectedError?: (channel: string, error: unknown) => void;
}): HostRouter {
  return {
    channels: [...callByChannel.keys()],
    async dispatch(channel, senderUrl, rawArgs) {
      const name = callByChannel.get(channel);
      if (!name) return { ok: false, error: { code: 'unknown-call', message: `Unknown host call “${channel}”.` } };
      if (!options.isTrustedSender(senderUrl)) {
        return { ok: false, error: { code: 'untrusted-sender', message: `Refused “${name}” from an untrusted page.` } };
      }
      const parsed = HOST_API[name].args.safeParse(rawArgs, { reportInput: true });
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'invalid-arguments', message: `Invalid arguments to “${name}”:\n${formatProblems(describeZodError(parsed.error))}` },
        };
      }
      try {
        const handler = options.handlers[name] as (args: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof HostError) return { ok: false, error: { code: error.code, message: error.message } };
        options.onUnexpectedError?.(channel, error);
        return { ok: false, error: { code: 'internal', message: `“${name}” failed: ${error instanceof Error ? error.message : String(error)}` } };
      }
    },
  };
}

export type { HostCallArgs };
