import { create } from 'zustand';
import { ARTICLE_STATUS_LABELS, type Article, type ArticleBody, type Byline, type LeadImage, type RelatedLink } from '../../../core/article/article-schema';
import type { StoredImage } from '../../../core/host-api/contract';
import type { Review } from '../../../core/review/review-schema';
import { normalizeSlug, slugFromHeadline } from '../../../core/article/slug';
import { createArticle } from '../../../core/article/new-article';
import { describeCut, fitFieldLimits } from '../../../core/article/fit-field-limits';
import { fieldsAsSuggestedBy, suggestFieldEdits } from '../../../core/review/field-suggestions';
import { withStatusChange, type Stamped } from '../../../core/review/round-trip';
import { commentAuthor } from '../review/comment-author';
import { fieldSuggester, isSuggesting } from '../review/field-suggester';
import { moveItem, removeAt, replaceAt } from './list-edits';

/** Everything about the article except its body, which lives only in the Lexical editor. */
export type ArticleMetadata = Omit<Article, 'body'>;

export type TextField = 'section' | 'standfirst' | 'dateline' | 'editorsNote' | 'agencyCredit';

export type SaveState =
  | { kind: 'never-saved' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'failed'; reason: string };

export interface LoadedDocument {
  /** Bumps whenever another article is put on screen, so the body editor is rebuilt from `body`. */
  revision: number;
  /** The body as loaded; the editor owns it from then on. */
  body: ArticleBody;
  /** Why the editor could not show the loaded body, if it could not; saves then keep the body as loaded. */
  bodyProblem: string | null;
}

interface ArticleStore {
  metadata: ArticleMetadata;
  document: LoadedDocument;
  /** Changes since the last save began (metadata or body). */
  unsaved: boolean;
  saveState: SaveState;
  /** Set by a save that found the headline empty; cleared as soon as one is typed. */
  headlineMissingAfterSave: boolean;
  /** Which related-link rows have had their URL checked (left the field, or the article was saved). */
  relatedLinkChecked: boolean[];
  /** A problem loading or saving that the reporter must see, in words. */
  alert: string | null;

  load(article: Article): void;
  /** The host saved the draft itself (a hand-off set its status and review): its fields, as saved, without rebuilding the body on screen. */
  takeSavedFields(article: Article): void;
  markUnsaved(): void;
  setSaveState(state: SaveState, options?: { headlineMissing?: boolean; checkAllLinks?: boolean }): void;
  showAlert(message: string | null): void;
  reportBodyProblem(reason: string): void;

  setText(field: TextField, value: string): void;
  /** The status list's change, logged in the review with who made it and when (core withStatusChange). */
  setStatus(status: Article['status'], stamp: Stamped): void;
  setHeadline(headline: string): void;
  setSlugByHand(typed: string, options: { final: boolean }): void;
  resetSlugToHeadline(): void;

  addByline(): void;
  updateByline(index: number, byline: Byline): void;
  removeByline(index: number): void;
  moveByline(from: number, to: number): void;

  setLeadImage(image: StoredImage): void;
  updateLeadImageText(field: 'altText' | 'caption' | 'credit', value: string): void;
  removeLeadImage(): void;
  removeSubject(index: number): void;

  addRelatedLink(): void;
  updateRelatedLink(index: number, link: RelatedLink): void;
  checkRelatedLink(index: number): void;
  removeRelatedLink(index: number): void;
  moveRelatedLink(from: number, to: number): void;

  addTag(tag: string): 'added' | 'duplicate' | 'empty';
  removeTag(tag: string): void;

  /** “Ignore here” in the Style panel: the issue stays ignored in this draft (saved with it). */
  ignoreStyleIssue(id: string): void;

  /** Comments (and suggestions) change the review as a whole: `change` returns the new one. */
  editReview(change: (review: Review) => Review): void;
  /** Accepting or rejecting field suggestions: `decide` returns the fields as decided, taken as they are (never as a suggestion). */
  decideFields(decide: (metadata: ArticleMetadata) => ArticleMetadata): void;
  /** Undo or redo of a decision: the fields exactly as they were before or after it. */
  restoreFields(metadata: ArticleMetadata): void;
}

