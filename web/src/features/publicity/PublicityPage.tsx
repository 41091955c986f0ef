import { useState } from 'react';
import { useParams } from 'react-router';
import { type ButtonProps, App as AntApp, Alert, Button, Card, Checkbox, Descriptions, Empty, Form, Input, List, Modal, Popconfirm, Radio, Result, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ClosePublicityMutation, HandlePublicityObjectionMutation, ObjectToPublicityMutation, PublicityQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import type { PublicityFieldsFragment } from '../../gql/graphql';
import { PublicityTags } from './PublicityTags';

const CONTEXT = { additionalTypenames: ['Publicity', 'PublicityObjection'] };
const OBJECTION_MAX = 2000;
const NOTE_MAX = 1000;

type Objection = PublicityFieldsFragment['objections'][number];

/** 提出异议: the text and whether to stay anonymous to other members and the subject. */
function ObjectForm({ publicityId }: { publicityId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ text: string; anonymous: boolean }>();
  const object = useFormMutation(ObjectToPublicityMutation, form, ['text']);
  const submit = async (v: { text: string; anonymous: boolean }) => {
    const res = await object.submit({ input: { publicityId, text: v.text, anonymous: v.anonymous ?? false } });
    if (res.data) {
      form.resetFields();
      void message.success(t('publicity.object.done'));
    }
  };
  return (
    <Card size="small" title={t('publicity.object.title')} data-testid="publicity-object">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ anonymous: false }}>
        <FormError error={object.error} extra={object.leftovers} />
        <Form.Item name="text" label={t('publicity.object.text')} rules={[{ required: true, whitespace: true, message: t('publicity.object.textRequired') }]}>
          <Input.TextArea rows={4} maxLength={OBJECTION_MAX} showCount data-testid="publicity-object-text" />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked" extra={t('publicity.object.anonymousHint')}>
          <Checkbox data-testid="publicity-object-anonymous">{t('publicity.object.anonymous')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={object.fetching} data-testid="publicity-object-submit">
          {t('publicity.object.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** 处理异议: 属实 or 不属实, with the finding. */
function HandleDialog({ objection, onClose }: { objection: Objection | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outcome: 'UPHELD' | 'DISMISSED'; note?: string }>();
  const handle = useFormMutation(HandlePublicityObjectionMutation, form, ['outcome', 'note']);
  const submit = async (v: { outcome: 'UPHELD' | 'DISMISSED'; note?: string }) => {
    if (!objection) return;
    const res = await handle.submit({ input: { objectionId: objection.id, outcome: v.outcome, note: v.note || null } });
    if (res.data) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Modal
      open={objection !== null}
      title={t('publicity.handle.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('publicity.handle.submit')}
      okButtonProps={{ loading: handle.fetching, 'data-testid': 'publicity-handle-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Typography.Paragraph>{objection?.text}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <FormError error={handle.error} extra={handle.leftovers} />
        <Form.Item name="outcome" label={t('publicity.handle.outcome')} rules={[{ required: true, message: t('publicity.handle.outcomeRequired') }]}>
          <Radio.Group data-testid="publicity-handle-outcome">
            <Radio value="DISMISSED">{t('publicity.objectionStatuses.DISMISSED')}</Radio>
            <Radio value="UPHELD">{t('publicity.objectionStatuses.UPHELD')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('publicity.handle.note')}>
          <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结束公示: the outcome and a note, confirmed first. */
function CloseForm({ p }: { p: PublicityFieldsFragment }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ outcome: 'CONFIRMED' | 'WITHDRAWN' | 'REJECTED'; note?: string }>();
  const close = useFormMutation(ClosePublicityMutation, form, ['outcome', 'note']);
  const [outcome, setOutcome] = useState<'CONFIRMED' | 'WITHDRAWN' | 'REJECTED'>('CONFIRMED');
  const submit = async () => {
    const v = form.getFieldsValue();
    await close.submit({ input: { publicityId: p.id, outcome, note: v.note || null } });
  };
  return (
    <Card size="small" title={t('publicity.close.title')} data-testid="publicity-close">
      <Form form={form} layout="vertical">
        <FormError error={close.error} extra={close.leftovers} />
        <Form.Item name="outcome" label={t('publicity.close.outcome')}>
          <Select
            value={outcome}
            onChange={setOutcome}
            data-testid="publicity-close-outcome"
            options={(['CONFIRMED', 'REJECTED', 'WITHDRAWN'] as const).map((o) => ({ value: o, label: t(`publicity.outcomes.${o}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('publicity.close.note')}>
          <Input.TextArea rows={2} maxLength={NOTE_MAX} showCount />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('publicity.close.hint')}</Typography.Paragraph>
        <Popconfirm title={t('publicity.close.confirm', { outcome: t(`publicity.outcomes.${outcome}`) })} onConfirm={submit} okButtonProps={{ 'data-testid': 'publicity-close-confirm' } as ButtonProps}>
          <Button type="primary" loading={close.fetching} data-testid="publicity-close-submit">
            {t('publicity.close.submit')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}

function ObjectionItem({ o, canHandle, onHandle }: { o: Objection; canHandle: boolean; onHandle: (o: Objection) => void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="publicity-objection"
      actions={
        canHandle && o.status === 'PENDING'
          ? [
              <Button key="handle" size="small" onClick={() => onHandle(o)} data-testid="publicity-handle">
                {t('publicity.handle.title')}
              </Button>,
            ]
          : []
      }
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <span data-testid="publicity-objection-author">{o.authorName ?? t('publicity.objections.anonymousAuthor')}</span>
            {o.anonymous && <Tag>{t('publicity.objections.anonymous')}</Tag>}
            {o.mine && <Tag color="blue">{t('publicity.objections.mine')}</Tag>}
            <Tag color={o.status === 'UPHELD' ? 'error' : o.status === 'DISMISSED' ? 'default' : 'processing'}>{t(`publicity.objectionStatuses.${o.status}`)}</Tag>
          </Space>
        }
        description={
          <>
            <div className="tx-publicity-text">{o.text}</div>
            <Typography.Text type="secondary">{formatDateTime(o.createdAt)}</Typography.Text>
            {o.handledNote && <div>{t('publicity.objections.finding', { note: o.handledNote })}</div>}
          </>
        }
      />
    </List.Item>
  );
}

/**
 * 公示详情 (`/publicity/:id`): the text and the window; members of the audience object (named or
 * anonymously) while it is open; the subject sees how many objected, never who; handlers see
 * every objection with its author, record an outcome for each and close the 公示.
 */
export default function PublicityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: PublicityQuery, variables: { id }, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [handling, setHandling] = useState<Objection | null>(null);
  const e = describeError(error, t);
  const p = data?.publicity;
  if (!p && fetching) return <PageSpinner />;
  if (!p) return e?.code === 'NOT_FOUND' ? <Result status="404" title={t('publicity.notFound')} /> : <FormError error={e} />;

  return (
    <div className="tx-page tx-publicity">
      <PageHeader title={p.title} />
      <Card>
        <PublicityTags kind={p.kind} status={p.status} />
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('publicity.fields.org')}>{p.organizationName}</Descriptions.Item>
          {(p.subjectMemberName || p.subjectOrganizationName) && (
            <Descriptions.Item label={t('publicity.fields.subject')}>{[p.subjectMemberName, p.subjectOrganizationName].filter(Boolean).join('、')}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('publicity.fields.window')}>
            <span data-testid="publicity-window">{t('publicity.list.window', { from: formatDateTime(p.windowStart), to: formatDateTime(p.windowEnd) })}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('publicity.fields.objections')}>
            <span data-testid="publicity-objection-count">{p.objectionCount}</span>
          </Descriptions.Item>
          {p.outcomeNote && <Descriptions.Item label={t('publicity.fields.outcomeNote')}>{p.outcomeNote}</Descriptions.Item>}
        </Descriptions>
        {p.bodyFormat === 'HTML' ? (
          <div className="tx-notice-body" data-testid="publicity-body" dangerouslySetInnerHTML={{ __html: p.body }} />
        ) : (
          <div className="tx-publicity-text" data-testid="publicity-body">
            {p.body}
          </div>
        )}
      </Card>
      {p.viewerIsSubject && <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('publicity.subjectHint', { count: p.objectionCount })} />}
      {p.canObject && (
        <div style={{ marginTop: 12 }}>
          <ObjectForm publicityId={p.id} />
        </div>
      )}
      {!p.viewerIsSubject && (
        <Card size="small" style={{ marginTop: 12 }} title={t('publicity.objections.title')}>
          <List
            dataSource={p.objections}
            locale={{ emptyText: <Empty description={t('publicity.objections.none')} /> }}
            renderItem={(o) => <ObjectionItem o={o} canHandle={p.canHandle && p.status === 'OPEN'} onHandle={setHandling} />}
          />
        </Card>
      )}
      {p.canHandle && p.status === 'OPEN' && p.origin !== 'PIPELINE' && (
        <div style={{ marginTop: 12 }}>
          <CloseForm p={p} />
        </div>
      )}
      <HandleDialog objection={handling} onClose={() => setHandling(null)} />
    </div>
  );
}
