import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Client, fetchExchange, type Exchange } from 'urql';
import { vi } from 'vitest';
import { ClientProvider } from '../api/ClientProvider';
import { AppProviders } from '../AppProviders';

export interface SentOperation {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
}

export type Reply = { data?: unknown; errors?: unknown[] };

/**
 * A real urql client whose fetch answers from `handler` (and records what was sent); `exchanges`
 * come after the fetch exchange (a subscription exchange).
 */
export function mockClient(handler: (op: SentOperation, index: number) => Reply | Promise<Reply>, exchanges: Exchange[] = []) {
  const sent: SentOperation[] = [];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentOperation;
    sent.push(body);
    const reply = await handler(body, sent.length - 1);
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange, ...exchanges], fetch: fetchFn, preferGetMethod: false });
  return { client, sent, fetchFn };
}

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/** Renders a page at `path` with the app's providers, a router and a mock client. */
export function renderPage(ui: ReactElement, { client, path = '/', route = '/' }: { client: Client; path?: string; route?: string }) {
  return render(
    <AppProviders>
      <ClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={ui} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </ClientProvider>
    </AppProviders>,
  );
}
