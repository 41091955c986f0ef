import { useState } from 'react';
import { Link } from 'react-router';
import { type ButtonProps, Alert, Button, Card, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { HonoursQuery, ProposeHonourMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import type { Org } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { HonourFieldsFragment, HonourKind } from '../../gql/graphql';
import { HonourStatusTag } from './PublicityTags';
import { HONOUR_KINDS, HONOUR_WRITE, honourRecipient } from './publicity';

const PAGE = 20;
const CONTEXT = { additionalTypenames: ['Honour', 'Publicity'] };

interface Values {
  kind: HonourKind;
  title?: string;
  memberId?: string;
  recipientOrganizationId?: string | null;
  year: number;
  issuer: string;
  citation?: string;
  days?: number | null;
}

/** 推荐表彰: kind, who, year, issuing body and deeds; proposing starts the 公示. */
function ProposeDialog({ open, orgId, orgs, onClose }: { open: boolean; orgId: string; orgs: Org[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const propose = useFormMutation(ProposeHonourMutation, form, ['kind', 'title', 'memberId', 'recipientOrganizationId', 'year', 'issuer', 'citation', 'days']);
  const kind = Form.useWatch('kind', form) ?? 'EXCELLENT_PARTY_MEMBER';
  const recipient = honourRecipient(kind);
  const [toOrg, setToOrg] = useState(false);
  const org = recipient === 'org' || (recipient === 'either' && toOrg);

  const submit = async (v: Values) => {
    const res = await propose.submit({
      input: {
        organizationId: orgId,
        kind: v.kind,
        title: v.title || null,
        memberId: org ? null : (v.memberId ?? null),
        recipientOrganizationId: org ? (v.recipientOrganizationId ?? null) : null,
        year: v.year,
        issuer: v.issuer,
        citation: v.citation || null,
        days: v.days ?? null,
      },
    });
    if (res.data) {
      form.resetFields();
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('honours.propose.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('honours.propose.submit')}
      okButtonProps={{ loading: propose.fetching, 'data-testid': 'honour-propose-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('honours.propose.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'EXCELLENT_PARTY_MEMBER', year: new Date().getFullYear(), days: 5 }}>
        <FormError error={propose.error} extra={propose.leftovers} />
        <Form.Item name="kind" label={t('honours.fields.kind')}>
          <Select data-testid="honour-kind" options={HONOUR_KINDS.map((k) => ({ value: k, label: t(`honours.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'OTHER' && (
          <>
            <Form.Item name="title" label={t('honours.fields.title')} rules={[required(t, t('honours.fields.title')), maxLen(t, 100)]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item label={t('honours.fields.recipientKind')}>
              <Select
                value={toOrg ? 'org' : 'member'}
                onChange={(v) => setToOrg(v === 'org')}
                options={[
                  { value: 'member', label: t('honours.fields.member') },
                  { value: 'org', label: t('honours.fields.recipientOrg') },
                ]}
              />
            </Form.Item>
          </>
        )}
        {org ? (
          <Form.Item name="recipientOrganizationId" label={t('honours.fields.recipientOrg')} rules={[requiredSelect(t, t('honours.fields.recipientOrg'))]}>
            <OrgTreeSelect orgs={orgs} placeholder={t('honours.fields.recipientOrg')} />
          </Form.Item>
        ) : (
          <Form.Item name="memberId" label={t('honours.fields.member')} rules={[requiredSelect(t, t('honours.fields.member'))]}>
            <MemberPicker aria-label={t('honours.fields.member')} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="year" label={t('honours.fields.year')} rules={[{ required: true, message: t('honours.fields.yearRequired') }]}>
            <InputNumber min={1949} max={new Date().getFullYear() + 1} precision={0} />
          </Form.Item>
          <Form.Item name="days" label={t('honours.fields.days')}>
            <InputNumber min={1} max={30} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="issuer" label={t('honours.fields.issuer')} rules={[required(t, t('honours.fields.issuer')), maxLen(t, 100)]}>
          <Input maxLength={100} data-testid="honour-issuer" />
        </Form.Item>
        <Form.Item name="citation" label={t('honours.fields.citation')} rules={[maxLen(t, 2000)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HonourItem({ h }: { h: HonourFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="honour-item"
      actions={[
        <Link key="publicity" to={`/publicity/${h.publicityId}`}>
          {t('honours.list.publicity')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <span>{h.memberName ?? h.recipientOrganizationName}</span>
            <span>{t('honours.list.titleYear', { year: h.year, title: h.title })}</span>
            <HonourStatusTag status={h.status} />
          </Space>
        }
        description={t('honours.list.issuer', { issuer: h.issuer, org: h.organizationName })}
      />
    </List.Item>
  );
}

/** 荣誉 (`/honours`, who reads an org's honours): an org's honours by year, and 推荐表彰. */
export default function HonoursPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [proposing, setProposing] = useState(false);
  const cursors = usePageCursors();
  const { orgs, loading: orgsLoading } = useAllOrganizations();
  const [result] = useQuery({
    query: HonoursQuery,
    variables: { organizationId: orgId ?? '', year, first: PAGE, after: cursors.after },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const conn = result.data?.honours;
  const error = describeError(result.error, t);
  const thisYear = new Date().getFullYear();

  return (
    <div className="tx-page">
      <PageHeader title={t('honours.title')}>
        {info.canAnywhere(HONOUR_WRITE) && (
          <Button type="primary" icon={<PlusOutlined />} disabled={!orgId} onClick={() => setProposing(true)} data-testid="honour-propose">
            {t('honours.propose.title')}
          </Button>
        )}
      </PageHeader>
      <Card>
        <div className="tx-toolbar">
          <OrgTreeSelect
            aria-label={t('honours.list.chooseOrg')}
            placeholder={t('honours.list.chooseOrg')}
            orgs={orgs}
            loading={orgsLoading}
            value={orgId}
            onChange={(id) => {
              setOrgId(id ?? null);
              cursors.reset();
            }}
          />
          <Select<number | null>
            aria-label={t('honours.fields.year')}
            value={year}
            style={{ width: 140 }}
            onChange={(v) => {
              setYear(v);
              cursors.reset();
            }}
            options={[{ value: null, label: t('honours.list.allYears') }, ...[0, 1, 2, 3, 4].map((i) => ({ value: thisYear - i, label: String(thisYear - i) }))]}
          />
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
        <List
          loading={result.fetching && !conn}
          dataSource={orgId ? (conn?.edges ?? []) : []}
          locale={{ emptyText: <Empty description={orgId ? t('honours.list.none') : t('honours.list.chooseOrg')} /> }}
          renderItem={(e) => <HonourItem h={e.node} />}
        />
        <CursorPager cursors={cursors} pageInfo={conn?.pageInfo} />
      </Card>
      {orgId && <ProposeDialog open={proposing} orgId={orgId} orgs={orgs} onClose={() => setProposing(false)} />}
    </div>
  );
}
