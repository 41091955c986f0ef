import { describe, expect, it } from 'vitest';
import { base64UrlEncode } from '../../lib/notificationDetail';
import { lapseNotificationPath } from './lapse';

const MEMBER = '11111111-2222-4333-8444-555555555555';
const ORG = '66666666-7777-4888-8999-000000000000';
const detail = (ground: string, self: boolean) => ({ member: MEMBER, org: ORG, line: 'YOUTH', ground, self, rule: { key: 'membership.lapse' } });

describe('lapseNotificationPath', () => {
  it('sends the member warned about themself to their dues or their meetings', () => {
    expect(lapseNotificationPath({ kind: 'REMINDER', detail: detail('DUES', true) })).toBe('/dues/mine');
    expect(lapseNotificationPath({ kind: 'REMINDER', detail: detail('ORG_LIFE', true) })).toBe('/meetings');
  });

  it("sends an officer to the org's list on the line", () => {
    const path = lapseNotificationPath({ kind: 'REMINDER', detail: detail('ORG_LIFE', false) });
    expect(path).toBe(`/lapse?line=YOUTH&org=${base64UrlEncode(`Organization:${ORG}`)}`);
  });

  it('leaves other notifications alone', () => {
    expect(lapseNotificationPath({ kind: 'REMINDER', detail: { dues: 'PARTY', rule: { key: 'dues.arrears' } } })).toBeNull();
    expect(lapseNotificationPath({ kind: 'NOTICE', detail: detail('DUES', true) })).toBeNull();
  });
});
