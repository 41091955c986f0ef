import { createHmac } from 'node:crypto';

// RFC 6238 TOTP (SHA-1, 6 digits, 30 s) computed from a base32 secret, as an authenticator app
// would: the e2e specs enter codes like a person with a phone.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of text.replace(/[\s=-]/g, '').toUpperCase()) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The current 30-second step. */
export function stepNow(): number {
  return Math.floor(Date.now() / 1000 / 30);
}

/** The code of `secret` at `step` (default: now). */
export function totp(secret: string, step = stepNow()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * Codes for one secret that are never used twice: the server accepts a code once per step and
 * one step ahead, so each call takes the next unused step (now, or one after the last).
 */
export function codeSource(secret: string): () => string {
  let last = 0;
  return () => {
    const step = Math.max(stepNow(), last + 1);
    last = step;
    return totp(secret, step);
  };
}
