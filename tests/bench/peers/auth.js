// HS256 JWT verification with node:crypto (one less dependency than jsonwebtoken).
// Tokens come from tests/src/bin/bench_peers/jwt.rs: { tenant_id, member_id, exp, aud }.
'use strict';
const crypto = require('node:crypto');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function secret() {
  const s = process.env.JWT_SECRET;
  if (!s) throw new Error('JWT_SECRET is not set');
  return s;
}

// Claims of a valid token, or null. Both ids must be uuids: yoga.js puts the tenant id
// into a SQL literal (one round trip for BEGIN + set_config, as Tongxin does).
function verify(token, key = secret()) {
  if (typeof token !== 'string') return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [h, c, sig] = parts;
  let header, claims;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!header || header.alg !== 'HS256') return null; // no "none", no algorithm confusion
  const expected = crypto.createHmac('sha256', key).update(`${h}.${c}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  if (!claims || typeof claims.exp !== 'number' || claims.exp <= Date.now() / 1000) return null;
  if (!UUID.test(claims.tenant_id) || !UUID.test(claims.member_id)) return null;
  return claims;
}

// Claims from an "Authorization: Bearer <jwt>" value, or null.
function fromBearer(value, key) {
  const m = typeof value === 'string' && /^Bearer\s+(\S+)$/i.exec(value);
  return m ? verify(m[1], key) : null;
}

// Mints a token (used by smoke.js; the benchmark mints its own in Rust).
function sign(claims, key = secret()) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${body}.${crypto.createHmac('sha256', key).update(body).digest('base64url')}`;
}

module.exports = { verify, fromBearer, sign, UUID };
