import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, List, Rate, Select, Space, Spin, Tabs, Tag, Typography, message } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InquiryFieldsFragment, InquiryStatus } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { FormError } from '../../components/FormError';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { formatDateTime } from '../../lib/format';
import { AnswerInquiryMutation, AskInquiryMutation, MyInquiriesQuery, OrgInquiriesQuery, RateInquiryAnswerMutation } from './operations';

const STATUSES: InquiryStatus[] = ['OPEN', 'ANSWERED', 'RATED', 'CLOSED'];
const PAGE = 20;

/** The status, and for open ones the deadline as 到期 / 已逾期. */
export function InquiryTags({ q }: { q: InquiryFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      <Tag color={q.status === 'OPEN' ? 'processing' : 'success'}>{q.statusLabel}</Tag>
      {q.status === 'OPEN' &&
        (q.overdue ? (
          <Tag color="red" data-testid="inquiry-overdue">
            {t('inquiries.overdue')}
          </Tag>
        ) : (
          <Tag color="gold">{t('inquiries.dueAt', { at: formatDateTime(q.dueAt) })}</Tag>
        ))}
    </Space>
  );
}

function AnswerForm({ q, onDone }: { q: InquiryFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const { submit, fetching, error, leftovers } = useFormMutation(AnswerInquiryMutation, form, ['answer']);
  const send = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { inquiryId: q.id, answer: v.answer.trim() } });
    if (res.data) {
      void message.success(t('inquiries.answer.done'));
      onDone();
    }
  };
  return (
    <Form form={form} layout="vertical" name={`answer-${q.id}`}>
      <FormError error={error} extra={leftovers} />
      <Form.Item name="answer" label={t('inquiries.answer.label')} rules={[{ required: true, whitespace: true, message: t('inquiries.answer.required') }, { max: 5000 }]}>
        <Input.TextArea rows={3} maxLength={5000} showCount />
      </Form.Item>
      <Button type="primary" loading={fetching} onClick={() => void send()}>
        {t('inquiries.answer.submit')}
      </Button>
    </Form>
  );
}

