import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** What a server-paged list keeps in the URL: at least its page. */
export interface ListUrlCodec<State extends { page: number }> {
  parse: (params: URLSearchParams) => State;
  toSearchParams: (state: State) => URLSearchParams;
}

/**
 * A list's whole state in the URL (STYLE §7: page, sort, filters, search), so a link or a reload
 * shows the same list. `update` merges changes; a change of sort, filters or search starts again
 * from the first page, paging keeps them. `onNext` hears the next state before the URL changes,
 * so its rows can start loading while the page redraws.
 */
export function useListUrlState<State extends { page: number }>(
  codec: ListUrlCodec<State>,
  onNext?: (next: State) => void,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { parse, toSearchParams } = codec;
  const state = useMemo(() => parse(searchParams), [parse, searchParams]);
  // React Router's functional update reads the params of the last render, so two changes
  // before a re-render (clear the filters, then type at once) would lose the first one:
  // changes build on the latest params instead. Its setter also changes with the params; kept
  // in a ref, `update` stays one function for the page's life and the grid is not redrawn for it.
  const latest = useRef(searchParams);
  const setter = useRef(setSearchParams);
  const hearNext = useRef(onNext);
  useLayoutEffect(() => {
    latest.current = searchParams;
    setter.current = setSearchParams;
    hearNext.current = onNext;
  }, [searchParams, setSearchParams, onNext]);
  const update = useCallback(
    (changes: Partial<State>, options: { replace?: boolean } = {}) => {
      const previous = parse(latest.current);
      const next: State = { ...previous, ...changes };
      const paging = 'page' in changes || 'pageSize' in changes;
      const filtersChanged =
        toSearchParams({ ...next, page: 0 }).toString() !==
        toSearchParams({ ...previous, page: 0 }).toString();
      const nextState: State = filtersChanged && !paging ? { ...next, page: 0 } : next;
      hearNext.current?.(nextState);
      const params = toSearchParams(nextState);
      latest.current = params;
      setter.current(params, { replace: options.replace ?? false });
    },
    [parse, toSearchParams],
  );
  return { state, update };
}
