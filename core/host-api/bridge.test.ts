import { describe, expect, it } from 'vitest';
import { createExposedHostApi, createHostClient, type HostTransport } from './bridge';
import { HOST_API, HostError, channelFor, eventChannelFor, type HostReply } from './contract';

function recordingTransport(reply: HostReply<unknown>) {
  const calls: Array<{ channel: string; args: unknown }> = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport: HostTransport = {
    invoke: async (channel, args) => {
      calls.push({ channel, args });
      return reply;
    },
    listen(channel, listener) {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
    // Stands in for webUtils.getPathForFile: files from disk carry a path, others do not.
    pathForFile: (file) => (file as { diskPath?: string }).diskPath ?? '',
  };
  return { transport, calls, listeners };
}

describe('the host bridge', () => {
  it('exposes one function per contract call plus subscribe, and nothing else', () => {
    const exposed = createExposedHostApi(recordingTransport({ ok: true, value: null }).transport);
    expect(Object.keys(exposed).sort()).toEqual([...Object.keys(HOST_API), 'subscribe'].sort());
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('sends each call on its own channel with the arguments as given', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: { draftId: null } });
    const client = createHostClient(createExposedHostApi(transport));
    await expect(client.getLastSession({})).resolves.toEqual({ draftId: null });
    expect(calls).toEqual([{ channel: channelFor('getLastSession'), args: {} }]);
  });

  it('turns an error reply into a HostError that keeps its code', async () => {
    const { transport } = recordingTransport({ ok: false, error: { code: 'bad-file', message: 'story.json: is not valid JSON.' } });
    const failure = await createHostClient(createExposedHostApi(transport)).openDraftFile({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'bad-file', message: 'story.json: is not valid JSON.' });
  });

  it('subscribes to known events on their channel and refuses unknown ones', () => {
    const { transport, listeners } = recordingTransport({ ok: true, value: null });
    const client = createHostClient(createExposedHostApi(transport));
    const received: unknown[] = [];
    const unsubscribe = client.subscribe('draftChangedOnDisk', (payload) => received.push(payload));
    listeners.get(eventChannelFor('draftChangedOnDisk'))?.({ draftId: 'x' });
    expect(received).toEqual([{ draftId: 'x' }]);
    unsubscribe();
    expect(listeners.size).toBe(0);
    expect(() => client.subscribe('noSuchEvent' as 'menuCommand', () => undefined)).toThrow('Unknown host event “noSuchEvent”.');
  });

  it('sends a dropped file as the path preload read from it, and refuses a file not from disk without calling the host', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: { kind: 'image', image: { file: 'assets/a.png', mediaType: 'image/png' } } });
    const exposed = createExposedHostApi(transport);
    const draftId = '3f1c2a9e-6b1d-4c55-9a57-1d2e3f4a5b6c';
    await exposed.openDroppedFile({ file: { diskPath: '/home/amina/photo.png' }, draftId });
    expect(calls).toEqual([{ channel: channelFor('openDroppedFile'), args: { path: '/home/amina/photo.png', draftId } }]);
    expect(await exposed.openDroppedFile({ file: { name: 'made-up.png' }, draftId })).toEqual({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('from the computer’s disk') } });
    expect(calls).toHaveLength(1);
  });
});
