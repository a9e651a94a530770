/** Name of the Playwright binding that carries host calls from the rig's preload to the handlers. */
export const RIG_TRANSPORT_BINDING = '__copydeskRigTransport';

/** Name of the page function through which the rig delivers host events, as webContents.send does in Electron. */
export const RIG_EVENT_DELIVERY = '__copydeskRigDeliverEvent';

/** Name of the page constant holding the rig's drop folder: a dropped File named x stands for <drop folder>/x on disk. */
export const RIG_DROP_FOLDER = '__copydeskRigDropFolder';
