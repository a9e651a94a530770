// The review panel's Suggestions section: every pending suggestion by two people in document order
// (fields and body),
// Accept / Reject on one, Accept all by one person, undo and redo of a decision, Review ▸ Accept All
// Changes, the review log and the export; the keyboard; axe and screenshots, light and dark.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Article } from '../../core/article/article-schema';
import { serializeArticle } from '../../core/article/load-article';
import { createArticle } from '../../core/article/new-article';
import { body, paragraph, suggestion } from '../../core/testing/body-builders';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { exportHtml } from './export-steps';
import { savedArticle } from './autosave-disk';
import { articleDetails, bodyEditor } from './editor-steps';

const EDITOR = { name: 'Amina Odhiambo', initials: 'AO' };
const AT = '2026-12-03T16:40:00.000Z';
const HEADLINE = 'Kisumu ferry resumes service after two-week halt';
const EDITORS_HEADLINE = 'Kisumu ferry back in service after engine fire';
const STANDFIRST = 'The MV Uhuru carried 400 passengers on its first crossing.';
const MY_STANDFIRST = 'QUOKKA standfirst that is rejected.';
const INSERTED = ' after the engine was repaired';

/** A draft the desk sent back: Amina Odhiambo suggested a new headline, words in the body and a new dateline. */
const returnedDraft = (): Article => {
  const draft = createArticle({ id: '3c9e1f27-5b4a-4d8c-9e6f-7a8b9c0d1e2f', now: new Date('2026-12-03T08:00:00Z') });
  return {
    ...draft,
    headline: HEADLINE,
    slug: 'kisumu-ferry-resumes-service-after-two-week-halt',
    standfirst: STANDFIRST,
    section: 'Transport',
    dateline: 'KISUMU',
    bylines: [{ name: 'Otieno Wafula', role: 'Reporter' }],
    body: body([paragraph('The ferry left the pier at seven', suggestion('insert', '6f2b4c5a-8e7d-4a1f-8b9c-0d1e2f3a4b5c', INSERTED, EDITOR, AT), ' with every seat taken.')]),
    review: {
      ...draft.review,
      fieldSuggestions: [
        { id: '4d0f2a38-6c5b-4e9d-8f7a-8b9c0d1e2f3a', field: 'dateline', before: 'KISUMU', after: 'KISUMU, Kenya', by: EDITOR, at: AT },
        { id: '5e1a3b49-7d6c-4f0e-9a8b-9c0d1e2f3a4b', field: 'headline', before: HEADLINE, after: EDITORS_HEADLINE, by: EDITOR, at: AT },
      ],
    },
  };
};

const SUB_EDITOR = { name: 'Jonas Berg', initials: 'JB' };
const NIGHT_DESK = { name: 'Wanjiru Kamau', initials: 'WK' };

/** The returned draft with more of the desk's body suggestions, by three people: an addition, a deletion and replacements. */
const busyDraft = (): Article => {
  const draft = returnedDraft();
  return {
    ...draft,
    body: body([
      paragraph('The ferry left the pier at seven', suggestion('insert', '6f2b4c5a-8e7d-4a1f-8b9c-0d1e2f3a4b5c', INSERTED, EDITOR, AT), ' with every seat taken.'),
      paragraph(
        'Service had been suspended on ',
        suggestion('delete', '7a3c5d6b-9f8e-4b2a-8c0d-1e2f3a4b5c6d', 'Tuesday', SUB_EDITOR, AT),
        suggestion('insert', '7a3c5d6b-9f8e-4b2a-8c0d-1e2f3a4b5c6d', 'Monday', SUB_EDITOR, AT),
        ' after smoke was seen in the engine room, the port authority said',
        suggestion('delete', '8b4d6e7c-0a9f-4c3b-9d1e-2f3a4b5c6d7e', ' in a statement on its website', NIGHT_DESK, AT),
        '.',
      ),
      paragraph('Passengers queued from five in the morning, and several said they had been ', suggestion('delete', '9c5e7f8d-1b0a-4d4c-8e2f-3a4b5c6d7e8f', 'very ', EDITOR, AT), 'relieved to travel again.'),
    ]),
  };
};

