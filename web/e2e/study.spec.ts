import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 学习: an officer (the administrator) assigns a plan of one article asking for 15 seconds of
// reading to a branch; the member, on a phone (375 px), opens the plan, studies the article until
// the heartbeat completes it, and writes a shared 心得; the officer sees the completion.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E学习党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const member = { name: '陈学习', email: `chen-${T.slug}@e2e.tongxin.test`, password: 'Chenxx2026e2e' };
  await apiAddMember(token, member, branch);
  const { createStudyMaterial } = await apiGraphql<{ createStudyMaterial: { material: { id: string } } }>(
    'mutation($i: CreateStudyMaterialInput!) { createStudyMaterial(input: $i) { material { id } } }',
    { i: { orgId: branch, kind: 'ARTICLE', title: '学习党章：党员的义务', body: '<p>党员必须履行下列义务。</p>', requiredSeconds: 15 } },
    token,
  );
  const { createStudyPlan } = await apiGraphql<{ createStudyPlan: { plan: { id: string } } }>(
    'mutation($i: CreateStudyPlanInput!) { createStudyPlan(input: $i) { plan { id } } }',
    {
      i: {
        orgId: branch,
        title: '本月学习计划',
        audience: { orgs: [{ orgId: branch, includeSubtree: true }] },
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        items: [{ materialId: createStudyMaterial.material.id }],
      },
    },
    token,
  );
  return { T, member, plan: createStudyPlan.plan.id };
}

test('study: a member studies a material on a phone until complete and writes a 心得; the officer sees the completion', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The member opens the plan and studies. -------------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto('/study');
  await expect(m.getByRole('heading', { level: 2, name: '我的学习' })).toBeVisible();
  const plan = m.getByTestId('study-plan');
  await expect(plan).toContainText('本月学习计划');
  await expect(plan.getByTestId('study-plan-count')).toContainText('已完成 0/1 项');
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.screenshot({ path: 'screenshots/study-home-375.png', fullPage: true });
  await plan.getByRole('button', { name: '开始学习' }).click();
  await expect(m.getByTestId('study-body')).toContainText('党员必须履行下列义务');
  await expect(m.getByTestId('study-progress')).toContainText('需学习 15 秒');
  // The heartbeat reports every 15 s; the server credits the time it saw pass.
  await expect(m.getByTestId('study-progress')).toContainText('已完成', { timeout: 45_000 });

  // ---- The member writes a shared 心得. -------------------------------------------------------
  await m.getByLabel('我的心得').fill('对照党章找差距，做合格党员。');
  await m.getByRole('switch', { name: '分享给组织' }).click();
  await m.getByRole('button', { name: '保存心得' }).click();
  await expect(m.getByText('心得已保存')).toBeVisible();
  await expect(m.getByTestId('study-note')).toContainText('对照党章找差距');
  await m.screenshot({ path: 'screenshots/study-material-375.png', fullPage: true });
  await m.goto('/study');
  await expect(m.getByTestId('study-plan-count')).toContainText('已完成 1/1 项');

  // ---- The officer sees the completion. -------------------------------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto(`/study/plans/${s.plan}/board`);
  await expect(o.getByRole('heading', { level: 2, name: '学习完成情况：本月学习计划' })).toBeVisible();
  await expect(o.getByTestId('study-board-completed')).toContainText('1');
  await expect(o.getByTestId('study-person').filter({ hasText: '陈学习' })).toContainText('已完成');
  await o.screenshot({ path: 'screenshots/study-board.png', fullPage: true });
});
