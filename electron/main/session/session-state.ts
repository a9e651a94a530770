import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';

const SessionSchema = z.object({ lastDraftId: z.uuid().nullable() });
export type SessionState = z.infer<typeof SessionSchema>;

const EMPTY_SESSION: SessionState = { lastDraftId: null };

/** `<stateFolder>/session.json`: what to reopen on start. A missing or corrupt file means a fresh start. */
export function createSessionState({ fs, stateFolder }: { fs: HostFileSystem; stateFolder: string }) {
  const file = path.join(stateFolder, 'session.json');
  // What this run last wrote: autosave remembers the same draft every few seconds, and each write costs two fsyncs.
  let written: string | null = null;
  return {
    async read(): Promise<SessionState> {
      try {
        const parsed = SessionSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
        return parsed.success ? parsed.data : EMPTY_SESSION;
      } catch {
        return EMPTY_SESSION;
      }
    },
    async rememberDraft(id: string): Promise<void> {
      if (written === id) return;
      await fs.mkdir(stateFolder, { recursive: true });
      await writeFileAtomic(fs, file, `${JSON.stringify({ lastDraftId: id } satisfies SessionState)}\n`);
      written = id;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionState>;