const panel = (page: Page) => page.getByRole('complementary', { name: 'Review' });
const suggestions = (page: Page) => panel(page).getByRole('region', { name: /^Suggestions/ });
const list = (page: Page) => suggestions(page).getByRole('list', { name: 'Pending suggestions' });
const card = (page: Page, field: string, by = EDITOR.name) => list(page).getByRole('group', { name: `Suggested ${field} change by ${by}` });
const bodyCard = (page: Page, by = EDITOR.name) => list(page).getByRole('group', { name: `Suggested body insertion by ${by}` });
const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' });
const standfirst = (page: Page) => page.getByRole('textbox', { name: 'Standfirst' });
const section = (page: Page) => page.getByRole('textbox', { name: 'Section' });
const dateline = (page: Page) => articleDetails(page).getByRole('textbox', { name: 'Dateline' });
const reviewToggle = (page: Page) => page.getByRole('button', { name: 'Review', exact: true });

async function openReturnedDraft(app: CopydeskApp, draft = returnedDraft()): Promise<void> {
  const file = path.join(app.dataDir, 'returned', 'article.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, serializeArticle(draft));
  await app.openFromOs(file);
  await expect(headline(app.page)).toHaveValue(HEADLINE);
}

/** The user (whoever the app knows as working) suggests a new section and standfirst, typed in Suggesting mode. */
async function suggestMine(page: Page): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+Alt+Shift+S');
  for (const [field, text] of [
    [section(page), 'Lake Victoria'],
    [standfirst(page), MY_STANDFIRST],
  ] as const) {
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }
  await bodyEditor(page).click();
  await page.keyboard.press('Control+Alt+Shift+S');
}

/** The list's cards by their accessible names, top to bottom. */
const cardNames = (page: Page) => list(page).getByRole('group').evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label') ?? ''));

/** The name the app signs the user's suggestions with: the other author in the list. */
async function myName(page: Page): Promise<string> {
  const names = (await cardNames(page)).map((label) => /change by (.+)$/.exec(label)?.[1] ?? '');
  const mine = names.find((name) => name !== EDITOR.name);
  if (!mine) throw new Error(`no suggestion by the user among ${names.join(', ')}`);
  return mine;
}

