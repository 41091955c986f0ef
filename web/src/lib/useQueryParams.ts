import { useSearchParams } from 'react-router';

/**
 * The page's `?…` parameters, and `update` to change some of them at once (a value sets one,
 * null or '' removes it) in place of the current history entry, keeping the others.
 */
export function useQueryParams(): [URLSearchParams, (change: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return [params, update];
}
