/** Name of the Playwright binding that carries host calls from the rig's preload to the handlers. */
export const RIG_TRANSPORT_BINDING = '__copydeskRigTransport';

/** Name of the page function through which the rig delivers host events, as webContents.send does in Electron. */
export const RIG_EVENT_DELIVERY = '__copydeskRigDeliverEvent';
