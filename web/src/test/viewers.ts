import type { Viewer } from '../auth/viewer';

/**
 * 王管理 of Acme 集团, holding `permissions` tenant-wide and no grants (`tenant` adds to the
 * tenant's fields, e.g. `loginAlerts`).
 */
export function adminViewer(permissions: string[], tenant: Partial<Viewer['tenant']> = {}): Viewer {
  return {
    member: { id: 'm1', name: '王管理', email: 'admin@example.cn' },
    tenant: { id: 't1', slug: 'acme', name: 'Acme 集团', timeZone: 'Asia/Shanghai', ...tenant },
    permissions,
    grants: [],
  } as unknown as Viewer;
}
