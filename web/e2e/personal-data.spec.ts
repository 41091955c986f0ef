import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, signedIn } from './fixtures';

// 个人信息下载 on a phone (375 × 740), against the demo tenant (`tongxin-api seed-demo`, as in
// welfare.spec.ts). The member 赵书记 opens 个人信息下载 from her menu, asks for her data, waits
// while the worker (started here: the e2e's API runs no jobs) collects it, downloads the ZIP and
// the spec reads its central directory: README.txt, profile.json and personal-data.xlsx.

const API_BIN = process.env.TX_API_BIN
  ? resolve(process.env.TX_API_BIN)
  : fileURLToPath(new URL('../../target/debug/tongxin-api', import.meta.url));
const WORKER_BIN = join(dirname(API_BIN), 'tongxin-worker');

/** The demo tenant's branch secretary (core/src/demo: SECRETARY_EMAIL, ADMIN_PASSWORD). */
const MEMBER = { email: 'secretary@demo.tongxin.cn', password: 'Tongxin2026' };

/** The names in a ZIP, read from its central directory (no library needed). */
function zipEntryNames(zip: Buffer): string[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  expect(eocd, 'a ZIP end-of-central-directory record').toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

let worker: ChildProcess | null = null;

test.beforeAll(() => {
  test.setTimeout(300_000);
  execFileSync(API_BIN, ['seed-demo'], { env: { ...process.env, RUST_LOG: 'warn' }, stdio: 'pipe', timeout: 280_000 });
  worker = spawn(WORKER_BIN, [], { env: { ...process.env, RUST_LOG: 'warn' }, stdio: 'ignore' });
});

test.afterAll(() => {
  worker?.kill('SIGTERM');
});

test('personal data: a member asks for her data on a phone, waits until it is ready and downloads the ZIP', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, MEMBER.email, MEMBER.password, problems, { width: 375, height: 740 });

  // The page the user menu's 个人信息下载 opens.
  await page.goto('/settings/personal-data');
  const card = page.getByTestId('personal-data-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('个人信息下载');
  const request = page.getByTestId('personal-data-request');
  // A run stopped half-way may have left one in progress: then the card waits for that one.
  if (await request.isEnabled()) {
    const listed = await page.getByTestId('personal-data-export').count();
    await request.click();
    await expect(page.getByTestId('personal-data-export')).toHaveCount(listed + 1);
  }
  const newest = page.getByTestId('personal-data-export').first();
  await expect(newest.getByTestId('personal-data-status')).toHaveText('可下载', { timeout: 60_000 });
  await expect(newest.getByTestId('personal-data-expires')).toContainText('有效期至');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  const [download] = await Promise.all([page.waitForEvent('download'), newest.getByTestId('personal-data-download').click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const path = await download.path();
  const names = zipEntryNames(readFileSync(path));
  expect(names).toContain('README.txt');
  expect(names).toContain('profile.json');
  expect(names).toContain('personal-data.xlsx');
  await context.close();
  expect(problems).toEqual([]);
});
