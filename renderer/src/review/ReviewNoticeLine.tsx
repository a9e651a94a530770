import { useReviewNotice } from './review-notice';

/** The status bar's line for the last hand-off or kept compare. */
export function ReviewNoticeLine() {
  const notice = useReviewNotice((state) => state.notice);
  return (
    <p role="status" aria-label="Review status" className="review-notice" title={notice?.file}>
      {notice && (
        <>
          <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d="m3.5 8.5 3 3 6-7" />
          </svg>
          <span dir="auto">{notice.text}</span>
        </>
      )}
    </p>
  );
}
