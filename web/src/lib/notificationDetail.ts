// What a notification's `detail` (a JSON scalar) says, and the global IDs it names.

/** A notification's `detail` as an object (from the JSON scalar or its text); null when it is none. */
export function detailObject(detail: unknown): Record<string, unknown> | null {
  let d = detail;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return null;
    }
  }
  return d && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : null;
}

/** A raw UUID, as a notification's `detail` carries it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Base64url without padding (global IDs are base64url of `Type:<uuid>`). */
export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a base64url string; null when it is not one. */
export function base64UrlDecode(id: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  try {
    const b64 = id.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * `detail[key]` as the global ID of a `type` (a raw UUID is turned into one; other text is taken
 * as a global ID already); null when the detail names none.
 */
export function detailGlobalId(detail: unknown, key: string, type: string): string | null {
  const raw = detailObject(detail)?.[key];
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return UUID.test(raw) ? base64UrlEncode(`${type}:${raw.toLowerCase()}`) : raw;
}
