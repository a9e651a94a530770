import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../core/host-api/contract';
import { defaultHouseStyle } from '../../core/style/default-style';
import { parseHouseStyleText } from '../../core/style/style-file';
import { createHostHandlers } from './host-handlers';
import { makeTempFolder, testHostDeps } from './test-support';

let root: string;
let picked: (string | null)[];
let destinations: (string | null)[];

function handlers() {
  return createHostHandlers(
    testHostDeps(root, {
      dialogs: { pickHouseStyleFile: async () => picked.shift() ?? null, chooseHouseStyleDestination: async () => destinations.shift() ?? null },
      clock: () => new Date('2026-12-03T09:30:00Z'),
    }),
  );
}

const ownStyle = () => ({ ...defaultHouseStyle(), name: 'The Coast Desk', spellings: [{ avoid: ['e-mail'], use: 'email' }], glossary: [{ acronym: 'KPA', expansion: 'Kenya Ports Authority' }] });

beforeEach(async () => {
  root = await makeTempFolder('host-house-style');
  picked = [];
  destinations = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host: the house style', () => {
  it('is the shipped default until the newsroom keeps its own, which survives a restart; null goes back to the default', async () => {
    expect(await handlers().getHouseStyle({})).toEqual({ style: defaultHouseStyle(), custom: false, notice: null });
    const saved = await handlers().saveHouseStyle({ style: ownStyle() });
    expect(saved).toMatchObject({ custom: true, style: { name: 'The Coast Desk' } });
    expect(parseHouseStyleText(await fsp.readFile(path.join(root, 'state', 'house-style.json'), 'utf8'), 'kept').glossary).toEqual([{ acronym: 'KPA', expansion: 'Kenya Ports Authority' }]);
    expect(await handlers().getHouseStyle({})).toMatchObject({ custom: true, style: { name: 'The Coast Desk' }, notice: null });
    expect(await handlers().saveHouseStyle({ style: null })).toMatchObject({ custom: false, style: { name: defaultHouseStyle().name } });
    expect(await handlers().getHouseStyle({})).toMatchObject({ custom: false });
  });

  it('imports a picked file and exports the style in force; a bad file names its fields and changes nothing', async () => {
    const host = handlers();
    expect(await host.importHouseStyle({})).toBeNull();
    const good = path.join(root, 'coast.json');
    await fsp.writeFile(good, JSON.stringify(ownStyle()));
    picked.push(good);
    expect(await host.importHouseStyle({})).toMatchObject({ custom: true, style: { name: 'The Coast Desk' } });

    const bad = path.join(root, 'broken.json');
    await fsp.writeFile(bad, JSON.stringify({ ...ownStyle(), glossary: [{ acronym: 'not one', expansion: '' }] }));
    picked.push(bad);
    const failure = await host.importHouseStyle({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe('bad-file');
    expect((failure as HostError).message).toMatch(/^broken\.json: .*\$\.glossary\[0\]\.acronym.*\$\.glossary\[0\]\.expansion/s);
    expect((await host.getHouseStyle({})).style.name).toBe('The Coast Desk');

    expect(await host.exportHouseStyle({})).toBeNull();
    const target = path.join(root, 'out.json');
    destinations.push(target);
    expect(await host.exportHouseStyle({})).toEqual({ file: target });
    expect(parseHouseStyleText(await fsp.readFile(target, 'utf8'), 'out.json').name).toBe('The Coast Desk');
  });

  it('sets aside a kept file that no longer validates, checks with the default and says so once', async () => {
    await fsp.mkdir(path.join(root, 'state'), { recursive: true });
    await fsp.writeFile(path.join(root, 'state', 'house-style.json'), '{"format":"copydesk-house-style","version":1,"name":""}');
    const host = handlers();
    const first = await host.getHouseStyle({});
    expect(first.custom).toBe(false);
    expect(first.notice).toMatch(/could not be used .*name.* kept as house-style\.invalid-20261203T093000000Z\.json\.$/s);
    expect((await host.getHouseStyle({})).notice).toBeNull();
    await fsp.access(path.join(root, 'state', 'house-style.invalid-20261203T093000000Z.json'));
  });
});
