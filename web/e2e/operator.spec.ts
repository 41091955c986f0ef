import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request, type APIRequestContext, type Page } from '@playwright/test';
import { test, expect, uniqueTenant } from './fixtures';
import { codeSource } from './totp';

// The operator console against the real API. An operator is an existing account made one with
// `tongxin-api make-operator <email>` (same binary and TONGXIN_* environment as the API the e2e
// starts, see playwright.config.ts). Here: two enterprises signed up through GraphQL — the
// operator's own and a target — then the console suspends and resumes the target.

const T = uniqueTenant();
const TARGET = { name: T.name, slug: T.slug, adminName: T.adminName, adminEmail: T.adminEmail, adminPassword: T.adminPassword };
// Names must not contain one another: rows are found by the enterprise name.
const OPS = {
  name: `同心运维组${T.slug.slice(4)}`,
  slug: `${T.slug}-ops`,
  adminName: '赵运维',
  adminEmail: T.adminEmail.replace(/^admin-/, 'operator-'),
  adminPassword: 'Operator2026e2e',
};

const API_BIN = process.env.TX_API_BIN
  ? resolve(process.env.TX_API_BIN)
  : fileURLToPath(new URL('../../target/debug/tongxin-api', import.meta.url));
const WEB = `http://127.0.0.1:${process.env.TX_E2E_WEB_PORT}`;

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { viewer { tenant { slug } } } }`;
const VIEWER = `query { viewer { tenant { slug } } }`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { viewer { tenant { slug } } } }`;

interface GqlReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<GqlReply> {
  const res = await api.post('/graphql', { data: { query, variables } });
  expect(res.status()).toBe(200);
  return (await res.json()) as GqlReply;
}

async function signUp(api: APIRequestContext, t: typeof TARGET) {
  const reply = await gql(api, SIGN_UP, {
    input: { tenantName: t.name, tenantSlug: t.slug, adminName: t.adminName, adminEmail: t.adminEmail, adminPassword: t.adminPassword },
  });
  expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
}

/** The target's admin session (cookie kept by `targetApi`) is alive, or was ended. */
async function targetSessionCode(): Promise<string | null> {
  const reply = await gql(targetApi, VIEWER);
  return reply.errors?.[0]?.extensions?.code ?? null;
}

let targetApi: APIRequestContext;
// The operator's authenticator: `make-operator` prints the TOTP secret of a new operator.
let nextCode: () => string = () => '000000';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  targetApi = await request.newContext({ baseURL: WEB });
  await signUp(targetApi, TARGET);
  const opsApi = await request.newContext({ baseURL: WEB });
  await signUp(opsApi, OPS);
  await opsApi.dispose();
  const printed = execFileSync(API_BIN, ['make-operator', OPS.adminEmail], {
    env: { ...process.env, RUST_LOG: 'warn' },
    stdio: 'pipe',
    timeout: 60_000,
  }).toString();
  const secret = /TOTP secret[^:]*:\s*([A-Z2-7]+)/.exec(printed)?.[1];
  expect(secret, printed).toBeTruthy();
  nextCode = codeSource(secret!);
});

test.afterAll(async () => {
  await targetApi?.dispose();
});

/**
 * The server accepts a code for the current step or the next one, each once; `nextCode` hands
 * out steps in order, so a login that cannot succeed anyway passes its own code and spends none.
 */
