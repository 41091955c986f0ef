import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Client, fetchExchange, subscriptionExchange, type Exchange, type ExecutionResult } from 'urql';
import { vi } from 'vitest';
import { ClientProvider } from '../api/ClientProvider';
import { ViewerContext, viewerInfo, type Viewer } from '../auth/viewer';
import { AppProviders } from '../AppProviders';

export interface SentOperation {
  operationName?: string;
  query: string;
  variables: Record<string, unknown>;
}

export type Reply = { data?: unknown; errors?: unknown[] };

/** The operations sent under `name`, in order. */
export const named = (sent: SentOperation[], name: string) => sent.filter((o) => o.operationName === name);

export type Sink = { next(r: ExecutionResult): void };

/**
 * A subscription exchange (to pass to `mockClient`) whose subscriptions the test answers itself:
 * each open one's sink is in `sinks`, in the order they were opened, until it is closed.
 */
export function fakeSubscriptions() {
  const sinks: Sink[] = [];
  const exchange = subscriptionExchange({
    forwardSubscription: () => ({
      subscribe(sink) {
        sinks.push(sink);
        return { unsubscribe: () => void sinks.splice(sinks.indexOf(sink), 1) };
      },
    }),
  });
  return { exchange, sinks };
}

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

/**
 * Renders a page at `path` with the app's providers, a router and a mock client (and `viewer`
 * signed in, as the app shell provides it).
 */
export function renderPage(
  ui: ReactElement,
  { client, path = '/', route = '/', viewer }: { client: Client; path?: string; route?: string; viewer?: Viewer },
) {
  const page = viewer ? <ViewerContext.Provider value={viewerInfo(viewer)}>{ui}</ViewerContext.Provider> : ui;
  return render(
    <AppProviders>
      <ClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={page} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </ClientProvider>
    </AppProviders>,
  );
}
