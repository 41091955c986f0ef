import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Empty, Result, Segmented, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, SyncOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { NoticeBoardQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { LoadMoreButton } from '../../components/PagedList';
import { PageSpinner } from '../../components/PageSpinner';
import type { NoticeBoardQuery as BoardData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { BOARD_STATES, RESPONSE_PAGE_SIZE, exportUrl, noticePath, responseState, stateCount, type BoardState } from './notices';
import { useNoticeResponses } from './useNoticeLists';
import { useNoticeStats } from './useNoticeStats';
import { BoardChart } from './BoardChart';
import { BoardTotals } from './BoardTotals';
import { RemindRecipientsButton } from './RemindRecipientsButton';
import { ResponseTable } from './ResponseTable';

type BoardNotice = BoardData['notice'];

/** The board of a notice the viewer may see: live counts, the chart, the list, reminders, export. */
function Board({ notice }: { notice: BoardNotice }) {
  const { t } = useTranslation();
  const live = useNoticeStats(notice.id, notice.stats ?? null);
  const [state, setState] = useState<BoardState>(notice.ackRequired ? 'UNACKNOWLEDGED' : 'UNREAD');
  const list = useNoticeResponses(notice.id, responseState(state));
  const listError = describeError(list.error, t);
  const stats = live.stats;

  // Counts changed: the list follows at once while it is one page, else it offers to.
  const [seen, setSeen] = useState(0);
  const { refresh } = list;
  const onePage = list.items.length <= RESPONSE_PAGE_SIZE;
  const onePageRef = useRef(onePage);
  useEffect(() => {
    onePageRef.current = onePage;
  });
  useEffect(() => {
    if (live.changes > 0 && onePageRef.current) {
      setSeen(live.changes);
      refresh();
    }
  }, [live.changes, refresh]);
  const stale = live.changes > seen;

  const pending = stats ? stats.recipients - (notice.ackRequired ? stats.acknowledged : stats.read) : 0;
  const published = notice.status === 'PUBLISHED';

  return (
    <>
      {notice.status === 'WITHDRAWN' && <Alert type="warning" showIcon title={t('notices.withdrawn')} style={{ marginBottom: 12 }} />}
      {stats ? (
        <>
          <BoardTotals stats={stats} ackRequired={notice.ackRequired} />
          <Card size="small" title={t('notices.board.byOrg')} className="tx-board-card">
            {stats.byOrg.length === 0 ? <Empty description={t('notices.board.noOrgs')} /> : <BoardChart stats={stats} ackRequired={notice.ackRequired} />}
          </Card>
        </>
      ) : (
        <Alert type="info" showIcon title={t('notices.board.noStats')} style={{ marginBottom: 12 }} />
      )}
      {live.error && <FormError error={describeError(live.error, t)} />}
      <Card size="small" className="tx-board-card" title={t('notices.board.list')}>
        <div className="tx-toolbar">
          <Segmented<BoardState>
            aria-label={t('notices.board.filter')}
            value={state}
            onChange={setState}
            options={BOARD_STATES.filter((s) => notice.ackRequired || (s !== 'UNACKNOWLEDGED' && s !== 'ACKNOWLEDGED')).map((s) => ({
              value: s,
              label: t(`notices.board.states.${s}`),
            }))}
          />
          <div className="tx-header-spacer" />
          {published && <RemindRecipientsButton noticeId={notice.id} pending={pending} ackRequired={notice.ackRequired} />}
          <Button icon={<DownloadOutlined />} href={exportUrl(notice.id, state)} download>
            {t('notices.board.export')}
          </Button>
        </div>
        {stale && (
          <Button
            type="link"
            icon={<SyncOutlined />}
            onClick={() => {
              setSeen(live.changes);
              list.reload();
            }}
          >
            {t('notices.board.listChanged')}
          </Button>
        )}
        {listError && <FormError error={listError} />}
        {stats && (
          <Typography.Paragraph type="secondary" data-testid="board-total">
            {t('notices.board.totalCount', { count: stateCount(stats, state) })}
          </Typography.Paragraph>
        )}
        <ResponseTable rows={list.items} loading={list.loading} ackRequired={notice.ackRequired} />
        <LoadMoreButton list={list} />
      </Card>
    </>
  );
}

/** 回执看板 (`/notices/:id/board`), for the sender and the officers of the audience's units. */
export default function NoticeBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }] = useQuery({ query: NoticeBoardQuery, variables: { id }, requestPolicy: 'network-only' });
  const notice = data?.notice.id === id ? data.notice : null;

  if (!notice) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/notices/sent">{t('nav.noticesSent')}</Link>} />;
  }
  if (!notice.viewerCanSeeBoard) {
    return <Result status="403" title={t('notices.board.forbidden')} extra={<Link to={noticePath(notice.id)}>{t('notices.compose.viewNotice')}</Link>} />;
  }

  return (
    <div className="tx-board">
      <div className="tx-notice-nav">
        <Link to="/notices/sent">
          <ArrowLeftOutlined aria-hidden /> {t('nav.noticesSent')}
        </Link>
        <Link to={noticePath(notice.id)}>{t('notices.compose.viewNotice')}</Link>
      </div>
      <Typography.Title level={2} className="tx-page-title">
        {t('notices.board.title', { title: notice.title })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {notice.issuerName}
        {notice.publishedAt && ` · ${t('notices.sent.publishedAt', { time: formatDateTime(notice.publishedAt) })}`}
        {notice.ackRequired && notice.ackDeadline && ` · ${t('notices.deadline', { time: formatDateTime(notice.ackDeadline) })}`}
      </Typography.Paragraph>
      <Board key={notice.id} notice={notice} />
    </div>
  );
}
