// Client-side rules that mirror the server's (schema.graphql doc comments).

/** Slug: 3–32 of a-z, 0-9 and hyphens, starting with a letter. */
export const SLUG_RE = /^[a-z][a-z0-9-]{2,31}$/;

export function isValidSlug(s: string): boolean {
  return SLUG_RE.test(s);
}

/** Password: 8–128 characters with letters and digits. */
export function passwordProblem(p: string): 'tooShort' | 'tooLong' | 'lettersDigits' | null {
  if (p.length < 8) return 'tooShort';
  if (p.length > 128) return 'tooLong';
  if (!/[A-Za-z]/.test(p) || !/[0-9]/.test(p)) return 'lettersDigits';
  return null;
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_RE = /^1\d{10}$/;
