import type { z } from 'zod';

export interface FieldProblem {
  /** JSON path of the offending value, like `$.bylines[1].name`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${out}.${String(key)}` : `${out}[${JSON.stringify(String(key))}]`),
    '$',
  );
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

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      // zod 4 reports the offending value only when parsing with { reportInput: true }.
      if (!('input' in issue)) return `should be ${expected}`;
      return issue.input === undefined ? `is missing; expected ${expected}` : `should be ${expected}, but is ${describeReceived(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `“${key}”`).join(', ')}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, but is ${JSON.stringify(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'should be a date and time like 2026-05-24T13:16:00+03:00';
      if (issue.format === 'uuid') return 'should be an identifier (UUID)';
      // A schema's own message (like the slug's) is already plain words; zod's defaults start “Invalid”.
      return issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}` : issue.message;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    default:
      return issue.message;
  }
}

export function describeZodError(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: plainMessage(issue) }));
}

export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => `${problem.path} ${problem.message}`).join('\n');
}
