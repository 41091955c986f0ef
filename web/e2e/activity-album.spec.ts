import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, uniqueTenant, watch, signedIn } from './fixtures';

// 活动签到、相册与公开页: an activity of a branch has just started; its organiser shows the rotating
// check-in QR on the big screen; a registered member opens the QR's link on a phone (375 px) and
// checks in; the organiser adds a photo to the album and turns the album into an article draft
// (生成稿件). Then a published article chosen for the public page is read without logging in.

const TITLE = '社区环境整治志愿服务';
// The smallest PNG there is (one transparent pixel).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E相册党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const member = { name: '周志愿', email: `zhou-${T.slug}@e2e.tongxin.test`, password: 'Zhouzy2026e2e' };
  const m = await apiAddMember(token, member, branch);
  const now = Date.now();
  const { createActivity } = await apiGraphql<{ createActivity: { activity: { id: string } } }>(
    'mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }',
    {
      input: {
        orgId: branch,
        title: TITLE,
        kind: 'VOLUNTEER',
        description: '清理绿化带，整理共享单车',
        place: '幸福里社区服务中心',
        audience: { orgIds: [branch] },
        startsAt: new Date(now - 20_000).toISOString(),
        endsAt: new Date(now + 2 * 3600_000).toISOString(),
        registrationDeadline: new Date(now + 3600_000).toISOString(),
        volunteerHours: 2,
      },
    },
    token,
  );
  const activityId = createActivity.activity.id;
  await apiGraphql('mutation($input: RegisterForActivityInput!) { registerForActivity(input: $input) { registration { status } } }', { input: { activityId, answers: [] } }, m.token);
  return { T, token, member, activityId };
}

test('activities: a member checks in on a phone with the QR, the organiser turns the album into an article draft', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The organiser's big screen: the rotating QR of the check-in link. ------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto(`/activities/${encodeURIComponent(s.activityId)}/qr`);
  const qr = o.getByTestId('checkin-qr');
  await expect(qr).toHaveAttribute('data-url', /\/activities\/[^/]+\/checkin\?code=.+/);
  await expect(qr.locator('svg')).toBeVisible();
  const checkInUrl = (await qr.getAttribute('data-url')) ?? '';

  // ---- The member opens it on a phone and checks in. --------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto(checkInUrl);
  await expect(m.getByTestId('checkin-page')).toContainText(TITLE);
  await m.getByRole('button', { name: /^签\s*到$/ }).click();
  await expect(m.getByTestId('checkin-done')).toBeVisible();
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.screenshot({ path: 'screenshots/activity-checkin-375.png', fullPage: true });

  // ---- The organiser sees the check-in, adds a photo and drafts an article from the album. ----
  await o.goto(`/activities/${encodeURIComponent(s.activityId)}/manage`);
  await expect(o.getByTestId('checked-in')).toContainText('扫码');
  await o.goto(`/activities/${encodeURIComponent(s.activityId)}`);
  const album = o.getByTestId('activity-album');
  await album.getByRole('textbox', { name: /照片说明/ }).fill('志愿者合影');
  await o.getByTestId('album-input').setInputFiles({ name: '合影.png', mimeType: 'image/png', buffer: PNG });
  await expect(album.getByTestId('album-photo')).toHaveCount(1);
  await o.getByTestId('album-to-article').click();
  const dialog = o.getByRole('dialog', { name: '生成稿件' });
  await expect(dialog.getByRole('combobox', { name: '投稿栏目' })).toBeVisible();
  await expect(dialog.getByText('已选 1/10')).toBeVisible();
  await o.getByTestId('album-article-ok').click();
  await expect(o).toHaveURL(/\/publishing\/articles\/[^/]+\/edit$/);
  await expect(o.getByRole('textbox', { name: '标题' })).toHaveValue(TITLE);
  await expect(o.getByText('志愿者合影')).toBeVisible();
  await o.screenshot({ path: 'screenshots/activity-album-article-1280.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('publishing: an article chosen for the public page is read there without logging in', async ({ browser, problems }) => {
  // Arrange through the API: a public column, an article in it published for the public page.
  const s = await seed();
  const { createColumn } = await apiGraphql<{ createColumn: { column: { id: string } } }>(
    'mutation($i: CreateColumnInput!) { createColumn(input: $i) { column { id } } }',
    { i: { name: '对外宣传', submitPolicy: 'OFFICERS', isPublic: true } },
    s.token,
  );
  const content = { title: '公司开展社区志愿服务', body: '<p>五十名志愿者走进幸福里社区。</p>', isPublic: true };
  const { createArticle } = await apiGraphql<{ createArticle: { article: { id: string } } }>(
    'mutation($i: CreateArticleInput!) { createArticle(input: $i) { article { id } } }',
    { i: { columnId: createColumn.column.id, content } },
    s.token,
  );
  const articleId = createArticle.article.id;
  await apiGraphql('mutation($i: SubmitArticleInput!) { submitArticle(input: $i) { article { id } } }', { i: { articleId, confidential: false } }, s.token);
  await apiGraphql('mutation($i: ReviewArticleInput!) { reviewArticle(input: $i) { article { id } } }', { i: { articleId, decision: 'APPROVE' } }, s.token);
  await apiGraphql('mutation($i: PublishArticleInput!) { publishArticle(input: $i) { article { id } } }', { i: { articleId } }, s.token);

  // Act: someone without an account opens the tenant's public page on a phone.
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  watch(context, problems);
  const p = await context.newPage();
  await p.goto(`/p/${s.T.slug}`);

  // Assert
  await expect(p.getByRole('heading', { level: 3 })).toContainText(s.T.name);
  await p.getByTestId('public-article').getByRole('link', { name: '公司开展社区志愿服务' }).click();
  await expect(p.getByText('五十名志愿者走进幸福里社区。')).toBeVisible();
  await expect(p).not.toHaveURL(/\/login/);
  await p.screenshot({ path: 'screenshots/public-page-375.png', fullPage: true });
  expect(problems).toEqual([]);
});
