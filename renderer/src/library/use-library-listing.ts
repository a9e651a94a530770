import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleStatus } from '../../../core/article/article-schema';
import type { LibraryEntry } from '../../../core/host-api/contract';
import { host } from '../host';

export type LibrarySort = 'modified' | 'created' | 'headline';

export interface LibraryQuery {
  search: string;
  sort: LibrarySort;
  status: ArticleStatus | 'all';
}

export type Listing = { kind: 'loading' } | { kind: 'ready'; entries: LibraryEntry[] } | { kind: 'failed'; reason: string };

/** Typing in the search box waits this long for a pause before asking the host. */
const SEARCH_PAUSE_MS = 200;

/** The library as the host lists it for `query`; searches are debounced and stale answers dropped. */
export function useLibraryListing(query: LibraryQuery): { listing: Listing; refresh(): void } {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const { search, sort, status } = query;

  useEffect(() => {
    const request = ++latest.current;
    const run = () => {
      host
        .listLibrary({ ...(search.trim() ? { search: search.trim() } : {}), sort, ...(status === 'all' ? {} : { status }) })
        .then(({ entries }) => {
          if (request === latest.current) setListing({ kind: 'ready', entries });
        })
        .catch((error: unknown) => {
          if (request === latest.current) setListing({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        });
    };
    if (!search.trim()) {
      run();
      return;
    }
    const timer = window.setTimeout(run, SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [search, sort, status, generation]);

  return { listing, refresh: useCallback(() => setGeneration((value) => value + 1), []) };
}
