import { CURRENT_SCHEMA_VERSION, type Article, type SerializedBodyNode } from '../article/article-schema';
import { emptyReview } from '../review/review-schema';
import { body, heading, horizontalRule, linebreak, link, list, paragraph, quote, text } from './body-builders';

/**
 * Invented articles for tests, benchmarks and e2e. The people, places and quotes are made up;
 * the copy is long and typographically real (curly quotes, dashes, ellipses, non-Latin names).
 */

function sample(fields: Partial<Article> & Pick<Article, 'id' | 'headline' | 'body'>): Article {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: '2026-05-24T09:02:00+03:00',
    updatedAt: '2026-05-24T13:10:00+03:00',
    publishedAt: null,
    status: 'draft',
    language: 'en',
    section: '',
    standfirst: '',
    slug: '',
    slugEditedByHand: false,
    bylines: [],
    dateline: '',
    leadImage: null,
    relatedLinks: [],
    tags: [],
    editorsNote: '',
    agencyCredit: '',
    subjects: [],
    provenance: null,
    styleIgnores: [],
    review: emptyReview(),
    ...fields,
  };
}

/** Text of the editor's note on the Kenya story, so tests can prove it never reaches an export. */
export const KENYA_EDITORS_NOTE =
  'Legal has cleared the Mwangi quote. Do NOT name the second committee clerk — source protection. Check the IEBC spokesperson’s title before the 6pm update.';

