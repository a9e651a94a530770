import { test, expect, type CopydeskApp } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { onlyDraftId, savedBodyText, versionsOnDisk } from './autosave-disk';
import { bodyPlainText } from '../../core/text/text-stats';

const OPENING = 'Lodwar. ';
const REST = 'The borehole at Nakwamekwi used to draw forty families by dawn; this week only nine came, most after walking three hours. ';

/** Types REST a character at a time; returns when each character went in. */
async function typeSteadily(app: CopydeskApp, text: string, forMs: number): Promise<{ text: string; at: number }[]> {
  const typed: { text: string; at: number }[] = [];
  const started = Date.now();
  let sofar = '';
  for (let i = 0; Date.now() - started < forMs; i += 1) {
    const char = text[i % text.length] as string;
    await app.page.keyboard.type(char);
    sofar += char;
    typed.push({ text: sofar, at: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return typed;
}

/**
 * Saves the opening, then types steadily for `forMs` with saves held (so the crash is certain to leave
 * text the saved file lacks, however busy the machine) and kills the app without closing it. Returns
 * what was typed by 2 s before the crash.
 */
async function typeThenCrash(app: CopydeskApp, forMs: number): Promise<string> {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Borehole queues shrink as herders give up');
  await bodyEditor(page).click();
  await page.keyboard.type(OPENING);
  await expect.poll(() => savedBodyText(app)).toBe(OPENING);
  app.holdSaves();
  const typed = await typeSteadily(app, REST, forMs);
  await app.crash();
  const crashedAt = Date.now();
  return OPENING + ([...typed].reverse().find((step) => step.at <= crashedAt - 2000)?.text ?? '');
}

test('after a crash, the text up to the last 2 seconds is back (the user keeps the recovered text)', async ({ app }) => {
  const mustSurvive = await typeThenCrash(app, 6500);
  const onDiskAtCrash = await savedBodyText(app);
  await app.restart();

  const dialog = app.page.getByRole('dialog', { name: 'Recover unsaved text' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Recovered text' })).toContainText('Borehole queues shrink as herders give up');
  await expect(dialog.getByRole('region', { name: 'Saved file' })).toContainText(onDiskAtCrash.slice(0, 40));
  await dialog.getByRole('button', { name: 'Keep recovered text' }).click();
  await expect(dialog).toBeHidden();

  const body = await bodyEditor(app.page).innerText();
  expect(body.replace(/\n/g, '').startsWith(mustSurvive.trim())).toBe(true);
  expect(body.length).toBeGreaterThan(onDiskAtCrash.length);
  // The recovered text is now the file on disk; the copy that was on disk is kept as a version.
  await expect.poll(async () => (await savedBodyText(app)).trim()).toBe(body.trim());
  const draftId = (await onlyDraftId(app)) as string;
  const versions = await versionsOnDisk(app, draftId);
  expect(versions.map((version) => bodyPlainText(version.article.body))).toContain(onDiskAtCrash);
});

test('after a crash, choosing the saved file keeps it and puts the recovered text in the history', async ({ app }) => {
  await typeThenCrash(app, 6500);
  const onDiskAtCrash = await savedBodyText(app);
  await app.restart();

  const dialog = app.page.getByRole('dialog', { name: 'Recover unsaved text' });
  await expect(dialog).toBeVisible();
  // Escape does not skip the question.
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep saved file' }).click();
  await expect(dialog).toBeHidden();
  await expect(bodyEditor(app.page)).toHaveText(onDiskAtCrash.trim());

  const draftId = (await onlyDraftId(app)) as string;
  const recoveredKept = (await versionsOnDisk(app, draftId)).map((version) => bodyPlainText(version.article.body));
  expect(recoveredKept.some((text) => text.length > onDiskAtCrash.length && text.startsWith(onDiskAtCrash))).toBe(true);
});

test('text typed before the first save ever comes back after a crash, without a question', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  // Steady typing, so no after-pause save happens before the crash; the recovery copy has it.
  const typed = await typeSteadily(app, REST, 2500);
  await app.crash();
  await app.restart();
  const expected = typed.find((step) => step.at >= (typed[0]?.at ?? 0) + 500)?.text ?? '';
  await expect(bodyEditor(app.page)).toContainText(expected.trim());
  await expect(app.page.getByRole('dialog', { name: 'Recover unsaved text' })).toHaveCount(0);
});
