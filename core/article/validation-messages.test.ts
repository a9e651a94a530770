import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, formatProblems, jsonPath } from './validation-messages';

describe('jsonPath', () => {
  it('writes paths the way a person reads JSON', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['bylines', 0, 'name'])).toBe('$.bylines[0].name');
    expect(jsonPath(['body', 'root', 'children', 3])).toBe('$.body.root.children[3]');
    expect(jsonPath(['odd key', 'x-y'])).toBe('$["odd key"]["x-y"]');
  });
});

describe('describeZodError', () => {
  const Schema = z.object({ name: z.string(), count: z.number(), when: z.iso.datetime({ offset: true }), kind: z.enum(['a', 'b']) }).strict();

  it('says what a value should be and what it is, when zod reports the input', () => {
    const parsed = Schema.safeParse({ name: 3, when: 'today', kind: 'c', extra: true }, { reportInput: true });
    expect(parsed.success).toBe(false);
    expect(formatProblems(describeZodError(parsed.error!))).toBe(
      [
        '$.name should be text, but is a number',
        '$.count is missing; expected a number',
        '$.when should be a date and time like 2026-05-24T13:16:00+03:00',
        '$.kind should be one of "a", "b", but is "c"',
        '$ has unknown field “extra”',
      ].join('\n'),
    );
  });

  it('does not claim a value is missing when zod did not report the input', () => {
    const parsed = Schema.safeParse({ name: 3, count: 1, when: '2026-05-24T13:16:00Z', kind: 'a' });
    expect(describeZodError(parsed.error!)).toEqual([{ path: '$.name', message: 'should be text' }]);
  });
});
