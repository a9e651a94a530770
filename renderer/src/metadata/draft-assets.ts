/** Where the host serves a draft's own files (its lead image, say) to the renderer. */
export function draftAssetUrl(draftId: string, file: string): string {
  return `/drafts/${encodeURIComponent(draftId)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