export const kenyaPoliticsArticle: Article = sample({
  id: '6f1c2a4e-8b3d-4c7a-9e2f-1a2b3c4d5e6f',
  createdAt: '2026-05-24T09:02:00+03:00',
  updatedAt: '2026-05-24T13:10:00+03:00',
  publishedAt: '2026-05-24T13:16:00+03:00',
  status: 'approved',
  language: 'en',
  section: 'Inside Politics',
  headline: 'Opposition walks out of electoral reform talks over server audit',
  standfirst:
    'Azimio negotiators say they will not return until an independent audit of the commission’s servers is on the agenda — the government side calls the demand “a stalling tactic”.',
  slug: 'opposition-walks-out-of-electoral-reform-talks-over-server-audit',
  bylines: [
    { name: 'Wanjiru Kamau', role: 'Political correspondent' },
    { name: 'Ngũgĩ wa Kĩarie', role: 'Additional reporting' },
  ],
  dateline: 'NAIROBI',
  leadImage: {
    file: 'assets/lead.jpg',
    mediaType: 'image/jpeg',
    width: 1600,
    height: 1067,
    altText: 'Five opposition MPs in suits walk down the steps of Parliament Buildings, one holding a folder above his head against the rain.',
    caption: 'Opposition members of the joint committee leave Parliament Buildings after the walkout on Tuesday.',
    credit: 'Photo: Achieng’ Oduya / The Nairobi Ledger',
  },
  body: body(
    [
      paragraph(
        'Opposition lawmakers walked out of the joint electoral reform committee on Tuesday, saying the government side had refused for a third week to put an independent audit of the electoral commission’s servers on the agenda — a demand they have pressed since the talks opened in April.',
      ),
      paragraph(
        '“We did not come here to rubber-stamp a timetable,” said Wanjiku Ng’ang’a, who leads the Azimio delegation. “If the servers cannot be opened, then what exactly are we reforming? The public deserves better than a committee that meets… and meets… and meets.”',
      ),
      paragraph(
        'The ',
        text('Independent Electoral and Boundaries Commission', 'bold'),
        ' (IEBC) said in a ',
        link('https://www.iebc.or.ke/news/?statement-on-technology-audit', 'statement on its website', { title: 'IEBC statement, 23 May' }),
        ' that its systems had been “reviewed extensively” after the last general election and that a fresh audit would need ',
        text('both', 'italic'),
        ' a budget line and a change in the law.',
      ),
      heading('h2', 'What the opposition wants'),
      paragraph('In a four-page letter to the committee’s co-chairs, seen by the ', text('Ledger', 'italic'), ', the coalition set out its conditions for returning:'),
      list('bullet', [
        'an audit of the commission’s servers by a firm both sides approve;',
        { content: ['the reconstitution of the commission before the 2027 polls;'], nested: { listType: 'bullet', items: ['with seats for nominees from smaller parties', 'and a public vetting hearing for each nominee'] } },
        'a halt to the recruitment of returning officers until the talks end;',
        'a public report on the cost of the 2022 results transmission system.',
      ]),
      paragraph(
        'Mr Otieno Odhiambo, an Azimio MP for a Kisumu constituency, said the list was “nothing new” and had been tabled “on day one, in writing, with signatures”. He accused the government side of trying to run down the clock before the budget cycle closes in June.',
      ),
      heading('h3', 'The government’s reply'),
      paragraph(
        'Kenya Kwanza’s lead negotiator, Samuel Kiprono Rotich, said the audit question had been referred to a technical sub-committee and that a draft timetable — marked ',
        text('final', 'strikethrough'),
        ' “provisional” in the version shared with reporters — left room for it. He ',
        text('did not', 'underline'),
        ' say when the sub-committee would report.',
      ),
      quote('“Dialogue is not a hostage situation. The door remains open, but the agenda was agreed by both sides, and we will not rewrite it every Tuesday.”'),
      paragraph(
        'Rotich said his side would continue meeting on Thursday “with or without” the opposition, a move that analysts warned could leave the committee without the two-thirds quorum it needs to adopt any recommendation.',
      ),
      paragraph(
        '“A committee of one side is not a bipartisan committee,” said Dr Fatuma Abdi Hassan, who teaches constitutional law in Mombasa. “Whatever it produces will be challenged in court within a week — and the court will ask who was in the room.”',
      ),
      paragraph(
        'The walkout is the latest setback for a process that began with handshakes and a joint prayer breakfast. Since then, the two sides have disagreed over the venue, the order of business and even the wording of the minutes, which the opposition says “softened” its objections at the second sitting.',
      ),
      paragraph(
        'A clerk at the committee, who asked not to be named because they were not authorised to speak, said fewer than half of the scheduled sittings had gone ahead. Several ended early when members left for votes in the chamber.',
      ),
      heading('h2', 'What happens next'),
      paragraph('Under the framework both coalitions signed in April, the talks follow three stages:'),
      list('number', [
        'The committee hears submissions from parties, churches and civil society until 9 June.',
        'A joint drafting team turns the agreed points into a bill.',
        { content: ['Parliament debates the bill, which needs a ', text('simple', 'bold'), ' majority in both houses.'] },
      ]),
      paragraph(
        'Civil society groups that gave evidence last week urged both sides to return. The ',
        link('https://www.katibainstitute.org/', 'Katiba Institute'),
        ' said an audit was “a reasonable, low-cost way to settle a question that will otherwise haunt the next election”.',
        linebreak(),
        'The commission’s chief executive is due to appear before the committee on 2 June.',
      ),
      horizontalRule(),
      paragraph(
        text('Do you have information about the talks? Write to the politics desk at ', 'italic'),
        link('mailto:politics@nairobiledger.co.ke', text('politics@nairobiledger.co.ke', 'italic')),
        text('.', 'italic'),
      ),
    ],
    { direction: 'ltr' },
  ),
  relatedLinks: [
    { title: 'Explainer: how the IEBC transmits results', url: 'https://www.nairobiledger.co.ke/politics/explainer-iebc-results-transmission' },
    { title: 'Azimio and Kenya Kwanza sign framework for talks', url: 'https://www.nairobiledger.co.ke/politics/azimio-kenya-kwanza-framework' },
  ],
  tags: ['IEBC', 'Azimio', 'Kenya Kwanza', 'Electoral reform', 'Parliament'],
  editorsNote: KENYA_EDITORS_NOTE,
});

