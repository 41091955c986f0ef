/**
 * The platform operator's token. Tenant sessions live in an HttpOnly cookie; the operator token
 * is kept apart, under its own sessionStorage key (gone with the tab), and only the operator
 * console's client sends it.
 */
export const OPERATOR_TOKEN_KEY = 'tx_operator_token';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readOperatorToken(): string | null {
  try {
    return storage()?.getItem(OPERATOR_TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

export function saveOperatorToken(token: string): void {
  try {
    storage()?.setItem(OPERATOR_TOKEN_KEY, token);
  } catch {
    // storage unavailable: the token lives only in memory for this page
  }
}

export function forgetOperatorToken(): void {
  try {
    storage()?.removeItem(OPERATOR_TOKEN_KEY);
  } catch {
    // ignore
  }
}
