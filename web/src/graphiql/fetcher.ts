// The explorer's transport: POST to the API on this origin, asking for the GraphQL-over-HTTP
// media type first, with the session cookie and whatever headers the user typed (an API key).

/** What GraphiQL hands a fetcher: the operation and the headers from its Headers tab. */
export interface ExplorerParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** A fetcher for `url` on this origin. */
export function explorerFetcher(url: string, fetchFn: typeof fetch = fetch) {
  return async (params: ExplorerParams, opts?: { headers?: Record<string, unknown> }) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
    };
    for (const [name, value] of Object.entries(opts?.headers ?? {})) {
      if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
    }
    const res = await fetchFn(url, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(params),
    });
    // Request errors (400) carry a GraphQL body too: show it rather than a bare status.
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json')) return res.json();
    return { errors: [{ message: `${res.status} ${res.statusText}: ${await res.text()}` }] };
  };
}