export const arabicArticle: Article = sample({
  id: '0b7e4d2a-3c1f-4e8a-b9d6-5f4e3d2c1b0a',
  language: 'ar',
  publishedAt: '2026-05-24T10:30:00+03:00',
  section: 'اقتصاد',
  headline: 'مجلس مدينة عمّان يقرّ خطة جديدة للنقل العام تعتمد على الحافلات الكهربائية',
  standfirst: 'الخطة تشمل ثلاثين حافلة كهربائية وتطبيقًا للدفع الإلكتروني، ويبدأ تنفيذها مطلع العام المقبل.',
  slug: 'amman-electric-bus-plan',
  slugEditedByHand: true,
  bylines: [{ name: 'ليلى الحدّاد', role: 'مراسلة' }],
  dateline: 'عمّان',
  body: body(
    [
      paragraph(
        'أقرّ مجلس مدينة عمّان، يوم الأحد، خطة جديدة لتطوير النقل العام تتضمن تشغيل ثلاثين حافلة كهربائية على خطوط الوسط والشرق — وهي أول خطوة من نوعها في العاصمة.',
      ),
      paragraph(
        'وقال رئيس لجنة النقل في المجلس إن الركاب سيتمكنون من الدفع عبر تطبيق ',
        text('Amman Bus', 'bold'),
        ' أو من خلال محفظة ',
        text('Apple Pay'),
        '، مضيفًا: «نريد أن يكون الباص أسهل من سيارة الأجرة».',
      ),
      heading('h2', 'التمويل والجدول الزمني'),
      paragraph('وتبلغ كلفة المرحلة الأولى نحو ١٢ مليون دينار، ويُتوقّع أن تكتمل خلال ثمانية عشر شهرًا…'),
      list('bullet', ['شراء الحافلات وتجهيز محطات الشحن', 'تدريب السائقين على القيادة الموفّرة للطاقة', 'إطلاق التطبيق بالعربية والإنجليزية']),
      paragraph('للمزيد، راجعوا ', link('https://www.ammancity.gov.jo/', 'موقع أمانة عمّان'), '.'),
    ],
    { direction: 'rtl' },
  ),
  relatedLinks: [{ title: 'كيف تعمل الحافلات الكهربائية؟', url: 'https://www.ammancity.gov.jo/ar/transport' }],
  tags: ['عمّان', 'النقل العام'],
});

export const germanArticle: Article = sample({
  id: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  language: 'de',
  section: 'Regionales',
  headline: 'Stadtrat beschließt Straßenbahn-Verlängerung nach Süßen',
  standfirst: 'Die Linie 4 soll ab 2029 bis zum Bahnhof fahren – Anwohner der Hauptstraße fürchten Lärm.',
  bylines: [{ name: 'Jörg Weiß', role: 'Redakteur' }],
  dateline: 'GÖPPINGEN',
  body: body(
    [
      paragraph(
        'Der Gemeinderat hat am Donnerstagabend mit großer Mehrheit beschlossen, die Straßenbahn bis nach Süßen zu verlängern. „Das ist ein guter Tag für alle Pendlerinnen und Pendler“, sagte Oberbürgermeisterin Käthe Müller-Öztürk.',
      ),
      paragraph('Kritik kam von der Bürgerinitiative „Ruhige Hauptstraße“: Man fürchte Erschütterungen und nächtlichen Lärm.'),
    ],
    { direction: 'ltr' },
  ),
  tags: ['Verkehr', 'Straßenbahn'],
});

