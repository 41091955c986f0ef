import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Provider } from 'urql';
import { createOperatorClient } from './operatorClient';
import { OutageBanner } from '../../components/OutageBanner';
import { forgetOperatorToken, readOperatorToken, saveOperatorToken } from './operatorToken';

export interface OperatorSession {
  /** The operator token, or null when nobody is logged in to the console. */
  token: string | null;
  /** Keeps the token of a successful `operatorLogIn`. */
  logIn: (token: string) => void;
  /** Forgets the token. */
  logOut: () => void;
}

const OperatorSessionContext = createContext<OperatorSession | null>(null);

export function useOperatorSession(): OperatorSession {
  const s = useContext(OperatorSessionContext);
  if (!s) throw new Error('useOperatorSession outside OperatorSessionProvider');
  return s;
}

export const OPERATOR_LOGIN_PATH = '/operator/login';

/**
 * The operator console's session and urql client (replacing the tenant client below it). A new
 * client per token drops every cached result; a request that says the token is no good forgets
 * it and goes back to the operator login.
 */
export function OperatorSessionProvider({ children, fetch: fetchFn }: { children: ReactNode; fetch?: typeof fetch }) {
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  const [token, setToken] = useState<string | null>(readOperatorToken);

  const logIn = useCallback((t: string) => {
    saveOperatorToken(t);
    setToken(t);
  }, []);
  const logOut = useCallback(() => {
    forgetOperatorToken();
    setToken(null);
  }, []);

  const client = useMemo(
    () =>
      createOperatorClient({
        token,
        fetch: fetchFn,
        onAuthLost: () => {
          forgetOperatorToken();
          setToken(null);
          navigateRef.current(OPERATOR_LOGIN_PATH, { replace: true });
        },
      }),
    [token, fetchFn],
  );
  const session = useMemo(() => ({ token, logIn, logOut }), [token, logIn, logOut]);

  return (
    <OperatorSessionContext.Provider value={session}>
      <Provider value={client}>
        {children}
        <OutageBanner />
      </Provider>
    </OperatorSessionContext.Provider>
  );
}
