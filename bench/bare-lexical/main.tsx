import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ARTICLE_BODY_NAMESPACE, ARTICLE_BODY_NODES, ARTICLE_BODY_THEME } from '../../renderer/src/editor/editor-nodes';

/**
 * The typing benchmark's baseline: Lexical's rich-text editor with Copydesk's body nodes and theme
 * class names, and nothing else (no history, toolbar, autosave or app styles). The benchmark serves
 * the article body it should hold as ./body.json.
 */
async function start(): Promise<void> {
  const response = await fetch('./body.json');
  if (!response.ok) throw new Error(`Bare Lexical page: body.json answered ${response.status}.`);
  const serializedBody = await response.text();
  const container = document.getElementById('root');
  if (!container) throw new Error('Bare Lexical page: index.html has no #root element.');

  createRoot(container).render(
    <LexicalComposer
      initialConfig={{
        namespace: ARTICLE_BODY_NAMESPACE,
        nodes: ARTICLE_BODY_NODES,
        theme: ARTICLE_BODY_THEME,
        editorState: serializedBody,
        onError: (error) => {
          throw error;
        },
      }}
    >
      <RichTextPlugin contentEditable={<ContentEditable aria-label="Article body" />} ErrorBoundary={LexicalErrorBoundary} />
    </LexicalComposer>,
  );
}

void start();
