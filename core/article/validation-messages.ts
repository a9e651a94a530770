import type { z } from 'zod';
import { excerpt } from '../text/excerpt';

export interface FieldProblem {
  /** JSON path of the offending value, like `$.bylines[1].name`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = excerpt(String(key));
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'missing',
};

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return TYPE_WORDS[typeof input] ?? typeof input;
}

/** A value found in a file as a message quotes it: text as a short excerpt, a list or object by its kind. */
export function quotedValue(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(excerpt(input));
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return describeReceived(input);
}

/** The unknown keys zod found, as a message names them: the first few, each cut short. */
const NAMED_KEYS = 5;
function namedKeys(keys: readonly string[]): string {
  const named = keys.slice(0, NAMED_KEYS).map((key) => `“${excerpt(key)}”`);
  return keys.length > NAMED_KEYS ? `${named.join(', ')} and ${keys.length - NAMED_KEYS} more` : named.join(', ');
}

const count = (value: number | bigint) => value.toLocaleString('en-US');

function tooBigMessage(issue: z.core.$ZodIssueTooBig): string {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.origin === 'string') {
    return typeof input === 'string' ? `is ${count(input.length)} characters long; the limit is ${count(issue.maximum)}` : `is longer than the limit of ${count(issue.maximum)} characters`;
  }
  if (issue.origin === 'array') {
    return Array.isArray(input) ? `has ${count(input.length)} entries; the limit is ${count(issue.maximum)}` : `has more entries than the limit of ${count(issue.maximum)}`;
  }
  return issue.message;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      // zod 4 reports the offending value only when parsing with { reportInput: true }.
      if (!('input' in issue)) return `should be ${expected}`;
      return issue.input === undefined ? `is missing; expected ${expected}` : `should be ${expected}, but is ${describeReceived(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${namedKeys(issue.keys)}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, but is ${quotedValue(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'should be a date and time like 2026-05-24T13:16:00+03:00';
      if (issue.format === 'uuid') return 'should be an identifier (UUID)';
      // A schema's own message (like the slug's) is already plain words; zod's defaults start “Invalid”.
      return issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}` : issue.message;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    case 'too_big':
      return tooBigMessage(issue);
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/**
 * A union (the lead image: a file in the draft, or a wire picture by reference) reports every option's
 * problems. The option with the fewest is the one the value meant; its issues get the full path and
 * the offending value, which zod leaves out inside unions.
 */
function closestOption(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const chosen = issue.errors.reduce((best, option) => (option.length < best.length ? option : best));
  if (chosen.length === 0) return [issue];
  const input = 'input' in issue ? issue.input : undefined;
  return chosen.flatMap((inner) =>
    closestOption({ ...inner, path: [...issue.path, ...inner.path], ...('input' in inner || !('input' in issue) ? {} : { input: valueAt(input, inner.path) }) } as z.core.$ZodIssue),
  );
}

export function describeZodError(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap(closestOption).map((issue) => ({ path: jsonPath(issue.path), message: plainMessage(issue) }));
}

export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => `${problem.path} ${problem.message}`).join('\n');
}
