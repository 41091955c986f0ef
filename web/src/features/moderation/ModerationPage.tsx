import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, List, Modal, Select, Space, Spin, Tag, Timeline, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ModerationActionKind, ModerationItemFieldsFragment, ModerationStatus } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { formatDateTime } from '../../lib/format';
import { ModerateContentMutation, ModerationQueueQuery } from './operations';

const STATUSES: ModerationStatus[] = ['PENDING', 'HIDDEN', 'DISMISSED', 'RESTORED'];
const PAGE = 20;

/** The actions a moderator may take on an item now. */
export function actionsFor(item: Pick<ModerationItemFieldsFragment, 'status' | 'hidden'>): ModerationActionKind[] {
  const out: ModerationActionKind[] = [];
  if (item.status === 'PENDING' || item.status === 'HIDDEN') out.push('DISMISS');
  if (!item.hidden) out.push('HIDE');
  out.push('WARN_AUTHOR');
  if (item.hidden) out.push('RESTORE');
  return out;
}

function ItemCard({ item, onChanged }: { item: ModerationItemFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, moderate] = useMutation(ModerateContentMutation);
  const act = (action: ModerationActionKind) => {
    let note = '';
    Modal.confirm({
      title: t(`moderation.confirm.${action}`),
      content: <Input.TextArea rows={3} maxLength={500} placeholder={t('moderation.note')} aria-label={t('moderation.note')} onChange={(e) => (note = e.target.value)} />,
      okText: t(`moderation.actions.${action}`),
      okButtonProps: { danger: action === 'HIDE' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await moderate({ input: { itemId: item.id, action, note: note.trim() || null } });
        if (res.error) void message.error(serverErrorText(res.error, t));
        else onChanged();
      },
    });
  };
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      data-testid="moderation-item"
      title={
        <Space wrap size={4}>
          <Tag>{t(`moderation.kinds.${item.kind}`)}</Tag>
          <Tag color={item.hidden ? 'red' : item.status === 'PENDING' ? 'orange' : 'default'}>{t(`moderation.status.${item.status}`)}</Tag>
          <Typography.Text type="secondary">{t('moderation.reports', { count: item.totalReports })}</Typography.Text>
        </Space>
      }
    >
      <Typography.Text type="secondary">{t('moderation.author', { name: item.authorName })}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} ellipsis={{ rows: 4, expandable: true }}>
        {item.excerpt}
      </Typography.Paragraph>
      <List
        size="small"
        header={t('moderation.reasons')}
        dataSource={item.reports}
        renderItem={(r, i) => <List.Item key={i}>{r.reporterName}：{r.reason} · {formatDateTime(r.createdAt)}</List.Item>}
      />
      {item.history.length > 0 && (
        <Timeline
          style={{ marginTop: 12 }}
          items={item.history.map((h, i) => ({
            key: i,
            content: `${t(`moderation.actions.${h.action}`)} · ${h.actorName ?? t('moderation.system')} · ${formatDateTime(h.createdAt)}${h.note ? `：${h.note}` : ''}`,
          }))}
        />
      )}
      <Space wrap>
        {actionsFor(item).map((a) => (
          <Button key={a} size="small" danger={a === 'HIDE'} loading={fetching} onClick={() => act(a)}>
            {t(`moderation.actions.${a}`)}
          </Button>
        ))}
      </Space>
    </Card>
  );
}

/** 内容管理: an org's queue of reported content with the moderators' actions. */
export default function ModerationPage() {
  const { t } = useTranslation();
  const all = useAllOrganizations(null);
  const [picked, setPicked] = useState<string | null>(null);
  const orgId = picked ?? all.orgs[0]?.id ?? null;
  const [status, setStatus] = useState<ModerationStatus | null>('PENDING');
  const cursors = usePageCursors();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ModerationQueueQuery,
    variables: { orgId: orgId ?? '', status, first: PAGE, after: cursors.after },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const items = data?.moderationQueue.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader title={t('moderation.title')} />
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect orgs={all.orgs} value={orgId} onChange={(v) => { setPicked(v); cursors.reset(); }} allowClear={false} loading={all.loading} aria-label={t('moderation.org')} style={{ minWidth: 220, maxWidth: '100%' }} />
        <Select<ModerationStatus | 'ALL'>
          value={status ?? 'ALL'}
          onChange={(v) => { setStatus(v === 'ALL' ? null : v); cursors.reset(); }}
          style={{ minWidth: 120 }}
          aria-label={t('moderation.filter')}
          options={[{ value: 'ALL', label: t('moderation.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`moderation.status.${s}`) }))]}
        />
      </div>
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data ? <Spin /> : items.length === 0 ? <Empty description={t('moderation.empty')} /> : (
        <List dataSource={items} renderItem={(item) => <List.Item key={item.id}><ItemCard item={item} onChanged={() => refetch({ requestPolicy: 'network-only' })} /></List.Item>} />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.moderationQueue.pageInfo} />
    </>
  );
}
