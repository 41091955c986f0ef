import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// No page Tongxin serves loads anything from another origin: the web app and the GraphQL
// explorer work on an intranet and offline. Two checks: what the browser requests while the
// pages load and run, and a scan of every HTML, CSS and JS file the API serves for a
// reference that would make a browser load from elsewhere.
const api = `http://127.0.0.1:${process.env.TX_E2E_API_PORT}`;
const dist = new URL('../dist/', import.meta.url).pathname;

/** Every request of `page` to an origin other than `origin` (data: and blob: are local). */
function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const target = new URL(req.url());
    if (target.protocol === 'data:' || target.protocol === 'blob:') return;
    if (target.origin !== origin) foreign.push(req.url());
  });
  return foreign;
}

test('the web app loads nothing from another origin', async ({ page, problems, baseURL }) => {
  // Arrange
  const foreign = foreignRequests(page, new URL(baseURL!).origin);

  // Act
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');

  // Assert
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('the GraphQL explorer is served by the API, runs a query and loads nothing from another origin', async ({
  page,
  problems,
}) => {
  // Arrange
  const foreign = foreignRequests(page, api);
  const answers: number[] = [];
  page.on('response', (res) => {
    if (res.url() === `${api}/graphql`) answers.push(res.status());
  });

  // Act: the page from the API's own port, then a query through its editor.
  const res = await page.goto(`${api}/graphiql`);
  await expect(page.locator('.graphiql-container')).toBeVisible();
  // The editor fills in its default query after the page shows; a click before that runs
  // nothing. While a query runs the button reads "stop", so a retried click never stops it.
  await expect(page.locator('.graphiql-query-editor')).toContainText('__typename');
  const result = page.locator('.result-window');
  await expect(async () => {
    await page.getByRole('button', { name: /execute query/i }).click({ timeout: 2_000 });
    await expect(result).toContainText('"__typename": "Query"', { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });

  // Assert
  expect(res?.headers()['cache-control']).toBe('no-cache');
  await expect(result).toContainText('"__typename": "Query"');
  await page.waitForLoadState('networkidle');
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((s) => s === 200)).toBe(true);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('the explorer is also reachable through the web server that proxies the API', async ({ request }) => {
  // Act
  const res = await request.get('/graphiql');

  // Assert
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('id="graphiql"');
});

/** References in served text that a browser would follow to load something. */
const LOADS: Record<string, RegExp[]> = {
  html: [/\b(?:src|href|action|poster|srcset|data)\s*=\s*["']?\s*(?:https?:|wss?:)?\/\/[^"'\s>]*/gi],
  css: [/url\(\s*["']?\s*(?:https?:)?\/\/[^"')\s]*/gi, /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/[^"')\s;]*/gi],
  js: [
    /\bimport\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
    /\bimportScripts\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
    /\bfetch\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
    /\bnew\s+(?:WebSocket|EventSource|Worker|SharedWorker)\(\s*["'`](?:https?:|wss?:)?\/\/[^"'`]*/g,
    /\bsrc\s*[=:]\s*["'`](?:https?:)?\/\/[^"'`]*/g,
    /url\(\s*["']?(?:https?:)?\/\/[^"')\s]*/g,
    /@import\s+["'](?:https?:)?\/\/[^"']*/g,
  ],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('no HTML, CSS or JS the API serves refers to another origin', async ({ request }) => {
  // Arrange: the pages by their routes, every other file of the build by its path.
  const paths = [
    '/',
    '/graphiql',
    ...files(dist)
      .map((f) => `/${relative(dist, f)}`)
      .filter((p) => /\.(js|css)$/.test(p)),
  ];
  expect(paths.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(1);

  // Act
  const found: string[] = [];
  for (const path of paths) {
    const res = await request.get(`${api}${path}`);
    expect(res.status(), path).toBe(200);
    const kind = path.endsWith('.css') ? 'css' : path.endsWith('.js') ? 'js' : 'html';
    const text = await res.text();
    for (const pattern of LOADS[kind]) {
      for (const match of text.matchAll(pattern)) found.push(`${path}: ${match[0]}`);
    }
  }

  // Assert
  expect(found).toEqual([]);
});
