import { expect, type Locator, type Page } from '@playwright/test';
import type { LexicalEditor } from 'lexical';

/**
 * A reporter's story, written by hand for these tests, and the steps that type it in through the UI.
 * Shared by the write, restart and screenshot specs so they all exercise the same full article.
 */
export const STORY = {
  section: 'Climate',
  headline: 'Turkana herders count their losses as the rains fail a fifth season',
  standfirst: 'Aid agencies say 1.2 million people in northern Kenya need food help — and warn that the next harvest could be worse.',
  slugTyped: 'turkana-drought-fifth-season',
  bylines: [
    { name: 'Amina Odhiambo', role: 'Reporter' },
    { name: 'ሰላም ተስፋዬ', role: 'Additional reporting' },
  ],
  dateline: 'LODWAR, Kenya',
  image: {
    altText: 'A herder leads three thin goats past a dry riverbed at dusk.',
    caption: 'Ekal Lomuria walks his last goats to the borehole at Nakwamekwi, outside Lodwar.',
    credit: 'Amina Odhiambo / Copydesk',
  },
  relatedLinks: [
    { title: 'How the 2022 drought emptied Turkana’s schools', url: 'https://example.org/news/turkana-schools' },
    { title: 'Seasonal forecast, October–December', url: 'https://meteo.example.org/forecast/ond' },
  ],
  tags: ['Kenya', 'Drought', 'Turkana', 'Food security'],
  editorsNote: 'Check the 1.2 million figure against the NDMA bulletin of 3 November before this goes out.',
  status: { value: 'in-review', label: 'In review' },
  body: {
    lede: 'The borehole at Nakwamekwi used to draw forty families by dawn. This week only ',
    ledeBold: 'nine',
    ledeEnd: ' came, and most had walked for more than three hours.',
    subhead: 'A fifth failed season',
    quoteIntro: '“We have buried the animals we could not sell,” said Ekal Lomuria, who kept 120 goats two years ago and now has eleven.',
    quote: '“If the October rains fail again, there will be nothing left to move.”',
    listIntro: 'County officials list what is needed ',
    listIntroItalic: 'now',
    listIntroEnd: ':',
    list: ['Water trucking to the 14 driest wards', 'Cash transfers for families who have lost their herds', 'Feed for the animals that remain'],
    rtlIntro: 'A trader from Sudan who sells grain in the Lodwar market, فاطمة الزهراء, put it in her own language:',
    rtl: 'قالت إن المياه لم تعد تكفي للناس ولا للماشية.',
    linkSentenceStart: 'The National Drought Management Authority publishes its ',
    linkText: 'bulletin',
    linkSentenceEnd: ' every month.',
    linkUrl: 'https://www.ndma.example.org/bulletins',
  },
} as const;

export function bodyEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Article body' });
}

/** Selects the first occurrence of `words` in one paragraph of the body, as a reader's drag would. */
export async function selectInBody(page: Page, words: string): Promise<void> {
  await bodyEditor(page).evaluate((root, target) => {
    for (const block of Array.from(root.children)) {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const at = texts.map((text) => text.data).join('').indexOf(target);
      if (at === -1) continue;
      // The text node and offset where the paragraph's nth character is.
      const point = (offset: number): [Text, number] => {
        for (const text of texts) {
          if (offset <= text.data.length) return [text, offset];
          offset -= text.data.length;
        }
        throw new Error('past the end');
      };
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + target.length));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`“${target}” is not in the body`);
  }, words);
  await expectBodySelection(page, words);
}

/**
 * Waits until the body's Lexical editor holds `words` as its selection: Lexical takes the page's
 * selection on selectionchange, so a command sent at once on a busy machine could still see the old one.
 */
export async function expectBodySelection(page: Page, words: string): Promise<void> {
  await expect
    .poll(() =>
      bodyEditor(page).evaluate((root) => {
        const state = (root as HTMLElement & { __lexicalEditor: LexicalEditor }).__lexicalEditor.getEditorState();
        return state.read(() => state._selection?.getTextContent() ?? '');
      }),
    )
    .toBe(words);
}

/** Types a title, a paragraph and a bulleted item into a fact box just inserted at the caret; the box. */
export async function fillNewFactBox(page: Page): Promise<Locator> {
  await page.keyboard.type('How the count works');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ballots are counted at each station.');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('combobox', { name: 'Block type' }).selectOption('bullet');
  await page.keyboard.type('Agents sign the result form');
  const factBox = bodyEditor(page).getByRole('complementary', { name: 'Fact box' });
  await expect(factBox.getByRole('listitem')).toHaveText('Agents sign the result form');
  return factBox;
}

