// Import…: a German wire story (ninjs 2.x), an HTML page and a broken file, through the app bar.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';
import { clickAppBarCommand } from './app-bar-steps';

const WIRE = fileURLToPath(new URL('../fixtures/wire/', import.meta.url));

test('a German ninjs wire story becomes a new draft, opened, with its fields in place', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Story on screen before the import');
  app.dialogs.queueImportFile(path.join(WIRE, 'muenchen-tram.ninjs.json'));
  await clickAppBarCommand(page, 'Import…');

  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Münchens Tram-Westtangente fährt ab Dezember – zwölf Jahre nach dem Beschluss');
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Die neue Linie verbindet Pasing und Aidenbachstraße; die Stadtwerke erwarten täglich 55.000 Fahrgäste.');
  const details = articleDetails(page);
  await expect(details.getByRole('textbox', { name: 'Name, byline 1' })).toHaveValue('Jürgen Maißner');
  await expect(details.getByRole('textbox', { name: 'Name, byline 2' })).toHaveValue('Özlem Groß');
  await expect(details.getByRole('textbox', { name: 'Dateline' })).toHaveValue('MÜNCHEN');
  await expect(details).toContainText('Nahverkehr');

  const body = bodyEditor(page);
  await expect(body).toContainText('„Das ist die größte Erweiterung seit den Neunzigern“, sagte Stadtwerke-Chefin Bärbel Köhler.');
  await expect(body.getByRole('heading', { name: 'Was sich für Fahrgäste ändert' })).toBeVisible();
  await expect(body.getByRole('listitem')).toHaveText(['Takt: alle fünf Minuten', 'Neue Haltestelle „Laimer Platz“']);
  await expect(body.getByRole('link', { name: 'bei der MVG' })).toHaveAttribute('href', 'https://www.mvg.example/westtangente');
  // Unknown markup degrades to text; the script is gone.
  await expect(body).toContainText('Eilmeldung');
  await expect(body).not.toContainText('trackWire');
  // The picture lives on the wire's server: the import says so rather than fetching it.
  await expect(page.getByRole('alert')).toContainText('https://img.wire.example/tram-hires.jpg');

  // A new draft in the library, beside the story that was on screen (saved first).
  const drafts = await fsp.readdir(app.draftsFolder);
  expect(drafts).toHaveLength(2);
  const headlines = await Promise.all(drafts.map(async (id) => JSON.parse(await fsp.readFile(path.join(app.draftsFolder, id, 'article.json'), 'utf8')).headline));
  expect(headlines.sort()).toEqual(['Münchens Tram-Westtangente fährt ab Dezember – zwölf Jahre nach dem Beschluss', 'Story on screen before the import']);
});

test('an HTML page is imported with the same cleaning as paste', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.dataDir, 'fjord.html');
  await fsp.writeFile(
    file,
    '<!DOCTYPE html><html lang="nb"><head><title>Ferja går igjen</title></head><body><article><h1>Ferja over Storfjorden går igjen</h1><p style="color:red" class="x">Etter tre uker med stans er sambandet <b>tilbake</b>.</p><iframe src="https://ads.example"></iframe></article></body></html>',
  );
  app.dialogs.queueImportFile(file);
  await clickAppBarCommand(page, 'Import…');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferja over Storfjorden går igjen');
  await expect(bodyEditor(page)).toContainText('Etter tre uker med stans er sambandet tilbake.');
  await expect(bodyEditor(page).locator('strong, b')).toHaveText('tilbake');
});

test('a broken wire file is refused with its name, and the article on screen stays', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Still here');
  app.dialogs.queueImportFile(path.join(WIRE, 'broken-wire.json'));
  await clickAppBarCommand(page, 'Import…');
  await expect(page.getByRole('alert')).toContainText('Could not import. broken-wire.json: is not valid JSON');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Still here');
  expect(await fsp.readdir(app.draftsFolder)).toHaveLength(1);
});

