import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { pickOption, pickTreeOption } from './select';

// 公示与荣誉: an officer proposes an honour (which publishes its 公示); a member objects
// anonymously on a phone (375 px); the officer sees who objected, dismisses the objection and,
// once the window is over, confirms the 公示; the honour shows on the member's timeline.

/** The UUID inside a global ID (base64url of `Type:uuid`). */
function rawId(global: string): string {
  return Buffer.from(global, 'base64url').toString('utf8').split(':')[1] ?? '';
}

/**
 * Ends a 公示's window now, as if its days had passed: the time window itself is what the
 * browser cannot wait for. Runs as the database owner, inside the tenant (row-level security).
 */
function endWindow(tenantId: string, publicityId: string) {
  const url = process.env.TONGXIN_DATABASE__URL;
  if (!url) throw new Error('TONGXIN_DATABASE__URL is needed to end a window');
  execFileSync('psql', [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `begin; select set_config('app.tenant_id', '${tenantId}', true);
     update publicity set window_start = now() - interval '5 days', window_end = now() - interval '1 second' where id = '${publicityId}';
     commit;`,
  ]);
}

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branchName = `E2E荣誉党支部${T.slug.slice(4)}`;
  const branch = await apiCreateOrganization(token, { name: branchName, line: 'PARTY' });
  const honoured = { name: '吴先锋', email: `wu-${T.slug}@e2e.tongxin.test`, password: 'Wuxf2026e2e' };
  const objector = { name: '郑群众', email: `zheng-${T.slug}@e2e.tongxin.test`, password: 'Zhengqz2026e2e' };
  const h = await apiAddMember(token, honoured, branch);
  await apiAddMember(token, objector, branch);
  const { viewer } = await apiGraphql<{ viewer: { tenant: { id: string } } }>('{ viewer { tenant { id } } }', {}, token);
  return { T, branchName, honoured, honouredId: h.memberId, objector, tenantId: rawId(viewer.tenant.id) };
}

test('publicity: an officer proposes an honour, a member objects anonymously, the officer handles it and confirms, the timeline shows the honour', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The officer (the administrator) proposes the honour. ----------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto('/honours');
  await expect(o.getByRole('heading', { level: 2, name: '荣誉表彰' })).toBeVisible();
  await pickTreeOption(o, '请选择组织', new RegExp(`^${s.branchName}（`));
  await o.getByTestId('honour-propose').click();
  const dialog = o.getByRole('dialog');
  await pickOption(dialog, '获奖成员', s.honoured.name);
  await dialog.getByTestId('honour-issuer').fill('集团党委');
  await o.getByTestId('honour-propose-ok').click();
  await expect(o.getByTestId('honour-item')).toContainText('优秀共产党员');
  await expect(o.getByTestId('honour-status')).toHaveText('公示中');
  const publicityHref = (await o.getByTestId('honour-item').getByRole('link', { name: '查看公示' }).getAttribute('href')) ?? '';
  expect(publicityHref).toMatch(/^\/publicity\//);

  // ---- The member objects anonymously on a phone. --------------------------------------------
  const { page: m } = await signedIn(browser, s.objector.email, s.objector.password, problems, { width: 375, height: 812 });
  await m.goto('/publicity');
  await expect(m.getByRole('heading', { level: 2, name: '公示' })).toBeVisible();
  await m.getByTestId('publicity-item').getByRole('link', { name: /优秀共产党员/ }).click();
  await expect(m.getByTestId('publicity-object')).toBeVisible();
  await m.getByTestId('publicity-object-text').fill('建议核实该同志本年度的考勤情况。');
  await m.getByTestId('publicity-object-anonymous').check();
  await m.screenshot({ path: 'screenshots/publicity-object-375.png', fullPage: true });
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.getByTestId('publicity-object-submit').click();
  await expect(m.getByText('异议已提交')).toBeVisible();
  await expect(m.getByTestId('publicity-objection')).toContainText('我提出的');

  // ---- The subject sees a count, never who. --------------------------------------------------
  const { page: subject } = await signedIn(browser, s.honoured.email, s.honoured.password, problems, { width: 375, height: 812 });
  await subject.goto(publicityHref);
  await expect(subject.getByTestId('publicity-objection-count')).toHaveText('1');
  await expect(subject.getByTestId('publicity-objection')).toHaveCount(0);
  await expect(subject.getByText(s.objector.name)).toHaveCount(0);

  // ---- The officer sees the author, dismisses the objection and confirms. ---------------------
  await o.goto(publicityHref);
  await expect(o.getByTestId('publicity-objection-author')).toHaveText(s.objector.name);
  await o.getByTestId('publicity-handle').click();
  await o.getByRole('dialog').getByRole('radio', { name: '不属实' }).check();
  await o.getByTestId('publicity-handle-ok').click();
  await expect(o.getByTestId('publicity-objection')).toContainText('不属实');
  endWindow(s.tenantId, rawId(decodeURIComponent(publicityHref.split('/').pop() ?? '')));
  await o.reload();
  await o.getByTestId('publicity-close-submit').click();
  await o.getByTestId('publicity-close-confirm').click();
  await expect(o.getByTestId('publicity-status')).toHaveText('已确认');

  // ---- The honour shows on the member's timeline. --------------------------------------------
  await o.goto(`/members/${s.honouredId}/timeline`);
  await expect(o.getByTestId('timeline-honour')).toContainText('优秀共产党员');
  await o.screenshot({ path: 'screenshots/publicity-timeline.png', fullPage: true });
});
