import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { MeasureRecorder } from './typing-session';

/**
 * CPU profiles of the measured typing, against unminified builds so that functions keep their names
 * and each bundle line can be traced to its source module (the bundler heads each module with a
 * `// path/to/module.ts` line).
 */

/** The parts of a DevTools protocol Profiler.Profile that the summary reads. */
export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Records a CPU profile of the measured keys and writes it to `file` (DevTools opens .cpuprofile files). */
export function cpuProfileRecorder(page: Page, file: string, onProfile: (profile: CpuProfile) => void): MeasureRecorder {
  let session: CDPSession | undefined;
  return {
    async start() {
      session = await page.context().newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
    },
    async stop() {
      if (!session) throw new Error('The CPU profile was stopped before it was started.');
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      await writeFile(file, JSON.stringify(profile));
      onProfile(profile as CpuProfile);
    },
  };
}

export interface SelfTime {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  byModule: SelfTime[];
  byFunction: SelfTime[];
  /** Total time (with everything they called) of functions in the app's own modules: what each part of Copydesk costs. */
  byAppFunction: SelfTime[];
}

const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);
const MODULE_HEADER = /^\/\/ (?:\\0)?(\S+\.(?:[cm]?js|[cm]?ts|tsx|jsx))$/;
const APP_MODULE = /^(renderer|core)\//;

/**
 * Self time (time a function was on top of the stack) by source module and by function, and total
 * time of the app's own functions, most first.
 * Native functions (DOM calls, timers) count for the nearest calling script frame, so the module
 * that asked for the work gets the bill; the rest (GC, style, layout, paint, the bench's own probe)
 * shows as "(no script)".
 */
export async function summarizeProfile(profile: CpuProfile, servedFolder: string, limit: number): Promise<ProfileSummary> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id] as const)));
  const moduleAt = await moduleLocator(new Set(profile.nodes.map((node) => node.callFrame.url).filter(Boolean)), servedFolder);
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const appFunctions = new Map<string, number>();
  const frameName = (nodeId: number) => {
    const frame = byId.get(nodeId)!.callFrame;
    const module = moduleAt(frame.url, frame.lineNumber);
    return { module, name: `${frame.functionName || '(anonymous)'}  ${module}  (bundle line ${frame.lineNumber + 1})` };
  };
  let totalMs = 0;
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i, so the time sample i stands for is timeDeltas[i + 1].
  (profile.samples ?? []).forEach((nodeId, index) => {
    const { functionName, url } = byId.get(nodeId)!.callFrame;
    if (NOT_WORK.has(functionName)) return;
    const ms = (deltas[index + 1] ?? 0) / 1000;
    let caller: number | undefined = nodeId;
    while (caller !== undefined && !byId.get(caller)!.callFrame.url) caller = parentOf.get(caller);
    let module = '(no script)';
    let name = `(no script) ${functionName}`;
    if (caller !== undefined) {
      const own = frameName(caller);
      module = own.module;
      name = url ? own.name : `${functionName || '(native)'} ← ${own.name}`;
    }
    totalMs += ms;
    modules.set(module, (modules.get(module) ?? 0) + ms);
    functions.set(name, (functions.get(name) ?? 0) + ms);

    const onStack = new Set<string>();
    for (let frame = caller; frame !== undefined; frame = parentOf.get(frame)) {
      if (!byId.get(frame)!.callFrame.url) continue;
      const own = frameName(frame);
      if (APP_MODULE.test(own.module)) onStack.add(own.name);
    }
    for (const appFunction of onStack) appFunctions.set(appFunction, (appFunctions.get(appFunction) ?? 0) + ms);
  });
  const top = (totals: Map<string, number>) =>
    [...totals]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, limit);
  return { totalMs, byModule: top(modules), byFunction: top(functions), byAppFunction: top(appFunctions) };
}

/** Maps a script URL and 0-based line to the source module that line of the served build came from. */
async function moduleLocator(urls: Set<string>, servedFolder: string): Promise<(url: string, line: number) => string> {
  const headersByUrl = new Map<string, { line: number; module: string }[]>();
  for (const url of urls) {
    const pathname = pathnameOf(url);
    if (pathname === null) continue;
    const file = path.join(servedFolder, pathname);
    if (!file.startsWith(servedFolder + path.sep)) continue;
    const source = await readFile(file, 'utf8').catch(() => null);
    if (source === null) continue;
    const headers: { line: number; module: string }[] = [];
    source.split('\n').forEach((text, line) => {
      const module = MODULE_HEADER.exec(text)?.[1];
      if (module) headers.push({ line, module });
    });
    headersByUrl.set(url, headers);
  }
  return (url, line) => {
    let module = path.basename(pathnameOf(url) ?? url);
    for (const header of headersByUrl.get(url) ?? []) {
      if (header.line > line) break;
      module = header.module;
    }
    return module;
  };
}

function pathnameOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
