import { describe, expect, it } from 'vitest';
import { articleNotificationPath, lastDays, reviewAllowed } from './publishing';

describe('publishing helpers', () => {
  it('leads an ARTICLE notification to the article and ignores other kinds', () => {
    const id = '0190a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b';
    expect(articleNotificationPath({ kind: 'ARTICLE', detail: { article: id } })).toMatch(/^\/publishing\/articles\//);
    expect(articleNotificationPath({ kind: 'NOTICE', detail: { article: id } })).toBeNull();
    expect(articleNotificationPath({ kind: 'ARTICLE', detail: {} })).toBeNull();
  });

  it('needs a note to return an article but not to approve it', () => {
    expect(reviewAllowed('APPROVE', '')).toBe(true);
    expect(reviewAllowed('RETURN', '  ')).toBe(false);
    expect(reviewAllowed('RETURN', '请补充照片')).toBe(true);
  });

  it('spans the given number of days ending after today', () => {
    const { from, to } = lastDays(30, new Date(2026, 11, 6, 15));
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(30 * 86_400_000);
    expect(new Date(to).getDate()).toBe(7);
  });
});
