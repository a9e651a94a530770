/**
 * The content the kill test's child saves for sequence number `seq`: even and odd numbers give two
 * differently shaped documents of about 1 MB, and every line carries `seq`, so a file that mixed two
 * saves, or was cut short, cannot equal any of them.
 */
export function killTestContent(seq: number): string {
  const even = seq % 2 === 0;
  const paragraphs = even ? 9000 : 7000;
  const words = even ? 'The council met on Sunday to discuss the flood defences' : 'Rebuilding of the harbour wall will take two years, engineers say — ቤት ተሠራ';
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) body.push(`${words} (save ${seq}, paragraph ${i}).`);
  return `${JSON.stringify({ seq, body }, null, even ? 2 : 0)}\n`;
}

/** Which save a file's text is, or null when it is not exactly one of them. */
export function seqOfKillTestContent(text: string): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const seq = typeof parsed === 'object' && parsed !== null ? (parsed as { seq?: unknown }).seq : undefined;
  return typeof seq === 'number' && killTestContent(seq) === text ? seq : null;
}
