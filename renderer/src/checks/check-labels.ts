import type { PreExportCheckId } from '../../../core/checks/pre-export-settings';

/** Each check as the settings list names it. */
export const CHECK_LABELS: Readonly<Record<PreExportCheckId, string>> = {
  'headline-empty': 'Empty headline',
  'byline-missing': 'No byline',
  'byline-name-empty': 'Byline without a name',
  'headline-too-long': 'Headline over its budget',
  'lead-image-remote': 'Lead picture still at the agency (no file attached)',
  'image-alt-missing': 'Image without alt text',
  'image-caption-missing': 'Image without a caption',
  'image-credit-missing': 'Image without a credit',
  'related-link-title-missing': 'Related link without a title',
  'link-not-allowed': 'Link that will not export (not http, https or mailto)',
  'link-looks-unreachable': 'Link that looks unreachable',
  'link-to-private-document': 'Link to a private document (Google Docs, SharePoint, OneDrive, a file)',
  'placeholder-left': 'Placeholder left in the copy (TK, XX, [CHECK]…)',
  'editors-note-in-body': 'Editor’s note in the body',
  'open-comments': 'Open comments',
  'style-issues': 'House-style issues still open',
};
