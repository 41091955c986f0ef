import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, InputNumber, List, Modal, Select, Space, Spin, Tag, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { PointAppealStatus, PointAppealsQuery as PointAppealsData } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { DecidePointAppealMutation, PointAppealsQuery } from './operations';
import { APPEAL_COLORS, APPEAL_STATUSES, signed } from './points';

const PAGE = 20;

type Appeal = PointAppealsData['pointAppeals']['edges'][number]['node'];

/** One appeal with the entry it is about and, while pending, 成立 (with the corrected points) and 驳回. */
function AppealCard({ appeal, onDecided }: { appeal: Appeal; onDecided: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, decide] = useMutation(DecidePointAppealMutation);
  const [mode, setMode] = useState<'UPHELD' | 'REJECTED' | null>(null);
  const [points, setPoints] = useState<number | null>(appeal.entry.requested);
  const [note, setNote] = useState('');
  const submit = async () => {
    if (mode === 'REJECTED' && !note.trim()) {
      void message.error(t('points.appeals.noteRequired'));
      return;
    }
    if (mode === 'UPHELD' && points == null) {
      void message.error(t('points.appeals.pointsRequired'));
      return;
    }
    const res = await decide({ input: { appealId: appeal.id, decision: mode!, points: mode === 'UPHELD' ? points : null, note: note.trim() || null } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      setMode(null);
      onDecided();
    }
  };
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      data-testid="point-appeal"
      title={
        <Space wrap size={4}>
          <span>{appeal.memberName}</span>
          <Tag color={APPEAL_COLORS[appeal.status]}>{t(`points.appealStatus.${appeal.status}`)}</Tag>
          <Typography.Text type="secondary">{formatDateTime(appeal.createdAt)}</Typography.Text>
        </Space>
      }
    >
      <Typography.Paragraph>
        {appeal.entry.explanation} <Typography.Text strong>{signed(appeal.entry.points)}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t('points.appeals.reason', { reason: appeal.reason })}</Typography.Paragraph>
      {appeal.note && <Typography.Paragraph type="secondary">{t('points.appeal.note', { note: appeal.note })}</Typography.Paragraph>}
      {appeal.status === 'PENDING' && (
        <Space wrap>
          <Button type="primary" size="small" onClick={() => setMode('UPHELD')}>
            {t('points.appeals.uphold')}
          </Button>
          <Button size="small" onClick={() => setMode('REJECTED')}>
            {t('points.appeals.reject')}
          </Button>
        </Space>
      )}
      {mode && (
        <Modal
          open
          title={mode === 'UPHELD' ? t('points.appeals.upholdTitle') : t('points.appeals.rejectTitle')}
          okText={t('points.appeals.confirm')}
          cancelText={t('common.cancel')}
          confirmLoading={fetching}
          onOk={submit}
          onCancel={() => setMode(null)}
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {mode === 'UPHELD' && (
              <>
                <Typography.Text>{t('points.appeals.correctedPoints', { net: appeal.entry.net })}</Typography.Text>
                <InputNumber min={0} max={1000} precision={0} value={points} onChange={setPoints} aria-label={t('points.appeals.points')} />
              </>
            )}
            <Input.TextArea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('points.appeals.note')} placeholder={t('points.appeals.note')} />
          </Space>
        </Modal>
      )}
    </Card>
  );
}

/** 积分申诉处理 (`/points/appeals`): the appeals of the members the officer holds `points:write` over. */
export default function PointAppealsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PointAppealStatus | null>('PENDING');
  const cursors = usePageCursors();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PointAppealsQuery,
    variables: { status, first: PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const items = data?.pointAppeals.edges.map((e) => e.node) ?? [];
  return (
    <div className="tx-page tx-points">
      <PageHeader title={t('points.appeals.title')} />
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <Select<PointAppealStatus | 'ALL'>
          value={status ?? 'ALL'}
          onChange={(v) => {
            setStatus(v === 'ALL' ? null : v);
            cursors.reset();
          }}
          style={{ minWidth: 120 }}
          aria-label={t('points.appeals.filter')}
          options={[{ value: 'ALL', label: t('points.appeals.all') }, ...APPEAL_STATUSES.map((s) => ({ value: s, label: t(`points.appealStatus.${s}`) }))]}
        />
      </div>
      {error && !data && <Alert type="error" showIcon title={serverErrorText(error, t)} />}
      {fetching && !data ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t('points.appeals.empty')} />
      ) : (
        <List dataSource={items} renderItem={(a) => <List.Item key={a.id}><AppealCard appeal={a} onDecided={() => refetch({ requestPolicy: 'network-only' })} /></List.Item>} />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.pointAppeals.pageInfo} />
    </div>
  );
}
