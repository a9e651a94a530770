import type { WordPiece } from '../../../core/compare/word-diff';
import './word-pieces.css';

/** A change's text split into its leading spaces, its words and its trailing spaces. */
const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/;
/** An addition that begins a word: right after the struck words it replaces, it would read as part of them. */
const STARTS_WORD = /^[\p{L}\p{N}]/u;

/**
 * A word diff as text: removed words in <del>, added in <ins>, each said as such to a screen reader.
 * A replacement (a removal, then the addition) is marked as it is, the removal's spaces struck with
 * it, and an addition that begins a word is set apart from the struck words: “~~now~~ DINGO”, not
 * “nowDINGO”. A lone addition or removal keeps the spaces at its edges outside its mark, so only
 * words are underlined or struck.
 */
export function WordPieces({ pieces }: { pieces: readonly WordPiece[] }) {
  if (pieces.length === 0) return <span className="compare-nothing">Not in this copy</span>;
  return pieces.map((piece, index) => {
    if (piece.op === 'same') return <span key={index}>{piece.text}</span>;
    const previous = pieces[index - 1];
    const replacing = piece.op === 'ins' && previous?.op === 'del';
    const replaced = piece.op === 'del' && pieces[index + 1]?.op === 'ins';
    // Marked whole: either half of a replacement, and a change of spaces alone (or it would not show).
    const [, before = '', words = piece.text, after = ''] = !replacing && !replaced && piece.text.trim() ? (EDGE_SPACES.exec(piece.text) ?? []) : [];
    const apart = replacing && !/\s$/.test(previous.text) && STARTS_WORD.test(piece.text);
    const Mark = piece.op;
    return (
      <span key={index}>
        {before}
        <Mark className={apart ? 'word-apart' : undefined}>
          <span className="visually-hidden">{piece.op === 'ins' ? '[added: ' : '[removed: '}</span>
          {words}
          <span className="visually-hidden">]</span>
        </Mark>
        {after}
      </span>
    );
  });
}
