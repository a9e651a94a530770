import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { body, paragraph } from '../testing/body-builders';
import { minimalArticle } from '../testing/sample-articles';
import type { Article } from '../article/article-schema';
import { checkArticleStyle, createStyleChecker } from './check-style';
import { defaultHouseStyle } from './default-style';
import type { StyleRuleId } from './style-file';

const style = defaultHouseStyle();
const article = (paragraphs: string[], fields: Partial<Article> = {}): Article => ({ ...minimalArticle, headline: '', standfirst: '', ...fields, body: body(paragraphs.map((text) => paragraph(text))) });
const issuesIn = (paragraphs: string[], fields: Partial<Article> = {}) => checkArticleStyle(article(paragraphs, fields), style).issues;
const rule = (paragraphs: string[], ruleId: StyleRuleId, fields: Partial<Article> = {}) => issuesIn(paragraphs, fields).filter((issue) => issue.ruleId === ruleId);
const texts = (paragraphs: string[], ruleId: StyleRuleId) => rule(paragraphs, ruleId).map((issue) => issue.text);

describe('name consistency', () => {
  it('flags the rarer of two spellings one edit apart, with the other as its fix', () => {
    const found = rule(['Millicent Omanga spoke first.', 'Omanga said the plan was ready.', 'Later Omnaga left.'], 'name-consistency');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'Omnaga', location: { kind: 'body', blockIndex: 2, path: [], start: 6, end: 12 }, fix: { replacement: 'Omanga' } });
    expect(texts(['Odhiambo won.', 'Odhiambo thanked voters.', 'Odiambo’s team cheered.'], 'name-consistency')).toEqual(['Odiambo']);
  });

  it('leaves plurals, possessives, demonyms, short names and common words alone', () => {
    expect(texts(['Kenya and Kenyan voters.', 'Kenya’s team.', 'The Smiths met Smith.', 'Mark met Mary.', 'Their plan. There it is, there and their.'], 'name-consistency')).toEqual([]);
  });

  it('raises no alarm on Cyrillic, Greek, Devanagari, Chinese, Swahili, Arabic or Hebrew copy with real names', () => {
    const copy = [
      'Владимир Зеленский и Владимира Зеленская встретились.',
      'Ο Γιώργος Παπαδόπουλος μίλησε στη Θεσσαλονίκη.',
      'नरेंद्र मोदी ने दिल्ली में भाषण दिया। धीरे धीरे भीड़ बढ़ी।',
      '习近平在北京会见了李强。',
      'Mwanaisha Wanjiku alitembea pole pole hadi Nakuru na Nakuru.',
      'قال محمد بن سلمان إن الرياض ستستضيف «القمة الكبرى» (في الخريف).',
      'בנימין נתניהו אמר כי צה"ל ימשיך, לפי דו"ח המבקר.',
    ];
    expect(issuesIn(copy)).toEqual([]);
  });

  it('still compares Cyrillic names, which have capitals', () => {
    expect(texts(['Зеленский выступил.', 'Зеленский ответил.', 'Зеленскйи ушёл.'], 'name-consistency')).toEqual(['Зеленскйи']);
  });
});

