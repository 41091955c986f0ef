import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Drawer, Empty, Form, Input, List, Modal, Segmented, Select, Space, Spin, Switch, Tag, Timeline, Typography, message } from 'antd';
import { BulbOutlined, LikeFilled, LikeOutlined, MessageOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { IdeaAction, IdeaCardFieldsFragment, IdeaSort, IdeaStatus } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { FormDialog } from '../../components/FormDialog';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { formatDateTime } from '../../lib/format';
import {
  CommentOnIdeaMutation,
  DecideIdeaMutation,
  IdeaQuery,
  IdeasQuery,
  MarkIdeaImplementedMutation,
  ReportIdeaContentMutation,
  ReviewIdeaMutation,
  SubmitIdeaMutation,
  SupportIdeaMutation,
  WithdrawIdeaSupportMutation,
} from './operations';

export const IDEA_STATUSES: IdeaStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'NOT_ADOPTED', 'IMPLEMENTED'];
const STATUS_COLORS: Record<IdeaStatus, string> = {
  SUBMITTED: 'default',
  UNDER_REVIEW: 'processing',
  ADOPTED: 'success',
  NOT_ADOPTED: 'warning',
  IMPLEMENTED: 'green',
};
const PAGE = 12;

/** The status of an idea as a coloured tag. */
export function IdeaStatusTag({ status, label }: { status: IdeaStatus; label: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="idea-status">
      {label}
    </Tag>
  );
}

interface SubmitValues {
  title: string;
  body: string;
  anonymous: boolean;
}

