import type { WordPiece } from '../../../core/compare/word-diff';

/** A word diff as text: removed words in <del>, added in <ins>, each said as such to a screen reader. */
export function WordPieces({ pieces }: { pieces: readonly WordPiece[] }) {
  if (pieces.length === 0) return <span className="compare-nothing">Not in this copy</span>;
  return pieces.map((piece, index) =>
    piece.op === 'same' ? (
      <span key={index}>{piece.text}</span>
    ) : piece.op === 'ins' ? (
      <ins key={index}>
        <span className="visually-hidden">[added: </span>
        {piece.text}
        <span className="visually-hidden">]</span>
      </ins>
    ) : (
      <del key={index}>
        <span className="visually-hidden">[removed: </span>
        {piece.text}
        <span className="visually-hidden">]</span>
      </del>
    ),
  );
}
