import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, DatePicker, Form, Input, Radio, Result, Switch, Typography } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  AudienceRolesQuery,
  NoticeAudienceCountQuery,
  NoticeQuery,
  PublishNoticeMutation,
  SaveNoticeDraftMutation,
} from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime, pickerToIso } from '../../lib/format';
import {
  BUILTIN_ROLES,
  EMPTY_AUDIENCE,
  MAX_BODY_HTML,
  MAX_TITLE,
  NOTICE_CATEGORIES,
  NOTICE_IMPORTANCES,
  audienceSummary,
  hasSelector,
  isFuture,
  toAudienceInput,
} from './notices';
import { isBlankHtml } from '../../lib/richText';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useAudienceCount } from './useAudienceCount';
import { useFormMutation } from '../../lib/useFormMutation';
import { useMemberNames } from '../../lib/useMemberNames';
import { AttachmentsField } from './AttachmentsField';
import { AudienceCount } from './AudienceCount';
import { AudiencePicker } from './AudiencePicker';
import { COMPOSE_FIELDS, COMPOSE_FIELD_MAP, NEW_NOTICE, draftValues, noticeInput, publishMode, type ComposeValues } from './composeForm';
import { RichTextEditor } from './RichTextEditor';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';
const beforeToday = (d: dayjs.Dayjs) => d.isBefore(dayjs().startOf('day'));

/**
 * 发布通知 (`/notices/new`) and a draft (`/notices/:id/edit`): title, category, importance,
 * issuer, body, attachments, audience with a live recipient count, acknowledgement, schedule
 * and reviewer. 保存草稿 keeps it; 发布 (提交审核 / 定时发布) asks first, naming the count.
 */
