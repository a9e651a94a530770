import { createHostClient } from '../../core/host-api/bridge';

/** The renderer's only way to the host: window.copydesk, unwrapped so calls throw HostError with its code. */
export const host = createHostClient(window.copydesk);