export const norwegianArticle: Article = sample({
  id: '2e3f4051-6b7c-4d8e-9fa0-1b2c3d4e5f60',
  language: 'nb',
  section: 'Innenriks',
  headline: 'Ny værstasjon på Årøy skal varsle stormflo tidligere',
  standfirst: 'Målingene fra øya i Ålesund skal gi fiskere og ferjer to timers ekstra varsel.',
  bylines: [{ name: 'Søren Ødegård', role: 'Journalist' }],
  dateline: 'ÅLESUND',
  body: body(
    [
      paragraph('Meteorologisk institutt åpnet fredag en ny værstasjon på Årøy. «Vi får endelig øyne ute i havgapet», sa stasjonssjef Åse Bjørnstad.'),
      paragraph('Stasjonen måler vind, bølgehøyde og lufttrykk hvert tiende minutt, og dataene er åpne for alle.'),
    ],
    { direction: 'ltr' },
  ),
  tags: ['Vær', 'Ålesund'],
});

/** Japanese copy has no spaces between words: word counts must come from Intl.Segmenter. */
export const japaneseArticle: Article = sample({
  id: '3f405162-7c8d-4e9f-a0b1-2c3d4e5f6071',
  language: 'ja',
  section: '社会',
  headline: '東京都、路面電車の延伸計画を発表',
  standfirst: '都電荒川線を二〇三〇年までに延伸し、観光客と高齢者の移動を支える。',
  bylines: [{ name: '山田 花子', role: '記者' }],
  dateline: '東京',
  body: body(
    [
      paragraph('東京都は二十四日、都電荒川線を延伸する計画を発表した。知事は記者会見で「街の魅力を高めたい」と述べた。'),
      paragraph('新しい停留場は三か所で、総事業費は約百二十億円を見込む。'),
    ],
    { direction: 'ltr' },
  ),
  tags: ['交通', '東京都'],
});

/** Thai is written without spaces between words, like Japanese, in a different script. */
export const thaiArticle: Article = sample({
  id: '40516273-8d9e-4fa0-b1c2-3d4e5f607182',
  language: 'th',
  section: 'ข่าวในประเทศ',
  headline: 'กรุงเทพฯ เปิดเส้นทางเรือโดยสารสายใหม่',
  standfirst: 'เรือไฟฟ้าสิบลำจะให้บริการในคลองแสนแสบตั้งแต่เดือนหน้า',
  bylines: [{ name: 'สมชาย ใจดี', role: 'ผู้สื่อข่าว' }],
  dateline: 'กรุงเทพฯ',
  body: body([paragraph('กรุงเทพมหานครเปิดเส้นทางเรือโดยสารไฟฟ้าสายใหม่ในคลองแสนแสบ'), paragraph('ผู้โดยสารสามารถชำระค่าโดยสารด้วยบัตรได้')], {
    direction: 'ltr',
  }),
  tags: ['คมนาคม'],
});

/** Short wire copy in several scripts, for byte-for-byte and word-count tests. */
export const multilingualWireArticles = { german: germanArticle, norwegian: norwegianArticle, japanese: japaneseArticle, thai: thaiArticle } as const;

