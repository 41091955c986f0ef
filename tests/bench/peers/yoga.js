// graphql-yoga 5 peer: a hand-written schema with the same operation texts as Tongxin's API,
// SQL in tenant transactions, DataLoader for nested objects, graphql-ws for subscriptions.
// Env: DATABASE_URL (tongxin_app role), JWT_SECRET, PORT, optional REDIS_URL (shared pubsub).
'use strict';
const http = require('node:http');
const { Pool } = require('pg');
const DataLoader = require('dataloader');
const { GraphQLError } = require('graphql');
const { createYoga, createSchema, createPubSub } = require('graphql-yoga');
const { WebSocketServer } = require('ws');
const { useServer } = require('graphql-ws/use/ws');
const { fromBearer, UUID } = require('./auth');

const port = Number(process.env.PORT ?? 4000); // 0: any free port
const key = process.env.JWT_SECRET;
if (!process.env.DATABASE_URL || !key) {
  console.error('DATABASE_URL and JWT_SECRET are required');
  process.exit(2);
}

// Same pool size as Tongxin's runtime pool.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 16 });
pool.on('error', (e) => console.error('pg pool:', e.message));

// Runs fn(client) in a transaction where only `tenant` exists (RLS), as Tongxin's begin_tenant.
async function withTenant(tenant, fn) {
  const client = await pool.connect();
  let broken;
  try {
    // BEGIN and the setting in one round trip (simple protocol, like Tongxin). `tenant` was
    // checked to be a uuid in auth.js, so the literal cannot inject anything.
    await client.query(`begin; select set_config('app.tenant_id', '${tenant}', true)`);
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch((err) => (broken = err));
    throw e;
  } finally {
    client.release(broken); // a connection that cannot roll back is discarded, not reused
  }
}

// Named statements are prepared once per connection (PostGraphile 4 and sqlx cache theirs too).
const SQL = {
  isMember: `select 1 from conversation_member
              where tenant_id = $1 and conversation_id = $2 and member_id = $3`,
  members: `select id, name, gender, status, org_id from member
             where tenant_id = $1 and status = 'ACTIVE' and id > $2::uuid
             order by id limit $3`,
  history: `select seq, body, created_at, author_id from message
             where tenant_id = $1 and conversation_id = $2
             order by seq desc limit $3`,
  historyBefore: `select seq, body, created_at, author_id from message
                   where tenant_id = $1 and conversation_id = $2 and seq < $4
                   order by seq desc limit $3`,
  nextSeq: `update conversation set last_seq = last_seq + 1, last_message_at = now()
             where tenant_id = $1 and id = $2 returning last_seq`,
  insert: `insert into message (tenant_id, conversation_id, seq, id, author_id, body, client_message_id)
           values ($1, $2, $3, gen_random_uuid(), $4, $5, $6) returning created_at`,
  orgs: `select id, name from org_unit where tenant_id = $1 and id = any($2::uuid[])`,
  authors: `select id, name, gender, status, org_id from member
             where tenant_id = $1 and id = any($2::uuid[])`,
};
const q = (client, name, values) => client.query({ name, text: SQL[name], values });

const NIL = '00000000-0000-0000-0000-000000000000';
const clamp = (n) => Math.max(1, Math.min(100, n)); // Tongxin's page sizes are 1–100

// Not a member (or not a uuid) reads as "not found", so ids of others' conversations leak nothing.
async function assertMember(client, claims, conversationId) {
  const r = UUID.test(conversationId)
    ? await q(client, 'isMember', [claims.tenant_id, conversationId, claims.member_id])
    : { rowCount: 0 };
  if (!r.rowCount) throw new GraphQLError('not found');
}

