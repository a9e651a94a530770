/**
 * JSON with every object's keys in sorted order, so two values are equal exactly when their texts are:
 * the editor writes a node's keys in one order, and a draft read back through the schema in another.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([one], [other]) => (one < other ? -1 : one > other ? 1 : 0))) : inner,
  );
}
