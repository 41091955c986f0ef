import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Descriptions, Result, Typography } from 'antd';
import { ArrowLeftOutlined, AuditOutlined, BarChartOutlined, EditOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { NoticeQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageSpinner } from '../../components/PageSpinner';
import type { NoticeQuery as NoticeData, NoticeReceiptFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { isOverdue, noticePath } from './notices';
import { AcknowledgeForm } from './AcknowledgeForm';
import { NoticeAttachments } from './NoticeAttachments';
import { NoticeTags } from './NoticeTags';
import { ReceiptFacts } from './ReceiptFacts';
import { ReviewDialog } from './ReviewDialog';

type Notice = NoticeData['notice'];

/** The notice (opening it as a recipient marks it read), loaded once per id and again on demand. */
function useNotice(id: string) {
  const client = useClient();
  const [state, setState] = useState<{ notice: Notice | null; error: CombinedError | null; loadedAt: number }>({
    notice: null,
    error: null,
    loadedAt: 0,
  });
  const load = useCallback(async () => {
    const res = await client.query(NoticeQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (res.error || !res.data) {
      setState((s) => ({ ...s, error: res.error ?? null }));
      return null;
    }
    setState({ notice: res.data.notice, error: null, loadedAt: Date.now() });
    return res.data.notice;
  }, [client, id]);
  useEffect(() => {
    setState({ notice: null, error: null, loadedAt: 0 });
    void load();
  }, [load]);
  return { ...state, load };
}

/**
 * One notice (`/notices/:id`): the sanitised body, attachments, the viewer's receipt and — when
 * asked for and not yet given — 确认收到 with a short reply. A withdrawn notice says so, with why.
 */
export default function NoticeDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { message } = AntApp.useApp();
  const { notice, error, loadedAt, load } = useNotice(id);
  const [receipt, setReceipt] = useState<NoticeReceiptFieldsFragment | null>(null);
  const [reviewing, setReviewing] = useState(false);

  if (!notice) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/notices">{t('notices.back')}</Link>} />;
  }

  const mine = receipt ?? notice.myReceipt;
  const shown = { ...notice, myReceipt: mine };
  const withdrawn = notice.status === 'WITHDRAWN';
  const canAck = !!mine && notice.ackRequired && !mine.acknowledgedAt && notice.status === 'PUBLISHED';

  return (
    <article className="tx-notice" data-testid="notice-detail">
      <div className="tx-notice-nav">
        <Link to="/notices">
          <ArrowLeftOutlined aria-hidden /> {t('notices.back')}
        </Link>
        <span className="tx-header-spacer" />
        {notice.viewerCanManage && notice.status === 'DRAFT' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => navigate(`${noticePath(notice.id)}/edit`)}>
            {t('common.edit')}
          </Button>
        )}
        {notice.viewerCanReview && (
          <Button size="small" type="primary" icon={<AuditOutlined />} onClick={() => setReviewing(true)}>
            {t('notices.review.open')}
          </Button>
        )}
        {notice.viewerCanSeeBoard && (notice.status === 'PUBLISHED' || withdrawn) && (
          <Button size="small" icon={<BarChartOutlined />} onClick={() => navigate(`${noticePath(notice.id)}/board`)}>
            {t('notices.board.open')}
          </Button>
        )}
      </div>
      <header className="tx-notice-head">
        <Typography.Title level={2} className="tx-notice-title">
          {notice.title}
        </Typography.Title>
        <div className="tx-notice-tags">
          <NoticeTags notice={shown} status={notice.status !== 'PUBLISHED' && !withdrawn} receipt={!!mine} />
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3 }}
          className="tx-notice-meta"
          items={[
            { key: 'issuer', label: t('notices.fields.issuer'), children: notice.issuerName },
            { key: 'author', label: t('notices.fields.author'), children: notice.author.name },
            {
              key: 'time',
              label: notice.publishedAt ? t('notices.fields.publishedAt') : t('common.createdAt'),
              children: formatDateTime(notice.publishedAt ?? notice.createdAt),
            },
            ...(notice.ackRequired && notice.ackDeadline
              ? [
                  {
                    key: 'deadline',
                    label: t('notices.fields.ackDeadline'),
                    children: (
                      <Typography.Text type={isOverdue(shown) ? 'danger' : undefined} data-testid="notice-deadline">
                        {formatDateTime(notice.ackDeadline)}
                      </Typography.Text>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </header>
      {withdrawn ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('notices.withdrawn')}
          description={
            <>
              {notice.withdrawReason && <div>{t('notices.withdrawnReason', { reason: notice.withdrawReason })}</div>}
              {notice.withdrawnAt && <div>{t('notices.withdrawnAt', { time: formatDateTime(notice.withdrawnAt) })}</div>}
            </>
          }
        />
      ) : (
        <>
          {/* The server sanitises the body (no script, no remote images, safe links). */}
          <div className="tx-notice-body" data-testid="notice-body" dangerouslySetInnerHTML={{ __html: notice.body }} />
          <NoticeAttachments
            files={notice.attachments}
            loadedAt={loadedAt}
            refresh={async () => (await load())?.attachments ?? null}
          />
        </>
      )}
      {mine && <ReceiptFacts receipt={mine} ackRequired={notice.ackRequired} />}
      {canAck && <AcknowledgeForm noticeId={notice.id} onDone={setReceipt} />}
      <ReviewDialog
        notice={reviewing ? notice : null}
        linked={false}
        onClose={() => setReviewing(false)}
        onDone={(approved) => {
          setReviewing(false);
          message.success(approved ? t('notices.review.approved') : t('notices.review.rejected'));
          void load();
        }}
      />
    </article>
  );
}
