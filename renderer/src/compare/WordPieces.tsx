import type { WordPiece } from '../../../core/compare/word-diff';
import './word-pieces.css';

/** A change's text split into its leading spaces, its words and its trailing spaces. */
const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/;

/**
 * A word diff as text: removed words in <del>, added in <ins>, each said as such to a screen reader.
 * The spaces at a change's edges stay outside its mark, so only words are struck or underlined, and a
 * removal and the addition replacing it read as two words, not one.
 */
export function WordPieces({ pieces }: { pieces: readonly WordPiece[] }) {
  if (pieces.length === 0) return <span className="compare-nothing">Not in this copy</span>;
  return pieces.map((piece, index) => {
    if (piece.op === 'same') return <span key={index}>{piece.text}</span>;
    // A change of spaces alone stays marked, or it would not show.
    const [, before = '', words = piece.text, after = ''] = piece.text.trim() ? (EDGE_SPACES.exec(piece.text) ?? []) : [];
    const Mark = piece.op;
    return (
      <span key={index} className={`word-change word-${piece.op}`}>
        {before}
        <Mark>
          <span className="visually-hidden">{piece.op === 'ins' ? '[added: ' : '[removed: '}</span>
          {words}
          <span className="visually-hidden">]</span>
        </Mark>
        {after}
      </span>
    );
  });
}
