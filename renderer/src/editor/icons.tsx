/** Toolbar glyphs as inline SVG (no icon font or external file). Decorative: buttons carry the names. */
const PATHS = {
  bold: 'M7 4h6a4 4 0 0 1 0 8H7zM7 12h7a4 4 0 0 1 0 8H7z',
  italic: 'M10 4h8M6 20h8M14 4l-4 16',
  underline: 'M7 4v7a5 5 0 0 0 10 0V4M5 21h14',
  strikethrough: 'M5 12h14M16.5 7.5C16 5.5 14.2 4 12 4c-2.5 0-4.5 1.5-4.5 3.5S9 10.5 12 11M7.5 16.5C8 18.5 9.8 20 12 20c2.5 0 4.5-1.5 4.5-3.5',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  rule: 'M4 12h16M4 6h4M16 6h4M4 18h4M16 18h4',
  undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  redo: 'm15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h3',
  comment: 'M4 5h16v11h-9l-5 4v-4H4zM8 9.5h8M8 12.5h5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
