import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { REVIEW_LIMITS, type Comment, type Thread } from '../../../core/review/review-schema';
import { isOwnComment } from '../../../core/review/comment-threads';
import { isModShortcut } from '../app/shortcuts';
import { useCurrentUser } from './comment-author';
import { AuthorLine, REVIEW_TIME } from './AuthorLine';
import { QuotedText } from './QuotedText';
import { focusAfterLeaving } from './card-list';
import { deleteOwnComment, editOwnComment, reply, setThreadResolved } from './thread-actions';

function shortQuote(quote: string): string {
  const line = quote.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

interface ThreadCardProps {
  thread: Thread;
  active: boolean;
  detached: boolean;
  tabbable: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  /** Makes this the active thread and selects its text (Enter or a click). */
  onActivate(): void;
  /** Escape: back to the thread's text. */
  onReturnToText(): void;
}

/** One thread: its quote and opening comment; when active, every comment, a reply box and Resolve/Reopen. */
export function ThreadCard({ thread, active, detached, tabbable, editorRef, onActivate, onReturnToText }: ThreadCardProps) {
  const cardRef = useRef<HTMLElement>(null);
  const [first, ...replies] = thread.comments;
  const resolved = thread.status === 'resolved';

  const leaveWith = (action: () => Promise<void>) => {
    const refocus = focusAfterLeaving(cardRef.current, { list: '[data-thread-list]', card: '[data-thread-card]' });
    void action().then(refocus);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      onActivate();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onReturnToText();
    }
  };

  return (
    <article
      ref={cardRef}
      data-thread-card
      data-thread-id={thread.id}
      className={['comment-card', active ? 'comment-card-active' : '', resolved ? 'comment-card-resolved' : ''].join(' ')}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`Comment by ${first?.by.name ?? 'someone'} on “${shortQuote(thread.quote)}”${resolved ? ', resolved' : ''}`}
      aria-current={active ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (!active) onActivate();
      }}
    >
      <QuotedText field={thread.anchor.kind === 'field' ? thread.anchor.field : null} quote={thread.quote} gone={detached} />
      {detached && <p className="comment-note">The text this comment was on has been deleted. Undo brings it back.</p>}
      {resolved && thread.resolved && (
        <p className="comment-note">
          Resolved by {thread.resolved.by.name}, {REVIEW_TIME.format(new Date(thread.resolved.at))}
        </p>
      )}
      {first && <CommentItem comment={first} threadId={thread.id} expanded={active} isOpening editorRef={editorRef} onThreadDeleted={leaveWith} />}
      {active ? (
        replies.map((comment) => <CommentItem key={comment.id} comment={comment} threadId={thread.id} expanded isOpening={false} editorRef={editorRef} onThreadDeleted={leaveWith} />)
      ) : (
        replies.length > 0 && <p className="comment-replies">{replies.length === 1 ? '1 reply' : `${replies.length} replies`}</p>
      )}
      {active && (
        <>
          {!resolved && <ReplyForm threadId={thread.id} />}
          <div className="button-row comment-actions">
            <button type="button" className="button button-small" onClick={() => leaveWith(() => setThreadResolved(thread.id, !resolved))}>
              {resolved ? 'Reopen' : 'Resolve'}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

interface CommentItemProps {
  comment: Comment;
  threadId: string;
  expanded: boolean;
  /** The thread's first comment: deleting it deletes the thread. */
  isOpening: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  onThreadDeleted(action: () => Promise<void>): void;
}

function CommentItem({ comment, threadId, expanded, isOpening, editorRef, onThreadDeleted }: CommentItemProps) {
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const keepButtonRef = useRef<HTMLButtonElement>(null);
  const own = expanded && isOwnComment(comment, user);
  const remove = () => deleteOwnComment(editorRef.current, threadId, comment.id);

  return (
    <div className="comment">
      <AuthorLine by={comment.by} at={comment.at} note={comment.editedAt && ' · edited'} />
      {editing ? (
        <EditCommentForm
          comment={comment}
          onDone={(text) => {
            setEditing(false);
            if (text !== null) void editOwnComment(threadId, comment.id, text);
            requestAnimationFrame(() => editButtonRef.current?.focus());
          }}
        />
      ) : (
        <p className={expanded ? 'comment-text' : 'comment-text comment-text-clamped'}>{comment.text}</p>
      )}
      {own && confirmingDelete && (
        // A thread holds other people's replies too: deleting it asks first, and the question takes focus.
        <div className="comment-confirm" role="group" aria-label="Delete this thread and its replies?">
          <p className="comment-note">Delete this thread and its replies?</p>
          <div className="button-row comment-actions">
            <button type="button" className="button button-small button-danger" onClick={() => onThreadDeleted(remove)}>
              Delete thread
            </button>
            <button
              ref={keepButtonRef}
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setConfirmingDelete(false);
                requestAnimationFrame(() => deleteButtonRef.current?.focus());
              }}
            >
              Keep
            </button>
          </div>
        </div>
      )}
      {own && !editing && !confirmingDelete && (
        <div className="comment-own-actions">
          <button ref={editButtonRef} type="button" className="button button-small button-quiet" aria-label={`Edit comment: ${comment.text.slice(0, 40)}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            ref={deleteButtonRef}
            type="button"
            className="button button-small button-quiet"
            aria-label={isOpening ? 'Delete thread…' : `Delete reply: ${comment.text.slice(0, 40)}`}
            onClick={() => {
              if (!isOpening) return void remove();
              setConfirmingDelete(true);
              requestAnimationFrame(() => keepButtonRef.current?.focus());
            }}
          >
            {isOpening ? 'Delete thread…' : 'Delete'}
          </button>
        </div>
      )}
    </div>
  );
}

/** Ctrl/Cmd+Enter posts, as in the reply box; Escape cancels without leaving the card. */
function submitKeys(event: KeyboardEvent<HTMLTextAreaElement>, submit: () => void, cancel?: () => void) {
  if (isModShortcut(event, 'enter')) {
    event.preventDefault();
    submit();
  } else if (event.key === 'Escape' && cancel) {
    event.preventDefault();
    event.stopPropagation();
    cancel();
  }
}

function EditCommentForm({ comment, onDone }: { comment: Comment; onDone(text: string | null): void }) {
  const [text, setText] = useState(comment.text);
  const id = useId();
  const save = () => onDone(text.trim() ? text.trim() : null);
  return (
    <div className="comment-edit">
      <label className="visually-hidden" htmlFor={id}>
        Edit your comment
      </label>
      <textarea
        id={id}
        className="field-input comment-input"
        // Opened by Edit: the reporter is about to type here.
        autoFocus
        value={text}
        maxLength={REVIEW_LIMITS.commentText}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => submitKeys(event, save, () => onDone(null))}
      />
      <div className="button-row comment-actions">
        <button type="button" className="button button-small button-primary" disabled={!text.trim()} onClick={save}>
          Save
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const [text, setText] = useState('');
  const id = useId();
  const send = async () => {
    if (text.trim() && (await reply(threadId, text.trim()))) setText('');
  };
  return (
    <div className="comment-reply">
      <label className="visually-hidden" htmlFor={id}>
        Reply
      </label>
      <textarea
        id={id}
        className="field-input comment-input comment-input-reply"
        value={text}
        rows={1}
        maxLength={REVIEW_LIMITS.commentText}
        placeholder="Reply"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => submitKeys(event, () => void send())}
      />
      {text.trim() && (
        <button type="button" className="button button-small button-primary" onClick={() => void send()}>
          Reply
        </button>
      )}
    </div>
  );
}