function RateForm({ q, onDone }: { q: InquiryFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating: number; comment?: string }>();
  const { submit, fetching, error, leftovers } = useFormMutation(RateInquiryAnswerMutation, form, ['rating', 'comment']);
  const send = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { inquiryId: q.id, rating: v.rating, comment: v.comment?.trim() || null } });
    if (res.data) {
      void message.success(t('inquiries.rate.done'));
      onDone();
    }
  };
  return (
    <Form form={form} layout="vertical" name={`rate-${q.id}`}>
      <FormError error={error} extra={leftovers} />
      <Form.Item name="rating" label={t('inquiries.rate.label')} rules={[{ required: true, message: t('inquiries.rate.required') }]}>
        <Rate />
      </Form.Item>
      <Form.Item name="comment" label={t('inquiries.rate.comment')} rules={[{ max: 500 }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Button type="primary" loading={fetching} onClick={() => void send()}>
        {t('inquiries.rate.submit')}
      </Button>
    </Form>
  );
}

function InquiryCard({ q, onChanged }: { q: InquiryFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={q.subject} extra={<InquiryTags q={q} />} data-testid="inquiry-card" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {q.askerName} → {q.orgName} · {formatDateTime(q.createdAt)}
      </Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{q.body}</Typography.Paragraph>
      {q.answer && (
        <Alert
          type="success"
          message={t('inquiries.answeredBy', { name: q.answererName ?? '', at: formatDateTime(q.answeredAt) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{q.answer}</span>}
        />
      )}
      {q.rating != null && (
        <div style={{ marginTop: 8 }}>
          <Rate disabled value={q.rating} /> {q.ratingComment}
        </div>
      )}
      {q.canAnswer && <AnswerForm q={q} onDone={onChanged} />}
      {q.canRate && <RateForm q={q} onDone={onChanged} />}
    </Card>
  );
}

function AskForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const all = useAllOrganizations(null);
  const [form] = Form.useForm<{ orgId: string; subject: string; body: string }>();
  const { submit, fetching, error, leftovers } = useFormMutation(AskInquiryMutation, form, ['orgId', 'subject', 'body']);
  const send = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { orgId: v.orgId, subject: v.subject.trim(), body: v.body.trim() } });
    if (res.data) {
      void message.success(t('inquiries.ask.done', { at: formatDateTime(res.data.askInquiry.inquiry.dueAt) }));
      form.resetFields();
      onDone();
    }
  };
  return (
    <Form form={form} layout="vertical" name="ask-inquiry" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('inquiries.ask.intro')}</Typography.Paragraph>
      <FormError error={error} extra={leftovers} />
      <Form.Item name="orgId" label={t('inquiries.fields.org')} rules={[{ required: true, message: t('inquiries.ask.orgRequired') }]}>
        <OrgTreeSelect orgs={all.orgs} loading={all.loading} />
      </Form.Item>
      <Form.Item name="subject" label={t('inquiries.fields.subject')} rules={[{ required: true, whitespace: true, message: t('inquiries.ask.subjectRequired') }, { max: 100 }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label={t('inquiries.fields.body')} rules={[{ required: true, whitespace: true, message: t('inquiries.ask.bodyRequired') }, { max: 5000 }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Button type="primary" loading={fetching} onClick={() => void send()}>
        {t('inquiries.ask.submit')}
      </Button>
    </Form>
  );
}

function InquiryList({ items, fetching, error, empty, onChanged }: { items: InquiryFieldsFragment[]; fetching: boolean; error: Parameters<typeof serverErrorText>[0]; empty: string; onChanged: () => void }) {
  const { t } = useTranslation();
  if (error && items.length === 0) return <Alert type="error" showIcon message={serverErrorText(error, t)} />;
  if (fetching && items.length === 0) return <Spin />;
  if (items.length === 0) return <Empty description={empty} />;
  return <List dataSource={items} renderItem={(q) => <List.Item key={q.id}><InquiryCard q={q} onChanged={onChanged} /></List.Item>} />;
}

function Mine() {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyInquiriesQuery, variables: { first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <InquiryList items={data?.myInquiries.edges.map((e) => e.node) ?? []} fetching={fetching} error={error} empty={t('inquiries.mine.empty')} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <CursorPager cursors={cursors} pageInfo={data?.myInquiries.pageInfo} />
    </>
  );
}

function OrgList() {
  const { t } = useTranslation();
  const all = useAllOrganizations(null);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [status, setStatus] = useState<InquiryStatus | null>('OPEN');
  const cursors = usePageCursors();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrgInquiriesQuery,
    variables: { orgId: orgId ?? '', status, first: PAGE, after: cursors.after },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect orgs={all.orgs} value={orgId} onChange={(v) => { setOrgId(v); cursors.reset(); }} loading={all.loading} placeholder={t('inquiries.chooseOrg')} aria-label={t('inquiries.fields.org')} style={{ minWidth: 220, maxWidth: '100%' }} />
        <Select<InquiryStatus | 'ALL'>
          value={status ?? 'ALL'}
          onChange={(v) => { setStatus(v === 'ALL' ? null : v); cursors.reset(); }}
          style={{ minWidth: 120 }}
          aria-label={t('inquiries.filter')}
          options={[{ value: 'ALL', label: t('inquiries.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`inquiries.status.${s}`) }))]}
        />
      </div>
      {!orgId ? (
        <Empty description={t('inquiries.chooseOrg')} />
      ) : (
        <InquiryList items={data?.inquiries.edges.map((e) => e.node) ?? []} fetching={fetching} error={error} empty={t('inquiries.org.empty')} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.inquiries.pageInfo} />
    </>
  );
}

/** 党员问询: ask an org, follow one's own inquiries and rate answers; officers answer theirs. */
export default function InquiriesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'mine';
  return (
    <>
      <PageHeader title={t('inquiries.title')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'mine', label: t('inquiries.tabs.mine'), children: <Mine /> },
          { key: 'ask', label: t('inquiries.tabs.ask'), children: <AskForm onDone={() => setParams({ tab: 'mine' })} /> },
          { key: 'org', label: t('inquiries.tabs.org'), children: <OrgList /> },
        ]}
      />
    </>
  );
}
