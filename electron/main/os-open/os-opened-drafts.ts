import type { IncomingCompareOffer } from '../../../core/host-api/contract';

/** A draft the OS asked to open (file manager, command line, second instance, Open Recent), as openDraftRequested tells it. */
export interface OsOpenedDraft {
  draftId: string;
  compare?: IncomingCompareOffer;
}

/**
 * Tells the page about drafts the OS opened. Once the page has loaded it hears each at once
 * (openDraftRequested). Before that, the page starts on the draft getLastSession names, which
 * opening it made the last one; only a compare would be lost (the file that came back at launch,
 * the commonest way a returned copy arrives), so it comes with getLastSession. A draft opened after
 * the page asked getLastSession but before it loaded waits for the load.
 */
export function createOsOpenedDrafts(send: (opened: OsOpenedDraft) => void) {
  let loaded = false;
  let sessionAsked = false;
  let waiting: OsOpenedDraft | null = null;
  return {
    opened(opened: OsOpenedDraft): void {
      if (loaded) send(opened);
      else waiting = sessionAsked || opened.compare ? opened : null;
    },
    /** The page asked which draft to start on: `session`, with the compare waiting for that draft. */
    lastSession<Session extends { draftId: string | null }>(session: Session): Session & { compare?: IncomingCompareOffer } {
      sessionAsked = true;
      if (!waiting?.compare || waiting.draftId !== session.draftId) return session;
      const { compare } = waiting;
      waiting = null;
      return { ...session, compare };
    },
    /** The page has loaded and listens for openDraftRequested. */
    pageLoaded(): void {
      loaded = true;
      // Not asked yet: the compare still comes with getLastSession.
      if (!waiting || !sessionAsked) return;
      send(waiting);
      waiting = null;
    },
    /** The page is gone (window closed): the next one starts from getLastSession again. */
    pageGone(): void {
      loaded = false;
      sessionAsked = false;
      waiting = null;
    },
  };
}
