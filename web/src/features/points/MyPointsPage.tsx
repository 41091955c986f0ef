import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Input, List, Modal, Select, Space, Statistic, Tabs, Tag, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { PointEntryFieldsFragment } from '../../gql/graphql';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDate, formatDateTime } from '../../lib/format';
import { AppealPointEntryMutation, MyPointAppealsQuery, MyPointsQuery } from './operations';
import { APPEAL_COLORS, pointYears, signed } from './points';

const PAGE = 20;

/** The appeal dialog of one entry: a reason is required. */
function AppealDialog({ entry, onClose, onDone }: { entry: PointEntryFieldsFragment; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [{ fetching }, appeal] = useMutation(AppealPointEntryMutation);
  const submit = async () => {
    if (!reason.trim()) {
      void message.error(t('points.appeal.reasonRequired'));
      return;
    }
    const res = await appeal({ input: { entryId: entry.id, reason: reason.trim() } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('points.appeal.sent'));
      onDone();
    }
  };
  return (
    <Modal open title={t('points.appeal.title')} okText={t('points.appeal.submit')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={submit} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{entry.explanation}</Typography.Paragraph>
      <Input.TextArea
        rows={4}
        maxLength={1000}
        showCount
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('points.appeal.reasonPlaceholder')}
        aria-label={t('points.appeal.reason')}
      />
    </Modal>
  );
}

/** One ledger line: the explanation, the points paid and the appeal action. */
export function EntryItem({ entry, onAppeal }: { entry: PointEntryFieldsFragment; onAppeal?: (e: PointEntryFieldsFragment) => void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="points-entry"
      actions={
        entry.canAppeal && onAppeal
          ? [
              <Button key="appeal" size="small" onClick={() => onAppeal(entry)}>
                {t('points.appeal.action')}
              </Button>,
            ]
          : []
      }
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{entry.ruleName ?? t(`points.actions.${entry.action}`)}</span>
            <Tag>{t(`points.sources.${entry.sourceKind}`)}</Tag>
            {entry.cappedReason && <Tag color="orange">{entry.cappedReason}</Tag>}
            {entry.appealStatus && <Tag color={APPEAL_COLORS[entry.appealStatus]}>{t(`points.appealStatus.${entry.appealStatus}`)}</Tag>}
          </Space>
        }
        description={
          <>
            <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
              {entry.explanation}
            </Typography.Text>
            <Typography.Text type="secondary">
              {formatDate(entry.occurredAt)}
              {entry.corrected !== 0 && ` · ${t('points.correctedTo', { net: entry.net })}`}
              {entry.appealNote && ` · ${t('points.appeal.note', { note: entry.appealNote })}`}
            </Typography.Text>
          </>
        }
      />
      <Typography.Text strong data-testid="points-entry-points">
        {signed(entry.points)}
      </Typography.Text>
    </List.Item>
  );
}

/**
 * 我的申诉: the viewer's appeals, newest first, each with the entry appealed, where it stands and
 * the decision. `version` changes when an appeal is sent (the list is fetched again).
 */
function MyAppeals({ version }: { version: number }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MyPointAppealsQuery, requestPolicy: 'cache-and-network' });
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const e = describeError(error, t);
  return (
    <>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <List
        loading={fetching && !data}
        dataSource={data?.myPointAppeals ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('points.myAppeals.empty')} /> }}
        renderItem={(a) => (
          <List.Item data-testid="my-point-appeal">
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag color={APPEAL_COLORS[a.status]} data-testid="my-point-appeal-status">
                    {t(`points.appealStatus.${a.status}`)}
                  </Tag>
                  <span>{a.entry.ruleName ?? t(`points.actions.${a.entry.action}`)}</span>
                  <Typography.Text strong>{signed(a.entry.points)}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                    {a.entry.explanation}
                  </Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{t('points.appeals.reason', { reason: a.reason })}</Typography.Paragraph>
                  {a.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{t('points.appeal.note', { note: a.note })}</Typography.Paragraph>}
                  <Typography.Text type="secondary">
                    {t('points.myAppeals.raisedAt', { time: formatDateTime(a.createdAt) })}
                    {a.decidedAt && ` · ${t('points.myAppeals.decidedAt', { time: formatDateTime(a.decidedAt) })}`}
                    {a.entry.corrected !== 0 && ` · ${t('points.correctedTo', { net: a.entry.net })}`}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

/**
 * 我的积分 (`/points`, made for phones): the year's balance (balances start again every year),
 * the ledger with each entry's explanation — the event, the rule, a cap's reason — and 申诉, and
 * 我的申诉 with where each appeal stands.
 */
export default function MyPointsPage() {
  const { t } = useTranslation();
  const years = pointYears();
  const [year, setYear] = useState(years[0]);
  const cursors = usePageCursors();
  const [appealing, setAppealing] = useState<PointEntryFieldsFragment | null>(null);
  const [appealsVersion, setAppealsVersion] = useState(0);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MyPointsQuery,
    variables: { year, first: PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const account = data?.myPoints;
  const entries = account?.entries.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);
  return (
    <div className="tx-page tx-points">
      <PageHeader title={t('points.mine.title')} />
      <Card>
        <Space wrap size="large" align="center">
          <Select<number>
            aria-label={t('points.year')}
            value={year}
            onChange={(y) => {
              setYear(y);
              cursors.reset();
            }}
            options={years.map((y) => ({ value: y, label: t('points.yearN', { year: y }) }))}
          />
          <Statistic title={t('points.balance')} value={account?.balance ?? 0} suffix={t('points.unit')} data-testid="points-balance" />
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('points.mine.resetHint')}
        </Typography.Paragraph>
      </Card>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginTop: 12 }} />}
      <Card style={{ marginTop: 12 }}>
        <Tabs
          items={[
            {
              key: 'ledger',
              label: t('points.ledger'),
              children: (
                <>
                  <List
                    loading={fetching && !account}
                    dataSource={entries}
                    rowKey="id"
                    locale={{ emptyText: <Empty description={t('points.mine.empty')} /> }}
                    renderItem={(x) => <EntryItem entry={x} onAppeal={setAppealing} />}
                  />
                  <CursorPager cursors={cursors} pageInfo={account?.entries.pageInfo} />
                </>
              ),
            },
            { key: 'appeals', label: t('points.myAppeals.title'), children: <MyAppeals version={appealsVersion} /> },
          ]}
        />
      </Card>
      {appealing && (
        <AppealDialog
          entry={appealing}
          onClose={() => setAppealing(null)}
          onDone={() => {
            setAppealing(null);
            setAppealsVersion((v) => v + 1);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