test('two people’s suggestions in document order: accept one, reject one, accept all by one person, undo, accept all; logged and exported', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await openReturnedDraft(app);
  await suggestMine(page);
  await expect(reviewToggle(page)).toHaveAccessibleDescription('5 pending suggestions');
  await reviewToggle(page).click();
  await expect(suggestions(page).getByRole('heading', { name: 'Suggestions 5' })).toBeVisible();
  const me = await myName(page);

  // The head's fields as they come on screen, the body, then the details panel's; each with old → new.
  await expect.poll(() => cardNames(page)).toEqual([
    `Suggested section change by ${me}`,
    `Suggested headline change by ${EDITOR.name}`,
    `Suggested standfirst change by ${me}`,
    `Suggested body insertion by ${EDITOR.name}`,
    `Suggested dateline change by ${EDITOR.name}`,
  ]);
  await expect(card(page, 'headline').locator('del')).toContainText(['resumes', 'two-week halt']);
  await expect(card(page, 'headline').locator('ins')).toContainText(['back in', 'engine fire']);
  await expect(bodyCard(page).getByRole('insertion')).toHaveText(`[added: ${INSERTED.trim()}]`);
  // What a body suggestion does, and where: the words around it in its paragraph.
  await expect(bodyCard(page).getByRole('paragraph').first()).toHaveText(`Add: “${INSERTED.trim()}”`);
  await expect(bodyCard(page)).toContainText(`The ferry left the pier at seven [added: ${INSERTED.trim()}] with every seat taken.`);
  await expect(card(page, 'dateline')).toContainText('Dateline');

  // Accept one: the field takes it, and focus moves to the next suggestion in the list.
  await card(page, 'headline').getByRole('button', { name: `Accept headline change by ${EDITOR.name}` }).click();
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
  await expect(card(page, 'standfirst', me)).toBeFocused();
  await expect(reviewToggle(page)).toHaveAccessibleDescription('4 pending suggestions');

  // Edit ▸ Undo with focus in the panel (the menu item sends the page its undo command) takes the decision back as one
  // step, and Edit ▸ Redo decides it again; so does the toolbar's Undo, though the body's own history has nothing to undo.
  await app.emitHostEvent('menuCommand', { command: 'undo' });
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(card(page, 'headline')).toBeVisible();
  await expect(suggestions(page).getByRole('status')).toHaveText(`Undone: Accepted ${EDITOR.name}’s suggestion: Headline change`);
  await app.emitHostEvent('menuCommand', { command: 'redo' });
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
  await expect(card(page, 'headline')).toHaveCount(0);
  const toolbarUndo = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Undo' });
  await toolbarUndo.click();
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(card(page, 'headline')).toBeVisible();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Redo' }).click();
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
  await card(page, 'standfirst', me).focus();

  // Reject one: the field keeps its text.
  await card(page, 'standfirst', me).getByRole('button', { name: /^Reject standfirst change/ }).click();
  await expect(standfirst(page)).toHaveValue(STANDFIRST);
  await expect(bodyCard(page)).toBeFocused();

  // All by one person: the list narrows to Amina's, and only hers are accepted, body and field.
  await suggestions(page).getByRole('combobox', { name: 'Show suggestions by' }).selectOption({ label: `${EDITOR.name} (2)` });
  await expect(list(page).getByRole('group')).toHaveCount(2);
  await suggestions(page).getByRole('button', { name: `Accept all by ${EDITOR.name}` }).click();
  await expect(dateline(page)).toHaveValue('KISUMU, Kenya');
  await expect(bodyEditor(page)).toHaveText(`The ferry left the pier at seven${INSERTED} with every seat taken.`);
  await expect(bodyEditor(page).locator('ins')).toHaveCount(0);
  await expect.poll(() => cardNames(page)).toEqual([`Suggested section change by ${me}`]);
  await expect(suggestions(page).getByRole('status')).toHaveText(`Accepted 2 suggestions by ${EDITOR.name}`);

  // Undo (Ctrl+Z in the panel) brings both back as they were, as one step; redo decides them again.
  await page.keyboard.press('Control+z');
  await expect(dateline(page)).toHaveValue('KISUMU');
  await expect(bodyEditor(page).locator('ins')).toHaveText(INSERTED);
  await expect(card(page, 'dateline')).toBeVisible();
  await expect(bodyCard(page)).toBeVisible();
  await expect(suggestions(page).getByRole('status')).toHaveText(`Undone: Accepted 2 suggestions by ${EDITOR.name}`);
  await page.keyboard.press('Control+Shift+z');
  await expect(dateline(page)).toHaveValue('KISUMU, Kenya');
  await expect(bodyEditor(page).locator('ins')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(dateline(page)).toHaveValue('KISUMU');
  await expect(bodyEditor(page).locator('ins')).toHaveText(INSERTED);

  // Review ▸ Accept All Changes decides everything left, as one step.
  await expect(bodyCard(page)).toBeVisible();
  await app.emitHostEvent('menuCommand', { command: 'review.acceptAll' });
  await expect(section(page)).toHaveValue('Lake Victoria');
  await expect(dateline(page)).toHaveValue('KISUMU, Kenya');
  await expect(bodyEditor(page).locator('ins')).toHaveCount(0);
  await expect(suggestions(page)).toContainText('No pending suggestions.');
  await expect(reviewToggle(page)).not.toHaveAttribute('aria-describedby');

  // The review log says who decided what; the undone decision is not in it.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const saved = await savedArticle(app);
  expect(saved?.review.fieldSuggestions).toEqual([]);
  expect(JSON.stringify(saved?.body)).not.toContain('"suggestion"');
  expect(saved?.review.log.map(({ action, summary, by }) => ({ action, summary, by: by.name }))).toEqual([
    { action: 'accepted', summary: `Accepted ${EDITOR.name}’s suggestion: Headline change`, by: me },
    { action: 'rejected', summary: `Rejected ${me}’s suggestion: Standfirst change`, by: me },
    { action: 'accepted', summary: 'Accepted all 3 suggestions', by: me },
  ]);

  const html = await exportHtml(app, 'ferry.html');
  expect(html).toContain(`<h1>${EDITORS_HEADLINE}</h1>`);
  expect(html).toContain(STANDFIRST);
  expect(html).toContain(`The ferry left the pier at seven${INSERTED} with every seat taken.`);
  expect(html).toContain('KISUMU, Kenya');
  expect(html).toContain('Lake Victoria');
  expect(html).not.toContain('QUOKKA');
  expect(html).not.toContain(EDITOR.name);
});

