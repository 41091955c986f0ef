import { expect, type Locator, type Page } from '@playwright/test';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Picks the member `name` in the server-searched member select (MemberPicker or
 * MemberMultiPicker) labelled `label` in `scope`, after typing `search` (a part of the name;
 * the whole name by default), and checks that the select shows the choice.
 *
 * The picker sends what is typed to the server after a 250 ms debounce and, while the query
 * runs, keeps showing the previous options (urql keeps the last data while fetching). So right
 * after typing, the list is the one for the previous search (often every member, which also has
 * `name`), then it is marked loading, then it is replaced by the results, with the rows
 * moved. A click in between lands on a row that is gone or on another member. So: wait until
 * the list is the settled result for the typed text (not loading, every option's name has
 * `search` in it, as the server's name search returns) and shows `name`, then click it.
 */
export async function pickOption(scope: Page | Locator, label: string, name: string, search: string = name): Promise<void> {
  const page = 'goto' in scope ? scope : scope.page();
  const input = scope.getByLabel(label, { exact: true });
  const select = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });

  await input.fill(search);
  // The open select names its list (aria-controls = `${id}_list`), inside its own dropdown.
  await expect(input).toHaveAttribute('aria-controls', /_list$/);
  const listId = (await input.getAttribute('aria-controls')) ?? '';

  // An option's title is its label: the name, or "name（organization）".
  const optionTitle = new RegExp(`^${escapeRegExp(name)}(（.*）)?$`);
  const wanted = search.trim().toLowerCase();
  await expect
    .poll(
      () =>
        select.evaluate(
          (el, { listId, wanted, pattern }) => {
            if (el.classList.contains('ant-select-loading')) return 'loading';
            const dropdown = document.getElementById(listId)?.closest('.ant-select-dropdown');
            if (!dropdown) return 'no dropdown';
            const titles = [...dropdown.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title') ?? o.textContent ?? '');
            if (!titles.every((t) => t.toLowerCase().includes(wanted))) return `options of another search: ${titles.join(' | ')}`;
            const re = new RegExp(pattern);
            return titles.some((t) => re.test(t)) ? 'ready' : `no such option: ${titles.join(' | ')}`;
          },
          { listId, wanted, pattern: optionTitle.source },
        ),
      { message: `the options for "${search}" in ${label} show ${name}` },
    )
    .toBe('ready');

  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option').filter({ hasText: optionTitle }).click();

  // The choice shows in the select (single: its content; multiple: a tag), the search is cleared.
  await expect(select).toContainText(name);
  await expect(input).toHaveValue('');
}

/**
 * Picks the unit whose title matches `title` in the organisation tree select (OrgTreeSelect)
 * labelled `label` in `scope`, once its units have loaded (the tree is rebuilt when they arrive,
 * which can swallow a click), and checks that the select shows the choice.
 */
export async function pickTreeOption(scope: Page | Locator, label: string, title: RegExp): Promise<void> {
  const page = 'goto' in scope ? scope : scope.page();
  const input = scope.getByLabel(label, { exact: true });
  const select = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  await expect(select).not.toHaveClass(/\bant-select-loading\b/);
  // The tree's list has no id the input names: the open dropdown is the visible one. A click
  // that lands while it slides open can choose nothing and leave it covering the form: retry.
  const open = page.locator('.ant-select-dropdown:visible');
  await chooseUntilShown(input, open, open.getByTitle(title), select.filter({ hasText: title }));
}

/**
 * Opens the select behind `input` (unless open), clicks `item` in its list and retries until
 * `shown` is visible, then waits for the list (`open`) to close.
 */
async function chooseUntilShown(input: Locator, open: Locator, item: Locator, shown: Locator): Promise<void> {
  await expect(async () => {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
    await item.click({ timeout: 2_000 });
    // A loaded machine can take a while to show the choice; a retry too soon reopens the list.
    await expect(shown).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  // A list that a retry reopened stays open over the form: close it, keeping the choice.
  await expect(async () => {
    if ((await open.count()) > 0) await input.press('Escape');
    await expect(open).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/**
 * Picks the option `option` (its whole text, or a pattern) in the plain select labelled `label` in `scope`,
 * and waits until the select shows it and its list has closed. A click that lands while the
 * list is still sliding open can leave it open with nothing chosen, and the open list then
 * covers the fields below it; so the pick is tried again until the select shows the choice.
 */
export async function pickFixedOption(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'goto' in scope ? scope : scope.page();
  const input = scope.getByLabel(label, { exact: true });
  const select = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  const open = page.locator('.ant-select-dropdown:visible');
  const text = typeof option === 'string' ? new RegExp(`^${escapeRegExp(option)}$`) : option;
  const item = open.locator('.ant-select-item-option').filter({ hasText: text });
  // The chosen item is shown in the select under its label as title.
  await chooseUntilShown(input, open, item, select.getByTitle(text));
}

/**
 * Adds the unit whose title matches `title` with the audience picker's tree select labelled
 * `label` (添加组织), which clears itself and shows the unit as a tag (`added`). The list opens
 * while another select's list may still be closing (both visible for a moment), and a click
 * that lands on the closing one, or while the tree is rebuilt, adds nothing: retry until the
 * tag shows.
 */
export async function addTreeOption(scope: Page | Locator, label: string, title: RegExp, added: Locator): Promise<void> {
  const page = 'goto' in scope ? scope : scope.page();
  const input = scope.getByLabel(label, { exact: true });
  const select = scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  await expect(select).not.toHaveClass(/\bant-select-loading\b/);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  const open = page.locator('.ant-select-dropdown:visible');
  await chooseUntilShown(input, open, open.getByTitle(title), added);
}
