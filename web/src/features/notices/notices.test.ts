import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import {
  EMPTY_AUDIENCE,
  audienceSummary,
  audienceValue,
  exportUrl,
  hasSelector,
  isOverdue,
  noticeNotificationPath,
  notificationNotice,
  percent,
  receiptState,
  stateCount,
  toAudienceInput,
  type AudienceNames,
  type AudienceValue,
} from './notices';

const ORGS: Record<string, string> = { o1: '第一党支部', o2: '工会委员会' };
const names: AudienceNames = {
  org: (id) => ORGS[id],
  role: (name) => ({ officer: '组织委员' })[name] ?? name,
  line: (l) => i18n.t(`line.${l}`),
  status: (s) => i18n.t(`politicalStatus.${s}`),
  t: (key, values) => i18n.t(key, values),
};
const audience = (over: Partial<AudienceValue>): AudienceValue => ({ ...EMPTY_AUDIENCE, ...over });

describe('audienceSummary', () => {
  it('names units (含下级 where chosen), lines, roles, statuses, named and excluded members', () => {
    const a = audience({
      orgs: [
        { orgId: 'o1', includeSubtree: true },
        { orgId: 'o2', includeSubtree: false },
      ],
      lines: ['PARTY', 'UNION'],
      roles: ['officer'],
      politicalStatuses: ['FULL_MEMBER', 'PROBATIONARY'],
      memberIds: ['m1', 'm2', 'm3'],
      excludeMemberIds: ['m3', 'm9'],
    });
    expect(audienceSummary(a, names)).toEqual([
      '第一党支部（含下级）、工会委员会',
      '党组织、工会',
      '角色：组织委员',
      '正式党员、预备党员',
      // m3 is both named and excluded: excluded wins.
      '另加 2 人',
      '排除 2 人',
    ]);
  });

  it('reads narrowing without units as the whole enterprise, and named members alone as such', () => {
    expect(audienceSummary(audience({ lines: ['YOUTH'] }), names)).toEqual(['全单位', '共青团']);
    expect(audienceSummary(audience({ memberIds: ['m1'] }), names)).toEqual(['指定 1 人']);
    expect(audienceSummary(audience({ orgs: [{ orgId: 'gone', includeSubtree: false }] }), names)).toEqual(['未知组织']);
  });

  it('says nothing for an empty audience, nor for exclusions alone', () => {
    expect(audienceSummary(EMPTY_AUDIENCE, names)).toEqual([]);
    expect(audienceSummary(audience({ excludeMemberIds: ['m1'] }), names)).toEqual([]);
  });
});

describe('the audience input', () => {
  it('reads a saved audience, dropping codes it does not know', () => {
    expect(
      audienceValue({
        orgs: [{ orgId: 'o1', includeSubtree: false }],
        lines: ['PARTY', 'NOPE'],
        roles: ['officer'],
        politicalStatuses: ['FULL_MEMBER', 'X'],
        memberIds: ['m1'],
        excludeMemberIds: [],
      }),
    ).toEqual({
      orgs: [{ orgId: 'o1', includeSubtree: false }],
      lines: ['PARTY'],
      roles: ['officer'],
      politicalStatuses: ['FULL_MEMBER'],
      memberIds: ['m1'],
      excludeMemberIds: [],
    });
    expect(audienceValue(null)).toEqual(EMPTY_AUDIENCE);
  });

  it('needs a selector: excluding alone selects nobody', () => {
    expect(hasSelector(EMPTY_AUDIENCE)).toBe(false);
    expect(hasSelector(audience({ excludeMemberIds: ['m1'] }))).toBe(false);
    expect(hasSelector(audience({ roles: ['officer'] }))).toBe(true);
    expect(hasSelector(audience({ orgs: [{ orgId: 'o1', includeSubtree: true }] }))).toBe(true);
  });

  it('sends each unit once and no member both named and excluded', () => {
    const input = toAudienceInput(
      audience({
        orgs: [
          { orgId: 'o1', includeSubtree: false },
          { orgId: 'o1', includeSubtree: true },
        ],
        lines: ['PARTY', 'PARTY'],
        memberIds: ['m1', 'm2'],
        excludeMemberIds: ['m2'],
      }),
    );
    expect(input).toEqual({
      orgs: [{ orgId: 'o1', includeSubtree: false }],
      lines: ['PARTY'],
      roles: [],
      politicalStatuses: [],
      memberIds: ['m1'],
      excludeMemberIds: ['m2'],
    });
  });
});

