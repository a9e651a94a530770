import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { COMMAND_PRIORITY_NORMAL, createEditor, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { setScrollableTablesActive } from '@lexical/table';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { ArticleBody } from '../../../core/article/article-schema';
import { isAllowedUrl } from '../../../core/text/url-allowlist';
import { ARTICLE_BODY_NAMESPACE, ARTICLE_BODY_NODES, ARTICLE_BODY_THEME } from './editor-nodes';
import { FormattingToolbar } from './FormattingToolbar';
import { LinkPopover } from './LinkPopover';
import { $readLinkTarget, readLinkTarget, type LinkTarget } from './link-editing';
import { BodyStatsPlugin } from './BodyStatsPlugin';
import { BodyBlocksPlugin } from './BodyBlocksPlugin';
import { registerDomSelectionSync } from './dom-selection-sync';
import { UnsavedChangesPlugin } from './UnsavedChangesPlugin';
import { PastePlugin } from './PastePlugin';
import { pageCommandForKey } from '../commands/command-keys';
import { useArticleStore } from '../store/article-store';
import { OPEN_LINK_EDITOR_COMMAND } from '../native/native-commands';
import { useFocusAcrossDrafts } from './use-focus-across-drafts';
import { CommentMarksPlugin } from '../review/CommentMarksPlugin';
import { DecisionUndoPlugin } from '../review/DecisionUndoPlugin';
import { SuggestionsPlugin } from '../review/SuggestionsPlugin';
import { SuggestingPlugin } from '../review/SuggestingPlugin';
import { SuggestionPopover } from '../review/SuggestionPopover';
import { StyleCheckPlugin } from '../style/StyleCheckPlugin';
import { refusedWhileSuggesting } from '../review/untracked-edits';
import { startComment } from '../review/add-comment';

interface BodyEditorProps {
  /** The body as loaded; read once when the editor is built (the parent remounts this per article). */
  initialBody: ArticleBody;
  editorRef: RefObject<LexicalEditor | null>;
  /** The article's headline, standfirst and so on, shown between the toolbar and the body. */
  children: ReactNode;
}

/** Why Lexical cannot show this body (a node type this version does not know, say), or null. */
function bodyProblem(body: ArticleBody): string | null {
  const onError = (error: Error) => {
    throw error;
  };
  try {
    createEditor({ namespace: ARTICLE_BODY_NAMESPACE, nodes: [...ARTICLE_BODY_NODES], onError }).parseEditorState(JSON.stringify(body));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function BodyEditor({ initialBody, editorRef, children }: BodyEditorProps) {
  const [problem] = useState(() => bodyProblem(initialBody));
  const [initialConfig] = useState(() => ({
    namespace: ARTICLE_BODY_NAMESPACE,
    nodes: [...ARTICLE_BODY_NODES],
    theme: ARTICLE_BODY_THEME,
    editorState: problem ? undefined : JSON.stringify(initialBody),
    // Never let the reporter type into an empty stand-in for a body that exists.
    editable: !problem,
    onError: (error: Error) => {
      throw error;
    },
  }));
  useEffect(() => {
    if (problem) useArticleStore.getState().reportBodyProblem(problem);
  }, [problem]);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ScrollableTables />
      <BodyEditorSurface editorRef={editorRef}>{children}</BodyEditorSurface>
    </LexicalComposer>
  );
}

/**
 * Wide tables scroll sideways. Switched on before the body is first drawn (this sibling's layout effect
 * runs before the content-editable attaches), so TablePlugin finds it on and does not redraw the whole
 * body in an untagged update, which would count as an edit and save an untouched new draft.
 */
function ScrollableTables() {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => setScrollableTablesActive(editor, true), [editor]);
  return null;
}

function BodyEditorSurface({ editorRef, children }: Omit<BodyEditorProps, 'initialBody'>) {
  const [editor] = useLexicalComposerContext();
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  // Spellcheck and hyphenation follow the article's language, not the app's.
  const language = useArticleStore((state) => state.metadata.language);
  const openLinkEditor = useCallback(() => {
    if (!refusedWhileSuggesting('link')) setLinkTarget(readLinkTarget(editor));
  }, [editor]);
  const closeLinkEditor = useCallback(() => setLinkTarget(null), []);
  const articleRef = useRef<HTMLElement>(null);
  useFocusAcrossDrafts(articleRef);
  // Keys act on the caret on screen, even when they come before the browser reports its move.
  useEffect(() => registerDomSelectionSync(editor), [editor]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // Ctrl+K (⌘K) in the body, before the page's dispatcher: the popover needs the caret of this update.
          if (pageCommandForKey(event) !== 'link') return false;
          event.preventDefault();
          if (refusedWhileSuggesting('link')) return true;
          // Command handlers run inside an editor update already.
          setLinkTarget($readLinkTarget(editor));
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  // Format ▸ Link… and the context menu's Link… (menu commands from the host).
  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          if (!refusedWhileSuggesting('link')) setLinkTarget($readLinkTarget(editor));
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  return (
    <>
      <div className="toolbar-dock">
        <FormattingToolbar editor={editor} onLink={openLinkEditor} onComment={() => startComment(editor)} />
      </div>
      <article ref={articleRef} className="article-page" lang={language}>
        {children}
        <div className="body-editor">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id="article-body"
                className="body-content"
                role="textbox"
                aria-label="Article body"
                aria-multiline
                dir="auto"
                spellCheck
              />
            }
            placeholder={(isEditable) => <div className="body-placeholder">{isEditable ? 'Write the story…' : 'The body of this draft cannot be shown here. It is kept unchanged.'}</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </article>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedUrl} />
      <HorizontalRulePlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
      <BodyBlocksPlugin />
      <PastePlugin />
      <EditorRefPlugin editorRef={editorRef} />
      <BodyStatsPlugin />
      <UnsavedChangesPlugin />
      <CommentMarksPlugin />
      <DecisionUndoPlugin />
      <SuggestionsPlugin />
      <SuggestingPlugin />
      <SuggestionPopover />
      <StyleCheckPlugin />
      {linkTarget && <LinkPopover editor={editor} target={linkTarget} onClose={closeLinkEditor} />}
    </>
  );
}
