import type { Page } from '@playwright/test';
import { test, expect, apiSignUp, logIn, uniqueTenant } from './fixtures';

const BANNER = '服务暂时不可用，正在重试';

/**
 * Plays the API while its database is down: every GraphQL POST is answered as the API answers
 * then — HTTP 503, `Retry-After: 1`, UNAVAILABLE — until `up()`. The live socket is left alone.
 */
async function outage(page: Page) {
  let down = false;
  const refused: string[] = [];
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    if (!down || request.method() !== 'POST') return route.fallback();
    let name = '?';
    try {
      name = (request.postDataJSON() as { operationName?: string }).operationName ?? '?';
    } catch {
      // Not JSON: refused all the same.
    }
    refused.push(name);
    await route.fulfill({
      status: 503,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
      body: JSON.stringify({ errors: [{ message: '服务暂时不可用，请稍后重试', extensions: { code: 'UNAVAILABLE' } }] }),
    });
  });
  return {
    refused,
    down: () => {
      down = true;
    },
    up: () => {
      down = false;
    },
  };
}

/** The browser reports each of our 503s (a response, a console line); nothing else may go wrong. */
function forgiveOur503s(problems: string[]) {
  const ours = (p: string) =>
    /^HTTP 503: POST \S+\/graphql$/.test(p) || /^console error on .*: Failed to load resource: .*\b503\b/.test(p);
  const rest = problems.filter((p) => !ours(p));
  problems.splice(0, problems.length, ...rest);
}

test('an outage: queries wait under 服务暂时不可用，正在重试 and the page fills in once the service is back', async ({
  page,
  problems,
}) => {
  const T = uniqueTenant();
  await apiSignUp(T);
  await logIn(page, T.adminEmail, T.adminPassword);
  const api = await outage(page);
  const banner = page.getByText(BANNER);
  await expect(banner).toHaveCount(0);

  // 1. Inside the app: 成员 is opened while the API answers 503. Its list waits under the banner
  //    instead of failing.
  api.down();
  await page.getByRole('navigation').getByRole('link', { name: '成员' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '成员' })).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(banner).toHaveCount(1);
  await expect.poll(() => api.refused.length).toBeGreaterThan(1);
  expect(api.refused).toContain('Members');
  await expect(page.getByRole('row').filter({ hasText: T.adminName })).toHaveCount(0);
  await expect(page.getByText('服务暂时不可用，请稍后再试。')).toHaveCount(0);

  // The service is back: the next attempt fills the list, and the banner goes.
  api.up();
  await expect(page.getByRole('row').filter({ hasText: T.adminName })).toBeVisible();
  await expect(banner).toBeHidden();

  // 2. A fresh load during the outage: even the shell waits, under the same single banner.
  const refusedBefore = api.refused.length;
  api.down();
  await page.goto('/');
  await expect(banner).toBeVisible();
  await expect.poll(() => api.refused.length).toBeGreaterThan(refusedBefore + 1);
  await expect(page.getByRole('heading', { level: 2, name: /工作概览/ })).toHaveCount(0);

  api.up();
  await expect(page.getByRole('heading', { level: 2, name: `${T.name} · 工作概览` })).toBeVisible();
  await expect(banner).toBeHidden();

  forgiveOur503s(problems);
});
