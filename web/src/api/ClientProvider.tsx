import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { OutageBanner } from '../components/OutageBanner';
import { createApiClient } from './client';

const ResetContext = createContext<() => void>(() => {});

/**
 * Provides the urql client; `useResetClient()` drops every cached result (log in/out). The
 * outage banner is here, above every layout, so it shows while the shell itself is loading.
 */
export function ClientProvider({ children, client: given }: { children: ReactNode; client?: Client }) {
  const [client, setClient] = useState<Client>(() => given ?? createApiClient());
  const reset = useCallback(() => setClient(given ?? createApiClient()), [given]);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={client}>
        {children}
        <OutageBanner />
      </Provider>
    </ResetContext.Provider>
  );
}

export function useResetClient(): () => void {
  return useContext(ResetContext);
}
