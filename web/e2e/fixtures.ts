import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Records console errors, page errors, failed requests and HTTP error responses of every page
 * in a context. Requests the app itself cancels (urql aborts a query whose component unmounts)
 * are reported as net::ERR_ABORTED and are not failures.
 */
export function watch(context: BrowserContext, problems: string[]): void {
  const attach = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
    page.on('requestfailed', (req) => {
      const why = req.failure()?.errorText ?? '';
      if (why.includes('ERR_ABORTED')) return;
      problems.push(`request failed: ${req.method()} ${req.url()} (${why})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
}

export const test = base.extend<{ problems: string[] }>({
  problems: async ({ browser, context }, use) => {
    // The contexts a test opens itself (`signedIn`, `browser.newContext`) are closed after it:
    // left open, every page of the worker's earlier tests keeps polling and animating, and the
    // browser gets slower with each test.
    const before = new Set(browser.contexts());
    const problems: string[] = [];
    watch(context, problems);
    try {
      await use(problems);
      expect(problems, 'console errors or failed requests').toEqual([]);
    } finally {
      const opened = browser.contexts().filter((c) => c !== context && !before.has(c));
      await Promise.all(opened.map((c) => c.close().catch(() => undefined)));
    }
  },
});

export { expect };

/** A fresh, unique enterprise for this run. */
export function uniqueTenant() {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  return {
    name: `同心测试集团${id}`,
    slug: `e2e-${id}`,
    adminName: '王管理',
    adminEmail: `admin-${id}@e2e.tongxin.test`,
    adminPassword: 'Tongxin2026e2e',
    memberName: '李成员',
    memberEmail: `member-${id}@e2e.tongxin.test`,
    memberPassword: 'Member2026e2e',
  };
}

export async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('邮箱或手机号').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /工作概览/ })).toBeVisible();
}

export async function logOut(page: Page) {
  // The shell may re-render while the dropdown opens (the viewer refetches after sign-in),
  // which can swallow a click on a busy machine: open the menu and click again until the
  // app has navigated to the login page.
  await expect(async () => {
    const item = page.getByRole('menuitem', { name: '退出登录' });
    if (!(await item.isVisible())) {
      await page.getByTestId('user-menu').click();
    }
    await item.click({ timeout: 3_000 });
    await expect(page).toHaveURL(/\/login$/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
}

/** Signs up `tenant` through the registration page; its admin lands on the dashboard, signed in. */
export async function signUp(page: Page, tenant: ReturnType<typeof uniqueTenant>) {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: '单位注册' })).toBeVisible();
  await page.getByLabel('单位名称').fill(tenant.name);
  await page.getByLabel('单位标识').fill(tenant.slug);
  await page.getByLabel('管理员姓名').fill(tenant.adminName);
  await page.getByLabel('管理员邮箱').fill(tenant.adminEmail);
  await page.getByLabel('密码', { exact: true }).fill(tenant.adminPassword);
  await page.getByLabel('确认密码').fill(tenant.adminPassword);
  await page.getByRole('button', { name: '注册并登录' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${tenant.name} · 工作概览` })).toBeVisible();
}

/**
 * Calls the API under test directly, as an API client would (not through the app): GraphQL
 * with an optional bearer token. Fails the test on GraphQL errors.
 */
export async function apiGraphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${process.env.TX_E2E_API_PORT}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.status, `${query}: HTTP status`).toBe(200);
  const reply = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
  return reply.data as T;
}

export type Tenant = ReturnType<typeof uniqueTenant>;

/** Signs `tenant` up through the API, as an integrator would (not through the app); its admin's bearer token. */
export async function apiSignUp(tenant: Tenant): Promise<string> {
  const { signUp } = await apiGraphql<{ signUp: { token: string } }>('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: {
      tenantName: tenant.name,
      tenantSlug: tenant.slug,
      adminName: tenant.adminName,
      adminEmail: tenant.adminEmail,
      adminPassword: tenant.adminPassword,
    },
  });
  return signUp.token;
}

/** Creates a unit through the API (`input` as `createOrganization` takes it); its ID. */
export async function apiCreateOrganization(token: string, input: Record<string, unknown>): Promise<string> {
  const { createOrganization } = await apiGraphql<{ createOrganization: { organization: { id: string } } }>(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    { input },
    token,
  );
  return createOrganization.organization.id;
}

/**
 * Invites a member with an account into `organizationId` and accepts the invitation with their
 * password, through the API; the member's session token and ID.
 */
export async function apiAddMember(
  token: string,
  member: { name: string; email: string; password: string },
  organizationId: string,
): Promise<{ token: string; memberId: string }> {
  const { inviteMember } = await apiGraphql<{ inviteMember: { invitationToken: string } }>(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken } }',
    { input: { email: member.email, name: member.name, organizationId } },
    token,
  );
  const { acceptInvitation } = await apiGraphql<{ acceptInvitation: { token: string; viewer: { member: { id: string } } } }>(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token viewer { member { id } } } }',
    { input: { token: inviteMember.invitationToken, password: member.password } },
  );
  return { token: acceptInvitation.token, memberId: acceptInvitation.viewer.member.id };
}

/** Makes a member a 正式党员 (FULL_MEMBER) through the API (`name` is sent unchanged with the patch). */
export async function apiMakeFullMember(token: string, memberId: string, name: string): Promise<void> {
  await apiGraphql(
    'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { id politicalStatus } } }',
    { input: { id: memberId, patch: { name, politicalStatus: 'FULL_MEMBER' } } },
    token,
  );
}

/**
 * A new browser context (a phone when `viewport` is given) watched for console errors and failed
 * requests, signed in as `email`; the context and its page.
 */
export async function signedIn(browser: Browser, email: string, password: string, problems: string[], viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  watch(context, problems);
  const page = await context.newPage();
  await logIn(page, email, password);
  return { context, page };
}
