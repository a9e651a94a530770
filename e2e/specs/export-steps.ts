import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, type CopydeskApp } from '../fixtures';

/** Exports the open draft as HTML through the pre-export check (which must let it through) and reads the file written. */
export async function exportHtml(app: CopydeskApp, fileName: string): Promise<string> {
  const destination = path.join(app.dataDir, 'out', fileName);
  await fsp.mkdir(path.dirname(destination), { recursive: true });
  app.dialogs.queueExportDestination(destination);
  await app.page.getByRole('button', { name: 'Export…' }).click();
  await app.page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'HTML…' }).click();
  const check = app.page.getByRole('dialog', { name: 'Pre-export check' });
  await check.getByRole('button', { name: /^Export/ }).click();
  await expect(check).toBeHidden();
  return fsp.readFile(destination, 'utf8');
}
