import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 积分: an officer (the administrator) awards a member points; the member, on a phone (375 px),
// sees the entry in 我的积分 with its explanation and appeals it; the officer upholds the appeal
// with the corrected points in 申诉处理; the member sees the correction and the new balance.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E积分党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const member = { name: '冯积分', email: `feng-${T.slug}@e2e.tongxin.test`, password: 'Fengjf2026e2e' };
  const m = await apiAddMember(token, member, branch);
  await apiGraphql(
    'mutation($i: AwardPointsInput!) { awardPoints(input: $i) { entry { id } } }',
    { i: { memberId: m.memberId, points: 5, reason: '组织社区志愿服务表现突出' } },
    token,
  );
  return { T, member };
}

test('points: a member appeals an entry on a phone, an officer upholds it, the member sees the correction', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The member sees the entry and appeals it. ----------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto('/points');
  await expect(m.getByRole('heading', { level: 2, name: '我的积分' })).toBeVisible();
  await expect(m.getByTestId('points-balance')).toContainText('5');
  const entry = m.getByTestId('points-entry');
  await expect(entry).toContainText('组织社区志愿服务表现突出');
  await entry.getByRole('button', { name: '申诉' }).click();
  await m.getByLabel('申诉理由').fill('当天还负责了后勤保障，应为 8 分');
  await m.screenshot({ path: 'screenshots/points-appeal-375.png', fullPage: true });
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.getByRole('button', { name: '提交申诉' }).click();
  await expect(m.getByText('申诉已提交，组织将尽快处理')).toBeVisible();
  await expect(entry).toContainText('申诉中');

  // ---- The officer upholds it with the corrected points. -------------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto('/points/appeals');
  await expect(o.getByRole('heading', { level: 2, name: '积分申诉处理' })).toBeVisible();
  const appeal = o.getByTestId('point-appeal');
  await expect(appeal).toContainText('应为 8 分');
  await appeal.getByRole('button', { name: '申诉成立' }).click();
  const dialog = o.getByRole('dialog');
  await dialog.getByLabel('更正后的积分').fill('8');
  await dialog.getByLabel('处理意见').fill('核实属实');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(o.getByText('没有需要处理的申诉')).toBeVisible();

  // ---- The member sees the correction. --------------------------------------------------------
  await m.reload();
  await expect(m.getByTestId('points-balance')).toContainText('8');
  await expect(m.getByTestId('points-entry').filter({ hasText: '申诉更正' })).toContainText('+3');
  await expect(m.getByTestId('points-entry').filter({ hasText: '组织社区志愿服务表现突出' }).first()).toContainText('申诉成立');
  await m.screenshot({ path: 'screenshots/points-corrected-375.png', fullPage: true });
});
