import type { SerializedBodyNode } from '../article/article-schema';

/** Defensive field readers for serialized nodes: a malformed field reads as empty, never throws. */

export function stringField(node: SerializedBodyNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

export function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}
