import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createApiClient } from './client';

const ResetContext = createContext<() => void>(() => {});

/** Provides the urql client; `useResetClient()` drops every cached result (log in/out). */
export function ClientProvider({ children, client: given }: { children: ReactNode; client?: Client }) {
  const [client, setClient] = useState<Client>(() => given ?? createApiClient());
  const reset = useCallback(() => setClient(given ?? createApiClient()), [given]);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

export function useResetClient(): () => void {
  return useContext(ResetContext);
}
