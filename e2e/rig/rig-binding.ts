/** Name of the Playwright binding that carries host calls from the rig's preload to the handlers. */
export const RIG_TRANSPORT_BINDING = '__copydeskRigTransport';
