import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/viewers';
import { mockClient, renderPage } from '../../test/render';
import RetentionCard from './RetentionCard';

function reply(purges: Record<string, unknown>[], overridden = false) {
  return {
    data: {
      retentionPolicy: {
        auditLogDays: overridden ? 180 : 1095,
        readNotificationDays: 365,
        source: overridden ? '本单位数据管理办法第三条' : '《网络安全法》第二十一条',
        overridden,
        dueAuditRows: 12,
        dueNotifications: 3,
      },
      retentionPurges: {
        edges: purges.map((node, i) => ({ cursor: String(i), node })),
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    },
  };
}

function setup(data: ReturnType<typeof reply>) {
  const mock = mockClient((op) => (op.operationName === 'Retention' ? data : { data: null }));
  renderPage(<RetentionCard />, { client: mock.client, path: '/audit', route: '/audit', viewer: adminViewer(['audit:read']) });
  return mock;
}

describe('RetentionCard', () => {
  it('shows the periods in force, the dry run of tonight’s purge and an empty record', async () => {
    setup(reply([]));
    const card = await screen.findByTestId('retention');
    expect(card).toHaveTextContent('1095 天');
    expect(card).toHaveTextContent('《网络安全法》第二十一条');
    expect(screen.getByTestId('retention-due')).toHaveTextContent('删除 12 条审计记录、3 条已读通知');
    expect(within(card).getByRole('link', { name: /调整保存期限/ })).toHaveAttribute('href', '/rules');
    expect(card).toHaveTextContent('尚未清理过数据');
  });

  it('lists each purge with its kind, period, count and the audit rows it removed', async () => {
    setup(
      reply(
        [
          { seq: 2, ranAt: '2026-12-07T18:10:00Z', kind: 'READ_NOTIFICATION', keepDays: 365, cutoff: '2025-12-07T18:10:00Z', purged: 40, firstSeq: null, lastSeq: null },
          { seq: 1, ranAt: '2026-12-07T18:10:00Z', kind: 'AUDIT_LOG', keepDays: 180, cutoff: '2026-06-10T18:10:00Z', purged: 250, firstSeq: 101, lastSeq: 350 },
        ],
        true,
      ),
    );
    const card = await screen.findByTestId('retention');
    expect(card).toHaveTextContent('本单位设置');
    const rows = Array.from(card.querySelectorAll('tbody tr.ant-table-row'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('已读通知');
    expect(rows[0]).toHaveTextContent('—');
    expect(rows[1]).toHaveTextContent('审计日志');
    expect(rows[1]).toHaveTextContent('180 天');
    expect(rows[1]).toHaveTextContent('250');
    expect(rows[1]).toHaveTextContent('101–350');
  });
});
