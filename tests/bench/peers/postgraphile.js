// PostGraphile 4 peer: the schema is generated from the database; tenancy is RLS only.
// Env: DATABASE_URL (tongxin_app role), JWT_SECRET, PORT.
'use strict';
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');
const { fromBearer } = require('./auth');

const port = Number(process.env.PORT ?? 5000); // 0: any free port
const key = process.env.JWT_SECRET;
if (!process.env.DATABASE_URL || !key) {
  console.error('DATABASE_URL and JWT_SECRET are required');
  process.exit(2);
}

// Same pool size as Tongxin's runtime pool.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 16 });
pool.on('error', (e) => console.error('pg pool:', e.message));

const graphql = postgraphile(pool, 'public', {
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  extendedErrors: [],
  // PostGraphile wraps each request in a transaction and applies these with set_config(.., true),
  // so RLS (`tenant_id = app_tenant_id()`) sees the token's tenant.
  pgSettings: (req) => ({ 'app.tenant_id': req.claims.tenant_id }),
});

const server = http.createServer((req, res) => {
  // Reject before PostGraphile so a request without a valid token never reaches the database.
  const claims = fromBearer(req.headers.authorization, key);
  if (!claims) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"errors":[{"message":"unauthenticated"}]}');
    return;
  }
  req.claims = claims;
  graphql(req, res);
});

// Introspect before announcing readiness, so the first measured request does not pay for it.
graphql
  .getGraphQLSchema()
  .then(() => server.listen(port, '127.0.0.1', () => console.log(`ready ${server.address().port}`)))
  .catch((e) => {
    console.error('introspection failed:', e.message);
    process.exit(1);
  });
