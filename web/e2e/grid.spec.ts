import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { pickFixedOption } from './select';

// 网格化治理: a grid worker reports a case with a photo from a phone and finds it under 我的事件;
// a supervisor's open 任务看板 follows a case through 立案 (dragged on the board), 派遣, 处置,
// 反馈 and 结案 (driven through the API, as other people's work would be) without a reload.

const PHOTO = fileURLToPath(new URL('./files/grid-photo.png', import.meta.url));

/** An enterprise with a 街道 grid over a 社区 grid and a worker assigned to the community grid. */
async function seed() {
  const T = uniqueTenant();
  const suffix = T.slug.slice(4);
  const worker = { name: '赵网格', email: `zhao-${T.slug}@e2e.tongxin.test`, password: 'Zhaowg2026e2e' };
  const token = await apiSignUp(T);
  const street = await apiCreateOrganization(token, { name: `E2E街道网格${suffix}`, line: 'GRID' });
  const community = await apiCreateOrganization(token, { name: `E2E幸福社区网格${suffix}`, line: 'GRID', parentId: street });
  const w = await apiAddMember(token, worker, community);
  await apiGraphql(
    'mutation($input: AssignGridWorkerInput!) { assignGridWorker(input: $input) { assignment { id active } } }',
    { input: { gridId: community, memberId: w.memberId, role: 'WORKER' } },
    token,
  );
  const { gridCaseCategories } = await apiGraphql<{ gridCaseCategories: { key: string; name: string }[] }>('{ gridCaseCategories { key name } }', {}, token);
  expect(gridCaseCategories.length).toBeGreaterThan(0);
  return { T, token, street, community, communityName: `E2E幸福社区网格${suffix}`, worker: { ...worker, ...w }, category: gridCaseCategories[0] };
}

/** A signed-in browser of its own. */

async function gql<T>(token: string, query: string, input: Record<string, unknown>): Promise<T> {
  return apiGraphql<T>(query, { input }, token);
}

test('grid: a worker on a phone reports a case with a photo and finds it under 我的事件', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  const { page: m } = await signedIn(browser, s.worker.email, s.worker.password, problems, { width: 375, height: 780 });
  await m.getByRole('button', { name: '打开导航菜单' }).click();
  await m.getByRole('navigation').getByText('网格治理').click();
  await m.getByRole('navigation').getByRole('link', { name: '网格工作' }).click();
  await expect(m.getByRole('heading', { level: 2, name: '网格工作' })).toBeVisible();
  await expect(m.locator('.ant-drawer-content')).toBeHidden();

  // 我的网格 is the one assigned grid; the report form has it chosen already.
  await m.getByRole('tab', { name: '我的网格' }).click();
  await expect(m.getByRole('tabpanel')).toContainText(s.communityName);
  await m.getByRole('tab', { name: '上报事件' }).click();
  const form = m.locator('form#grid-report');
  await expect(form.locator('.ant-select').filter({ has: m.getByLabel('网格', { exact: true }) })).toContainText(s.communityName);

  await pickFixedOption(m, '事件类别', s.category.name);
  await m.getByRole('textbox', { name: '标题' }).fill('幸福路 12 号路灯不亮');
  await m.getByRole('textbox', { name: '事件描述' }).fill('幸福路 12 号门前两盏路灯连续三晚不亮，居民夜间出行不便。');
  // The camera input: a photo, uploaded at once.
  const input = m.getByTestId('grid-photo-input');
  await expect(input).toHaveAttribute('capture', 'environment');
  await expect(input).toHaveAttribute('accept', 'image/*');
  await input.setInputFiles(PHOTO);
  await expect(m.getByTestId('grid-photo')).toHaveCount(1);
  await expect(m.getByRole('button', { name: /拍照\/添加照片（1\/9）/ })).toBeVisible();
  // No position from this browser: the address typed in is the location.
  await m.getByRole('textbox', { name: '地址' }).fill('幸福路 12 号');
  expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await m.screenshot({ path: 'screenshots/grid-report-375.png', fullPage: true });
  await m.getByTestId('grid-report-submit').click();

  // 我的事件 opens with the new case, 待立案, its photo and the time left to accept it.
  await expect(m.getByRole('tab', { name: '我的事件', selected: true })).toBeVisible();
  const item = m.getByTestId('grid-my-case').filter({ hasText: '幸福路 12 号路灯不亮' });
  await expect(item).toBeVisible();
  await expect(item.getByTestId('grid-case-state')).toHaveText('待立案');
  await expect(item.getByTestId('grid-time-left')).toHaveText(/^剩余 \d+(分钟|小时|天)$/);
  await expect(item.getByRole('img', { name: 'grid-photo.png' })).toBeVisible();
  expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await m.screenshot({ path: 'screenshots/grid-mine-375.png', fullPage: true });

  // The detail shows the address and the timeline's first entry.
  await item.getByText('幸福路 12 号路灯不亮').click();
  const detail = m.getByTestId('grid-case-detail');
  await expect(detail).toContainText('幸福路 12 号');
  await expect(detail.getByTestId('grid-timeline-entry').first()).toContainText('上报');
});

