import './style.css';
import { useEffect } from 'react';
import { $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { fieldStyleTexts } from '../../../core/style/article-texts';
import type { StyleIssue } from '../../../core/style/style-issue';
import { useArticleStore, type ArticleMetadata } from '../store/article-store';
import { $locationElement, $serializeBlock, $textPoints, domRange } from './body-text-ranges';
import { blockTexts, type BlockText, type StyleCheckReply, type StyleCheckRequest } from './style-check-protocol';
import { useStyleStore } from './style-store';

/** Typing pause after which the changed blocks are checked again. */
const PAUSE_MS = 250;

/** Highlight names, one per severity, plus the issue picked in the panel (style.css draws them). */
const HIGHLIGHTS = { warning: 'style-warning', suggestion: 'style-suggestion', active: 'style-active' } as const;

/**
 * Runs the house-style checks in a worker while the reporter types, and underlines what they find in
 * the body with the CSS Custom Highlight API (the editor's DOM is never touched). An edit only notes
 * the keys Lexical marked dirty; once typing pauses and the page is idle, the blocks those keys belong
 * to are read and sent, and the worker re-checks from its kept results for every other block.
 */
export function StyleCheckPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const worker = new Worker(new URL('./style-check.worker.ts', import.meta.url), { type: 'module', name: 'House style checks' });
    const send = (request: StyleCheckRequest) => worker.postMessage(request);
    /** Keys of nodes changed since the last check; resolved to their blocks when it runs. */
    const dirtyKeys = new Set<string>();
    /** Blocks the worker holds, each with the texts sent for it. */
    let sentBlocks = new Map<string, BlockText[]>();
    let seq = 0;
    const ordersBySeq = new Map<number, readonly string[]>();
    /** When each check was posted, to measure the worker's answer. */
    const sentAt = new Map<number, number>();
    let timer: number | undefined;
    let idle: number | undefined;
    let sentStyle = useStyleStore.getState().houseStyle;
    if (sentStyle) send({ kind: 'style', style: sentStyle });

    const check = () => {
      idle = undefined;
      const { houseStyle } = useStyleStore.getState();
      if (!houseStyle) return;
      const started = performance.now();
      const metadata = useArticleStore.getState().metadata;
      const { order, changed } = editor.getEditorState().read(() => {
        const keys = $getRoot().getChildrenKeys();
        const touched = new Set<string>();
        for (const key of dirtyKeys) {
          const block = $getNodeByKey(key)?.getTopLevelElement();
          if (block) touched.add(block.getKey());
        }
        const next = new Map<string, BlockText[]>();
        const changedBlocks: Array<[string, BlockText[]]> = [];
        for (const key of keys) {
          const known = sentBlocks.get(key);
          if (known && !touched.has(key)) {
            next.set(key, known);
            continue;
          }
          const block = $getNodeByKey(key);
          const texts = block ? blockTexts($serializeBlock(block)) : [];
          next.set(key, texts);
          changedBlocks.push([key, texts]);
        }
        sentBlocks = next;
        return { order: keys, changed: changedBlocks };
      });
      dirtyKeys.clear();
      seq += 1;
      ordersBySeq.set(seq, order);
      send({ kind: 'check', seq, order, changed, fields: fieldStyleTexts(metadata), ignores: metadata.styleIgnores, language: metadata.language });
      // The page's share of a check, for bench:typing and the tests: reading the changed blocks and posting them.
      performance.measure('copydesk:style-check-sent', { start: started, detail: { blocksSent: changed.length, blocks: order.length } });
      sentAt.set(seq, performance.now());
    };

    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (idle === undefined) idle = window.requestIdleCallback(check, { timeout: 1000 });
      }, PAUSE_MS);
    };

    worker.addEventListener('message', (event: MessageEvent<StyleCheckReply>) => {
      const { seq: answered, report } = event.data;
      const order = ordersBySeq.get(answered);
      for (const old of ordersBySeq.keys()) if (old <= answered) ordersBySeq.delete(old);
      // A reply overtaken by a later check is dropped; the later one is on its way.
      if (!order || answered !== seq) return;
      useStyleStore.getState().setReport(report, order);
      performance.measure('copydesk:style-check-answered', { start: sentAt.get(answered) ?? performance.now(), detail: { issues: report.issues.length } });
      sentAt.clear();
    });

    const stopEditor = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      for (const key of dirtyLeaves) dirtyKeys.add(key);
      for (const key of dirtyElements.keys()) if (key !== 'root') dirtyKeys.add(key);
      schedule();
    });
    const stopArticle = useArticleStore.subscribe((state, previous) => {
      if (checkedFieldsChanged(state.metadata, previous.metadata)) schedule();
    });
    const stopStyle = useStyleStore.subscribe((state, previous) => {
      if (state.houseStyle !== sentStyle && state.houseStyle) {
        sentStyle = state.houseStyle;
        send({ kind: 'style', style: state.houseStyle });
        schedule();
      }
      if (state.issues !== previous.issues || state.activeIssueId !== previous.activeIssueId) paintHighlights(editor, state.issues, state.blockKeys, state.activeIssueId);
    });
    check();

    return () => {
      stopEditor();
      stopArticle();
      stopStyle();
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      worker.terminate();
      for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
    };
  }, [editor]);

  return null;
}

function checkedFieldsChanged(now: ArticleMetadata, before: ArticleMetadata): boolean {
  return (
    now.headline !== before.headline ||
    now.standfirst !== before.standfirst ||
    now.leadImage?.caption !== before.leadImage?.caption ||
    now.leadImage?.altText !== before.leadImage?.altText ||
    now.styleIgnores !== before.styleIgnores ||
    now.language !== before.language
  );
}

/** Underlines the body's issues: one highlight per severity, and the picked issue drawn over them. */
function paintHighlights(editor: LexicalEditor, issues: readonly StyleIssue[], blockKeys: readonly string[], activeIssueId: string | null): void {
  const ranges: Record<keyof typeof HIGHLIGHTS, Range[]> = { warning: [], suggestion: [], active: [] };
  editor.getEditorState().read(() => {
    for (const issue of issues) {
      const element = $locationElement(issue.location, blockKeys);
      const points = element && $textPoints(element, issue.location.start, issue.location.end);
      const range = points && domRange(editor, points);
      if (!range) continue;
      ranges[issue.severity].push(range);
      if (issue.id === activeIssueId) ranges.active.push(range);
    }
  });
  for (const [kind, name] of Object.entries(HIGHLIGHTS) as Array<[keyof typeof HIGHLIGHTS, string]>) {
    const highlight = new Highlight(...ranges[kind]);
    if (kind === 'active') highlight.priority = 1;
    CSS.highlights.set(name, highlight);
  }
}
