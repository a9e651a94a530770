import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LaunchArgumentsContext {
  /** The folder the command ran in (second-instance passes the other process's). */
  cwd: string;
  /** Development (`electron [switches] <app> <files>`): the first argument that is not a switch is the app, not a file. */
  firstPositionalIsApp: boolean;
  /** path.win32 on Windows, path.posix elsewhere; tests pass either. */
  path?: Pick<typeof nodePath, 'resolve' | 'isAbsolute'>;
}

/**
 * The files the OS or the user asked to open, as absolute paths: everything after the executable
 * (and the app in development) that is not a switch. Chromium and Electron add switches of
 * their own (to second-instance argv on Windows, `-psn_…` from old macOS Finder), and desktop
 * entries pass file:// URLs (%U). Relative paths are resolved against the caller's folder.
 */
export function filesFromArguments(argv: readonly string[], context: LaunchArgumentsContext): string[] {
  const path = context.path ?? nodePath;
  const files: string[] = [];
  let afterDoubleDash = false;
  let appSkipped = !context.firstPositionalIsApp;
  for (const argument of argv.slice(1)) {
    if (!afterDoubleDash && argument === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (argument === '' || (!afterDoubleDash && argument.startsWith('-'))) continue;
    if (!appSkipped) {
      appSkipped = true;
      continue;
    }
    const file = argument.startsWith('file://') ? fromFileUrl(argument) : path.resolve(context.cwd, argument);
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

function fromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
