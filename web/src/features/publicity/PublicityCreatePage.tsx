import { useNavigate } from 'react-router';
import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublishPublicityMutation } from './operations';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { PublicityKind } from '../../gql/graphql';
import { PUBLICITY_KINDS } from './publicity';

const MAX_TITLE = 100;
const MAX_BODY = 20000;

interface Values {
  organizationId: string | null;
  kind: PublicityKind;
  title: string;
  body?: string;
  subjectMemberId?: string;
  days?: number | null;
}

/**
 * 发布公示 (`/publicity/new`, who holds `publicity:write` somewhere): the org (its sub-tree is the
 * audience), kind, title, text, the member it is about and the window in days (发展对象 and 转正
 * default to the statutory days).
 */
export default function PublicityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { orgs, loading: orgsLoading } = useAllOrganizations();
  const publish = useFormMutation(PublishPublicityMutation, form, ['organizationId', 'kind', 'title', 'body', 'subjectMemberId', 'days'], {
    audience: 'organizationId',
    windowEnd: 'days',
    windowStart: 'days',
  });
  const kind = Form.useWatch('kind', form);
  const party = kind === 'DEVELOPMENT' || kind === 'CONVERSION';

  const submit = async (v: Values) => {
    if (!v.organizationId) return;
    const res = await publish.submit({
      input: {
        organizationId: v.organizationId,
        kind: v.kind,
        title: v.title,
        body: v.body ?? '',
        subjectMemberId: v.subjectMemberId ?? null,
        audience: { orgIds: [v.organizationId] },
        days: v.days ?? null,
      },
    });
    const id = res.data?.publishPublicity.publicity.id;
    if (id) navigate(`/publicity/${id}`);
  };

  return (
    <div className="tx-page">
      <PageHeader title={t('publicity.create.title')} />
      <Card>
        <FormError error={publish.error} extra={publish.leftovers} />
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ organizationId: null, kind: 'OTHER', days: 5 }}>
          <Form.Item name="organizationId" label={t('publicity.fields.org')} extra={t('publicity.create.audienceHint')} rules={[requiredSelect(t, t('publicity.fields.org'))]}>
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('publicity.fields.org')} />
          </Form.Item>
          <Form.Item name="kind" label={t('publicity.fields.kind')}>
            <Select options={PUBLICITY_KINDS.map((k) => ({ value: k, label: t(`publicity.kinds.${k}`) }))} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="title" label={t('publicity.fields.title')} rules={[required(t, t('publicity.fields.title')), maxLen(t, MAX_TITLE)]}>
            <Input maxLength={MAX_TITLE} showCount data-testid="publicity-title" />
          </Form.Item>
          <Form.Item name="body" label={t('publicity.fields.body')} rules={[maxLen(t, MAX_BODY)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Form.Item name="subjectMemberId" label={t('publicity.fields.subjectMember')} extra={t('publicity.create.subjectHint')}>
            <MemberPicker aria-label={t('publicity.fields.subjectMember')} />
          </Form.Item>
          <Form.Item name="days" label={t('publicity.fields.days')} extra={party ? t('publicity.create.partyDaysHint') : undefined}>
            <InputNumber min={1} max={30} precision={0} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('publicity.create.hint')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={publish.fetching} data-testid="publish-publicity">
            {t('publicity.create.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
