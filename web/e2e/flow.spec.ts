import { mkdirSync } from 'node:fs';
import { test, expect, logIn, logOut, uniqueTenant, watch } from './fixtures';
import { pickTreeOption } from './select';

const T = uniqueTenant();
const COMMITTEE = 'E2E集团党委';
const BRANCH = 'E2E第一党支部';

test.describe.configure({ mode: 'serial' });

test('sign up, build the party tree, invite a member who joins and sees it', async ({ page, browser, problems }) => {
  // 1. Sign up an enterprise; the admin lands on the dashboard.
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: '单位注册' })).toBeVisible();
  await page.getByLabel('单位名称').fill(T.name);
  await page.getByLabel('单位标识').fill(T.slug);
  await page.getByLabel('管理员姓名').fill(T.adminName);
  await page.getByLabel('管理员邮箱').fill(T.adminEmail);
  await page.getByLabel('密码', { exact: true }).fill(T.adminPassword);
  await page.getByLabel('确认密码').fill(T.adminPassword);
  await page.getByRole('button', { name: '注册并登录' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${T.name} · 工作概览` })).toBeVisible();
  await expect(page.getByText('在册成员')).toBeVisible();

  // 2. A 党委 at the top, then a 党支部 under it.
  await page.getByRole('navigation').getByRole('link', { name: '组织架构' }).click();
  await expect(page.getByRole('tab', { name: '党组织', selected: true })).toBeVisible();
  await expect(page.getByText('党组织条线还没有组织')).toBeVisible();
  await page.getByRole('button', { name: '创建第一个组织' }).click();
  let dialog = page.getByRole('dialog', { name: '新建组织 · 党组织' });
  await dialog.getByLabel('组织名称').fill(COMMITTEE);
  await expect(dialog.getByLabel('组织类型')).toBeVisible();
  await expect(dialog.locator('.ant-select-content').filter({ hasText: '党委' })).toBeVisible();
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  const tree = page.getByRole('tree');
  await expect(tree.getByText(COMMITTEE)).toBeVisible();
  // The new unit is selected: add a branch under it.
  await expect(page.getByRole('heading', { name: '职务' })).toBeVisible();
  await page.getByRole('button', { name: '新建下级' }).click();
  dialog = page.getByRole('dialog', { name: '新建组织 · 党组织' });
  await expect(dialog.locator('.ant-select-content').filter({ hasText: '党支部' })).toBeVisible();
  await dialog.getByLabel('组织名称').fill(BRANCH);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(tree.getByText(BRANCH)).toBeVisible();

  // 3. Invite a member into the branch and take the link.
  await page.getByRole('navigation').getByRole('link', { name: '成员' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '成员' })).toBeVisible();
  await page.getByRole('button', { name: '邀请成员' }).click();
  dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('姓名').fill(T.memberName);
  await dialog.getByLabel('邮箱').fill(T.memberEmail);
  await pickTreeOption(dialog, '加入的组织', new RegExp(`^${BRANCH}（党支部）$`));
  await dialog.getByRole('button', { name: '生成邀请链接' }).click();
  const urlField = dialog.getByTestId('invitation-url');
  await expect(urlField).toBeVisible();
  const invitationUrl = await urlField.inputValue();
  expect(invitationUrl).toMatch(/\/invite\/[^/]+$/);
  await dialog.getByRole('button', { name: '完成' }).click();

  // 4. The invitee accepts in a browser of their own, logs out, logs in and sees the branch.
  const memberContext = await browser.newContext();
  const memberProblems: string[] = [];
  watch(memberContext, memberProblems);
  const m = await memberContext.newPage();
  await m.goto(new URL(invitationUrl).pathname);
  await expect(m.getByRole('heading', { name: '接受邀请' })).toBeVisible();
  await m.getByLabel('密码', { exact: true }).fill(T.memberPassword);
  await m.getByLabel('确认密码').fill(T.memberPassword);
  await m.getByRole('button', { name: '加入并登录' }).click();
  await expect(m.getByRole('heading', { level: 2, name: /工作概览/ })).toBeVisible();
  await logOut(m);
  await logIn(m, T.memberEmail, T.memberPassword);
  // A plain member sees no admin modules.
  const nav = m.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '成员' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  // The statutory rules explain reminders: every member may read them.
  await expect(nav.getByRole('link', { name: '制度规则' })).toBeVisible();
  await nav.getByRole('link', { name: '组织架构' }).click();
  await expect(m.getByRole('tree').getByText(BRANCH)).toBeVisible();
  await expect(m.getByRole('tree').getByText(COMMITTEE)).toBeVisible();
  // Members cannot change the tree.
  await expect(m.getByRole('button', { name: '新建组织' })).toHaveCount(0);
  // Nor the enterprise's settings.
  await m.goto('/security');
  await expect(m.getByRole('heading', { level: 2, name: '账号安全' })).toBeVisible();
  await expect(m.getByText('修改密码').first()).toBeVisible();
  await expect(m.getByTestId('tenant-settings')).toHaveCount(0);
  await memberContext.close();
  expect(memberProblems, 'member browser: console errors or failed requests').toEqual([]);

  // 5. The admin sees the new member, placed in the branch, with an account.
  await page.reload();
  const row = page.getByRole('row').filter({ hasText: T.memberName });
  await expect(row).toBeVisible();
  await expect(row).toContainText(BRANCH);
  await expect(row).toContainText('已开通账号');
  // The roster export is served to the session cookie.
  const exported = await page.request.get('/export/members.xlsx');
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toContain('spreadsheetml');
  expect(problems).toEqual([]);
});

test('organisation tree: archive conflict, drag to move, rename, archive', async ({ page, problems }) => {
  await logIn(page, T.adminEmail, T.adminPassword);
  await page.goto('/organizations');
  const tree = page.getByRole('tree');
  const node = (name: string) =>
    page
      .locator('.ant-tree-treenode')
      .filter({ has: page.locator('.ant-tree-title', { hasText: new RegExp(`^${name}`) }) })
      .locator('.ant-tree-node-content-wrapper');

  // Archiving a unit with sub-units is refused by the server; its reason is shown.
  await tree.getByText(COMMITTEE).click();
  await page.getByRole('button', { name: '归档' }).click();
  await page.getByRole('dialog', { name: `归档「${COMMITTEE}」？` }).getByRole('button', { name: '归档' }).click();
  const refusal = page.getByRole('dialog').filter({ hasText: '无法归档' });
  await expect(refusal).toContainText('操作与现有数据冲突。');
  await expect(refusal).toContainText('下级组织');
  await refusal.getByRole('button').click();

  // A second committee; drag the branch onto it and confirm.
  const second = 'E2E第二党委';
  await page.getByRole('button', { name: '新建组织' }).click();
  const dialog = page.getByRole('dialog', { name: '新建组织 · 党组织' });
  await dialog.getByLabel('组织名称').fill(second);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await expect(tree.getByText(second)).toBeVisible();
  // rc-tree nests into a collapsed unit when the pointer ends well to the right of where it started.
  await node(BRANCH).dragTo(node(second), { sourcePosition: { x: 10, y: 12 }, targetPosition: { x: 140, y: 18 } });
  const confirm = page.getByRole('dialog').filter({ hasText: `将「${BRANCH}」移动到「${second}」下？` });
  await confirm.getByRole('button', { name: '移动' }).click();
  await expect(page.getByText('组织已移动')).toBeVisible();
  await tree.getByText(BRANCH).click();
  await expect(page.locator('.ant-descriptions')).toContainText(second);

  // Move it back with the dialog, rename the empty committee and archive it.
  await page.getByRole('button', { name: '移动' }).click();
  const move = page.getByRole('dialog', { name: `移动「${BRANCH}」` });
  await move.getByLabel('新的上级组织').click();
  await page.getByTitle(`${COMMITTEE}（党委）`).click();
  await move.getByRole('button', { name: '移动' }).click();
  await expect(move).toBeHidden();
  await expect(page.locator('.ant-descriptions')).toContainText(COMMITTEE);
  await tree.getByText(second).click();
  await page.getByRole('button', { name: '重命名' }).click();
  const rename = page.getByRole('dialog', { name: '重命名组织' });
  await rename.getByLabel('组织名称').fill(`${second}（待撤销）`);
  await rename.getByLabel('组织名称').press('Enter');
  await expect(rename).toBeHidden();
  await expect(tree.getByText(`${second}（待撤销）`)).toBeVisible();
  await page.getByRole('button', { name: '归档' }).click();
  await page.getByRole('dialog', { name: /^归档「/ }).getByRole('button', { name: '归档' }).click();
  await expect(page.getByText(`「${second}（待撤销）」已归档`)).toBeVisible();
  await expect(tree.getByText(second)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('enterprise settings: the time zone dates are shown in', async ({ page, problems }) => {
  await logIn(page, T.adminEmail, T.adminPassword);
  await page.goto('/security');
  const card = page.getByTestId('tenant-settings');
  await expect(card).toBeVisible();
  await expect(card.getByLabel('单位名称')).toHaveValue(T.name);
  const loginTime = page.getByRole('row').filter({ hasText: '当前' }).locator('td').nth(2);
  const shanghai = (await loginTime.textContent()) ?? '';
  expect(shanghai).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  const minusEight = (s: string) => {
    const d = new Date(`${s.replace(' ', 'T')}:00Z`);
    d.setUTCHours(d.getUTCHours() - 8);
    return d.toISOString().slice(0, 16).replace('T', ' ');
  };

  // To UTC: the same instant now reads eight hours earlier.
  await card.getByLabel('时区').click();
  await page.getByTitle('UTC（协调世界时）').click();
  await card.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('单位设置已保存')).toBeVisible();
  await expect(loginTime).toHaveText(minusEight(shanghai));
  await page.reload();
  // The card has other selects too (the second-factor policy): read the time zone's.
  await expect(card.locator('.ant-form-item').filter({ hasText: '时区' }).locator('.ant-select')).toContainText('UTC（协调世界时）');
  await expect(loginTime).toHaveText(minusEight(shanghai));

  // And back to Beijing time.
  await card.getByLabel('时区').click();
  await page.getByTitle('Asia/Shanghai（北京时间，UTC+8）').click();
  await card.getByRole('button', { name: '保存' }).click();
  await expect(loginTime).toHaveText(shanghai);
  expect(problems).toEqual([]);
});

test('statutory rules: adjust to a local rule with its source, then restore the default', async ({ page, problems }) => {
  await logIn(page, T.adminEmail, T.adminPassword);
  await page.getByRole('navigation').getByRole('link', { name: '制度规则' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '制度规则' })).toBeVisible();
  await page.getByLabel('按标题或规则编号搜索').fill('transfer.letter');
  const rule = page.getByTestId('rule-transfer.letter');
  await expect(rule).toContainText('validMonths: 3');
  await expect(rule.getByText('法定默认', { exact: true })).toBeVisible();

  await rule.getByRole('button', { name: '调整' }).click();
  const dialog = page.getByRole('dialog', { name: '调整「组织关系介绍信有效期（月）」' });
  const params = dialog.getByLabel('参数（JSON）');
  await expect(params).toHaveValue(/"validMonths": 3/);
  await params.fill('{ "validMonths": 2, "crossProvinceMonths": 6');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText(/参数不是有效的 JSON/)).toBeVisible();
  await params.fill('{ "validMonths": 2, "crossProvinceMonths": 6 }');
  await dialog.getByLabel('依据', { exact: true }).fill('某省委组织部 2025 年第 3 号文');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(rule.getByText('已按本单位制度调整')).toBeVisible();
  await expect(rule).toContainText('validMonths: 2');
  await expect(rule).toContainText('依据：某省委组织部 2025 年第 3 号文');

  await rule.getByRole('button', { name: '恢复法定默认' }).click();
  await page
    .locator('.ant-popconfirm')
    .filter({ hasText: '恢复「组织关系介绍信有效期（月）」的法定默认参数？' })
    .getByRole('button', { name: '恢复法定默认' })
    .click();
  await expect(rule.getByText('法定默认', { exact: true })).toBeVisible();
  await expect(rule).toContainText('validMonths: 3');
  await expect(rule.getByText('已按本单位制度调整')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('screenshots of the main pages at 1280 and 375 px', async ({ page, browser, problems }) => {
  // Some forty full-page screenshots: on a loaded two-core machine they outlast the default 60 s.
  test.slow();
  mkdirSync('screenshots', { recursive: true });
  const pages: [string, string, RegExp | string][] = [
    ['dashboard', '/', /工作概览/],
    ['organizations', '/organizations', '组织架构'],
    ['members', '/members', '成员'],
    ['roles', '/roles', '角色与授权'],
    ['api-keys', '/api-keys', 'API 密钥'],
    ['audit', '/audit', '审计日志'],
    ['rules', '/rules', '制度规则'],
    ['security', '/security', '账号安全'],
  ];

  // Public pages, signed out.
  for (const width of [1280, 375]) {
    const ctx = await browser.newContext({ viewport: { width, height: width > 400 ? 800 : 812 } });
    const ctxProblems: string[] = [];
    watch(ctx, ctxProblems);
    const p = await ctx.newPage();
    // Without a session the app sends the browser to /login, remembering where it was going.
    await p.goto('/members');
    await expect(p).toHaveURL(/\/login\?next=%2Fmembers$/);
    for (const [name, path, heading] of [
      ['login', '/login', '登录'],
      ['signup', '/signup', '单位注册'],
    ] as const) {
      await p.goto(path);
      await expect(p.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await p.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
    }
    await ctx.close();
    expect(ctxProblems).toEqual([]);
  }

  await logIn(page, T.adminEmail, T.adminPassword);
  // Select the branch so the organisation page shows details and positions.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 800 : 812 });
    for (const [name, path, heading] of pages) {
      await page.goto(path === '/organizations' ? path : path);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      if (name === 'organizations') {
        await page.getByRole('tree').getByText(BRANCH).click();
        await expect(page.getByRole('heading', { name: '职务' })).toBeVisible();
      }
      if (name === 'members') await expect(page.getByRole('row').filter({ hasText: T.memberName })).toBeVisible();
      if (name === 'audit') await expect(page.getByText('审计链完整')).toBeVisible();
      if (name === 'dashboard') await page.waitForTimeout(600); // let the chart animation settle
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
    }
  }
  // The phone navigation drawer.
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: '成员' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/navigation-375.png' });
  expect(problems).toEqual([]);
});