describe('receipts', () => {
  const receipt = (over: Partial<{ readAt: string | null; acknowledgedAt: string | null }> = {}) => ({
    deliveredAt: '2026-05-01T00:00:00Z',
    readAt: null,
    acknowledgedAt: null,
    reply: null,
    ...over,
  });

  it('says what the viewer still has to do', () => {
    expect(receiptState({ ackRequired: true, myReceipt: receipt() })).toBe('unread');
    expect(receiptState({ ackRequired: true, myReceipt: null })).toBe('unread');
    expect(receiptState({ ackRequired: true, myReceipt: receipt({ readAt: '2026-05-01T01:00:00Z' }) })).toBe('toAcknowledge');
    expect(receiptState({ ackRequired: true, myReceipt: receipt({ readAt: 'x', acknowledgedAt: 'y' }) })).toBe('acknowledged');
    expect(receiptState({ ackRequired: false, myReceipt: receipt({ readAt: 'x' }) })).toBe('read');
  });

  it('is overdue past the deadline until acknowledged', () => {
    const now = new Date('2026-05-02T00:00:00Z');
    const n = { ackRequired: true, ackDeadline: '2026-05-01T12:00:00Z', myReceipt: receipt() };
    expect(isOverdue(n, now)).toBe(true);
    expect(isOverdue({ ...n, myReceipt: receipt({ acknowledgedAt: '2026-05-01T13:00:00Z' }) }, now)).toBe(false);
    expect(isOverdue({ ...n, ackDeadline: '2026-05-03T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ ...n, ackRequired: false }, now)).toBe(false);
  });

  it('rounds shares and survives an empty audience', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('links', () => {
  it('finds the notice of a NOTICE notification (JSON or text; a raw UUID becomes the global ID)', () => {
    expect(notificationNotice({ notice: 'Tm90aWNlOjE' })).toBe('Tm90aWNlOjE');
    expect(notificationNotice(JSON.stringify({ notice: 'Tm90aWNlOjE' }))).toBe('Tm90aWNlOjE');
    const uuid = '0190a0b0-c0d0-7e00-8000-000000000001';
    expect(atob(notificationNotice({ notice: uuid })!.replace(/-/g, '+').replace(/_/g, '/'))).toBe(`Notice:${uuid}`);
    expect(notificationNotice({})).toBeNull();
    expect(notificationNotice('not json')).toBeNull();
    expect(notificationNotice(null)).toBeNull();
  });

  it('leads a NOTICE notification to its notice, a review to 已发通知', () => {
    expect(noticeNotificationPath({ detail: {}, noticeId: 'Tm90aWNlOjE' })).toBe('/notices/Tm90aWNlOjE');
    expect(noticeNotificationPath({ detail: { notice: 'Tm90aWNlOjE', review: true }, noticeId: null })).toBe('/notices/sent');
    expect(noticeNotificationPath({ detail: {} })).toBeNull();
  });

  it('counts each board state from the totals', () => {
    const s = { recipients: 10, read: 7, acknowledged: 4 };
    expect(stateCount(s, 'UNREAD')).toBe(3);
    expect(stateCount(s, 'UNACKNOWLEDGED')).toBe(6);
    expect(stateCount(s, 'ACKNOWLEDGED')).toBe(4);
    expect(stateCount(s, 'ALL')).toBe(10);
  });

  it('exports the board list in the chosen state (全部: no state)', () => {
    expect(exportUrl('Tm90aWNlOjE', 'UNACKNOWLEDGED')).toBe('/export/notice-responses.xlsx?notice=Tm90aWNlOjE&state=UNACKNOWLEDGED');
    expect(exportUrl('a+b', 'ALL')).toBe('/export/notice-responses.xlsx?notice=a%2Bb');
  });
});
