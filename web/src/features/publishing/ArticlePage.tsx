import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Checkbox, DatePicker, Empty, Input, List, Popconfirm, Space, Tag, Timeline, Typography } from 'antd';
import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import {
  ArticleQuery,
  CommentMutation,
  HideCommentMutation,
  LikeArticleMutation,
  PublishArticleMutation,
  ReplyMutation,
  ReportCommentMutation,
  ReviewArticleMutation,
  SetCommentsMutation,
  UnlikeArticleMutation,
  WithdrawArticleMutation,
} from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, pickerToIso } from '../../lib/format';
import { STATUS_COLORS, reviewAllowed } from './publishing';

/**
 * An article (`/publishing/articles/:id`): the cleaned body, likes and comments for readers (made
 * for phones), the author's reply, hiding and reporting comments, and the review actions.
 */
export default function ArticlePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ArticleQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, like] = useMutation(LikeArticleMutation);
  const [, unlike] = useMutation(UnlikeArticleMutation);
  const [commenting, comment] = useMutation(CommentMutation);
  const [, reply] = useMutation(ReplyMutation);
  const [, hide] = useMutation(HideCommentMutation);
  const [, report] = useMutation(ReportCommentMutation);
  const [, setComments] = useMutation(SetCommentsMutation);
  const [reviewing, review] = useMutation(ReviewArticleMutation);
  const [publishing, publish] = useMutation(PublishArticleMutation);
  const [, withdraw] = useMutation(WithdrawArticleMutation);
  const [text, setText] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [publishAt, setPublishAt] = useState<Dayjs | null>(null);
  const [isPublic, setIsPublic] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const a = result.data?.article;
  const error = describeError(result.error, t);

  const run = async (p: Promise<{ error?: Parameters<typeof describeError>[0] }>, ok?: string) => {
    const r = await p;
    const e = describeError(r.error, t);
    if (e) {
      setProblem(errorText(e));
      return false;
    }
    setProblem(null);
    if (ok) void message.success(ok);
    refetch({ requestPolicy: 'network-only' });
    return true;
  };

  if (!a) {
    return (
      <div className="tx-page">
        {error ? <Alert type="error" showIcon title={errorText(error)} /> : <Card loading />}
      </div>
    );
  }
  const comments = a.comments.edges.map((e) => e.node);
  const inReview = a.status === 'SUBMITTED' || a.status === 'SECOND_REVIEW';
  const publishable = a.status === 'APPROVED' || a.status === 'SCHEDULED';

  return (
    <div className="tx-page tx-article">
      <PageHeader title={a.title}>
        <Space wrap>
          <Tag color={STATUS_COLORS[a.status]} data-testid="article-status">
            {t(`publishing.status.${a.status}`)}
          </Tag>
          {a.viewerCanEdit && (
            <Button onClick={() => navigate(`/publishing/articles/${encodeURIComponent(a.id)}/edit`)}>{t('publishing.article.edit')}</Button>
          )}
        </Space>
      </PageHeader>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} closable onClose={() => setProblem(null)} />}
      <Card>
        <Space wrap size={[12, 4]}>
          <Link to={`/publishing?column=${encodeURIComponent(a.columnId)}`}>{a.columnName}</Link>
          <Typography.Text type="secondary">{t('publishing.article.author', { name: a.authorName })}</Typography.Text>
          {a.contributorName !== a.authorName && (
            <Typography.Text type="secondary">{t('publishing.article.contributor', { name: a.contributorName })}</Typography.Text>
          )}
          <Typography.Text type="secondary">{formatDateTime(a.publishedAt ?? a.submittedAt ?? null)}</Typography.Text>
          {a.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
        {a.returnNote && a.status === 'RETURNED' && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('publishing.article.returnNote', { note: a.returnNote })} />}
        {a.withdrawReason && a.status === 'WITHDRAWN' && <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('publishing.article.withdrawReason', { reason: a.withdrawReason })} />}
        {/* The server cleaned the body with the notices' sanitiser: no scripts, styles or remote resources. */}
        <div className="tx-richtext" style={{ marginTop: 16 }} data-testid="article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
        {a.files.length > 0 && (
          <List
            size="small"
            header={t('publishing.article.files')}
            dataSource={a.files.filter((f) => !f.cover)}
            rowKey="id"
            renderItem={(f) => (
              <List.Item>
                <a href={f.url}>{f.fileName}</a>
              </List.Item>
            )}
          />
        )}
        {a.status === 'PUBLISHED' && (
          <Space style={{ marginTop: 16 }}>
            <Typography.Text type="secondary">{t('publishing.article.views', { count: a.viewCount })}</Typography.Text>
            <Button
              data-testid="like-article"
              icon={a.viewerLiked ? <LikeFilled /> : <LikeOutlined />}
              onClick={() => void run(a.viewerLiked ? unlike({ input: { articleId: a.id } }) : like({ input: { articleId: a.id } }))}
            >
              {a.likeCount}
            </Button>
          </Space>
        )}
      </Card>

      {a.viewerCanReview && (inReview || publishable || a.status === 'PUBLISHED') && (
        <Card style={{ marginTop: 12 }} title={t('publishing.review.title')}>
          {inReview && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea aria-label={t('publishing.article.notePlaceholder')} placeholder={t('publishing.article.notePlaceholder')} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
              <Space wrap>
                <Button type="primary" loading={reviewing.fetching} data-testid="approve-article" onClick={() => void run(review({ input: { articleId: a.id, decision: 'APPROVE', note: note || null } }))}>
                  {t('publishing.article.approve')}
                </Button>
                <Button danger disabled={!reviewAllowed('RETURN', note)} onClick={() => void run(review({ input: { articleId: a.id, decision: 'RETURN', note } }))}>
                  {t('publishing.article.return')}
                </Button>
              </Space>
            </Space>
          )}
          {publishable && (
            <Space wrap>
              <DatePicker showTime aria-label={t('publishing.article.publishAt')} placeholder={t('publishing.article.publishAt')} value={publishAt} onChange={setPublishAt} />
              <Checkbox checked={isPublic ?? a.isPublic} onChange={(e) => setIsPublic(e.target.checked)}>
                {t('publishing.article.showPublic')}
              </Checkbox>
              <Button
                type="primary"
                loading={publishing.fetching}
                data-testid="publish-article"
                onClick={() => void run(publish({ input: { articleId: a.id, publishAt: pickerToIso(publishAt), isPublic } }))}
              >
                {t('publishing.article.publish')}
              </Button>
            </Space>
          )}
          {a.status === 'PUBLISHED' && (
            <Space wrap>
              <Input aria-label={t('publishing.article.withdraw')} placeholder={t('publishing.article.withdraw')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
              <Popconfirm title={t('publishing.article.withdrawConfirm')} onConfirm={() => void run(withdraw({ input: { articleId: a.id, reason } }))}>
                <Button danger disabled={!reason.trim()}>
                  {t('publishing.article.withdraw')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Card>
      )}

      {a.history && a.history.length > 0 && (
        <Card style={{ marginTop: 12 }} title={t('publishing.article.history')} size="small">
          <Timeline
            items={a.history.map((e) => ({
              children: `${formatDateTime(e.at)} ${e.actorName ?? ''} ${t(`publishing.status.${e.toStatus}`, e.toStatus)}${e.note ? `：${e.note}` : ''}`,
            }))}
          />
        </Card>
      )}

      {a.status === 'PUBLISHED' && (
        <Card
          style={{ marginTop: 12 }}
          title={t('publishing.article.comments', { count: a.commentCount })}
          extra={
            (a.viewerIsAuthor || a.viewerCanReview) && (
              <Button size="small" onClick={() => void run(setComments({ input: { articleId: a.id, open: !a.commentsOpen } }))}>
                {a.commentsOpen ? t('publishing.article.closeComments') : t('publishing.article.openComments')}
              </Button>
            )
          }
        >
          <List
            dataSource={comments}
            rowKey="id"
            locale={{ emptyText: <Empty description={t('publishing.article.noComments')} /> }}
            renderItem={(c) => (
              <List.Item
                data-testid="article-comment"
                actions={[
                  a.viewerCanReview && (
                    <Button key="hide" type="link" size="small" onClick={() => void run(hide({ input: { commentId: c.id, hidden: !c.hidden } }))}>
                      {c.hidden ? t('publishing.article.unhide') : t('publishing.article.hide')}
                    </Button>
                  ),
                  !c.mine && (
                    <Button key="report" type="link" size="small" onClick={() => void run(report({ input: { commentId: c.id, reason: t('publishing.article.report') } }), t('publishing.article.reported'))}>
                      {t('publishing.article.report')}
                    </Button>
                  ),
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {c.authorName}
                      {c.hidden && <Tag>{t('publishing.article.hidden')}</Tag>}
                      <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
                    </Space>
                  }
                  description={
                    <>
                      <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Paragraph>
                      {c.reply && <Typography.Text type="secondary">{t('publishing.article.authorReply', { text: c.reply })}</Typography.Text>}
                      {a.viewerIsAuthor && !c.reply && (
                        <Space.Compact style={{ width: '100%', marginTop: 4 }}>
                          <Input
                            aria-label={t('publishing.article.replyPlaceholder')}
                            placeholder={t('publishing.article.replyPlaceholder')}
                            maxLength={1000}
                            value={replies[c.id] ?? ''}
                            onChange={(e) => setReplies({ ...replies, [c.id]: e.target.value })}
                          />
                          <Button disabled={!(replies[c.id] ?? '').trim()} onClick={() => void run(reply({ input: { commentId: c.id, body: replies[c.id] ?? '' } }))}>
                            {t('publishing.article.reply')}
                          </Button>
                        </Space.Compact>
                      )}
                    </>
                  }
                />
              </List.Item>
            )}
          />
          {a.commentsOpen ? (
            <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
              <Input.TextArea
                aria-label={t('publishing.article.commentPlaceholder')}
                placeholder={t('publishing.article.commentPlaceholder')}
                maxLength={1000}
                autoSize={{ minRows: 2 }}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <Button
                type="primary"
                data-testid="post-comment"
                loading={commenting.fetching}
                disabled={!text.trim()}
                onClick={async () => {
                  if (await run(comment({ input: { articleId: a.id, body: text } }))) setText('');
                }}
              >
                {t('publishing.article.comment')}
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('publishing.article.commentsClosed')}</Typography.Text>
          )}
        </Card>
      )}
    </div>
  );
}
