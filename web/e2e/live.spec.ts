import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, apiGraphql, signUp, uniqueTenant } from './fixtures';

// No API call writes a notification at once (reminders come from the worker's scan, and no
// worker runs here), so these tests check the live connection itself: it is established with
// the session cookie and subscribes, it ends (signing the browser out) with the session, and
// the header says when it is down.

interface Frame {
  type?: string;
  payload?: { query?: string };
}

/** The frames of the page's /graphql/ws sockets, as the app sends and receives them. */
function watchLive(page: Page) {
  const live = { opened: 0, closed: 0, sent: [] as Frame[], received: [] as Frame[] };
  const parse = (data: string | Buffer): Frame => {
    try {
      return JSON.parse(String(data)) as Frame;
    } catch {
      return {};
    }
  };
  page.on('websocket', (ws) => {
    if (!new URL(ws.url()).pathname.endsWith('/graphql/ws')) return;
    live.opened++;
    ws.on('framesent', (f) => live.sent.push(parse(f.payload)));
    ws.on('framereceived', (f) => live.received.push(parse(f.payload)));
    ws.on('close', () => live.closed++);
  });
  return live;
}

async function openInbox(page: Page) {
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 2, name: '通知', exact: true })).toBeVisible();
}

test('live: the signed-in app subscribes to new notifications over /graphql/ws', async ({ page, problems }) => {
  const T = uniqueTenant();
  await signUp(page, T);
  const live = watchLive(page);
  await openInbox(page);

  // The session cookie on the upgrade is the authentication: connection_init carries nothing.
  await expect.poll(() => live.received.some((f) => f.type === 'connection_ack')).toBe(true);
  expect(live.sent[0]).toEqual({ type: 'connection_init' });
  await expect.poll(() => live.sent.find((f) => f.type === 'subscribe')?.payload?.query ?? '').toContain('notificationAdded');
  expect(live.received.filter((f) => f.type === 'error')).toEqual([]);
  expect(live.opened).toBe(1);
  expect(live.closed).toBe(0);
  await expect(page.getByTestId('live-disconnected')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('live: when the session is revoked elsewhere, the socket closes and the browser is signed out', async ({ page, problems }) => {
  const T = uniqueTenant();
  await signUp(page, T);
  const live = watchLive(page);
  await openInbox(page);
  await expect.poll(() => live.received.some((f) => f.type === 'connection_ack')).toBe(true);

  // The admin, as an API client, ends the browser's session.
  const { logIn } = await apiGraphql<{ logIn: { token: string } }>(
    'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
    { input: { email: T.adminEmail, password: T.adminPassword } },
  );
  const { mySessions } = await apiGraphql<{ mySessions: { id: string; current: boolean }[] }>(
    '{ mySessions { id current } }',
    {},
    logIn.token,
  );
  const others = mySessions.filter((s) => !s.current);
  expect(others).toHaveLength(1);
  await apiGraphql('mutation($input: IdInput!) { revokeSession(input: $input) }', { input: { id: others[0].id } }, logIn.token);

  // The server closes the socket (4403); the app does not reconnect but goes to the login page,
  // remembering the inbox. The 60 s unread poll is far off, so this is the socket's doing.
  await expect.poll(() => live.closed).toBe(1);
  await expect(page).toHaveURL(/\/login\?next=%2Fnotifications$/);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  expect(live.opened).toBe(1);
  expect(problems).toEqual([]);
});

test('live: the header says when the live connection is down, and stops once it is back', async ({ page, problems }) => {
  const T = uniqueTenant();
  await signUp(page, T);
  // Live connections are refused as during an API restart until `down` turns false.
  let down = true;
  await page.routeWebSocket(/\/graphql\/ws$/, (ws) => {
    if (down) void ws.close({ code: 1012, reason: 'Service Restart' });
    else ws.connectToServer();
  });
  await openInbox(page);

  const notice = page.getByTestId('live-disconnected');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText('实时连接已断开，正在重连…');
  mkdirSync('screenshots', { recursive: true });
  await page.locator('.tx-header').screenshot({ path: 'screenshots/live-disconnected.png' });

  // The app keeps trying (1 s, 2 s, 4 s, … apart); the next attempt gets through.
  down = false;
  await expect(notice).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: '通知', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
