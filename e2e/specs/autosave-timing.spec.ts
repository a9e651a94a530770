import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { savedBodyText } from './autosave-disk';

test('typing is on disk within 2 seconds after it pauses, with no Save pressed', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Schools in Lodwar reopen on Monday.');
  // The rule is 1 s after the pause; 2 s leaves room for the write itself.
  await expect.poll(() => savedBodyText(app), { timeout: 2000, intervals: [100] }).toBe('Schools in Lodwar reopen on Monday.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved \d{1,2}:\d{2}/);
});

test('continuous typing is saved mid-way, not only when it stops', async ({ app }) => {
  const { page } = app;
  const sentence = 'The county says water trucking will start in the fourteen driest wards before the end of the month, officials said. ';
  await bodyEditor(page).click();
  const savedWhileTyping: string[] = [];
  let typing = true;
  const watcher = (async () => {
    while (typing) {
      const text = await savedBodyText(app);
      if (text) savedWhileTyping.push(text);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = Date.now();
  // About 6 s of steady typing, with no pause long enough to trigger the after-pause save.
  while (Date.now() - started < 6000) await page.keyboard.type(sentence.slice(0, 20), { delay: 40 });
  typing = false;
  await watcher;
  const typed = await bodyEditor(page).innerText();
  // A save landed while typing went on: a shorter prefix of what ended up typed.
  expect(savedWhileTyping.length).toBeGreaterThan(0);
  const first = savedWhileTyping[0] ?? '';
  expect(first.length).toBeGreaterThan(0);
  expect(first.length).toBeLessThan(typed.trim().length);
  expect(typed.startsWith(first)).toBe(true);
  await expect.poll(() => savedBodyText(app), { timeout: 2000 }).toBe(typed.trim());
});

test('on flushRequested (window close, quit, shutdown) everything typed is saved at once', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  // Steady typing, so neither the after-pause save nor a recovery copy has the last words.
  let typed = '';
  const started = Date.now();
  while (Date.now() - started < 2500) {
    const word = `word${typed.length} `;
    await page.keyboard.type(word, { delay: 20 });
    typed += word;
  }
  await app.emitHostEvent('flushRequested', { reason: 'close' });
  // The host's handlers finish a save they accepted, as Electron's main does before the window goes.
  await app.crash();
  await app.restart();
  await expect(bodyEditor(app.page)).toHaveText(typed.trim());
  await expect(app.page.getByRole('dialog', { name: 'Recover unsaved text' })).toHaveCount(0);
});