export function articleDetails(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Article details' });
}

/** Enters copy the way an input method or dictation does (one insertion per run of text), which keeps long stories quick to write. */
async function write(page: Page, text: string): Promise<void> {
  await page.keyboard.insertText(text);
}

async function withModifier(page: Page, key: string): Promise<void> {
  await page.keyboard.press(`ControlOrMeta+${key}`);
}

/** Types the whole story into the body: subhead, quote, bulleted list, bold, italic, right-to-left copy and a link. */
export async function writeBody(page: Page): Promise<void> {
  const { body } = STORY;
  const blockType = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('combobox', { name: 'Block type' });
  await bodyEditor(page).click();
  await write(page, body.lede);
  await withModifier(page, 'b');
  await write(page, body.ledeBold);
  await withModifier(page, 'b');
  await write(page, body.ledeEnd);
  await page.keyboard.press('Enter');

  await blockType.selectOption({ label: 'Subhead (H2)' });
  await bodyEditor(page).focus();
  await write(page, body.subhead);
  await page.keyboard.press('Enter');

  await write(page, body.quoteIntro);
  await page.keyboard.press('Enter');
  await blockType.selectOption({ label: 'Quote' });
  await bodyEditor(page).focus();
  await write(page, body.quote);
  await page.keyboard.press('Enter');

  await write(page, body.listIntro);
  await withModifier(page, 'i');
  await write(page, body.listIntroItalic);
  await withModifier(page, 'i');
  await write(page, body.listIntroEnd);
  await page.keyboard.press('Enter');
  await blockType.selectOption({ label: 'Bulleted list' });
  await bodyEditor(page).focus();
  for (const item of body.list) {
    await write(page, item);
    await page.keyboard.press('Enter');
  }
  // Enter in an empty list item leaves the list.
  await page.keyboard.press('Enter');

  await write(page, body.rtlIntro);
  await page.keyboard.press('Enter');
  await write(page, body.rtl);
  await page.keyboard.press('Enter');

  await write(page, body.linkSentenceStart + body.linkText);
  // Select the word only once the editor shows it, or the selection lands one character short.
  await expect(bodyEditor(page)).toContainText(body.linkSentenceStart + body.linkText);
  for (let i = 0; i < body.linkText.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await withModifier(page, 'k');
  const linkDialog = page.getByRole('dialog', { name: 'Link' });
  await expect(linkDialog.getByRole('textbox', { name: 'Link address' })).toBeFocused();
  await linkDialog.getByRole('textbox', { name: 'Link address' }).fill(body.linkUrl);
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(bodyEditor(page).getByRole('link', { name: body.linkText, exact: true })).toHaveAttribute('href', body.linkUrl);
  await page.keyboard.press('End');
  await write(page, body.linkSentenceEnd);
}

/** Fills every metadata field the way a reporter would, including reordering the bylines. */
export async function writeMetadata(page: Page, imagePath: string, queueImage: (path: string) => void | Promise<void>): Promise<void> {
  await page.getByRole('textbox', { name: 'Section' }).fill(STORY.section);
  await page.getByRole('textbox', { name: 'Headline' }).fill(STORY.headline);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(STORY.standfirst);
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: STORY.status.label });

  const details = articleDetails(page);
  await expect(details.getByRole('textbox', { name: 'Slug' })).toHaveValue('turkana-herders-count-their-losses-as-the-rains-fail-a-fifth-season');
  await details.getByRole('textbox', { name: 'Slug' }).fill(STORY.slugTyped);

  // Bylines go in the wrong order first, then the reporter moves the lead writer up.
  const [lead, second] = STORY.bylines;
  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 1' }).fill(second.name);
  await details.getByRole('combobox', { name: 'Role, byline 1' }).fill(second.role);
  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 2' }).fill(lead.name);
  await details.getByRole('combobox', { name: 'Role, byline 2' }).fill(lead.role);
  await details.getByRole('button', { name: `Move byline ${lead.name} up` }).click();
  await expect(details.getByRole('textbox', { name: 'Name, byline 1' })).toHaveValue(lead.name);
  await expect(details.getByRole('button', { name: `Move byline ${lead.name} down` })).toBeFocused();

  await details.getByRole('textbox', { name: 'Dateline' }).fill(STORY.dateline);

  await queueImage(imagePath);
  await details.getByRole('button', { name: 'Choose image…' }).click();
  await details.getByRole('textbox', { name: 'Alt text' }).fill(STORY.image.altText);
  await details.getByRole('textbox', { name: 'Caption' }).fill(STORY.image.caption);
  await details.getByRole('group', { name: 'Lead image' }).getByRole('textbox', { name: 'Credit' }).fill(STORY.image.credit);

  for (const [index, link] of STORY.relatedLinks.entries()) {
    await details.getByRole('button', { name: 'Add related link' }).click();
    await details.getByRole('textbox', { name: `Title, related link ${index + 1}` }).fill(link.title);
    await details.getByRole('textbox', { name: `URL, related link ${index + 1}` }).fill(link.url);
  }

  const tagInput = details.getByRole('textbox', { name: 'Tags' });
  await tagInput.fill(STORY.tags[0]);
  await tagInput.press('Enter');
  await tagInput.pressSequentially(`${STORY.tags.slice(1).join(',')},`);

  await details.getByRole('textbox', { name: 'Editor’s note' }).fill(STORY.editorsNote);
}