export default function NoticeComposePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const { message, modal } = AntApp.useApp();
  const { id = null } = useParams();
  const { viewer, isAdmin } = useViewer();
  const [form] = Form.useForm<ComposeValues>();
  const [uploading, setUploading] = useState(false);
  const [checking, setChecking] = useState(false);
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [draft] = useQuery({ query: NoticeQuery, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const [roleData] = useQuery({ query: AudienceRolesQuery, pause: !isAdmin });
  const save = useFormMutation(SaveNoticeDraftMutation, form, COMPOSE_FIELDS, COMPOSE_FIELD_MAP);
  const publish = useFormMutation(PublishNoticeMutation, form, COMPOSE_FIELDS, COMPOSE_FIELD_MAP);
  const active = publish.error || Object.keys(publish.leftovers).length > 0 ? publish : save;

  const saved = id && draft.data?.notice.id === id ? draft.data.notice : null;
  const editable = !id || (saved?.status === 'DRAFT' && saved.viewerCanManage);
  // The form is first shown with the draft loaded: its values are the initial ones.
  const initial = useMemo(() => (saved ? draftValues(saved) : NEW_NOTICE), [saved]);
  const memberLabels = useMemberNames(
    saved ? [...(saved.audience?.memberIds ?? []), ...(saved.audience?.excludeMemberIds ?? []), ...(saved.reviewer ? [saved.reviewer.id] : [])] : [],
  );

  const roles = useMemo(
    () =>
      roleData.data?.roles.map((r) => ({ name: r.name, label: r.label })) ??
      BUILTIN_ROLES.map((name) => ({ name, label: t(`roleNames.${name}`, { defaultValue: name }) })),
    [roleData.data, t],
  );

  const issuerOrgId = Form.useWatch('issuerOrgId', form);
  const audience = Form.useWatch('audience', form) ?? EMPTY_AUDIENCE;
  const ackRequired = Form.useWatch('ackRequired', form);
  const scheduledAt = Form.useWatch('scheduledAt', form);
  const reviewerId = Form.useWatch('reviewerId', form);
  const count = useAudienceCount(issuerOrgId, audience);
  const orgNames = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const roleLabels = useMemo(() => new Map(roles.map((r) => [r.name, r.label])), [roles]);
  const summary = audienceSummary(audience, {
    org: (orgId) => orgNames.get(orgId),
    role: (name) => roleLabels.get(name) ?? name,
    line: (l) => t(`line.${l}`),
    status: (s) => t(`politicalStatus.${s}`),
    t: (key, values) => t(key, values),
  });
  const mode = publishMode({ reviewerId, scheduledAt });

  if (id && !saved) {
    if (draft.fetching || !draft.error) return <PageSpinner />;
    const e = describeError(draft.error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/notices/sent">{t('nav.noticesSent')}</Link>} />;
  }
  if (!editable && saved) {
    return (
      <Result
        status="info"
        title={t('notices.compose.notDraft')}
        extra={<Link to={`/notices/${encodeURIComponent(saved.id)}`}>{t('notices.compose.viewNotice')}</Link>}
      />
    );
  }

  const draftId = saved?.id ?? null;

  const saveDraft = async () => {
    publish.clear();
    const v = await form.validateFields(['title', 'issuerOrgId']).catch(() => null);
    if (!v) return;
    const { data } = await save.submit({ input: noticeInput(form.getFieldsValue(true) as ComposeValues, draftId) });
    if (!data) return;
    message.success(t('notices.compose.draftSaved'));
    const newId = data.saveNoticeDraft.notice.id;
    if (newId !== draftId) navigate(`/notices/${encodeURIComponent(newId)}/edit`, { replace: true });
  };

  const doPublish = async (v: ComposeValues) => {
    const { data } = await publish.submit({ input: noticeInput(v, draftId) });
    if (!data) return;
    const n = data.publishNotice.notice;
    if (n.status === 'PUBLISHED') {
      message.success(t('notices.compose.published', { count: n.recipientCount }));
      navigate(`/notices/${encodeURIComponent(n.id)}/board`);
    } else {
      message.success(n.status === 'PENDING_REVIEW' ? t('notices.compose.submitted') : t('notices.compose.scheduled'));
      navigate('/notices/sent');
    }
  };

  const askPublish = async () => {
    save.clear();
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const values = form.getFieldsValue(true) as ComposeValues;
    // The count right now, so the question names what will really happen.
    setChecking(true);
    const res = await client
      .query(
        NoticeAudienceCountQuery,
        { issuerOrgId: values.issuerOrgId ?? '', audience: toAudienceInput(values.audience) },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setChecking(false);
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    const n = res.data.noticeAudienceCount;
    if (n === 0) {
      form.setFields([{ name: 'audience', errors: [t('notices.compose.nobody')] }]);
      return;
    }
    const m = publishMode(values);
    modal.confirm({
      title: t(`notices.compose.confirm.${m}.title`),
      content:
        m === 'schedule'
          ? t('notices.compose.confirm.schedule.body', { count: n, time: formatDateTime(pickerToIso(values.scheduledAt)) })
          : t(`notices.compose.confirm.${m}.body`, { count: n }),
      okText: t(`notices.compose.publish.${m}`),
      cancelText: t('common.cancel'),
      onOk: () => doPublish(values),
    });
  };

  const futureRule = (label: string) => ({
    validator: (_: unknown, d: dayjs.Dayjs | null) =>
      !d || isFuture(d) ? Promise.resolve() : Promise.reject(new Error(t('notices.compose.mustBeFuture', { field: label }))),
  });

  return (
    <div className="tx-notice-compose">
      <Typography.Title level={2} className="tx-page-title">
        {draftId ? t('notices.compose.editTitle') : t('nav.noticeCompose')}
      </Typography.Title>
      {saved?.reviewNote && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('notices.compose.returned', { name: saved.reviewer?.name ?? '' })}
          description={saved.reviewNote}
        />
      )}
      <FormError error={active.error} extra={active.leftovers} />
      <Form<ComposeValues>
        name="notice"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onValuesChange={(changed: Partial<ComposeValues>) => {
          if (changed.category === 'URGENT') form.setFieldValue('importance', 'URGENT');
        }}
      >
        <Card title={t('notices.compose.basics')} className="tx-notice-card">
          <Form.Item name="title" label={t('notices.fields.title')} rules={[required(t, t('notices.fields.title')), maxLen(t, MAX_TITLE)]}>
            <Input maxLength={MAX_TITLE} showCount />
          </Form.Item>
          <div className="tx-notice-compose-grid">
            <Form.Item name="category" label={t('notices.fields.category')}>
              <Radio.Group
                optionType="button"
                options={NOTICE_CATEGORIES.map((c) => ({ value: c, label: t(`notices.categories.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="importance" label={t('notices.fields.importance')}>
              <Radio.Group
                optionType="button"
                options={NOTICE_IMPORTANCES.map((c) => ({ value: c, label: t(`notices.importances.${c}`) }))}
              />
            </Form.Item>
          </div>
          <Form.Item
            name="issuerOrgId"
            label={t('notices.fields.issuer')}
            rules={[requiredSelect(t, t('notices.fields.issuer'))]}
            extra={t('notices.compose.issuerHelp')}
          >
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('notices.compose.issuerPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="body"
            label={t('notices.fields.body')}
            rules={[
              {
                validator: (_, v: string) => (isBlankHtml(v) ? Promise.reject(new Error(t('validation.required', { field: t('notices.fields.body') }))) : Promise.resolve()),
              },
              { max: MAX_BODY_HTML, message: t('notices.compose.bodyTooLong') },
            ]}
          >
            <RichTextEditor aria-label={t('notices.fields.body')} placeholder={t('notices.compose.bodyPlaceholder')} />
          </Form.Item>
          <Form.Item name="attachments" label={t('notices.fields.attachments')}>
            <AttachmentsField onBusy={setUploading} />
          </Form.Item>
        </Card>

        <Card title={t('notices.compose.audience')} className="tx-notice-card">
          <Form.Item
            name="audience"
            rules={[
              {
                validator: (_, v) => (v && hasSelector(v) ? Promise.resolve() : Promise.reject(new Error(t('notices.compose.audienceRequired')))),
              },
            ]}
          >
            <AudiencePicker orgs={orgs} orgsLoading={orgsLoading} roles={roles} memberLabels={memberLabels} />
          </Form.Item>
          <AudienceCount issuerOrgId={issuerOrgId} audience={audience} state={count} summary={summary} />
        </Card>

        <Card title={t('notices.compose.delivery')} className="tx-notice-card">
          <Form.Item name="ackRequired" label={t('notices.fields.ackRequired')} valuePropName="checked" extra={t('notices.compose.ackHelp')}>
            <Switch />
          </Form.Item>
          {ackRequired && (
            <Form.Item
              name="ackDeadline"
              label={t('notices.fields.ackDeadline')}
              rules={[requiredSelect(t, t('notices.fields.ackDeadline')), futureRule(t('notices.fields.ackDeadline'))]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} disabledDate={beforeToday} style={{ width: '100%', maxWidth: 260 }} />
            </Form.Item>
          )}
          <Form.Item
            name="scheduledAt"
            label={t('notices.fields.scheduledAt')}
            extra={t('notices.compose.scheduleHelp')}
            rules={[futureRule(t('notices.fields.scheduledAt'))]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} disabledDate={beforeToday} style={{ width: '100%', maxWidth: 260 }} />
          </Form.Item>
          <Form.Item name="reviewerId" label={t('notices.fields.reviewer')} extra={t('notices.compose.reviewerHelp')}>
            <MemberPicker exclude={viewer.member ? [viewer.member.id] : []} labels={memberLabels} aria-label={t('notices.fields.reviewer')} />
          </Form.Item>
        </Card>

        <div className="tx-notice-actions">
          <Button icon={<SaveOutlined />} onClick={saveDraft} loading={save.fetching} disabled={uploading || publish.fetching}>
            {t('notices.compose.saveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={askPublish}
            loading={checking || publish.fetching}
            disabled={uploading || save.fetching}
            data-testid="notice-publish"
          >
            {t(`notices.compose.publish.${mode}`)}
          </Button>
          {uploading && <Typography.Text type="secondary">{t('notices.compose.waitUpload')}</Typography.Text>}
        </div>
      </Form>
    </div>
  );
}
