import { detailGlobalId, detailObject } from '../../lib/notificationDetail';

/**
 * Where a `membership.lapse` warning leads: the member warned about themself (`self`) goes to what they
 * can put right (their dues, or their meetings); an officer told of a member goes to the org's
 * 脱离组织预警 list on the line. Null for any other notification.
 */
export function lapseNotificationPath(n: { kind: string; detail: unknown }): string | null {
  const d = detailObject(n.detail);
  const rule = d?.rule as { key?: unknown } | undefined;
  if (n.kind !== 'REMINDER' || rule?.key !== 'membership.lapse') return null;
  if (d?.self === true) return d.ground === 'DUES' ? '/dues/mine' : '/meetings';
  const line = typeof d?.line === 'string' && ['PARTY', 'YOUTH', 'UNION'].includes(d.line) ? d.line : 'PARTY';
  const org = typeof d?.org === 'string' ? detailGlobalId(n.detail, 'org', 'Organization') : null;
  const query = new URLSearchParams({ line, ...(org ? { org } : {}) });
  return `/lapse?${query.toString()}`;
}