test('cancelling the file picker imports nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Nothing changes');
  await clickAppBarCommand(page, 'Import…');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Nothing changes');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

const DPA = fileURLToPath(new URL('../../core/import/fixtures/wire-dpa.ninjs.json', import.meta.url));
const PICTURE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

test('a dpa story keeps its provenance, agency credit, coded subjects and remote lead picture; attaching the file keeps caption and credit', async ({ app }) => {
  const { page } = app;
  app.dialogs.queueImportFile(DPA);
  await clickAppBarCommand(page, 'Import…');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Erster Wasserstoffzug im Harz fährt im Regelbetrieb');
  const details = articleDetails(page);

  const provenance = details.getByRole('region', { name: 'From the wire' });
  await expect(provenance).toContainText('dpa');
  await expect(provenance).toContainText('2. Dezember 2026');
  await expect(provenance).toContainText('version 3');
  await expect(provenance).toContainText('3 of 9 · high');
  await expect(provenance).toContainText('© dpa Deutsche Presse-Agentur GmbH');
  await expect(provenance).toContainText('urn:newsml:dpa.example:20261202:wasserstoff-zug-harz');

  // One reporter and the agency, not two reporters.
  await expect(details.getByRole('textbox', { name: 'Name, byline 1' })).toHaveValue('Christian Hollmann');
  await expect(details.getByRole('textbox', { name: 'Name, byline 2' })).toHaveCount(0);
  await expect(details.getByRole('textbox', { name: 'Agency credit' })).toHaveValue('dpa');
  await expect(page.getByRole('textbox', { name: 'Section' })).toHaveValue('Verkehr');
  await expect(bodyEditor(page)).not.toContainText('Quelle: dpa');

  const subjects = details.getByRole('region', { name: 'Subjects and names' });
  await expect(subjects.getByRole('listitem')).toHaveCount(5);
  await expect(subjects).toContainText('http://cv.iptc.org/newscodes/mediatopic/20000658');
  await expect(subjects).toContainText('DE-ST');

  const remote = details.getByRole('group', { name: 'Picture at the agency' });
  await expect(remote).toContainText('5472 × 3648 px · JPEG');
  await expect(remote).toContainText('https://img.dpa.example/wasserstoffzug.jpg');
  await expect(details.getByRole('textbox', { name: 'Caption' })).toHaveValue('Der Wasserstoffzug am Bahnhof Wernigerode.');
  await expect(details.getByRole('textbox', { name: 'Credit', exact: true })).toHaveValue('Matthias Bein/dpa');

  await fsp.mkdir(SHOTS, { recursive: true });
  await page.getByRole('complementary', { name: 'Article details' }).evaluate((element) => element.scrollTo(0, 0));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}wire-provenance-${colorScheme}.png` });
    await remote.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}wire-remote-lead-${colorScheme}.png` });
    await page.getByRole('complementary', { name: 'Article details' }).evaluate((element) => element.scrollTo(0, 0));
  }

  app.dialogs.queueImage(PICTURE);
  await details.getByRole('button', { name: 'Attach the picture file…' }).click();
  await expect(remote).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Replace image…' })).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'Caption' })).toHaveValue('Der Wasserstoffzug am Bahnhof Wernigerode.');
  await expect(details.getByRole('textbox', { name: 'Credit', exact: true })).toHaveValue('Matthias Bein/dpa');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const [id] = await fsp.readdir(app.draftsFolder);
  const saved = JSON.parse(await fsp.readFile(path.join(app.draftsFolder, id as string, 'article.json'), 'utf8'));
  expect(saved.provenance).toMatchObject({ agency: 'dpa', firstCreated: '2026-12-02T06:12:00+01:00', urgency: 3 });
  expect(saved.leadImage).toMatchObject({ caption: 'Der Wasserstoffzug am Bahnhof Wernigerode.', credit: 'Matthias Bein/dpa' });
  expect(saved.leadImage).not.toHaveProperty('remote');
});
