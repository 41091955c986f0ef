import { mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, logIn, uniqueTenant, watch } from './fixtures';
import { pickOption } from './select';

// Two members of one 党支部 chat in its group (every unit has one; members placed in the unit
// take part), each in a browser of their own: messages arrive live, the other's unread count
// moves in the list before the conversation is opened, replies quote what they answer, and a
// phone gets the list and the conversation as two screens.

const T = uniqueTenant();
const BRANCH = `E2E聊天支部${T.slug.slice(4)}`;
const A = { name: '王芳', email: `wang-${T.slug}@e2e.tongxin.test`, password: 'Wangfang2026e2e', token: '' };
const B = { name: '李强', email: `li-${T.slug}@e2e.tongxin.test`, password: 'Liqiang2026e2e', token: '' };

// The list asks for unread counts every 30 s (nothing is subscribed to conversations not open).
const LIST_POLL_WAIT = 45_000;

/** The enterprise, the branch and both members, made through the API as an integrator would. */
async function seed() {
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY' });
  for (const m of [A, B]) {
    m.token = (await apiAddMember(token, m, branch)).token;
  }
}

/** A signed-in browser of its own for `who`, on 消息. */
async function member(browser: Browser, who: typeof A, problems: string[]) {
  const context = await browser.newContext();
  watch(context, problems);
  const page = await context.newPage();
  await logIn(page, who.email, who.password);
  await page.getByRole('navigation').getByRole('link', { name: '消息' }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByRole('heading', { level: 2, name: '消息' })).toBeVisible();
  return { context, page };
}

const row = (page: Page) => page.locator('li.tx-conv').filter({ hasText: BRANCH });
const composer = (page: Page) => page.getByRole('textbox', { name: '输入消息' });
const pane = (page: Page) => page.getByTestId('conversation-pane');

async function open(page: Page) {
  await page.getByRole('link', { name: new RegExp(BRANCH) }).click();
  await expect(pane(page).getByRole('heading', { level: 3, name: BRANCH })).toBeVisible();
  await expect(pane(page).getByTestId('chat-live-status')).toHaveAttribute('data-status', 'connected');
}

async function send(page: Page, text: string) {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
}

test.describe.configure({ mode: 'serial' });

test('chat: A writes in the branch group, B sees the unread count move and the message live, B replies, A sees it', async ({
  browser,
  problems,
}) => {
  test.setTimeout(180_000);
  await seed();
  const a = await member(browser, A, problems);
  const b = await member(browser, B, problems);

  // Both see the branch's group; nothing is unread yet.
  await expect(row(b.page)).toContainText('组织群');
  await expect(row(b.page).getByTestId('conversation-unread')).toHaveCount(0);
  await open(a.page);
  await expect(pane(a.page).getByText('还没有消息，说点什么吧')).toBeVisible();

  // A writes; it shows on A's right at once.
  await send(a.page, '同志们好，周五下午主题党日');
  const first = pane(a.page).getByTestId('message-1');
  await expect(first).toContainText('同志们好，周五下午主题党日');
  await expect(first).toHaveClass(/tx-msg-own/);

  // B, still on the list, sees the unread count and the preview change without opening it.
  await expect(row(b.page).getByTestId('conversation-unread')).toContainText('1 条未读', { timeout: LIST_POLL_WAIT });
  await expect(row(b.page)).toContainText('王芳：同志们好，周五下午主题党日');
  await expect(b.page.getByTestId('nav-badge-chat')).toContainText('1', { timeout: LIST_POLL_WAIT });

  // B opens it: the message under A's name; read, so the counts go.
  await open(b.page);
  const seen = pane(b.page).getByTestId('message-1');
  await expect(seen).toContainText('同志们好，周五下午主题党日');
  await expect(seen).not.toHaveClass(/tx-msg-own/);
  await expect(pane(b.page).getByTestId('message-group').first()).toContainText('王芳');
  await expect(row(b.page).getByTestId('conversation-unread')).toHaveCount(0);
  await expect(b.page.getByTestId('nav-badge-chat')).toHaveCount(0);

  // A writes again: B sees it live.
  await send(a.page, '请各位带好学习笔记');
  await expect(pane(b.page).getByTestId('message-2')).toContainText('请各位带好学习笔记');

  // B replies to it; A sees the reply live, quoting what it answers.
  await pane(b.page).getByTestId('message-2').hover();
  await pane(b.page).getByTestId('message-2').getByRole('button', { name: '回复' }).click();
  await expect(b.page.getByTestId('reply-chip')).toContainText('回复 王芳：请各位带好学习笔记');
  await send(b.page, '收到，准时参加');
  await expect(b.page.getByTestId('reply-chip')).toHaveCount(0);
  await expect(pane(b.page).getByTestId('message-3')).toHaveClass(/tx-msg-own/);
  const reply = pane(a.page).getByTestId('message-3');
  await expect(reply).toContainText('收到，准时参加');
  await expect(reply.getByTestId('message-quote')).toHaveText('回复 王芳：请各位带好学习笔记');
  await expect(reply).not.toHaveClass(/tx-msg-own/);
  await expect(pane(a.page).getByTestId('message-group').last()).toContainText('李强');

  // Shift+Enter is a new line, not a send; the counter follows.
  await composer(a.page).fill('第一行');
  await composer(a.page).press('Shift+Enter');
  await composer(a.page).pressSequentially('第二行');
  await expect(composer(a.page)).toHaveValue('第一行\n第二行');
  await expect(a.page.getByTestId('composer-count')).toHaveText('7 / 2000');
  await composer(a.page).fill('');

  mkdirSync('screenshots', { recursive: true });
  await a.page.screenshot({ path: 'screenshots/chat-1280.png' });
  await a.context.close();
  await b.context.close();
  expect(problems).toEqual([]);
});

