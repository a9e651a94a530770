import { z } from 'zod';

/** A description that ends with the limit, so the published JSON Schema says it in words too. */
export function withLimit(description: string, limit: number, unit: 'characters' | 'entries'): string {
  return `${description} At most ${limit.toLocaleString('en-US')} ${unit}.`.trim();
}

export function limitedText(limit: number, description = '') {
  return z.string().max(limit).describe(withLimit(description, limit, 'characters'));
}

export function limitedList<Item extends z.ZodType>(item: Item, limit: number, description = '') {
  return z.array(item).max(limit).describe(withLimit(description, limit, 'entries'));
}

export const TimestampSchema = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time with a time zone offset.');