test('the suggestions list works from the keyboard: arrows between cards, Enter goes to the suggestion, Tab to its buttons', async ({ app }) => {
  const { page } = app;
  await openReturnedDraft(app);
  await reviewToggle(page).click();
  await list(page).getByRole('group').first().focus();
  await expect(card(page, 'headline')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(bodyCard(page)).toBeFocused();
  await page.keyboard.press('End');
  await expect(card(page, 'dateline')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(card(page, 'headline')).toBeFocused();

  // Enter goes to the card beside the headline; on a body suggestion, to its words, selected.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Suggested changes to the headline' }).getByRole('group')).toBeFocused();
  await bodyCard(page).focus();
  await page.keyboard.press('Enter');
  await expect(bodyEditor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(INSERTED);

  // Back in the list, Tab reaches the card's buttons; focus goes to the neighbour of a decided card, then to the section.
  await card(page, 'dateline').focus();
  await page.keyboard.press('Tab');
  await expect(card(page, 'dateline').getByRole('button', { name: /^Accept/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(dateline(page)).toHaveValue('KISUMU');
  await expect(bodyCard(page)).toBeFocused();
  await bodyCard(page).getByRole('button', { name: /^Reject/ }).press('Enter');
  await expect(bodyEditor(page)).toHaveText('The ferry left the pier at seven with every seat taken.');
  await expect(card(page, 'headline')).toBeFocused();
  await card(page, 'headline').getByRole('button', { name: /^Reject/ }).press('Enter');
  await expect(suggestions(page).getByRole('heading', { name: 'Suggestions 0' })).toBeFocused();
});

test('a suggestion accepted beside its field is undone with Ctrl+Z in the field, until the field is edited', async ({ app }) => {
  const { page } = app;
  await openReturnedDraft(app);
  const beside = page.getByRole('list', { name: 'Suggested changes to the headline' }).getByRole('group');
  await beside.getByRole('button', { name: /^Accept/ }).click();
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
  await expect(headline(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(beside).toHaveCount(1);

  // Once the field is typed in after a decision, Ctrl+Z there is the field's own again.
  await beside.getByRole('button', { name: /^Accept/ }).click();
  await headline(page).press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
  await expect(beside).toHaveCount(0);
  // Edit ▸ Undo in the field is the field's own undo too.
  await page.keyboard.type('?');
  await app.emitHostEvent('menuCommand', { command: 'undo' });
  await expect(headline(page)).toHaveValue(EDITORS_HEADLINE);
});

test('screenshots and accessibility: the Suggestions section with four people’s suggestions, light and dark', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReturnedDraft(app, busyDraft());
  await suggestMine(page);
  await reviewToggle(page).click();
  await expect(list(page).getByRole('group')).toHaveCount(8);
  const replacement = list(page).getByRole('group', { name: `Suggested body replacement by ${SUB_EDITOR.name}` });
  await expect(replacement.getByRole('paragraph').first()).toHaveText('Replace: “Tuesday” with “Monday”');
  await expect(list(page).getByRole('group', { name: `Suggested body deletion by ${NIGHT_DESK.name}` }).getByRole('paragraph').first()).toHaveText(
    'Delete: “in a statement on its website”',
  );
  await shootLightAndDark(page, 'review-suggestions');
  await expectNoAxeViolations(page, 'review panel listing suggestions by four people');
  await replacement.scrollIntoViewIfNeeded();
  await shootLightAndDark(page, 'review-suggestions-body');

  // Selecting a body suggestion's card selects its words in the body.
  await replacement.click();
  await expect(bodyEditor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('TuesdayMonday');

  await suggestions(page).getByRole('combobox', { name: 'Show suggestions by' }).selectOption({ label: `${EDITOR.name} (4)` });
  await suggestions(page).getByRole('button', { name: `Accept all by ${EDITOR.name}` }).click();
  await expect(list(page).getByRole('group')).toHaveCount(4);
  await shootLightAndDark(page, 'review-suggestions-decided');
  await expectNoAxeViolations(page, 'review panel after accepting all by one person, with Undo');
});
