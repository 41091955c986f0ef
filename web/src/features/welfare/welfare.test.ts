import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { setDisplayTimeZone } from '../../lib/format';
import { campaignInput, capPercent, memberPriceFen, progressFigures, secondsLeft, statisticsExportUrl, thresholdOf, welfareNotificationPath, ordersExportUrl } from './welfare';
import { canManageWelfare } from './welfareAccess';

describe('welfare helpers', () => {
  it('turns the creation form into the input: yuan read digit by digit into fen, the deadline in the tenant’s zone', () => {
    setDisplayTimeZone('Asia/Shanghai');
    const input = campaignInput('u1', {
      kind: 'GROUP_BUY',
      category: 'HOLIDAY',
      title: ' 春节慰问品拼团 ',
      thresholdKind: 'PARTICIPANTS',
      participants: 30,
      deadline: dayjs('2027-01-20T18:00:00'),
      items: [
        { name: '坚果礼盒', price: '198', subsidy: '100.5', perMemberLimit: 2 },
        { name: '有机大米 10kg', description: ' 东北 ', price: '0.29', subsidy: '0', perMemberLimit: 1, cashLike: true },
      ],
    });
    expect(input).toEqual({
      organizationId: 'u1',
      kind: 'GROUP_BUY',
      category: 'HOLIDAY',
      title: '春节慰问品拼团',
      description: '',
      thresholdKind: 'PARTICIPANTS',
      threshold: 30,
      deadline: '2027-01-20T10:00:00.000Z',
      items: [
        { name: '坚果礼盒', description: '', priceFen: 19800, subsidyFen: 10050, cashLike: false, perMemberLimit: 2 },
        { name: '有机大米 10kg', description: '东北', priceFen: 29, subsidyFen: 0, cashLike: true, perMemberLimit: 1 },
      ],
    });
  });

  it('reads an amount threshold in yuan as fen', () => {
    expect(thresholdOf({ thresholdKind: 'AMOUNT', amount: '5,000.5' })).toBe(500050);
    expect(thresholdOf({ thresholdKind: 'PARTICIPANTS', participants: 12, amount: '3' })).toBe(12);
    expect(thresholdOf({ thresholdKind: 'AMOUNT', amount: 'abc' })).toBeNull();
  });

  it('shows progress as people or as yuan', () => {
    expect(progressFigures({ thresholdKind: 'PARTICIPANTS', threshold: 30, participantCount: 12, amountFen: 1 })).toEqual({ reached: '12', threshold: '30' });
    expect(progressFigures({ thresholdKind: 'AMOUNT', threshold: 500000, participantCount: 3, amountFen: 123450 })).toEqual({ reached: '¥1,234.50', threshold: '¥5,000.00' });
  });

  it('counts down in whole minutes, and to nothing once the deadline passed', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(secondsLeft('2026-01-01T01:00:30Z', now)).toBe(3600);
    expect(secondsLeft('2026-01-01T00:00:45Z', now)).toBe(45);
    expect(secondsLeft('2025-12-31T23:00:00Z', now)).toBe(0);
  });

  it('measures a cap used, with none when there is no cap', () => {
    expect(capPercent(190000, 200000)).toBe(95);
    expect(capPercent(250000, 200000)).toBe(100);
    expect(capPercent(100, null)).toBeNull();
    expect(memberPriceFen('198', '100')).toBe(9800);
    expect(memberPriceFen('198', '')).toBeNull();
  });

  it('builds the statistics export address and offers management to welfare officers', () => {
    expect(statisticsExportUrl('u1', 2026)).toBe('/export/welfare-statistics.xlsx?organization=u1&year=2026');
    expect(ordersExportUrl('c 1')).toBe('/export/welfare-orders.xlsx?campaign=c+1');
    expect(canManageWelfare({ canAnywhere: (p: string) => p === 'welfare:write' })).toBe(true);
    expect(canManageWelfare({ canAnywhere: () => false })).toBe(false);
  });
});

describe('welfareNotificationPath', () => {
  it('leads a welfare notification to its campaign and ignores other kinds', () => {
    const raw = '0190f3a4-6b1e-7cc0-8a51-2f4bd1e0c001';
    const path = welfareNotificationPath({ kind: 'WELFARE', detail: { campaign: raw } });
    expect(path).toBe(`/welfare/${btoa(`WelfareCampaign:${raw}`).replace(/=+$/, '')}`);
    expect(welfareNotificationPath({ kind: 'QUIZ', detail: { campaign: raw } })).toBeNull();
  });
});