test('chat at 375 px: the list and the conversation are two screens; messages still arrive live', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const a = await member(browser, A, problems);
  const b = await member(browser, B, problems);
  await open(a.page);
  await b.page.setViewportSize({ width: 375, height: 812 });

  // The list alone, fitting the phone.
  await expect(row(b.page)).toBeVisible();
  await expect(b.page.getByText('选择一个会话开始聊天')).toBeHidden();
  expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await b.page.screenshot({ path: 'screenshots/chat-list-375.png' });

  // Tap: the conversation alone, with a way back.
  await open(b.page);
  await expect(row(b.page)).toBeHidden();
  await expect(pane(b.page).getByTestId('message-3')).toContainText('收到，准时参加');
  await send(a.page, '手机上也能收到吗？');
  await expect(pane(b.page).getByTestId('message-4')).toContainText('手机上也能收到吗？');
  await send(b.page, '能收到');
  await expect(pane(a.page).getByTestId('message-5')).toContainText('能收到');
  expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await b.page.screenshot({ path: 'screenshots/chat-375.png' });

  await b.page.getByRole('button', { name: '返回会话列表' }).click();
  await expect(b.page).toHaveURL(/\/chat$/);
  await expect(row(b.page)).toBeVisible();
  await expect(row(b.page)).toContainText('我：能收到');
  await a.context.close();
  await b.context.close();
  expect(problems).toEqual([]);
});

