import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CreateActivityMutation } from './operations';
import { AudienceRolesQuery } from '../notices/operations';
import { AudiencePicker } from '../notices/AudiencePicker';
import { BUILTIN_ROLES, EMPTY_AUDIENCE, hasSelector, type AudienceValue } from '../notices/notices';
import { GeofenceFields } from '../meetings/GeofenceFields';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { pickerToIso } from '../../lib/format';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { ActivityFieldKind, ActivityKind } from '../../gql/graphql';
import { ACTIVITY_KINDS, FIELD_KINDS, MAX_FIELDS, MAX_LABEL, MAX_PLACE, MAX_TITLE, fieldProblems, newField, toAudienceInput, toFieldInput, type DraftField } from './activities';

interface Values {
  orgId: string | null;
  title: string;
  kind: ActivityKind;
  description?: string;
  place?: string;
  audience: AudienceValue;
  startsAt: dayjs.Dayjs | null;
  endsAt: dayjs.Dayjs | null;
  registrationDeadline?: dayjs.Dayjs | null;
  capacity?: number | null;
  approvalRequired: boolean;
  volunteerHours?: number | null;
  geofenceOn?: boolean;
  latitude?: number | null;
  longitude?: number | null;
  radiusMeters?: number | null;
}

const FIELDS = ['orgId', 'title', 'kind', 'description', 'place', 'audience', 'startsAt', 'endsAt', 'registrationDeadline', 'capacity', 'volunteerHours'] as const;
const MAP = { 'geofence.radiusM': 'radiusMeters', geofence: 'latitude' };
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** One custom registration field: label, kind, options (choice), required. */
function FieldEditor({ f, onChange, onRemove, showProblems }: { f: DraftField; onChange: (f: DraftField) => void; onRemove: () => void; showProblems: boolean }) {
  const { t } = useTranslation();
  const problems = showProblems ? fieldProblems(f) : [];
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="activity-field-editor">
      <Space wrap align="start">
        <Input
          aria-label={t('activities.create.fieldLabel')}
          placeholder={t('activities.create.fieldLabel')}
          value={f.label}
          maxLength={MAX_LABEL}
          onChange={(e) => onChange({ ...f, label: e.target.value })}
        />
        <Select<ActivityFieldKind>
          aria-label={t('activities.create.fieldKind')}
          value={f.kind}
          style={{ width: 110 }}
          options={FIELD_KINDS.map((k) => ({ value: k, label: t(`activities.fieldKind.${k}`) }))}
          onChange={(kind) => onChange({ ...f, kind })}
        />
        <Space>
          <Switch size="small" checked={f.required} onChange={(required) => onChange({ ...f, required })} aria-label={t('activities.create.fieldRequired')} />
          {t('activities.create.fieldRequired')}
        </Space>
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('activities.create.removeField')} onClick={onRemove} />
      </Space>
      {f.kind === 'CHOICE' && (
        <Input.TextArea
          aria-label={t('activities.create.fieldOptions')}
          placeholder={t('activities.create.fieldOptions')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={f.options}
          onChange={(e) => onChange({ ...f, options: e.target.value })}
          style={{ marginTop: 8 }}
        />
      )}
      {problems.length > 0 && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }}>
          {problems.map((p) => t(`activities.problems.${p}`)).join('；')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/**
 * 发布活动 (`/activities/new`): the organising org, title, kind, time, place (with an optional
 * 定位签到 geofence), who may join, places, the registration deadline, approval, custom
 * registration fields (衣服尺码, 家属人数…) and the volunteer hours credited; asks before publishing.
 */
export default function ActivityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal } = AntApp.useApp();
  const { isAdmin } = useViewer();
  const [form] = Form.useForm<Values>();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [roleData] = useQuery({ query: AudienceRolesQuery, pause: !isAdmin });
  const create = useFormMutation(CreateActivityMutation, form, [...FIELDS, 'radiusMeters', 'latitude'], MAP);
  const [fields, setFields] = useState<DraftField[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const roles = useMemo(
    () =>
      roleData.data?.roles.map((r) => ({ name: r.name, label: r.label })) ??
      BUILTIN_ROLES.map((name) => ({ name, label: t(`roleNames.${name}`, { defaultValue: name }) })),
    [roleData.data, t],
  );
  const invalid = fields.some((f) => fieldProblems(f).length > 0);

  const submit = (v: Values) => {
    setShowProblems(true);
    if (invalid) return;
    modal.confirm({
      title: t('activities.create.confirm'),
      content: t('activities.create.confirmWhat'),
      okText: t('activities.create.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await create.submit({
          input: {
            orgId: v.orgId ?? '',
            title: v.title,
            kind: v.kind,
            description: v.description ?? null,
            place: v.place ?? null,
            geofence:
              v.geofenceOn && v.latitude != null && v.longitude != null && v.radiusMeters != null
                ? { latitude: v.latitude, longitude: v.longitude, radiusM: v.radiusMeters }
                : null,
            audience: toAudienceInput(v.audience),
            startsAt: pickerToIso(v.startsAt) ?? '',
            endsAt: pickerToIso(v.endsAt) ?? '',
            registrationDeadline: pickerToIso(v.registrationDeadline ?? null),
            capacity: v.capacity ?? null,
            approvalRequired: v.approvalRequired,
            fields: fields.map(toFieldInput),
            volunteerHours: v.volunteerHours ?? null,
          },
        });
        if (res.data) navigate(`/activities/${res.data.createActivity.activity.id}`);
      },
    });
  };

  const start = dayjs().add(3, 'day').hour(9).minute(0).second(0);
  return (
    <div className="tx-page">
      <PageHeader title={t('activities.create.title')} />
      <Card>
        <FormError error={create.error} extra={create.leftovers} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onFinishFailed={() => setShowProblems(true)}
          initialValues={{
            orgId: null,
            kind: 'VOLUNTEER',
            audience: EMPTY_AUDIENCE,
            approvalRequired: false,
            startsAt: start,
            endsAt: start.add(2, 'hour'),
          }}
        >
          <Form.Item name="orgId" label={t('activities.fields.org')} rules={[requiredSelect(t, t('activities.fields.org'))]}>
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('activities.fields.org')} />
          </Form.Item>
          <Form.Item name="title" label={t('activities.fields.title')} rules={[required(t, t('activities.fields.title')), maxLen(t, MAX_TITLE)]}>
            <Input maxLength={MAX_TITLE} showCount />
          </Form.Item>
          <Form.Item name="kind" label={t('activities.fields.kind')}>
            <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kind.${k}`) }))} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="startsAt" label={t('activities.fields.startsAt')} rules={[{ required: true, message: t('activities.create.timeRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
            <Form.Item name="endsAt" label={t('activities.fields.endsAt')} rules={[{ required: true, message: t('activities.create.timeRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
          </Space>
          <Form.Item name="place" label={t('activities.fields.place')} rules={[maxLen(t, MAX_PLACE)]}>
            <Input maxLength={MAX_PLACE} />
          </Form.Item>
          <GeofenceFields />
          <Form.Item name="description" label={t('activities.fields.description')} rules={[maxLen(t, 5000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item
            name="audience"
            label={t('activities.fields.audience')}
            rules={[
              {
                validator: async (_, v: AudienceValue) => {
                  if (!v || !hasSelector(v)) throw new Error(t('activities.create.audienceRequired'));
                },
              },
            ]}
          >
            <AudiencePicker orgs={orgs} orgsLoading={orgsLoading} roles={roles} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="capacity" label={t('activities.fields.capacity')} extra={t('activities.create.capacityHint')}>
              <InputNumber min={1} max={100000} precision={0} />
            </Form.Item>
            <Form.Item name="registrationDeadline" label={t('activities.fields.deadline')} extra={t('activities.create.deadlineHint')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
            <Form.Item name="volunteerHours" label={t('activities.fields.volunteerHours')}>
              <InputNumber min={0} max={24} step={0.5} precision={1} />
            </Form.Item>
          </Space>
          <Form.Item name="approvalRequired" label={t('activities.fields.approvalRequired')} valuePropName="checked" extra={t('activities.create.approvalHint')}>
            <Switch />
          </Form.Item>
          <Form.Item label={t('activities.fields.customFields')} extra={t('activities.create.customFieldsHint')}>
            {fields.map((f) => (
              <FieldEditor
                key={f.key}
                f={f}
                showProblems={showProblems}
                onChange={(next) => setFields((list) => list.map((x) => (x.key === f.key ? next : x)))}
                onRemove={() => setFields((list) => list.filter((x) => x.key !== f.key))}
              />
            ))}
            <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_FIELDS} onClick={() => setFields((list) => [...list, newField('TEXT')])}>
              {t('activities.create.addField')}
            </Button>
            {showProblems && invalid && <Alert type="error" showIcon title={t('activities.create.fixFields')} style={{ marginTop: 12 }} />}
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={create.fetching} data-testid="publish-activity">
              {t('activities.create.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
