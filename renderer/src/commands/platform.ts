/** This machine in Node's spelling ('darwin', 'win32', 'linux'), as the command table's keys are resolved for it. */
export const PLATFORM = /Mac|iPhone|iPad/.test(navigator.platform) ? 'darwin' : /^Win/.test(navigator.platform) ? 'win32' : 'linux';
