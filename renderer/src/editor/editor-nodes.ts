import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { MarkNode } from '@lexical/mark';
import { EmbedNode } from './nodes/EmbedNode';
import { FactBoxNode, FactBoxTitleNode } from './nodes/FactBoxNode';
import { ImageNode } from './nodes/ImageNode';
import { PullQuoteNode } from './nodes/PullQuoteNode';
import { SuggestionNode } from '../review/SuggestionNode';
import { ParagraphMarkNode } from '../review/ParagraphMarkNode';

/**
 * The node types an article body may hold, matching the serialized types in core's article schema.
 * Shared with the typing benchmark, whose bare-Lexical baseline must register exactly the same nodes.
 */
export const ARTICLE_BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  HorizontalRuleNode,
  ImageNode,
  PullQuoteNode,
  EmbedNode,
  FactBoxNode,
  FactBoxTitleNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  // Comment anchors: the ids of the threads on the text they wrap (renderer/src/review/).
  MarkNode,
  // Suggested insertions and deletions made in Suggesting mode (renderer/src/review/).
  SuggestionNode,
  // Suggested paragraph breaks (a new paragraph, a join) made in Suggesting mode (renderer/src/review/).
  ParagraphMarkNode,
];

/** Class names Lexical puts on the body's elements; styled in styles/body.css. */
export const ARTICLE_BODY_THEME: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  heading: { h2: 'body-subhead body-subhead-h2', h3: 'body-subhead body-subhead-h3' },
  quote: 'body-quote',
  list: {
    ul: 'body-list body-list-bullet',
    ol: 'body-list body-list-number',
    listitem: 'body-list-item',
    nested: { listitem: 'body-list-item-nested' },
  },
  link: 'body-link',
  hr: 'body-rule',
  table: 'body-table',
  tableRow: 'body-table-row',
  tableCell: 'body-table-cell',
  tableCellHeader: 'body-table-cell-header',
  tableSelection: 'body-table-selection',
  tableCellSelected: 'body-table-cell-selected',
  tableScrollableWrapper: 'body-table-scroll',
  mark: 'comment-mark',
  markOverlap: 'comment-mark-overlap',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
    strikethrough: 'body-strikethrough',
    underlineStrikethrough: 'body-underline-strikethrough',
    code: 'body-code',
  },
};

export const ARTICLE_BODY_NAMESPACE = 'copydesk-article-body';