test('grid: the supervisor board moves a card live through 立案, 派遣, 处置 and 结案 without a reload', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });
  const caseFields = '{ case { id state } }';
  const { reportGridCase } = await apiGraphql<{ reportGridCase: { case: { id: string } } }>(
    `mutation($input: ReportGridCaseInput!) { reportGridCase(input: $input) ${caseFields} }`,
    { input: { gridId: s.community, categoryKey: s.category.key, title: '小区门口占道经营', description: '早市摊位占用消防通道。' } },
    s.worker.token,
  );
  const caseId = reportGridCase.case.id;

  const { page: a } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await a.goto(`/grid/board?org=${encodeURIComponent(s.street)}`);
  await expect(a.getByRole('heading', { level: 2, name: '任务看板' })).toBeVisible();
  await expect(a.getByTestId('grid-board-live')).toHaveText('实时');
  const lane = a.getByTestId('grid-lane').filter({ hasText: s.communityName });
  const card = a.locator(`[data-card-id="${caseId}"]`);
  const cardIn = (state: string): Locator => lane.locator(`[data-column="${state}"] [data-card-id="${caseId}"]`);
  await expect(cardIn('REPORTED')).toBeVisible();
  await expect(card).toContainText('小区门口占道经营');
  // Every navigation of the page is recorded: none may happen from here on.
  let navigations = 0;
  a.on('framenavigated', (f) => {
    if (f === a.mainFrame()) navigations += 1;
  });

  // 立案 needs no input: dragging the card to 已立案 does it.
  const from = await card.boundingBox();
  const to = await lane.locator('[data-column="ACCEPTED"]').boundingBox();
  expect(from && to).toBeTruthy();
  await a.mouse.move(from!.x + from!.width / 2, from!.y + 10);
  await a.mouse.down();
  await a.mouse.move(from!.x + from!.width / 2 + 20, from!.y + 20, { steps: 4 });
  await a.mouse.move(to!.x + to!.width / 2, to!.y + Math.min(20, to!.height / 2), { steps: 10 });
  await a.mouse.up();
  await expect(cardIn('ACCEPTED')).toBeVisible();

  // Dragging it on to 已派遣 opens the dispatch dialog (an assignee is needed); cancel it.
  const from2 = await card.boundingBox();
  const to2 = await lane.locator('[data-column="DISPATCHED"]').boundingBox();
  await a.mouse.move(from2!.x + from2!.width / 2, from2!.y + 10);
  await a.mouse.down();
  await a.mouse.move(from2!.x + from2!.width / 2 + 20, from2!.y + 20, { steps: 4 });
  await a.mouse.move(to2!.x + to2!.width / 2, to2!.y + Math.min(20, to2!.height / 2), { steps: 10 });
  await a.mouse.up();
  const dialog = a.getByRole('dialog').filter({ hasText: '派遣' });
  await expect(dialog.getByRole('combobox', { name: '处置人' })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(cardIn('ACCEPTED')).toBeVisible();

  // Others work on the case; the open board follows each step.
  await gql(s.token, `mutation($input: DispatchGridCaseInput!) { dispatchGridCase(input: $input) ${caseFields} }`, {
    caseId,
    assigneeMemberId: s.worker.memberId,
    note: '请今日内处置',
  });
  await expect(cardIn('DISPATCHED')).toBeVisible();
  await expect(card).toContainText(s.worker.name);
  await expect(card.getByTestId('grid-time-left')).toHaveText(/^剩余 /);
  await gql(s.worker.token, `mutation($input: StartGridCaseInput!) { startGridCase(input: $input) ${caseFields} }`, { caseId });
  await expect(cardIn('IN_PROGRESS')).toBeVisible();
  await gql(s.worker.token, `mutation($input: SubmitGridCaseFeedbackInput!) { submitGridCaseFeedback(input: $input) ${caseFields} }`, {
    caseId,
    note: '已劝离摊位，通道恢复畅通',
  });
  await expect(cardIn('FEEDBACK')).toBeVisible();
  await gql(s.token, `mutation($input: CloseGridCaseInput!) { closeGridCase(input: $input) ${caseFields} }`, { caseId, note: '核查属实', resolved: true });
  await expect(cardIn('CLOSED')).toBeVisible();
  await expect(lane.locator(`[data-column="FEEDBACK"] [data-card-id="${caseId}"]`)).toHaveCount(0);
  expect(navigations).toBe(0);
  await a.screenshot({ path: 'screenshots/grid-board-1280.png', fullPage: true });

  // The drawer shows the whole timeline.
  await card.getByTestId('grid-card-title').click();
  const detail = a.getByTestId('grid-case-detail');
  await expect(detail.getByTestId('grid-case-state')).toHaveText('已结案');
  for (const step of ['上报', '立案', '派遣', '开始处置', '反馈', '结案']) {
    await expect(detail.getByTestId('grid-timeline-entry').filter({ hasText: step }).first()).toBeVisible();
  }
});
