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

describe('values quoted in messages', () => {
  const huge = 'dark'.repeat(13_000_000);

  it('are cut to a short excerpt, however long the offending value is', () => {
    const Schema = z.object({ theme: z.enum(['system', 'light', 'dark']) }).strict();
    const parsed = Schema.safeParse({ theme: huge, [huge]: 1 }, { reportInput: true });
    const message = formatProblems(describeZodError(parsed.error!));
    expect(message.length).toBeLessThan(400);
    expect(message).toContain(`$.theme should be one of "system", "light", "dark", but is "${'dark'.repeat(14)}dar…"`);
    expect(message).toContain('$ has unknown field “darkdark');
  });

  it('name at most a few unknown fields', () => {
    const parsed = z.object({}).strict().safeParse(Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`field${index}`, index])));
    expect(formatProblems(describeZodError(parsed.error!))).toBe('$ has unknown fields “field0”, “field1”, “field2”, “field3”, “field4” and 995 more');
  });

  it('describe a wrong value that is not text by its kind', () => {
    const parsed = z.object({ kind: z.enum(['a', 'b']) }).safeParse({ kind: { nested: huge } }, { reportInput: true });
    expect(formatProblems(describeZodError(parsed.error!))).toBe('$.kind should be one of "a", "b", but is an object');
  });

  it('cut long keys in a path', () => {
    const parsed = z.record(z.string(), z.number()).safeParse({ [huge]: 'x' });
    expect(describeZodError(parsed.error!)[0]!.path.length).toBeLessThan(80);
  });
});

describe('too long values and lists', () => {
  const Schema = z.object({ headline: z.string().max(10), tags: z.array(z.string()).max(2) });

  it('say how long the value is and what the limit is', () => {
    const parsed = Schema.safeParse({ headline: 'x'.repeat(5_000), tags: ['a', 'b', 'c'] }, { reportInput: true });
    expect(formatProblems(describeZodError(parsed.error!))).toBe(
      ['$.headline is 5,000 characters long; the limit is 10', '$.tags has 3 entries; the limit is 2'].join('\n'),
    );
  });

  it('say what the limit is when zod did not report the input', () => {
    const parsed = Schema.safeParse({ headline: 'x'.repeat(5_000), tags: [] });
    expect(formatProblems(describeZodError(parsed.error!))).toBe('$.headline is longer than the limit of 10 characters');
  });
});