export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved \d{1,2}:\d{2}/);
}

/** Checks every field and the body's structure and formatting against STORY, by role and label. */
export async function expectStoryOnScreen(page: Page): Promise<void> {
  await expect(page.getByRole('textbox', { name: 'Section' })).toHaveValue(STORY.section);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(STORY.headline);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(STORY.standfirst);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue(STORY.status.value);

  const details = articleDetails(page);
  await expect(details.getByRole('textbox', { name: 'Slug' })).toHaveValue(STORY.slugTyped);
  await expect(details.getByRole('button', { name: 'Reset to headline' })).toBeVisible();
  for (const [index, byline] of STORY.bylines.entries()) {
    await expect(details.getByRole('textbox', { name: `Name, byline ${index + 1}` })).toHaveValue(byline.name);
    await expect(details.getByRole('combobox', { name: `Role, byline ${index + 1}` })).toHaveValue(byline.role);
  }
  await expect(details.getByRole('textbox', { name: /^Name, byline/ })).toHaveCount(STORY.bylines.length);
  await expect(details.getByRole('textbox', { name: 'Dateline' })).toHaveValue(STORY.dateline);
  // The article column shows the byline and the picture as readers will see them.
  const preview = page.getByRole('main');
  await expect(preview.getByRole('paragraph').filter({ hasText: `By ${STORY.bylines[0].name} and ${STORY.bylines[1].name}` })).toContainText(STORY.dateline);
  await expect(preview.getByRole('figure')).toContainText(`${STORY.image.caption} ${STORY.image.credit}`);

  const image = preview.getByRole('img', { name: STORY.image.altText });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  await expect(details.getByRole('textbox', { name: 'Alt text' })).toHaveValue(STORY.image.altText);
  await expect(details.getByRole('textbox', { name: 'Caption' })).toHaveValue(STORY.image.caption);
  await expect(details.getByRole('group', { name: 'Lead image' }).getByRole('textbox', { name: 'Credit' })).toHaveValue(STORY.image.credit);

  for (const [index, link] of STORY.relatedLinks.entries()) {
    await expect(details.getByRole('textbox', { name: `Title, related link ${index + 1}` })).toHaveValue(link.title);
    await expect(details.getByRole('textbox', { name: `URL, related link ${index + 1}` })).toHaveValue(link.url);
  }
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(STORY.tags.length);
  for (const tag of STORY.tags) await expect(details.getByRole('button', { name: `Remove tag ${tag}`, exact: true })).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'Editor’s note' })).toHaveValue(STORY.editorsNote);

  const body = bodyEditor(page);
  const { body: copy } = STORY;
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(copy.subhead);
  await expect(body.getByRole('blockquote')).toHaveText(copy.quote);
  await expect(body.getByRole('list').getByRole('listitem')).toHaveText([...copy.list]);
  await expect(body.getByRole('strong')).toHaveText(copy.ledeBold);
  await expect(body.getByRole('emphasis')).toHaveText(copy.listIntroItalic);
  await expect(body.getByRole('link', { name: copy.linkText, exact: true })).toHaveAttribute('href', copy.linkUrl);
  // Lexical marks blocks dir="auto", so the browser sets each paragraph's direction from its first strong character.
  const rtlParagraph = body.getByRole('paragraph').filter({ hasText: copy.rtl });
  await expect.poll(() => rtlParagraph.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const rtlIntro = body.getByRole('paragraph').filter({ hasText: copy.rtlIntro });
  await expect.poll(() => rtlIntro.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  await expect(body.getByRole('paragraph').first()).toHaveText(copy.lede + copy.ledeBold + copy.ledeEnd);
  await expect(body.getByRole('paragraph').last()).toHaveText(copy.linkSentenceStart + copy.linkText + copy.linkSentenceEnd);
}