// Per request (per subscription on websockets): batches the nested lookups of one request.
function makeLoaders(tenant) {
  const byId = (name) =>
    new DataLoader(async (ids) => {
      const { rows } = await withTenant(tenant, (c) => q(c, name, [tenant, ids]));
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  return { org: byId('orgs'), member: byId('authors') };
}

function makePubSub() {
  const url = process.env.REDIS_URL;
  if (!url) return createPubSub();
  // Two connections: a Redis connection in subscriber mode cannot publish.
  const Redis = require('ioredis');
  const { createRedisEventTarget } = require('@graphql-yoga/redis-event-target');
  return createPubSub({
    eventTarget: createRedisEventTarget({ publishClient: new Redis(url), subscribeClient: new Redis(url) }),
  });
}
const pubSub = makePubSub();
// Topics carry the tenant too: conversation ids are unique only per tenant.
const topicId = (claims, conversationId) => `${claims.tenant_id}:${conversationId}`;

const typeDefs = /* GraphQL */ `
  type Query {
    members(first: Int!, after: ID): MemberConnection!
    messages(conversationId: ID!, first: Int!, beforeSeq: Int): [Message!]!
  }
  type Mutation {
    sendMessage(input: SendMessageInput!): SendMessagePayload!
  }
  type Subscription {
    messageAdded(conversationId: ID!): Message!
  }
  type Member {
    id: ID!
    name: String!
    gender: String
    status: String!
    organization: Organization
  }
  type Organization {
    id: ID!
    name: String!
  }
  type MemberConnection {
    edges: [MemberEdge!]!
    pageInfo: PageInfo!
  }
  type MemberEdge {
    node: Member!
    cursor: String!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type Message {
    seq: Int!
    body: String!
    createdAt: String!
    author: Member
  }
  input SendMessageInput {
    conversationId: ID!
    body: String!
    clientMessageId: String!
  }
  type SendMessagePayload {
    message: Message!
  }
`;

// Messages travel as { conversationId, seq, body, createdAt (ISO), authorId } from the
// database and through the pubsub alike.
const fromRow = (conversationId, r) => ({
  conversationId,
  seq: Number(r.seq),
  body: r.body,
  createdAt: r.created_at.toISOString(),
  authorId: r.author_id,
});

const resolvers = {
  Query: {
    async members(_, { first, after }, { claims }) {
      const n = clamp(first);
      if (after != null && !UUID.test(after)) throw new GraphQLError('bad cursor');
      // One extra row tells whether there is a next page.
      const { rows } = await withTenant(claims.tenant_id, (c) =>
        q(c, 'members', [claims.tenant_id, after ?? NIL, n + 1]),
      );
      const page = rows.slice(0, n);
      return {
        edges: page.map((node) => ({ node, cursor: node.id })),
        pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? page[page.length - 1].id : null },
      };
    },
    async messages(_, { conversationId, first, beforeSeq }, { claims }) {
      return withTenant(claims.tenant_id, async (c) => {
        await assertMember(c, claims, conversationId);
        const args = [claims.tenant_id, conversationId, clamp(first)];
        const { rows } =
          beforeSeq == null ? await q(c, 'history', args) : await q(c, 'historyBefore', [...args, beforeSeq]);
        return rows.map((r) => fromRow(conversationId, r));
      });
    },
  },
  Mutation: {
    async sendMessage(_, { input }, { claims }) {
      const { conversationId, body, clientMessageId } = input;
      const message = await withTenant(claims.tenant_id, async (c) => {
        await assertMember(c, claims, conversationId);
        // The row lock on the conversation orders concurrent sends: seq has no gaps.
        const { rows } = await q(c, 'nextSeq', [claims.tenant_id, conversationId]);
        const seq = rows[0].last_seq;
        const ins = await q(c, 'insert', [claims.tenant_id, conversationId, seq, claims.member_id, body, clientMessageId]);
        return fromRow(conversationId, { seq, body, created_at: ins.rows[0].created_at, author_id: claims.member_id });
      });
      // Published after COMMIT, so a subscriber never sees a message that could still roll back.
      pubSub.publish('messageAdded', topicId(claims, conversationId), message);
      return { message };
    },
  },
  Subscription: {
    messageAdded: {
      async subscribe(_, { conversationId }, { claims }) {
        await withTenant(claims.tenant_id, (c) => assertMember(c, claims, conversationId));
        return pubSub.subscribe('messageAdded', topicId(claims, conversationId));
      },
      resolve: (message) => message,
    },
  },
  Member: {
    organization: (m, _, { loaders }) => (m.org_id ? loaders.org.load(m.org_id) : null),
  },
  Message: {
    author: (m, _, { loaders }) => loaders.member.load(m.authorId),
  },
};

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers }),
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  // `claims` comes from the server context (HTTP) or from onSubscribe (websockets).
  context: ({ claims }) => ({ claims, loaders: makeLoaders(claims.tenant_id) }),
});

const server = http.createServer((req, res) => {
  // Reject before yoga so a request without a valid token never reaches the database.
  const claims = fromBearer(req.headers.authorization, key);
  if (!claims) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"errors":[{"message":"unauthenticated"}]}');
    return;
  }
  yoga(req, res, { claims });
});

// graphql-ws (subprotocol graphql-transport-ws) on the same port and path; default keepalive.
const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
useServer(
  {
    // The token travels in connection_init: { authorization: "Bearer <jwt>" }.
    onConnect(ctx) {
      const claims = fromBearer(ctx.connectionParams?.authorization, key);
      if (!claims) return false; // graphql-ws closes with 4403 Forbidden
      ctx.extra.claims = claims;
    },
    // The usual yoga + graphql-ws wiring: run each operation through yoga's envelop pipeline.
    execute: (args) => args.rootValue.execute(args),
    subscribe: (args) => args.rootValue.subscribe(args),
    async onSubscribe(ctx, _id, params) {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        ...ctx,
        req: ctx.extra.request,
        socket: ctx.extra.socket,
        params,
        claims: ctx.extra.claims,
      });
      const args = {
        schema,
        operationName: params.operationName,
        document: parse(params.query),
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      return errors.length ? errors : args;
    },
  },
  wss,
);

// PORT=0 picks a free port; print the real one.
server.listen(port, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