test('chat: a send whose answer was lost is retried with the same id and stored once; scrolling up loads earlier messages in place', async ({
  browser,
  problems,
}) => {
  test.setTimeout(120_000);
  // A writes 40 more as an API client: 45 in all, more than the 30 a conversation opens with.
  const { conversations } = await apiGraphql<{ conversations: { edges: { node: { id: string; title: string } }[] } }>(
    '{ conversations(first: 20) { edges { node { id title } } } }',
    {},
    A.token,
  );
  const id = conversations.edges.find((e) => e.node.title === BRANCH)?.node.id;
  expect(id).toBeTruthy();
  for (let i = 1; i <= 40; i++) {
    await apiGraphql(
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { seq } } }',
      { input: { conversationId: id, body: `学习记录第 ${i} 条`, clientMessageId: `e2e-history-${T.slug}-${i}` } },
      A.token,
    );
  }

  const b = await member(browser, B, problems);
  await open(b.page);
  const scroller = pane(b.page).getByTestId('message-scroller');
  await expect(pane(b.page).getByTestId('message-45')).toBeInViewport();
  await expect(pane(b.page).getByTestId('message-16')).toBeAttached();
  await expect(pane(b.page).getByTestId('message-15')).toHaveCount(0);

  // Up to the top: the 15 before come in above, and what was on screen stays where it was.
  const top = async () => (await pane(b.page).getByTestId('message-16').boundingBox())?.y ?? NaN;
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(pane(b.page).getByTestId('message-15')).toBeAttached();
  await expect(pane(b.page).getByTestId('message-1')).toBeAttached();
  await expect(pane(b.page).getByTestId('message-16')).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  const before = await top();
  await b.page.waitForTimeout(300);
  expect(Math.abs((await top()) - before)).toBeLessThan(2);
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(pane(b.page).getByText('以上是全部消息')).toBeVisible();

  // The server stores B's message but the answer never reaches the browser: 发送失败.
  let lose = true;
  await b.page.route('**/graphql', async (route) => {
    const op = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
    if (op !== 'SendMessage' || !lose) return route.continue();
    lose = false;
    await route.fetch();
    await route.abort('aborted');
  });
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await send(b.page, '网络不好也只发一次');
  const failed = pane(b.page).getByTestId('message-pending');
  await expect(failed.getByRole('alert')).toContainText('发送失败');
  // 重试 sends the same clientMessageId: the stored message comes back, once.
  await failed.getByRole('button', { name: '重试' }).click();
  await expect(pane(b.page).getByTestId('message-46')).toContainText('网络不好也只发一次');
  await expect(pane(b.page).getByTestId('message-pending')).toHaveCount(0);
  await expect(pane(b.page).getByText('网络不好也只发一次')).toHaveCount(1);
  const { messages } = await apiGraphql<{ messages: { seq: number; body: string }[] }>(
    'query($c: ID!) { messages(conversationId: $c, first: 3) { seq body } }',
    { c: id },
    A.token,
  );
  expect(messages.map((m) => m.body)).toEqual(['网络不好也只发一次', '学习记录第 40 条', '学习记录第 39 条']);
  await b.context.close();
  // The lost answer reads as net::ERR_ABORTED, which the watcher does not count.
  expect(problems).toEqual([]);
});

// ---- Mentions, recall, custom groups, notices and attachments ---------------------------

/** CRC-32 (as PNG chunks carry it). */
function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A `width`×`height` PNG of one colour (8-bit RGB), made here rather than read from a file. */
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const TINY_PNG = png(4, 3, [200, 22, 29]);
const GROUP = `E2E青年突击队${T.slug.slice(4)}`;

/** The stored message of `page`'s open conversation containing `text`. */
const stored = (page: Page, text: string) => pane(page).locator('li.tx-msg[data-seq]').filter({ hasText: text });

test('chat: A mentions B with @ (B sees it highlighted live), then recalls it (B sees the placeholder live)', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const a = await member(browser, A, problems);
  const b = await member(browser, B, problems);
  await open(a.page);
  await open(b.page);

  // Typing @ offers the conversation's members, filtered by what follows.
  await composer(a.page).click();
  await composer(a.page).pressSequentially('@李');
  const picker = a.page.getByTestId('mention-picker');
  await expect(picker.getByRole('option', { name: '李强' })).toBeVisible();
  await expect(picker.getByRole('option', { name: '王芳' })).toHaveCount(0);
  await picker.getByRole('option', { name: '李强' }).click();
  await expect(composer(a.page)).toHaveValue('@李强 ');
  await expect(picker).toHaveCount(0);
  await composer(a.page).pressSequentially('请确认周五的会议材料');
  await composer(a.page).press('Enter');
  await expect(composer(a.page)).toHaveValue('');

  const mine = stored(a.page, '请确认周五的会议材料');
  await expect(mine).toHaveClass(/tx-msg-own/);
  await expect(mine).not.toHaveClass(/tx-msg-mentioned/);
  const seq = await mine.getAttribute('data-seq');
  expect(seq).toBeTruthy();

  // B has it open: the message arrives live, highlighted as mentioning B.
  const theirs = pane(b.page).getByTestId(`message-${seq}`);
  await expect(theirs).toContainText('@李强 请确认周五的会议材料');
  await expect(theirs).toHaveClass(/tx-msg-mentioned/);
  await expect(theirs.getByTestId('mention-tag')).toBeVisible();

  // A recalls it (within two minutes), confirming first.
  await mine.hover();
  await mine.getByTestId('message-more').click();
  await a.page.getByRole('menuitem', { name: '撤回' }).click();
  await a.page.locator('.ant-popconfirm').getByRole('button', { name: '撤回' }).click();
  await expect(pane(a.page).getByTestId(`message-${seq}`).getByTestId('recall-notice')).toHaveText('你撤回了一条消息');

  // B sees the placeholder without reloading (messageChanged).
  await expect(theirs.getByTestId('recall-notice')).toHaveText('王芳 撤回了一条消息');
  await expect(theirs).not.toContainText('请确认周五的会议材料');
  await expect(theirs).not.toHaveClass(/tx-msg-mentioned/);

  await a.context.close();
  await b.context.close();
  expect(problems).toEqual([]);
});

