// Smoke test of the peers against a database with Tongxin's schema: seeds two fresh tenants,
// starts postgraphile.js and yoga.js (two yoga nodes when REDIS_URL is set), and checks data,
// tenant isolation, auth rejection and subscriptions (across nodes through Redis).
// Env: OWNER_URL (owner role, for seeding), DATABASE_URL (tongxin_app), optional REDIS_URL.
// Exit code 0 when every check passes.
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const path = require('node:path');
const { Client } = require('pg');
const WebSocket = require('ws');
const { createClient } = require('graphql-ws');
const { sign } = require('./auth');
const Q = require('./queries.json');

const SECRET = crypto.randomBytes(16).toString('hex');
const uuid = () => crypto.randomUUID();
const children = [];
let failures = 0;

function check(name, ok, detail = '') {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

// Tenant with one org (and its ORG conversation), members in/out of it, three messages.
async function seedTenant(db, label) {
  const t = { id: uuid(), org: uuid(), m1: uuid(), m2: uuid(), outsider: uuid(), disabled: uuid() };
  await db.query('begin');
  await db.query(`select set_config('app.tenant_id', $1, true)`, [t.id]); // RLS is forced for the owner too
  await db.query('insert into tenant (id, slug, name) values ($1, $2, $3)', [t.id, `smoke-${t.id}`, `${label} tenant`]);
  await db.query(`insert into org_unit (tenant_id, id, line, kind, name, path) values ($1, $2, 'PARTY', 'BRANCH', $3, 'a')`,
    [t.id, t.org, `${label}-org`]);
  const members = [[t.m1, 'ACTIVE'], [t.m2, 'ACTIVE'], [t.outsider, 'ACTIVE'], [t.disabled, 'DISABLED']];
  for (const [id, status] of members) {
    await db.query('insert into member (tenant_id, id, name, org_id, status) values ($1, $2, $3, $4, $5)',
      [t.id, id, `${label}-${id.slice(0, 8)}`, t.org, status]);
  }
  t.conv = (await db.query('select id from conversation where tenant_id = $1 and org_id = $2', [t.id, t.org])).rows[0].id;
  for (const m of [t.m1, t.m2]) {
    await db.query('insert into conversation_member (tenant_id, conversation_id, member_id) values ($1, $2, $3)', [t.id, t.conv, m]);
  }
  for (let seq = 1; seq <= 3; seq++) {
    await db.query(`insert into message (tenant_id, conversation_id, seq, id, author_id, body, client_message_id)
                    values ($1, $2, $3, gen_random_uuid(), $4, $5, $6)`, [t.id, t.conv, seq, t.m1, `${label} says ${seq}`, uuid()]);
  }
  await db.query('update conversation set last_seq = 3 where tenant_id = $1 and id = $2', [t.id, t.conv]);
  await db.query('commit');
  t.token = (member) => sign({ tenant_id: t.id, member_id: member, exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
  return t;
}

// Starts a server script on a free port; resolves with its base URL once it prints `ready <port>`.
function start(script, extraEnv = {}) {
  const child = spawn(process.execPath, [path.join(__dirname, script)], {
    env: { ...process.env, JWT_SECRET: SECRET, PORT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /ready (\d+)/.exec(String(d));
      if (m) resolve(`http://127.0.0.1:${m[1]}/graphql`);
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function gql(url, token, query, variables) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}

function wsClient(url, token) {
  return createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

// Subscribes and resolves with the subscription's first event (or error), with a timeout.
function firstEvent(client, query, variables, ms = 5000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ timeout: true }), ms);
    const stop = client.subscribe({ query, variables }, {
      next: (v) => { clearTimeout(timer); stop(); resolve(v); },
      error: (e) => { clearTimeout(timer); resolve({ error: e }); },
      complete: () => {},
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const names = (list) => list.map((n) => n.name);

async function main() {
  const db = new Client({ connectionString: process.env.OWNER_URL });
  await db.connect();
  const A = await seedTenant(db, 'A');
  const B = await seedTenant(db, 'B');
  await db.end();

  const redis = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};
  const [pg4, yoga1, yoga2] = await Promise.all([
    start('postgraphile.js'),
    start('yoga.js', redis),
    process.env.REDIS_URL ? start('yoga.js', redis) : null,
  ]);

  // --- PostGraphile
  let r = await gql(pg4, A.token(A.m1), Q.postgraphile.memberPage);
  let nodes = r.data?.allMembers.nodes ?? [];
  check('postgraphile member page: the 3 active members of A, with org', nodes.length === 3
    && nodes.every((n) => n.name.startsWith('A-') && n.orgUnitByTenantIdAndOrgId?.name === 'A-org'), JSON.stringify(r));
  r = await gql(pg4, A.token(A.m1), Q.postgraphile.history, { c: A.conv });
  nodes = r.data?.allMessages.nodes ?? [];
  check('postgraphile history: 3 messages newest first with author', nodes.length === 3 && nodes[0].seq === '3'
    && nodes[0].memberByTenantIdAndAuthorId?.name.startsWith('A-'), JSON.stringify(r));
  r = await gql(pg4, B.token(B.m1), Q.postgraphile.history, { c: A.conv });
  check('postgraphile: B reading A\'s conversation gets no rows', r.data?.allMessages.nodes.length === 0, JSON.stringify(r));
  r = await gql(pg4, B.token(B.m1), Q.postgraphile.memberPage);
  check('postgraphile: B\'s member page holds only B', names(r.data?.allMembers.nodes ?? []).every((n) => n.startsWith('B-'))
    && r.data.allMembers.nodes.length === 3, JSON.stringify(r));
  r = await gql(pg4, null, Q.postgraphile.memberPage);
  check('postgraphile: no token is 401 without data', r.status === 401 && !r.data);
  r = await gql(pg4, A.token(A.m1).slice(0, -2) + 'xx', Q.postgraphile.memberPage);
  check('postgraphile: bad signature is 401', r.status === 401 && !r.data);

  // --- yoga
  r = await gql(yoga1, A.token(A.m1), Q.yoga.memberPage);
  let edges = r.data?.members.edges ?? [];
  check('yoga member page: the 3 active members of A, with org', edges.length === 3
    && edges.every((e) => e.node.name.startsWith('A-') && e.node.organization?.name === 'A-org')
    && r.data.members.pageInfo.hasNextPage === false && r.data.members.pageInfo.endCursor === edges[2].node.id, JSON.stringify(r));
  r = await gql(yoga1, A.token(A.m1), Q.yoga.history, { c: A.conv });
  let msgs = r.data?.messages ?? [];
  check('yoga history: 3 messages newest first with author', msgs.length === 3 && msgs[0].seq === 3
    && msgs[0].author?.name.startsWith('A-') && !Number.isNaN(Date.parse(msgs[0].createdAt)), JSON.stringify(r));
  r = await gql(yoga1, B.token(B.m1), Q.yoga.history, { c: A.conv });
  check('yoga: B reading A\'s conversation is "not found"', !r.data && r.errors?.[0]?.message === 'not found', JSON.stringify(r));
  r = await gql(yoga1, A.token(A.outsider), Q.yoga.history, { c: A.conv });
  check('yoga: a non-member of the conversation gets "not found"', !r.data && r.errors?.[0]?.message === 'not found', JSON.stringify(r));
  r = await gql(yoga1, B.token(B.m1), Q.yoga.memberPage);
  check('yoga: B\'s member page holds only B', (r.data?.members.edges ?? []).length === 3
    && r.data.members.edges.every((e) => e.node.name.startsWith('B-')), JSON.stringify(r));
  r = await gql(yoga1, null, Q.yoga.memberPage);
  check('yoga: no token is 401 without data', r.status === 401 && !r.data);

  // --- subscriptions: same node, then (with Redis) send on node 2, receive on node 1
  const sub = wsClient(yoga1, A.token(A.m2));
  const same = firstEvent(sub, Q.yoga.subscribe, { c: A.conv });
  await sleep(300); // let the subscription reach the pubsub before sending
  r = await gql(yoga1, A.token(A.m1), Q.yoga.send, { c: A.conv, b: 'live one', k: uuid() });
  check('yoga send returns seq 4', r.data?.sendMessage.message.seq === 4, JSON.stringify(r));
  let ev = await same;
  check('subscription (same node) delivers it', ev.data?.messageAdded.seq === 4 && ev.data.messageAdded.body === 'live one', JSON.stringify(ev));
  if (yoga2) {
    const cross = firstEvent(sub, Q.yoga.subscribe, { c: A.conv });
    await sleep(300);
    r = await gql(yoga2, A.token(A.m2), Q.yoga.send, { c: A.conv, b: 'from node 2', k: uuid() });
    ev = await cross;
    check('subscription across nodes (Redis) delivers it', ev.data?.messageAdded.seq === 5 && ev.data.messageAdded.body === 'from node 2', JSON.stringify(ev));
  } else {
    console.log('skip subscription across nodes (REDIS_URL not set)');
  }
  // B must not see A's events even when naming A's conversation.
  const bsub = wsClient(yoga1, B.token(B.m1));
  ev = await firstEvent(bsub, Q.yoga.subscribe, { c: A.conv }, 2000);
  check('yoga: B subscribing to A\'s conversation is refused', ev.errors?.[0]?.message === 'not found' && !ev.data, JSON.stringify(ev));
  const bad = wsClient(yoga1, 'not-a-token');
  ev = await firstEvent(bad, Q.yoga.subscribe, { c: A.conv }, 2000);
  check('yoga: websocket with a bad token is closed (4403)', ev.error?.code === 4403, JSON.stringify(ev.error?.code ?? ev));
  await Promise.all([sub.dispose(), bsub.dispose(), bad.dispose()]);
}

main()
  .catch((e) => { failures++; console.error(e); })
  .finally(() => {
    for (const c of children) c.kill('SIGTERM');
    console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
    process.exitCode = failures ? 1 : 0;
  });
