import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The runtime boundaries are lint rules (eslint.config.js); these prove the rules fire.
const repoRoot = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: repoRoot });

async function ruleHits(code: string, filePath: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, filePath) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('lint boundaries', { timeout: 60_000 }, () => {
  it('core/ may not import Node built-ins or touch DOM and Node globals', async () => {
    const hits = await ruleHits(
      ["import { readFileSync } from 'node:fs';", "import path from 'path';", 'export const title = document.title + readFileSync(path.join("a")).length + process.pid;'].join('\n'),
      'core/article/boundary-probe.ts',
    );
    expect(hits.filter((hit) => hit.ruleId === 'no-restricted-imports')).toHaveLength(2);
    expect(hits).toContainEqual(expect.objectContaining({ ruleId: 'no-restricted-imports', message: expect.stringContaining('no Node built-ins') }));
    expect(hits).toContainEqual({ ruleId: 'no-restricted-globals', message: expect.stringContaining("'document'") });
    expect(hits).toContainEqual({ ruleId: 'no-restricted-globals', message: expect.stringContaining("'process'") });
  });

  it('core/ may not import UI code or the layers above it', async () => {
    const hits = await ruleHits("import { useState } from 'react';\nimport { x } from '../../renderer/src/x';\nexport const y = [useState, x];", 'core/text/boundary-probe.ts');
    expect(hits.filter((hit) => hit.ruleId === 'no-restricted-imports').map((hit) => hit.message)).toEqual([
      expect.stringContaining('no UI code'),
      expect.stringContaining('bottom layer'),
    ]);
  });

  it('core/ tests may read fixtures with node:fs', async () => {
    expect(await ruleHits("import { readFileSync } from 'node:fs';\nexport const a = readFileSync;", 'core/article/boundary-probe.test.ts')).toEqual([]);
  });

  it('only electron/ may import electron', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;";
    expect(await ruleHits(code, 'renderer/src/boundary-probe.ts')).toContainEqual({ ruleId: 'no-restricted-imports', message: expect.stringContaining('Only electron/ may import Electron') });
    expect(await ruleHits(code, 'core/boundary-probe.ts')).toContainEqual({ ruleId: 'no-restricted-imports', message: expect.stringContaining('Only electron/ may import Electron') });
    expect(await ruleHits(code, 'electron/main/boundary-probe.ts')).toEqual([]);
  });

  it('the renderer may not import Node built-ins', async () => {
    expect(await ruleHits("import fs from 'node:fs';\nexport const a = fs;", 'renderer/src/boundary-probe.ts')).toContainEqual({
      ruleId: 'no-restricted-imports',
      message: expect.stringContaining('The renderer has no Node'),
    });
  });
});
