import { HOST_EVENTS, eventChannelFor, type HostEventName, type HostEventPayload } from '../../core/host-api/contract';

/** Sends a host event to the renderer after checking its payload against the contract. */
export type HostEventSender<Sent = void> = <Name extends HostEventName>(name: Name, payload: HostEventPayload<Name>) => Sent;

/** Plain module: Electron's main passes webContents.send, the e2e rig passes a page.evaluate. */
export function createHostEventSender<Sent>(send: (channel: string, payload: unknown) => Sent): HostEventSender<Sent> {
  return (name, payload) => send(eventChannelFor(name), HOST_EVENTS[name].parse(payload));
}