describe('titles', () => {
  it('flags the same person given two titles, but not a courtesy title beside an office', () => {
    const found = rule(['Governor Anyang’ Nyong’o opened the clinic.', 'Senator Nyong’o said it would open daily.', 'Dr Nyong’o is a doctor.'], 'title-consistency');
    expect(found.map((issue) => issue.text)).toEqual(['Senator']);
  });

  it('does not mix up two people who share a surname', () => {
    expect(texts(['President Uhuru Kenyatta spoke.', 'Former President Jomo Kenyatta was remembered.'], 'title-consistency')).toEqual([]);
  });

  it('capitalises a formal title right before a name', () => {
    const [issue] = rule(['The visit of president William Ruto.'], 'title-before-name');
    expect(issue).toMatchObject({ text: 'president', fix: { replacement: 'President' } });
    expect(texts(['A minister Ruto trusts. The president said so.'], 'title-before-name')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('flags an expansion that differs from the glossary, with the glossary’s as the fix', () => {
    const [issue] = rule(['The Independent Boundaries and Electoral Commission (IEBC) met on Monday.'], 'acronym-expansion-differs');
    expect(issue).toMatchObject({ text: 'Independent Boundaries and Electoral Commission', fix: { replacement: 'Independent Electoral and Boundaries Commission' } });
    expect(rule(['The Independent Electoral and Boundaries Commission (IEBC) met.', 'The IEBC said so.'], 'acronym-expansion-differs')).toEqual([]);
  });

  it('flags the first use that is not spelled out, once, and offers the glossary’s expansion', () => {
    const found = rule(['The IEBC met.', 'The IEBC said so.'], 'acronym-not-expanded');
    expect(found).toHaveLength(1);
    expect(found[0]?.fix?.replacement).toBe('Independent Electoral and Boundaries Commission (IEBC)');
    expect(rule(['The UN and NATO met.'], 'acronym-not-expanded')).toEqual([]);
    expect(rule(['The Independent Electoral and Boundaries Commission met; the IEBC said so.'], 'acronym-not-expanded')).toEqual([]);
  });

  it('does not ask a headline to spell out an acronym', () => {
    expect(rule(['The Independent Electoral and Boundaries Commission (IEBC) met.'], 'acronym-not-expanded', { headline: 'IEBC sets date' })).toEqual([]);
  });

  it('flags an acronym spelled out again after its first use', () => {
    const [issue] = rule(['The Kenya Revenue Authority (KRA) met.', 'Later the Kenya Revenue Authority (KRA) said so.'], 'acronym-expanded-again');
    expect(issue).toMatchObject({ text: 'Kenya Revenue Authority (KRA)', fix: { replacement: 'KRA' } });
  });
});

describe('house rules', () => {
  it('prefers the house spelling, keeping a capital', () => {
    expect(rule(['E-mail us or send an e-mail.'], 'preferred-spelling').map((issue) => issue.fix?.replacement)).toEqual(['Email', 'email']);
  });

  it('flags a banned word, with no fix to offer, but not inside another word', () => {
    const [issue, ...rest] = rule(['That is irregardless of the cost.'], 'preferred-spelling');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ text: 'irregardless', message: '“irregardless” is not house style.' });
    expect(issue?.fix).toBeUndefined();
    const banning = { ...style, spellings: [{ avoid: ['slum'], use: null }] };
    expect(checkArticleStyle(article(['The slum was cleared.', 'Slumber came late.']), banning).issues.map((found) => found.text)).toEqual(['slum']);
  });

  it('spells out one to nine and uses figures from 10, with the usual exceptions', () => {
    expect(rule(['She has 3 children and twelve cousins.'], 'numbers').map((issue) => issue.fix?.replacement)).toEqual(['three', '12']);
    expect(texts(['Aged 5, a 7-year-old, 5% of 8 km, $3 million, May 5, at 5 p.m., won 3-1, Form 4, from 5 to 12, 2.5 points.'], 'numbers')).toEqual([]);
    expect(texts(['Twelve people died.', 'One in ten said so.'], 'numbers')).toEqual([]);
  });

  it('writes dates without ordinals and times in house style', () => {
    expect(rule(['On May 3rd and the 5th of June.'], 'dates').map((issue) => issue.fix?.replacement)).toEqual(['May 3', '5 June']);
    expect(rule(['At 5pm, then 9:00 AM, then 7:30 a.m.'], 'times').map((issue) => issue.fix?.replacement)).toEqual(['5 p.m.', '9 a.m.']);
  });

  it('follows the house’s own choices in the style file: numbers, ordinals, time marker, dash, severity', () => {
    const house = {
      ...style,
      rules: { numbers: { spellOutUpTo: 10 }, dates: { ordinals: true }, times: { marker: 'am' as const, space: false }, dashes: { style: 'closed-em' as const }, 'double-spaces': { severity: 'off' as const }, placeholder: { severity: 'suggestion' as const } },
    };
    const found = checkArticleStyle(article(['She met 10 people on May 3rd at 5 p.m. - late.  TK.']), house).issues;
    expect(found.map((issue) => [issue.ruleId, issue.severity, issue.fix?.replacement])).toEqual([
      ['numbers', 'suggestion', 'ten'],
      ['times', 'suggestion', '5pm'],
      ['dashes', 'suggestion', '—'],
      ['placeholder', 'suggestion', undefined],
    ]);
  });

  it('asks for curly quotes and apostrophes, but not for primes or Hebrew gershayim', () => {
    expect(rule(['He said "it\'s done".'], 'curly-quotes').map((issue) => issue.fix?.replacement)).toEqual(['“', '’', '”']);
    expect(texts(['He is 5\'10" tall.', 'צה"ל הודיע.'], 'curly-quotes')).toEqual([]);
  });

  it('asks for the house dash and one space', () => {
    expect(rule(['It rained - hard -- all day.'], 'dashes').map((issue) => issue.fix?.replacement)).toEqual([' — ', ' — ']);
    expect(texts(['A well-known 10–12 range.'], 'dashes')).toEqual([]);
    expect(rule(['Two  spaces.'], 'double-spaces')[0]).toMatchObject({ location: { start: 3, end: 5 }, fix: { replacement: ' ' } });
  });

  it('finds placeholders, unbalanced brackets and quotes, and repeated words', () => {
    expect(texts(['The minister TK said [CHECK] so.', 'Turnout was XX per cent.'], 'placeholder')).toEqual(['TK', '[CHECK]', 'XX']);
    expect(texts(['An aside (never closed.', 'Stray ] here.', 'List:\na) first'], 'unbalanced-punctuation')).toEqual(['(', ']']);
    expect(rule(['Then it ended.” He left.'], 'unbalanced-punctuation')[0]).toMatchObject({ text: '”', message: '“”” closes a quote that was never opened.' });
    expect(rule(['She said the the plan.'], 'repeated-word')[0]).toMatchObject({ text: ' the', fix: { replacement: '' } });
    expect(texts(['Bora Bora is far. He had had enough. Alitembea pole pole.'], 'repeated-word')).toEqual([]);
  });

  it('lets a quote run on into the next paragraph when that one opens with a quote mark', () => {
    expect(texts(['“We will win,', '“and we will build.”'], 'unbalanced-punctuation')).toEqual([]);
    expect(texts(['“We will win,', 'he said.'], 'unbalanced-punctuation')).toEqual(['“']);
  });

  it('raises nothing on right-to-left copy with its own punctuation', () => {
    expect(issuesIn(['قال الرئيس: «سنواصل العمل» (في الرياض).', 'אמר השר: „נמשיך” (בירושלים). דו"ח המבקר.'])).toEqual([]);
    // Straight quotes are how much Arabic and Hebrew copy is typed; the English curly marks are not its convention.
    expect(issuesIn(['قال: "سنواصل" ثم غادر.', 'הוא אמר: "נמשיך" ויצא.'])).toEqual([]);
  });

  it('does not ask copy in other scripts to spell out figures in English words', () => {
    const copy = ['قتل 5 أشخاص في الحادث.', 'נהרגו 3 אנשים בתאונה.', 'В аварии погибли 5 человек.', 'Ο ΟΗΕ συνεδρίασε με 3 αντιπροσώπους.', 'दुर्घटना में 5 लोगों की मौत हो गई।', '事故で3人が死亡した。'];
    expect(texts(copy, 'numbers')).toEqual([]);
    // An English sentence quoting a name in another script is still English.
    expect(texts(['Mr Песков said 5 aides resigned.'], 'numbers')).toEqual(['5']);
  });

  it('spells figures out only in English copy, by the article’s language', () => {
    const story = (language: string) => ({ ...article(['Die Linie 4 fährt ab 2029.', 'She has 3 children.']), language });
    expect(checkArticleStyle(story('de'), style).issues.filter((issue) => issue.ruleId === 'numbers')).toEqual([]);
    expect(checkArticleStyle(story('sw'), style).issues.filter((issue) => issue.ruleId === 'numbers')).toEqual([]);
    expect(checkArticleStyle(story('en-GB'), style).issues.filter((issue) => issue.ruleId === 'numbers').map((issue) => issue.text)).toEqual(['4', '3']);
    // The editor's checker keeps its findings when only the language changes, and follows it.
    const checker = createStyleChecker(style);
    checker.check(story('en'));
    expect(checker.check(story('de'))).toEqual(checkArticleStyle(story('de'), style));
    expect(checker.lastWork().textsRead).toBe(0);
  });

  it('leaves an acronym of another script alone unless the glossary lists it', () => {
    expect(issuesIn(['США и ООН встретились.', 'Ο ΟΗΕ συνεδρίασε.'])).toEqual([]);
    const russian = { ...style, glossary: [...style.glossary, { acronym: 'ООН', expansion: 'Организация Объединённых Наций' }] };
    const [issue] = checkArticleStyle(article(['США и ООН встретились.']), russian).issues;
    expect(issue).toMatchObject({ ruleId: 'acronym-not-expanded', text: 'ООН', fix: { replacement: 'Организация Объединённых Наций (ООН)' } });
  });
});

describe('ignores and ids', () => {
  it('keeps an issue’s id while the text elsewhere changes, and leaves ignored ones out', () => {
    const before = rule(['Intro.', 'Send an e-mail.'], 'preferred-spelling')[0];
    const after = rule(['A new first paragraph.', 'Intro.', 'Send an e-mail.'], 'preferred-spelling')[0];
    expect(after?.id).toBe(before?.id);
    const report = checkArticleStyle({ ...article(['Send an e-mail.']), styleIgnores: [before?.id ?? ''] }, style);
    expect(report).toEqual({ issues: [], ignored: 1 });
  });

  it('leaves out what the style file ignores always', () => {
    const ignoring = { ...style, ignored: [{ rule: 'preferred-spelling' as const, text: 'e-mail' }] };
    expect(checkArticleStyle(article(['Send an e-mail.']), ignoring).issues).toEqual([]);
  });

  it('tells two identical issues in one paragraph apart', () => {
    const ids = rule(['e-mail e-mail e-mail e-mail'], 'preferred-spelling').map((issue) => issue.id);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('the incremental checker', () => {
  it('gives the same issues as a full check after a change, reading only the changed text again', () => {
    const checker = createStyleChecker(style);
    const first = article(['Omanga spoke.', 'Omanga left.', 'The IEBC met.'], { headline: 'Omanga speaks' });
    checker.check(first);
    expect(checker.lastWork()).toEqual({ textsRead: 4, textsKept: 0 });
    const edited = article(['Omanga spoke.', 'Omanga left.', 'The IEBC met. Omnaga too.'], { headline: 'Omanga speaks' });
    expect(checker.check(edited)).toEqual(checkArticleStyle(edited, style));
    expect(checker.lastWork()).toEqual({ textsRead: 1, textsKept: 3 });
  });

  it('reads nothing again when nothing changed, and not a block that only moved', () => {
    const checker = createStyleChecker(style);
    const paragraphs = ['Omanga spoke.', 'The IEBC met.', 'Send an e-mail.'];
    checker.check(article(paragraphs));
    checker.check(article(paragraphs));
    expect(checker.lastWork()).toEqual({ textsRead: 0, textsKept: 3 });
    const moved = article(['A new first paragraph with 3 numbers.', ...paragraphs.reverse()]);
    expect(checker.check(moved)).toEqual(checkArticleStyle(moved, style));
    expect(checker.lastWork()).toEqual({ textsRead: 1, textsKept: 3 });
  });

  it('equals a full check after any run of paragraph edits (property)', () => {
    const pool = ['Omanga spoke.', 'Omnaga left.', 'The IEBC met.', 'The Independent Boundaries and Electoral Commission (IEBC) met.', 'Governor Kamau said so.', 'Senator Kamau said so.', '“We will win,', '“and build.”', 'She has 3 children.', 'the the end', 'Send an e-mail  now.', 'Зеленский выступил.', 'قال الرئيس «نعم».'];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...pool) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom(' Omnaga', ' x', ' (aside', ' IEBC', ' the') }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const checker = createStyleChecker(style);
        let paragraphs = ['Omanga spoke.', 'The IEBC met.'];
        checker.check(article(paragraphs));
        for (const step of edits) {
          const at = paragraphs.length ? step.at % paragraphs.length : 0;
          if (step.kind === 'insert') paragraphs = [...paragraphs.slice(0, at), step.text, ...paragraphs.slice(at)];
          else if (step.kind === 'delete') paragraphs = paragraphs.filter((_, index) => index !== at);
          else paragraphs = paragraphs.map((text, index) => (index === at ? text + step.text : text));
          const current = article(paragraphs.length ? paragraphs : ['.']);
          expect(checker.check(current)).toEqual(checkArticleStyle(current, style));
          expect(checker.lastWork().textsRead).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