test('chat: A creates a custom group with B, sets its notice, B sees it; A sends a picture, B sees the image', async ({ browser, problems }) => {
  test.setTimeout(150_000);
  const a = await member(browser, A, problems);
  const b = await member(browser, B, problems);

  // 发起群聊: a name, B chosen by name; A lands in the new group.
  await a.page.getByRole('button', { name: '发起群聊' }).click();
  const dialog = a.page.getByRole('dialog', { name: '发起群聊' });
  await dialog.getByLabel('群名称').fill(GROUP);
  await pickOption(dialog, '群成员', '李强');
  await expect(dialog.locator('.ant-select-selection-item')).toContainText('李强');
  // Out of the picker (its list closes), then create.
  await dialog.getByLabel('群名称').click();
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(pane(a.page).getByRole('heading', { level: 3, name: GROUP })).toBeVisible();
  await expect(pane(a.page).getByText('群聊', { exact: true })).toBeVisible();
  await expect(a.page).toHaveURL(/\/chat\/[^/]+$/);
  const groupUrl = a.page.url();

  // 群公告: A (its admin) sets the notice.
  await pane(a.page).getByTestId('conversation-menu').click();
  await a.page.getByRole('menuitem', { name: '群公告' }).click();
  const notice = a.page.getByRole('dialog', { name: '编辑群公告' });
  await notice.getByLabel('群公告').fill('本周六上午九点集合，参加志愿服务。');
  await notice.getByRole('button', { name: '保存' }).click();
  await expect(notice).toBeHidden();
  await expect(pane(a.page).getByTestId('pinned-notice')).toContainText('本周六上午九点集合，参加志愿服务。');

  // B finds the group in the list (after a reload) and sees the notice.
  await b.page.reload();
  const groupRow = b.page.locator('li.tx-conv').filter({ hasText: GROUP });
  await expect(groupRow).toContainText('群聊');
  await groupRow.getByRole('link').click();
  await expect(pane(b.page).getByRole('heading', { level: 3, name: GROUP })).toBeVisible();
  await expect(pane(b.page).getByTestId('pinned-notice')).toContainText('本周六上午九点集合，参加志愿服务。');
  await expect(pane(b.page).getByTestId('chat-live-status')).toHaveAttribute('data-status', 'connected');
  expect(b.page.url()).toBe(groupUrl);

  // B sees the members: A is the admin.
  await pane(b.page).getByTestId('conversation-menu').click();
  await b.page.getByRole('menuitem', { name: '群成员' }).click();
  const drawer = b.page.locator('.tx-members-drawer');
  await expect(drawer.locator('.tx-member-row').filter({ hasText: '王芳' })).toContainText('管理员');
  await expect(drawer.getByRole('button', { name: '退出群聊' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();
  await expect(drawer).toBeHidden();

  // A attaches a small PNG: checked, uploaded with progress, then sent.
  await a.page.getByTestId('attach-input').setInputFiles({ name: '集合地点.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(a.page.getByTestId('composer-attachment')).toHaveAttribute('data-status', 'ready');
  await expect(a.page.getByTestId('composer-attachment')).toContainText('集合地点.png');
  await a.page.getByRole('button', { name: '发送' }).click();
  await expect(a.page.getByTestId('composer-attachment')).toHaveCount(0);
  const picture = pane(a.page).locator('li.tx-msg[data-seq]').filter({ has: a.page.getByTestId('attachment-image') });
  await expect(picture).toHaveCount(1);

  // B sees the image live, loaded from its signed link.
  const image = pane(b.page).getByTestId('attachment-image').locator('img');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('alt', '集合地点.png');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(4);

  // A file that is not accepted is refused before any upload, with the server's words.
  await a.page.getByTestId('attach-input').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<p>hi</p>') });
  await expect(a.page.getByTestId('composer-attachment')).toContainText('不支持的文件类型');

  await a.page.setViewportSize({ width: 375, height: 812 });
  // The layout follows the new viewport after a render or two: wait for it, as the other specs do.
  await expect.poll(() => a.page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(375);
  await a.page.screenshot({ path: 'screenshots/chat-group-375.png' });
  await a.context.close();
  await b.context.close();
  expect(problems).toEqual([]);
});