async function operatorLogIn(page: Page, email: string, password: string, code: string = nextCode()) {
  await page.goto('/operator/login');
  await expect(page.getByRole('heading', { level: 1, name: '平台运维登录' })).toBeVisible();
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('验证码').fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/**
 * The tenants tab lists in sign-up order, 20 at a time (加载更多 for the next page); on a
 * platform with hundreds of enterprises the operator searches by slug.
 */
async function findTenantRow(page: Page, name: string, slug: string) {
  await expect(page.getByText(/已显示 \d+ 家企业/)).toBeVisible();
  await page.getByLabel('按企业名称或标识搜索').fill(slug);
  await page.getByLabel('按企业名称或标识搜索').press('Enter');
  // Its slug and the operators' own enterprise's (the same with `-ops`): one page, no more.
  await expect(page.getByRole('button', { name: '加载更多' })).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  return row;
}

test('operator login refuses a tenant member who is not an operator', async ({ page, problems }) => {
  await operatorLogIn(page, TARGET.adminEmail, TARGET.adminPassword, '000000');
  await expect(page.getByRole('alert')).toContainText('账号或密码错误');
  await expect(page).toHaveURL(/\/operator\/login$/);
  expect(problems).toEqual([]);
});

test('operator console: queue health, then suspend and resume an enterprise', async ({ page, problems }) => {
  expect(await targetSessionCode()).toBeNull();

  await operatorLogIn(page, OPS.adminEmail, OPS.adminPassword);
  await expect(page).toHaveURL(/\/operator$/);
  await expect(page.getByRole('heading', { level: 1, name: '平台运维' })).toBeVisible();
  // The token is the operator's own, apart from any tenant session.
  expect(await page.evaluate(() => sessionStorage.getItem('tx_operator_token'))).toMatch(/\S/);

  // 任务队列: the four figures and the dead jobs table.
  await expect(page.getByRole('tab', { name: '任务队列', selected: true })).toBeVisible();
  await expect(page.getByTestId('queue-runnable')).toContainText(/待运行\s*\d+/);
  await expect(page.getByTestId('queue-running')).toContainText(/运行中\s*\d+/);
  await expect(page.getByTestId('queue-dead')).toContainText(/失败（死信）\s*\d+/);
  await expect(page.getByTestId('queue-oldest')).toContainText(/最久等待\s*\d+ (秒|分|小时|天)/);
  await expect(page.getByRole('heading', { name: '失败的任务' })).toBeVisible();
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(page.getByText(/更新于 \d\d:\d\d:\d\d/)).toBeVisible();

  // 企业: the target is listed, active, with its administrator.
  await page.getByRole('tab', { name: '企业' }).click();
  await expect(page).toHaveURL(/\/operator\?tab=tenants$/);
  const row = await findTenantRow(page, TARGET.name, TARGET.slug);
  await expect(row).toContainText(TARGET.slug);
  await expect(row).toContainText('正常');

  // 停用, confirmed: every session of the enterprise ends.
  await row.getByRole('button', { name: '停用' }).click();
  const confirm = page.locator('.ant-popconfirm').filter({ hasText: `停用「${TARGET.name}」？` });
  await expect(confirm).toContainText('所有成员的登录会话立即失效');
  await confirm.getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('已停用');
  await expect(page.getByText(`已停用「${TARGET.name}」`)).toBeVisible();
  expect(await targetSessionCode()).toBe('UNAUTHENTICATED');

  // The state is the server's: it holds after a reload.
  await page.reload();
  const again = await findTenantRow(page, TARGET.name, TARGET.slug);
  await expect(again).toContainText('已停用');

  // 恢复: the enterprise's members can log in again.
  await again.getByRole('button', { name: '恢复' }).click();
  await page
    .locator('.ant-popconfirm')
    .filter({ hasText: `恢复「${TARGET.name}」？` })
    .getByRole('button', { name: '恢复' })
    .click();
  await expect(again).toContainText('正常');
  const login = await gql(targetApi, LOG_IN, {
    input: { email: TARGET.adminEmail, password: TARGET.adminPassword, tenantSlug: TARGET.slug },
  });
  expect(login.errors, JSON.stringify(login.errors)).toBeUndefined();
  expect(await targetSessionCode()).toBeNull();

  // 退出 forgets the token; the console sends the browser back to its login.
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/operator\/login$/);
  expect(await page.evaluate(() => sessionStorage.getItem('tx_operator_token'))).toBeNull();
  await page.goto('/operator');
  await expect(page).toHaveURL(/\/operator\/login$/);
  expect(problems).toEqual([]);
});

test('operator console at 375 px: cards stack, tables scroll inside the page', async ({ page, problems }) => {
  mkdirSync('screenshots', { recursive: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await operatorLogIn(page, OPS.adminEmail, OPS.adminPassword);
  await expect(page.getByTestId('queue-oldest')).toContainText('最久等待');
  const noPageOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  // One card per row.
  const runnable = await page.getByTestId('queue-runnable').boundingBox();
  const running = await page.getByTestId('queue-running').boundingBox();
  expect(running!.y).toBeGreaterThan(runnable!.y);
  expect(await noPageOverflow()).toBe(true);
  await page.screenshot({ path: 'screenshots/operator-queue-375.png', fullPage: true });
  await page.getByRole('tab', { name: '企业' }).click();
  await expect(page.getByText(/已显示 \d+ 家企业/)).toBeVisible();
  expect(await noPageOverflow()).toBe(true);
  await page.screenshot({ path: 'screenshots/operator-tenants-375.png', fullPage: true });
  expect(problems).toEqual([]);
});