function SubmitIdeaDialog({ open, orgId, onClose, onDone }: { open: boolean; orgId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SubmitValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(SubmitIdeaMutation, form, ['title', 'body']);
  const ok = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { orgId, title: v.title.trim(), body: v.body.trim(), anonymous: v.anonymous ?? false } });
    if (res.data) {
      void message.success(t('ideas.submit.done'));
      form.resetFields();
      onDone();
    }
  };
  return (
    <FormDialog<SubmitValues>
      open={open}
      title={t('ideas.submit.title')}
      okText={t('ideas.submit.ok')}
      fetching={fetching}
      onOk={() => void ok()}
      onClose={() => {
        clear();
        onClose();
      }}
      error={error}
      leftovers={leftovers}
      form={form}
      name="submit-idea"
      initialValues={{ anonymous: false }}
    >
      <Form.Item name="title" label={t('ideas.fields.title')} rules={[{ required: true, whitespace: true, message: t('ideas.submit.titleRequired') }, { max: 100 }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label={t('ideas.fields.body')} rules={[{ required: true, whitespace: true, message: t('ideas.submit.bodyRequired') }, { max: 5000 }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="anonymous" label={t('ideas.fields.anonymous')} valuePropName="checked" extra={t('ideas.submit.anonymousHelp')}>
        <Switch />
      </Form.Item>
    </FormDialog>
  );
}

function ReasonDialog({
  open,
  title,
  required,
  onOk,
  onClose,
  fetching,
}: {
  open: boolean;
  title: string;
  required: boolean;
  onOk: (reason: string) => void;
  onClose: () => void;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('ideas.confirmOk')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      forceRender
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => onOk((v.reason ?? '').trim()))}
    >
      <Form form={form} layout="vertical" name="idea-reason">
        <Form.Item
          name="reason"
          label={t('ideas.fields.reason')}
          rules={[{ required, whitespace: required, message: t('ideas.decide.reasonRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The handler's steps on an idea: 开始研究, 采纳 / 不予采纳 (with a reason), 已落实. */
function HandlerActions({ idea, onChanged }: { idea: IdeaCardFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [review, execReview] = useMutation(ReviewIdeaMutation);
  const [decide, execDecide] = useMutation(DecideIdeaMutation);
  const [implement, execImplement] = useMutation(MarkIdeaImplementedMutation);
  const [dialog, setDialog] = useState<IdeaAction | null>(null);
  const fetching = review.fetching || decide.fetching || implement.fetching;
  const done = (error: Parameters<typeof serverErrorText>[0]) => {
    if (error) {
      void message.error(serverErrorText(error, t));
      return;
    }
    setDialog(null);
    onChanged();
  };
  const run = async (action: IdeaAction, reason: string) => {
    const note = reason || null;
    if (action === 'REVIEW') done((await execReview({ input: { ideaId: idea.id, note } })).error);
    if (action === 'ADOPT') done((await execDecide({ input: { ideaId: idea.id, adopted: true, reason: note } })).error);
    if (action === 'REJECT') done((await execDecide({ input: { ideaId: idea.id, adopted: false, reason: note } })).error);
    if (action === 'IMPLEMENT') done((await execImplement({ input: { ideaId: idea.id, note } })).error);
  };
  if (idea.actions.length === 0) return null;
  return (
    <>
      <Space wrap>
        {idea.actions.map((a) => (
          <Button key={a} type={a === 'REJECT' ? 'default' : 'primary'} danger={a === 'REJECT'} onClick={() => setDialog(a)} loading={fetching && dialog === a}>
            {t(`ideas.actions.${a}`)}
          </Button>
        ))}
      </Space>
      <ReasonDialog
        open={dialog !== null}
        title={dialog ? t(`ideas.actions.${dialog}`) : ''}
        required={dialog === 'REJECT'}
        fetching={fetching}
        onClose={() => setDialog(null)}
        onOk={(reason) => dialog && void run(dialog, reason)}
      />
    </>
  );
}

function SupportButton({ idea, onChanged }: { idea: IdeaCardFieldsFragment; onChanged?: () => void }) {
  const { t } = useTranslation();
  const [s, support] = useMutation(SupportIdeaMutation);
  const [w, withdraw] = useMutation(WithdrawIdeaSupportMutation);
  const toggle = async () => {
    const res = idea.viewerSupports ? await withdraw({ input: { ideaId: idea.id } }) : await support({ input: { ideaId: idea.id } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else onChanged?.();
  };
  return (
    <Button
      size="small"
      type={idea.viewerSupports ? 'primary' : 'default'}
      icon={idea.viewerSupports ? <LikeFilled /> : <LikeOutlined />}
      disabled={!idea.canSupport}
      loading={s.fetching || w.fetching}
      onClick={() => void toggle()}
      aria-label={idea.viewerSupports ? t('ideas.support.withdraw') : t('ideas.support.add')}
      data-testid="idea-support"
    >
      {idea.supportCount}
    </Button>
  );
}

/** An idea with its timeline, comments and the viewer's actions. */
function IdeaDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: IdeaQuery, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'cache-and-network' });
  const [c, comment] = useMutation(CommentOnIdeaMutation);
  const [, report] = useMutation(ReportIdeaContentMutation);
  const [text, setText] = useState('');
  const idea = data?.idea;
  const changed = () => {
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const send = async () => {
    if (!idea || !text.trim()) return;
    const res = await comment({ input: { ideaId: idea.id, body: text.trim() } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      setText('');
      changed();
    }
  };
  const reportIt = (kind: 'IDEA' | 'IDEA_COMMENT', contentId: string) => {
    Modal.confirm({
      title: t('ideas.report.confirm'),
      okText: t('ideas.report.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await report({ input: { kind, id: contentId, reason: t('ideas.report.defaultReason') } });
        if (res.error) void message.error(serverErrorText(res.error, t));
        else void message.success(t('ideas.report.done'));
      },
    });
  };
  return (
    <Drawer open={!!id} onClose={onClose} title={idea?.title ?? t('ideas.detail')} size="large" destroyOnHidden>
      {error && !idea && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !idea && <Spin />}
      {idea && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <IdeaStatusTag status={idea.status} label={idea.statusLabel} />
            <Typography.Text type="secondary">
              {idea.author ? idea.author.name : t('ideas.anonymous')} · {idea.orgName} · {formatDateTime(idea.createdAt)}
            </Typography.Text>
            {idea.hidden && <Tag color="red">{t('ideas.hidden')}</Tag>}
          </Space>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{idea.body}</Typography.Paragraph>
          {idea.decisionReason && <Alert type="info" showIcon message={t('ideas.fields.reason')} description={idea.decisionReason} />}
          <Space wrap>
            <SupportButton idea={idea} onChanged={changed} />
            {!idea.isMine && (
              <Button size="small" onClick={() => reportIt('IDEA', idea.id)}>
                {t('ideas.report.action')}
              </Button>
            )}
          </Space>
          <HandlerActions idea={idea} onChanged={changed} />
          <Typography.Title level={5}>{t('ideas.timeline')}</Typography.Title>
          <Timeline
            items={idea.timeline.map((e) => ({
              key: e.id,
              content: (
                <span data-testid="idea-event">
                  {e.statusLabel} · {e.actorName ?? t('ideas.anonymous')} · {formatDateTime(e.createdAt)}
                  {e.note ? `：${e.note}` : ''}
                </span>
              ),
            }))}
          />
          <Typography.Title level={5}>{t('ideas.comments', { count: idea.commentCount })}</Typography.Title>
          {idea.comments.edges.length === 0 ? (
            <Empty description={t('ideas.noComments')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              size="small"
              dataSource={idea.comments.edges.map((e) => e.node)}
              renderItem={(cm) => (
                <List.Item
                  key={cm.id}
                  actions={[
                    <Button key="report" type="link" size="small" onClick={() => reportIt('IDEA_COMMENT', cm.id)}>
                      {t('ideas.report.action')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={`${cm.authorName} · ${formatDateTime(cm.createdAt)}`} description={cm.hidden ? t('ideas.hidden') : cm.body} />
                </List.Item>
              )}
            />
          )}
          <Space.Compact style={{ width: '100%' }}>
            <Input maxLength={500} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('ideas.commentPlaceholder')} aria-label={t('ideas.commentPlaceholder')} />
            <Button type="primary" icon={<MessageOutlined />} loading={c.fetching} disabled={!text.trim()} onClick={() => void send()}>
              {t('ideas.comment')}
            </Button>
          </Space.Compact>
        </Space>
      )}
    </Drawer>
  );
}

/** 金点子 wall: an org's ideas as cards with supports, filtered and sorted, and the submit form. */
export default function IdeasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const all = useAllOrganizations(null);
  const orgId = params.get('org') ?? all.orgs[0]?.id ?? null;
  const [status, setStatus] = useState<IdeaStatus | null>(null);
  const [sort, setSort] = useState<IdeaSort>('NEWEST');
  const cursors = usePageCursors();
  const [submitting, setSubmitting] = useState(false);
  const open = params.get('idea');
  const vars = useMemo(() => ({ orgId: orgId ?? '', status, sort, first: PAGE, after: cursors.after }), [orgId, status, sort, cursors.after]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: IdeasQuery, variables: vars, pause: !orgId, requestPolicy: 'cache-and-network' });
  const { reset } = cursors;
  useEffect(() => reset(), [orgId, status, sort, reset]);
  const ideas = data?.ideas.edges.map((e) => e.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <PageHeader title={t('ideas.title')}>
        <Button type="primary" icon={<BulbOutlined />} disabled={!orgId} onClick={() => setSubmitting(true)}>
          {t('ideas.submit.open')}
        </Button>
      </PageHeader>
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect orgs={all.orgs} value={orgId} onChange={(v) => setParam('org', v)} allowClear={false} loading={all.loading} aria-label={t('ideas.org')} style={{ minWidth: 200, maxWidth: '100%' }} />
        <Select<IdeaStatus | 'ALL'>
          value={status ?? 'ALL'}
          onChange={(v) => setStatus(v === 'ALL' ? null : v)}
          aria-label={t('ideas.filter')}
          style={{ minWidth: 120 }}
          options={[{ value: 'ALL', label: t('ideas.allStatuses') }, ...IDEA_STATUSES.map((s) => ({ value: s, label: t(`ideas.status.${s}`) }))]}
        />
        <Segmented<IdeaSort>
          value={sort}
          onChange={setSort}
          options={[
            { value: 'NEWEST', label: t('ideas.sort.NEWEST') },
            { value: 'MOST_SUPPORTED', label: t('ideas.sort.MOST_SUPPORTED') },
          ]}
        />
      </div>
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data ? (
        <Spin />
      ) : ideas.length === 0 ? (
        <Empty description={t('ideas.empty')} />
      ) : (
        <List
          grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 3 }}
          dataSource={ideas}
          renderItem={(idea) => (
            <List.Item key={idea.id}>
              <Card
                size="small"
                data-testid="idea-card"
                title={
                  <Typography.Link onClick={() => setParam('idea', idea.id)} ellipsis>
                    {idea.title}
                  </Typography.Link>
                }
                extra={<IdeaStatusTag status={idea.status} label={idea.statusLabel} />}
                actions={[<SupportButton key="s" idea={idea} onChanged={reload} />, <span key="c"><MessageOutlined /> {idea.commentCount}</span>]}
              >
                <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 4 }}>
                  {idea.body}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {idea.author ? idea.author.name : t('ideas.anonymous')} · {formatDateTime(idea.createdAt)}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.ideas.pageInfo} />
      {orgId && <SubmitIdeaDialog open={submitting} orgId={orgId} onClose={() => setSubmitting(false)} onDone={() => { setSubmitting(false); reload(); }} />}
      <IdeaDrawer id={open} onClose={() => setParam('idea', null)} onChanged={reload} />
    </>
  );
}