/** After a decision: an accepted slug is the slug by hand; a slug that follows the headline follows an accepted headline. */
function withSlugRule(before: ArticleMetadata, decided: ArticleMetadata): ArticleMetadata {
  if (decided.slug !== before.slug) return { ...decided, slugEditedByHand: true };
  if (decided.headline !== before.headline && !decided.slugEditedByHand) return { ...decided, slug: slugFromHeadline(decided.headline) };
  return decided;
}

function withoutBody(article: Article): ArticleMetadata {
  const { body: _body, ...metadata } = article;
  return metadata;
}

export const useArticleStore = create<ArticleStore>()((set, get) => {
  /**
   * Applies a metadata edit, kept within the schema's field limits, and remembers that there is
   * something to save. While suggesting, the edit is made to the fields as the user's own
   * suggestions have them and becomes those suggestions; the fields keep their values.
   */
  const edit = (change: (metadata: ArticleMetadata) => Partial<ArticleMetadata>, extra: Partial<ArticleStore> = {}) => {
    const suggester = fieldSuggester();
    if (suggester === 'unknown') {
      // Nobody to attribute the suggestion to yet: ask, and leave the field as it is.
      void commentAuthor();
      return;
    }
    set((state) => {
      const seen = suggester ? fieldsAsSuggestedBy(state.metadata, suggester.by) : state.metadata;
      const { fitted, cut } = fitFieldLimits(change(seen));
      const cutNotice = describeCut(cut);
      const edited = { ...seen, ...fitted };
      return { metadata: suggester ? suggestFieldEdits(state.metadata, edited, suggester) : edited, unsaved: true, ...extra, ...(cutNotice ? { alert: cutNotice } : {}) };
    });
  };

  return {
    // Replaced by load() before anything is shown (document.revision 0 means nothing loaded yet).
    metadata: withoutBody(createArticle({ id: crypto.randomUUID(), now: new Date() })),
    document: { revision: 0, body: { root: { type: 'root', version: 1, children: [] } }, bodyProblem: null },
    unsaved: false,
    saveState: { kind: 'never-saved' },
    headlineMissingAfterSave: false,
    relatedLinkChecked: [],
    alert: null,

    load: (article) =>
      set((state) => ({
        metadata: withoutBody(article),
        document: { revision: state.document.revision + 1, body: article.body, bodyProblem: null },
        unsaved: false,
        saveState: { kind: 'never-saved' },
        headlineMissingAfterSave: false,
        relatedLinkChecked: article.relatedLinks.map(() => false),
      })),
    takeSavedFields: (article) => set({ metadata: withoutBody(article), saveState: { kind: 'saved', savedAt: article.updatedAt } }),
    markUnsaved: () => {
      if (!get().unsaved) set({ unsaved: true });
    },
    setSaveState: (saveState, options = {}) =>
      set((state) => ({
        saveState,
        // Cleared when a save starts, so an edit made while it runs counts as unsaved again.
        unsaved: saveState.kind === 'saving' ? false : saveState.kind === 'failed' ? true : state.unsaved,
        headlineMissingAfterSave: options.headlineMissing ?? state.headlineMissingAfterSave,
        relatedLinkChecked: options.checkAllLinks ? state.metadata.relatedLinks.map(() => true) : state.relatedLinkChecked,
      })),
    showAlert: (alert) => set({ alert }),
    reportBodyProblem: (reason) =>
      set((state) => ({
        document: { ...state.document, bodyProblem: reason },
        alert: `The body of this draft cannot be shown: ${reason} It is kept exactly as it was; saving changes to the other fields will not touch it.`,
      })),

    setText: (field, value) => edit(() => ({ [field]: value })),
    setStatus: (status, stamp) => edit((metadata) => withStatusChange(metadata, status, ARTICLE_STATUS_LABELS, stamp)),
    setHeadline: (headline) =>
      edit(
        // A suggested headline moves the slug only once accepted (decideFields).
        (metadata) => ({ headline, ...(metadata.slugEditedByHand || isSuggesting() ? {} : { slug: slugFromHeadline(headline) }) }),
        headline.trim() ? { headlineMissingAfterSave: false } : {},
      ),
    setSlugByHand: (typed, { final }) => {
      // While typing, keep a trailing hyphen so "budget-" can become "budget-vote".
      const cleaned = normalizeSlug(typed);
      const slug = !final && cleaned && /[-\s]$/.test(typed) ? `${cleaned}-` : cleaned;
      // A suggested slug is by hand only once accepted (decideFields).
      edit(() => (isSuggesting() ? { slug } : { slug, slugEditedByHand: true }));
    },
    resetSlugToHeadline: () => edit((metadata) => ({ slug: slugFromHeadline(metadata.headline), ...(isSuggesting() ? {} : { slugEditedByHand: false }) })),

    addByline: () => edit((metadata) => ({ bylines: [...metadata.bylines, { name: '', role: metadata.bylines.length ? '' : 'Reporter' }] })),
    updateByline: (index, byline) => edit((metadata) => ({ bylines: replaceAt(metadata.bylines, index, byline) })),
    removeByline: (index) => edit((metadata) => ({ bylines: removeAt(metadata.bylines, index) })),
    moveByline: (from, to) => edit((metadata) => ({ bylines: moveItem(metadata.bylines, from, to) })),

    setLeadImage: (image) =>
      edit((metadata) => {
        const previous: Pick<LeadImage, 'altText' | 'caption' | 'credit'> = metadata.leadImage ?? { altText: '', caption: '', credit: '' };
        return { leadImage: { ...image, altText: previous.altText, caption: previous.caption, credit: previous.credit } };
      }),
    updateLeadImageText: (field, value) =>
      edit((metadata) => (metadata.leadImage ? { leadImage: { ...metadata.leadImage, [field]: value } } : {})),
    removeLeadImage: () => edit(() => ({ leadImage: null })),
    removeSubject: (index) => edit((metadata) => ({ subjects: removeAt(metadata.subjects, index) })),

    addRelatedLink: () =>
      edit((metadata) => ({ relatedLinks: [...metadata.relatedLinks, { title: '', url: '' }] }), {
        relatedLinkChecked: [...get().relatedLinkChecked, false],
      }),
    updateRelatedLink: (index, link) => edit((metadata) => ({ relatedLinks: replaceAt(metadata.relatedLinks, index, link) })),
    checkRelatedLink: (index) => set((state) => ({ relatedLinkChecked: replaceAt(state.relatedLinkChecked, index, true) })),
    removeRelatedLink: (index) =>
      edit((metadata) => ({ relatedLinks: removeAt(metadata.relatedLinks, index) }), {
        relatedLinkChecked: removeAt(get().relatedLinkChecked, index),
      }),
    moveRelatedLink: (from, to) =>
      edit((metadata) => ({ relatedLinks: moveItem(metadata.relatedLinks, from, to) }), {
        relatedLinkChecked: moveItem(get().relatedLinkChecked, from, to),
      }),

    addTag: (typed) => {
      const tag = typed.trim().replace(/\s+/g, ' ');
      if (!tag) return 'empty';
      // Checked against the tags the edit is made to: while suggesting, the user's suggested ones.
      let duplicate = false;
      edit(({ tags }) => {
        duplicate = tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase());
        return duplicate ? {} : { tags: [...tags, tag] };
      });
      return duplicate ? 'duplicate' : 'added';
    },
    removeTag: (tag) => edit((metadata) => ({ tags: metadata.tags.filter((existing) => existing !== tag) })),

    ignoreStyleIssue: (id) => edit((metadata) => (metadata.styleIgnores.includes(id) ? {} : { styleIgnores: [...metadata.styleIgnores, id] })),

    editReview: (change) => edit((metadata) => ({ review: change(metadata.review) })),
    decideFields: (decide) => set((state) => ({ metadata: withSlugRule(state.metadata, decide(state.metadata)), unsaved: true })),
    restoreFields: (metadata) => set({ metadata, unsaved: true }),
  };
});
