import { describe, expect, it } from 'vitest';
import { HONOUR_KINDS, honourRecipient, publicityNotificationPath } from './publicity';

describe('publicity helpers', () => {
  it('sends org honours to orgs, 其他 to either and the rest to members', () => {
    expect(honourRecipient('ADVANCED_PARTY_ORG')).toBe('org');
    expect(honourRecipient('MAY_FOURTH_RED_FLAG')).toBe('org');
    expect(honourRecipient('OTHER')).toBe('either');
    expect(honourRecipient('EXCELLENT_PARTY_MEMBER')).toBe('member');
    expect(HONOUR_KINDS).toContain('EXCELLENT_LEAGUE_MEMBER');
  });

  it('links a PUBLICITY notification to its 公示 and nothing else', () => {
    const raw = '0190a8b2-7c1d-7e3f-9a4b-5c6d7e8f9a0b';
    const path = publicityNotificationPath({ kind: 'PUBLICITY', detail: { publicity: raw } });
    expect(path).toMatch(/^\/publicity\//);
    const id = decodeURIComponent(path!.split('/')[2]);
    expect(atob(id.replace(/-/g, '+').replace(/_/g, '/'))).toBe(`Publicity:${raw}`);
    expect(publicityNotificationPath({ kind: 'NOTICE', detail: { publicity: raw } })).toBeNull();
    expect(publicityNotificationPath({ kind: 'PUBLICITY', detail: {} })).toBeNull();
  });
});
