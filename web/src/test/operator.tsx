import { render } from '@testing-library/react';
import { MemoryRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../AppProviders';
import { OperatorSessionProvider } from '../features/operator/OperatorSession';
import { OperatorLayout } from '../features/operator/OperatorLayout';
import OperatorConsolePage from '../features/operator/OperatorConsolePage';
import OperatorLoginPage from '../features/operator/OperatorLoginPage';
import { mockClient, type Reply, type SentOperation } from './render';

function Location() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

/**
 * Renders the operator routes as the app has them (login, and the console inside its layout) at
 * `path`, with the operator client's fetch answering from `handler`.
 */
export function renderOperator(path: string, handler: (op: SentOperation, index: number) => Reply) {
  const { fetchFn, sent } = mockClient(handler);
  const fetch = fetchFn as unknown as typeof globalThis.fetch;
  render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/operator"
            element={
              <OperatorSessionProvider fetch={fetch}>
                <Outlet />
              </OperatorSessionProvider>
            }
          >
            <Route path="login" element={<OperatorLoginPage />} />
            <Route element={<OperatorLayout />}>
              <Route index element={<OperatorConsolePage />} />
            </Route>
          </Route>
        </Routes>
        <Location />
      </MemoryRouter>
    </AppProviders>,
  );
  /** The Authorization header of the `i`-th request. */
  const authorization = (i: number) => new Headers(fetchFn.mock.calls[i]?.[1]?.headers).get('authorization');
  return { fetchFn, sent, authorization };
}
