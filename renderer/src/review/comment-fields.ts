import type { ReviewField } from '../../../core/review/review-schema';
import { findFieldControl } from '../export/go-to-field';

/** The fields outside the body whose text takes comments, with the name the panel shows. */
export const COMMENTABLE_FIELDS = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  'leadImage.caption': 'Caption',
} as const satisfies Partial<Record<ReviewField, string>>;
export type CommentableField = keyof typeof COMMENTABLE_FIELDS;

export function isCommentableField(field: ReviewField): field is CommentableField {
  return field in COMMENTABLE_FIELDS;
}

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function fieldControl(field: CommentableField): TextControl | null {
  const control = findFieldControl(field);
  return control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement ? control : null;
}

/** Which commentable field this element is, if it is one. */
export function commentableFieldOf(element: Element | null): CommentableField | null {
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) return null;
  return (Object.keys(COMMENTABLE_FIELDS) as CommentableField[]).find((field) => fieldControl(field) === element) ?? null;
}

/** The field's selected range (kept by the control after it loses focus), or null when nothing is selected. */
export function fieldSelection(field: CommentableField): { start: number; end: number; quote: string } | null {
  const control = fieldControl(field);
  if (!control || control.selectionStart === null || control.selectionEnd === null) return null;
  const { selectionStart: start, selectionEnd: end } = control;
  const quote = control.value.slice(start, end);
  return quote.trim() ? { start, end, quote } : null;
}

/** Focuses the field with the range selected, scrolled into view; false when the field is not on screen. */
export function selectFieldRange(field: CommentableField, range: { start: number; end: number }): boolean {
  const control = fieldControl(field);
  if (!control) return false;
  control.focus({ preventScroll: true });
  control.setSelectionRange(range.start, range.end);
  control.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
