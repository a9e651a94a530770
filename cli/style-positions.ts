import type { StyleIssue, StyleText, StyleTextPlace } from '../core/style';

/** Where an issue is, for a person reading the CLI's output: “headline col 5”, “body ¶12:34”. */
export interface StylePosition {
  /** “headline col 5”, “body ¶12:34”, “body ¶4.2:7” (the second item inside block 4), “body ¶9 caption:1”. */
  label: string;
  /** The top-level body block, counted from 1; absent for a field. */
  block?: number;
  /** The flagged text's first character in its text, counted from 1 in characters (a line break is one). */
  column: number;
}

const placeKey = (place: StyleTextPlace) => (place.kind === 'field' ? place.field : `${place.blockIndex}/${place.path.join('.')}/${place.property ?? ''}`);

/** Positions the issues of one check, given the texts it read (articleStyleTexts). */
export function stylePositions(texts: readonly StyleText[]): (issue: StyleIssue) => StylePosition {
  const byPlace = new Map(texts.map((entry) => [placeKey(entry.place), entry.text]));
  return ({ location }) => {
    const before = (byPlace.get(placeKey(location)) ?? '').slice(0, location.start);
    const column = [...before].length + 1;
    if (location.kind === 'field') return { label: `${location.field} col ${column}`, column };
    const block = location.blockIndex + 1;
    const inside = location.path.map((index) => `.${index + 1}`).join('');
    const property = location.property ? ` ${location.property}` : '';
    return { label: `body ¶${block}${inside}${property}:${column}`, block, column };
  };
}