/** An imported agency story: provenance, the agency credit, coded subjects and a lead picture still at the agency. */
export const dpaWireArticle: Article = sample({
  id: '4b8e2f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  language: 'de',
  section: 'Verkehr',
  headline: 'Erster Wasserstoffzug im Harz fährt im Regelbetrieb',
  standfirst: 'Die Harzer Schmalspurbahnen setzen ab Montag einen Zug ohne Oberleitung und ohne Diesel ein.',
  bylines: [{ name: 'Christian Hollmann', role: 'Reporter' }],
  agencyCredit: 'dpa',
  dateline: 'Wernigerode',
  leadImage: {
    remote: { href: 'https://img.dpa.example/wasserstoffzug.jpg', uri: 'urn:newsml:dpa.example:20261202:bild-wasserstoffzug' },
    mediaType: 'image/jpeg',
    width: 5472,
    height: 3648,
    altText: 'Ein blau-weißer Triebwagen steht an einem Bahnsteig unter Fichten.',
    caption: 'Der Wasserstoffzug am Bahnhof Wernigerode.',
    credit: 'Matthias Bein/dpa',
  },
  body: body([paragraph('Auf der Strecke zwischen Wernigerode und Drei Annen Hohne fährt ab Montag ein Wasserstoffzug.')]),
  tags: ['Eisenbahn'],
  subjects: [
    { kind: 'subject', name: 'Verkehr', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000658', code: 'medtop:20000658' },
    { kind: 'place', name: 'Wernigerode', uri: 'https://www.geonames.org/2809889', code: '' },
    { kind: 'organisation', name: 'Harzer Schmalspurbahnen', uri: '', code: 'HSB' },
    { kind: 'person', name: 'Jördis Häußler', uri: '', code: '' },
  ],
  provenance: {
    agency: 'dpa',
    uri: 'urn:newsml:dpa.example:20261202:wasserstoff-zug-harz',
    version: '3',
    firstCreated: '2026-12-02T06:12:00+01:00',
    versionCreated: '2026-12-02T08:47:00+01:00',
    urgency: 3,
    copyrightHolder: 'dpa',
    copyrightNotice: '© dpa Deutsche Presse-Agentur GmbH',
    usageTerms: 'Nur für redaktionelle Zwecke.',
    format: 'ninjs 2.1',
  },
});

export const minimalArticle: Article = sample({
  id: '51627384-9eaf-4b01-82d3-4e5f60718293',
  headline: 'Water rationing lifted in Nakuru',
  body: body([paragraph('The county lifted water rationing on Monday after two weeks of heavy rain refilled the main reservoir.')], { direction: 'ltr' }),
});

/** Markup and script typed into every field: every export must show it as text and never run it. */
export const HOSTILE_STRINGS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', "' onmouseover='alert(3)"] as const;

export const hostileArticle: Article = sample({
  id: '73849506-b0c1-4d23-a4f5-60718293a4b5',
  section: '</title><script>alert(0)</script>',
  headline: `Headline ${HOSTILE_STRINGS[0]}`,
  standfirst: `Standfirst ${HOSTILE_STRINGS[1]}`,
  bylines: [{ name: `Name ${HOSTILE_STRINGS[2]}`, role: `Role ${HOSTILE_STRINGS[3]}` }],
  dateline: '<b>NAIROBI</b>',
  leadImage: {
    file: 'assets/lead.jpg',
    mediaType: 'image/jpeg',
    altText: `Alt ${HOSTILE_STRINGS[1]}`,
    caption: `Caption ${HOSTILE_STRINGS[0]}`,
    credit: `Credit ${HOSTILE_STRINGS[2]}`,
  },
  body: body([
    paragraph(`Body ${HOSTILE_STRINGS[0]} and ${HOSTILE_STRINGS[1]}`),
    paragraph(link('javascript:alert(4)', 'a javascript: link'), ' and ', link('data:text/html,<script>alert(5)</script>', 'a data: link'), ' and ', link('https://www.ledger.co.ke/"onmouseover="alert(6)', 'a quoted link', { title: HOSTILE_STRINGS[1] })),
    heading('h2', HOSTILE_STRINGS[2]),
    list('bullet', [HOSTILE_STRINGS[3], `* not a list ${HOSTILE_STRINGS[0]}`]),
    quote('# not a heading [link](javascript:alert(7)) ![x](javascript:alert(8)) &lt;b&gt;'),
  ]),
  relatedLinks: [
    { title: `Related ${HOSTILE_STRINGS[0]}`, url: 'javascript:alert(9)' },
    { title: HOSTILE_STRINGS[1], url: 'https://www.ledger.co.ke/a?b=<script>' },
  ],
  tags: [HOSTILE_STRINGS[2]],
  editorsNote: 'SECRET-EDITORS-NOTE',
});

// ---- Long articles -------------------------------------------------------------------------

const SUBJECTS = ['The council', 'The committee', 'The ministry', 'Residents', 'Traders', 'The governor', 'Opposition members', 'The auditor', 'Union leaders', 'Farmers'];
const VERBS = ['said', 'warned', 'argued', 'confirmed', 'denied', 'insisted', 'noted', 'suggested', 'acknowledged', 'claimed'];
const CLAUSES = [
  'that the budget would be published before the end of the month',
  'that the new road had cut travel times across the county',
  'that water tariffs were likely to rise again next year',
  'that the tender process had been open and fair',
  'that the hospital still lacked enough trained nurses',
  'that the market would reopen once repairs were finished',
  'that the figures did not match those given to parliament',
  'that local schools needed more classrooms before January',
  'that the drought had hit smaller farms hardest',
  'that the report would be shared with the public',
];
const TAILS = ['on Tuesday', 'in a statement', 'at a public meeting', 'during a radio interview', 'in the assembly', 'to reporters', 'in a written reply', 'last week'];
const HEADINGS = ['Budget questions', 'What residents say', 'The road ahead', 'A long dispute', 'Money and delays', 'Who decides', 'The numbers', 'Next steps'];

/** Deterministic pseudo-random numbers (mulberry32) so a seed always yields the same article. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An article whose body has exactly `wordCount` words (as countWords counts them): paragraphs of
 * plausible reporting, a subhead about every 400 words, a list about every 1,200 and the odd link.
 */
export function generateLongArticle(wordCount: number, seed = 1): Article {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)} ${pick(TAILS)}.`;
  const words = (line: string) => line.split(' ').length;

  const blocks: SerializedBodyNode[] = [];
  let written = 0;
  let sinceHeading = 0;
  let sinceList = 0;
  let paragraphs = 0;
  /** Adds a block of `lines`, cut so the total never passes wordCount. Returns false once full. */
  const push = (make: (lines: string) => SerializedBodyNode, line: string): boolean => {
    const room = wordCount - written;
    if (room <= 0) return false;
    const cut = words(line) > room ? line.split(' ').slice(0, room).join(' ') : line;
    blocks.push(make(cut));
    const added = words(cut);
    written += added;
    sinceHeading += added;
    sinceList += added;
    return written < wordCount;
  };

  while (written < wordCount) {
    if (sinceHeading >= 400) {
      sinceHeading = 0;
      if (!push((line) => heading('h2', line), pick(HEADINGS))) break;
    }
    if (sinceList >= 1200) {
      sinceList = 0;
      const items = [sentence(), sentence(), sentence()];
      if (!push((line) => paragraph(line), 'The main points were these:')) break;
      const room = wordCount - written;
      const kept: string[] = [];
      let used = 0;
      for (const item of items) {
        if (used + words(item) > room) break;
        kept.push(item);
        used += words(item);
      }
      if (kept.length > 0) {
        blocks.push(list(random() < 0.5 ? 'bullet' : 'number', kept));
        written += used;
        sinceHeading += used;
      }
      continue;
    }
    const lines = Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ');
    paragraphs += 1;
    const withLink = paragraphs % 7 === 0;
    if (
      !push((line) => {
        if (!withLink) return paragraph(line);
        const [first = '', ...rest] = line.split(' ');
        return paragraph(link(`https://www.countynews.co.ke/archive/${paragraphs}`, first), rest.length ? ` ${rest.join(' ')}` : '');
      }, lines)
    )
      break;
  }

  return sample({
    id: '62738495-afb0-4c12-93e4-5f60718293a4',
    section: 'Counties',
    headline: `County budget dispute drags on: a ${wordCount}-word report`,
    standfirst: 'Months of argument over spending, roads and water have left residents waiting.',
    bylines: [{ name: 'Akinyi Otieno', role: 'County reporter' }],
    dateline: 'NAKURU',
    body: body(blocks, { direction: 'ltr' }),
    tags: ['Counties', 'Budget'],
  });
}
