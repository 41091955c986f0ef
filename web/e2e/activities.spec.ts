import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { addTreeOption, pickTreeOption } from './select';

// 活动: an officer publishes a volunteer activity with a registration field; a member registers on
// a phone (375 px); the officer moves it to another place and the member is told; the officer
// checks them in by hand; the member sees the hours credited and the certificate.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branchName = `E2E活动党支部${T.slug.slice(4)}`;
  const branch = await apiCreateOrganization(token, { name: branchName, line: 'PARTY' });
  const member = { name: '周志愿', email: `zhou-${T.slug}@e2e.tongxin.test`, password: 'Zhouzy2026e2e' };
  await apiAddMember(token, member, branch);
  return { T, branchName, member };
}

test('activities: an officer publishes, a member registers on a phone, the officer checks them in, the member sees the hours', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The officer (the administrator) publishes the activity. -------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto('/activities/new');
  await expect(o.getByRole('heading', { level: 2, name: '发布活动' })).toBeVisible();
  await pickTreeOption(o, '主办组织', new RegExp(`^${s.branchName}（`));
  await o.getByRole('textbox', { name: '活动名称' }).fill('社区环境整治志愿服务');
  await o.getByRole('textbox', { name: '活动地点' }).fill('幸福里社区服务中心');
  await o.getByRole('spinbutton', { name: '名额上限' }).fill('10');
  await o.getByRole('spinbutton', { name: '志愿时长（小时）' }).fill('2.5');
  await o.getByRole('button', { name: '添加报名信息' }).click();
  await o.getByTestId('activity-field-editor').getByRole('textbox', { name: '名称' }).fill('衣服尺码');
  await o.getByTestId('activity-field-editor').getByRole('switch', { name: '必填' }).click();
  await addTreeOption(o, '添加组织', new RegExp(`^${s.branchName}（`), o.getByTestId('audience-org').filter({ hasText: s.branchName }));
  await o.getByTestId('publish-activity').click();
  await o.locator('.ant-modal-confirm').getByRole('button', { name: '发布' }).click();
  await expect(o.getByRole('heading', { level: 2, name: '社区环境整治志愿服务' })).toBeVisible();
  await expect(o.getByTestId('activity-places')).toHaveText('0 / 10');
  const activityUrl = o.url();

  // ---- The member registers on a phone. ------------------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto('/activities');
  await expect(m.getByRole('heading', { level: 2, name: '活动' })).toBeVisible();
  await m.getByTestId('activity-item').getByRole('link', { name: '社区环境整治志愿服务' }).click();
  await expect(m.getByTestId('register-form')).toBeVisible();
  // The required field is asked for.
  await m.getByTestId('register-button').click();
  await expect(m.getByText('请填写衣服尺码')).toBeVisible();
  await m.getByRole('textbox', { name: '衣服尺码' }).fill('L');
  await m.screenshot({ path: 'screenshots/activities-register-375.png', fullPage: true });
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.getByTestId('register-button').click();
  await expect(m.getByTestId('my-registration')).toContainText('报名成功');
  await expect(m.getByTestId('my-registration')).toContainText('L');
  await expect(m.getByTestId('activity-places')).toHaveText('1 / 10');

  // ---- The officer moves the activity to another place; the member is told. -----------------
  await o.goto(`${activityUrl}/manage`);
  await o.getByRole('button', { name: '修改活动' }).click();
  const edit = o.getByRole('dialog', { name: '修改活动' });
  await edit.getByRole('textbox', { name: '活动地点' }).fill('街道文化站');
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(o.getByText('活动已修改')).toBeVisible();
  await m.goto('/notifications');
  await expect(m.getByText('活动变更：社区环境整治志愿服务')).toBeVisible();
  await m.goto(activityUrl);
  await expect(m.getByText('街道文化站').first()).toBeVisible();

  // ---- The officer checks the member in by hand. ---------------------------------------------
  await o.reload();
  await expect(o.getByTestId('activity-stats')).toContainText('报名');
  await o.getByTestId(`check-in-${s.member.name}`).click();
  await expect(o.getByTestId('checked-in')).toContainText('代签');
  await o.screenshot({ path: 'screenshots/activities-manage-1280.png', fullPage: true });

  // ---- The member sees the hours and the certificate. ----------------------------------------
  await m.goto('/activities/hours');
  await expect(m.getByTestId('hours-total')).toContainText('2.5');
  await expect(m.getByTestId('hours-entry')).toContainText('社区环境整治志愿服务');
  await m.getByRole('link', { name: '志愿服务证明' }).click();
  await expect(m.getByTestId('certificate')).toContainText(s.member.name);
  await expect(m.getByTestId('certificate')).toContainText('2.5');
  await m.screenshot({ path: 'screenshots/activities-certificate-375.png', fullPage: true });
  expect(problems).toEqual([]);
});
