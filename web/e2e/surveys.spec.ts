import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { addTreeOption, pickTreeOption } from './select';

// 问卷: an officer builds a survey (a choice, a rating and a text question), checks the builder's
// messages and publishes it; a member answers it on a phone; the officer sees the turnout, then
// after closing the results per question.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branchName = `E2E问卷党支部${T.slug.slice(4)}`;
  const branch = await apiCreateOrganization(token, { name: branchName, line: 'PARTY' });
  const member = { name: '林问卷', email: `lin-${T.slug}@e2e.tongxin.test`, password: 'Linwj2026e2e' };
  await apiAddMember(token, member, branch);
  return { T, branchName, member };
}

test('surveys: an officer builds and publishes a survey, a member answers it on a phone, the officer sees turnout and results', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The officer (the administrator) builds the survey. ------------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto('/surveys/new');
  await expect(o.getByRole('heading', { level: 2, name: '发起问卷' })).toBeVisible();
  await pickTreeOption(o, '发起组织', new RegExp(`^${s.branchName}（`));
  await o.getByRole('textbox', { name: '标题' }).fill('主题党日满意度调查');

  // The first question is a single choice; publishing with it empty shows the builder's messages.
  await o.getByRole('button', { name: '发布问卷' }).click();
  await expect(o.getByTestId('question-problems')).toContainText('请填写题目内容');
  await o.getByRole('textbox', { name: '题目内容' }).first().fill('您参加了本次主题党日吗');
  await o.getByRole('textbox', { name: '选项 1' }).fill('参加了');
  await o.getByRole('textbox', { name: '选项 2' }).fill('没有参加');

  // A rating and a long text question; the text is moved above the rating, then back.
  await o.getByRole('button', { name: '评分题' }).click();
  await o.getByRole('button', { name: '问答题' }).click();
  const editors = o.getByTestId('survey-question-editor');
  await expect(editors).toHaveCount(3);
  await editors.nth(1).getByRole('textbox', { name: '题目内容' }).fill('总体满意度');
  await editors.nth(2).getByRole('textbox', { name: '题目内容' }).fill('意见和建议');
  await editors.nth(2).getByRole('switch', { name: '必答' }).click();
  await editors.nth(2).getByRole('button', { name: '上移' }).click();
  await expect(editors.nth(1).getByRole('textbox', { name: '题目内容' })).toHaveValue('意见和建议');
  await editors.nth(1).getByRole('button', { name: '下移' }).click();
  await expect(editors.nth(1).getByRole('textbox', { name: '题目内容' })).toHaveValue('总体满意度');
  await expect(o.getByTestId('question-problems')).toHaveCount(0);

  // Who is asked: the branch.
  await addTreeOption(o, '添加组织', new RegExp(`^${s.branchName}（`), o.getByTestId('audience-org').filter({ hasText: s.branchName }));
  await expect(o.getByTestId('survey-audience-count')).toHaveText('当前范围内共 1 人');
  await o.screenshot({ path: 'screenshots/surveys-builder-1280.png', fullPage: true });

  // Publishing asks first.
  await o.getByRole('button', { name: '发布问卷' }).click();
  await expect(o.getByText('问卷共 3 题，将发给 1 人')).toBeVisible();
  await o.locator('.ant-modal-confirm').getByRole('button', { name: '发布问卷' }).click();
  await expect(o.getByRole('heading', { level: 2, name: '主题党日满意度调查' })).toBeVisible();
  await expect(o.getByTestId('turnout-responded')).toHaveText('0');
  const surveyUrl = o.url();

  // ---- The member answers on a phone. --------------------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto('/surveys');
  await expect(m.getByRole('heading', { level: 2, name: '问卷调查' })).toBeVisible();
  await m.getByTestId('survey-item').getByRole('link', { name: '主题党日满意度调查' }).click();
  await expect(m.getByTestId('answer-form')).toBeVisible();
  // Required questions are marked; submitting without them says so.
  await expect(m.getByTestId('survey-question').nth(0).locator('.tx-required')).toBeVisible();
  await expect(m.getByTestId('survey-question').nth(2).locator('.tx-required')).toHaveCount(0);
  await m.getByRole('button', { name: '提交问卷' }).click();
  await expect(m.getByText('此题为必答题').first()).toBeVisible();
  await m.getByRole('radio', { name: '参加了' }).check();
  // The scale's buttons hide their radio inputs: tap the button.
  await m.getByRole('radio', { name: '4 分' }).locator('xpath=ancestor::label').click();
  await expect(m.getByRole('radio', { name: '4 分' })).toBeChecked();
  await m.getByRole('textbox', { name: '意见和建议' }).fill('希望多安排实地参观。');
  await expect(m.getByTestId('answer-progress')).toContainText('3/3');
  await m.screenshot({ path: 'screenshots/surveys-answer-375.png', fullPage: true });
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.getByRole('button', { name: '提交问卷' }).click();
  await expect(m.getByTestId('survey-responded')).toBeVisible();
  await expect(m.getByTestId('answer-form')).toHaveCount(0);

  // ---- The officer sees the turnout, the results hidden until the close, then the results. ----
  await o.goto(surveyUrl);
  await expect(o.getByTestId('turnout-responded')).toHaveText('1');
  await o.getByRole('button', { name: '问卷结果' }).click();
  await expect(o.getByTestId('results-hidden')).toBeVisible();
  await o.getByRole('button', { name: '返回问卷' }).click();
  await o.getByRole('button', { name: '结束问卷' }).click();
  await o.locator('.ant-popconfirm').getByRole('button', { name: '结束问卷' }).click();
  await expect(o.getByTestId('survey-status')).toHaveText('已结束');
  await o.getByRole('button', { name: '问卷结果' }).click();
  await expect(o.getByTestId('results-responses')).toHaveText('1');
  const results = o.getByTestId('question-result');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0).getByTestId('choice-chart')).toContainText('参加了');
  await expect(results.nth(0).getByTestId('choice-chart')).toContainText('1 人（100%）');
  await expect(results.nth(1).getByTestId('rating-mean')).toHaveText('4.00');
  await expect(results.nth(2)).toContainText('希望多安排实地参观。');
  await expect(o.getByTestId('survey-export')).toBeVisible();
  await o.screenshot({ path: 'screenshots/surveys-results-1280.png', fullPage: true });
  expect(problems).toEqual([]);
});
