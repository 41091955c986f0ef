import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';

/** One page as a connection answers it. */
export interface CursorPage<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** The connection's total, when it gives one. */
  totalCount?: number;
}

export type PageResult<T> = { page: CursorPage<T>; error?: undefined } | { page?: undefined; error: CombinedError | null };

interface State<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
  loading: boolean;
  error: CombinedError | null;
}

function initial<T>(): State<T> {
  return { items: [], endCursor: null, hasNextPage: false, totalCount: null, loading: true, error: null };
}

/**
 * A list paged by cursor (加载更多 appends the next page). `fetchPage` loads the page after a
 * cursor; a new `fetchPage` (another filter) starts over, and answers for an older one are
 * dropped. `keyOf` keeps each item once.
 */
export function useCursorPages<T>(fetchPage: (after: string | null) => Promise<PageResult<T>>, keyOf: (item: T) => string) {
  const [state, setState] = useState<State<T>>(initial);
  const generation = useRef(0);
  const keyRef = useRef(keyOf);
  useEffect(() => {
    keyRef.current = keyOf;
  });

  const load = useCallback(
    async (after: string | null, gen: number) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      const res = await fetchPage(after);
      if (gen !== generation.current) return;
      setState((s) => {
        if (!res.page) return { ...s, loading: false, error: res.error ?? null };
        const base = after ? s.items : [];
        const seen = new Set(base.map((x) => keyRef.current(x)));
        return {
          items: [...base, ...res.page.items.filter((x) => !seen.has(keyRef.current(x)))],
          endCursor: res.page.endCursor,
          hasNextPage: res.page.hasNextPage,
          totalCount: res.page.totalCount ?? null,
          loading: false,
          error: null,
        };
      });
    },
    [fetchPage],
  );

  const reload = useCallback(() => {
    const gen = ++generation.current;
    setState(initial);
    void load(null, gen);
  }, [load]);

  /** Loads the first page again, keeping the list shown until it arrives. */
  const refresh = useCallback(() => {
    const gen = ++generation.current;
    void load(null, gen);
  }, [load]);

  useEffect(() => {
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  const loadMore = useCallback(() => {
    if (state.endCursor && state.hasNextPage && !state.loading) void load(state.endCursor, generation.current);
  }, [load, state.endCursor, state.hasNextPage, state.loading]);

  /** Changes items in place (an acknowledgement, a withdrawal). */
  const patch = useCallback((key: string, change: (item: T) => T) => {
    setState((s) => ({ ...s, items: s.items.map((x) => (keyRef.current(x) === key ? change(x) : x)) }));
  }, []);

  /** Changes the list as a whole (an item arriving live on top, several marked at once). */
  const update = useCallback((change: (items: T[]) => T[]) => {
    setState((s) => {
      const items = change(s.items);
      return items === s.items ? s : { ...s, items };
    });
  }, []);

  return { ...state, loadMore, reload, refresh, patch, update };
}
