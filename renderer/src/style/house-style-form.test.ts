import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '../../../core/style/default-style';
import { HouseStyleError, parseHouseStyle } from '../../../core/style/style-file';
import { describeFormProblem, formFromStyle, styleFromForm } from './house-style-form';

const style = defaultHouseStyle();

/** The problems a form gives when validated, as the editor words them. */
function problemsOf(form: ReturnType<typeof formFromStyle>) {
  try {
    parseHouseStyle(styleFromForm(form), 'The house style');
    return [];
  } catch (error) {
    if (!(error instanceof HouseStyleError)) throw error;
    return error.problems.map((problem) => ({ ...describeFormProblem(problem, form), message: problem.message }));
  }
}

describe('the house style form', () => {
  it('gives back the style it was made from when nothing is edited', () => {
    expect(parseHouseStyle(styleFromForm(formFromStyle(style)), 'round trip')).toEqual(parseHouseStyle(style, 'shipped'));
  });

  it('turns the typed rows into the style file: spellings to avoid by comma, no house spelling as null, numbers as numbers', () => {
    const form = formFromStyle(style);
    form.spellings = [{ avoid: 'e-mail, E-mail ', use: 'email', why: '' }, { avoid: 'irregardless', use: ' ', why: 'Not a word.' }];
    form.glossary = [{ acronym: ' NWSB ', expansion: 'Nairobi Water Services Board', wellKnown: false }, ...form.glossary];
    form.spellOutUpTo = '10';
    form.severity = { numbers: 'off' };
    const edited = parseHouseStyle(styleFromForm(form), 'edited');
    expect(edited.spellings).toEqual([{ avoid: ['e-mail', 'E-mail'], use: 'email' }, { avoid: ['irregardless'], use: null, why: 'Not a word.' }]);
    expect(edited.glossary[0]).toEqual({ acronym: 'NWSB', expansion: 'Nairobi Water Services Board' });
    expect(edited.rules.numbers).toEqual({ severity: 'off', spellOutUpTo: 10 });
  });

  it('names each invalid field as the form shows it, with the control to mark', () => {
    const form = formFromStyle(style);
    form.name = ' ';
    form.spellOutUpTo = 'ten';
    form.spellings = [{ avoid: ' ', use: 'email', why: '' }];
    form.glossary = [{ acronym: 'not one', expansion: 'x', wellKnown: false }, { acronym: 'NWSB', expansion: '', wellKnown: false }];
    expect(problemsOf(form).map(({ where, control }) => `${where} → ${control}`)).toEqual([
      'Name → name',
      'Numbers: spell out up to → rules.numbers.spellOutUpTo',
      'Preferred spellings, row 1: avoid → spellings.0.avoid',
      'Glossary, row 1 (not one): acronym → glossary.0.acronym',
      'Glossary, row 2 (NWSB): spelled out → glossary.1.expansion',
    ]);
  });

  it('names a repeated acronym at its second row', () => {
    const form = formFromStyle(style);
    form.glossary = [{ acronym: 'NWSB', expansion: 'Nairobi Water Services Board', wellKnown: false }, { acronym: 'NWSB', expansion: 'Northern Water Services Board', wellKnown: false }];
    expect(problemsOf(form)).toEqual([{ where: 'Glossary, row 2 (NWSB): acronym', control: 'glossary.1.acronym', message: 'repeats “NWSB”, already at glossary[0]' }]);
  });
});
