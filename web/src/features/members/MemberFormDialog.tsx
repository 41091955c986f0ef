import { useEffect } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CreateMemberMutation, UpdateMemberMutation } from './operations';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { FormDialog } from '../../components/FormDialog';
import type { MemberDetailQuery, MemberInput, OrgLine, PoliticalStatus } from '../../gql/graphql';
import { GENDERS, POLITICAL_STATUSES } from '../../lib/enums';
import { toNaiveDate } from '../../lib/format';
import { LINES, type Org } from '../../lib/orgs';
import { emailRule, maxLen, phoneRule, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

export type MemberDetail = Extract<MemberDetailQuery['node'], { __typename?: 'Member' }> & { name: string };

interface Values {
  name: string;
  gender?: string | null;
  birthDate?: Dayjs | null;
  phone?: string;
  email?: string;
  politicalStatus?: PoliticalStatus | null;
  posts?: string[];
  org_PARTY?: string | null;
  org_UNION?: string | null;
  org_YOUTH?: string | null;
  org_ADMIN?: string | null;
  org_GRID?: string | null;
}

const FIELDS = ['name', 'gender', 'birthDate', 'phone', 'email', 'politicalStatus', 'posts'] as const;

function initialValues(m: MemberDetail | null, orgsById: Map<string, Org>): Values {
  if (!m) return { name: '', posts: [] };
  const primary = m.organization ? orgsById.get(m.organization.id) : undefined;
  return {
    name: m.name,
    gender: m.gender ?? null,
    birthDate: m.birthDate ? dayjs(m.birthDate) : null,
    phone: m.phone ?? '',
    email: m.email ?? '',
    politicalStatus: m.politicalStatus ?? null,
    posts: m.posts ?? [],
    org_PARTY: m.partyOrganization?.id ?? null,
    org_UNION: m.unionOrganization?.id ?? null,
    org_YOUTH: m.youthOrganization?.id ?? null,
    org_ADMIN: m.department?.id ?? null,
    org_GRID: primary?.line === 'GRID' ? primary.id : null,
  };
}

function orgIds(v: Values, primaryId: string | null): string[] {
  const ids = LINES.map((l) => v[`org_${l}` as const]).filter((x): x is string => !!x);
  // The first id becomes the primary unit: keep the current primary first.
  if (primaryId && ids.includes(primaryId)) return [primaryId, ...ids.filter((i) => i !== primaryId)];
  return ids;
}

/** Creates a member (member = null) or edits one. */
export function MemberFormDialog({
  open,
  member,
  orgs,
  onClose,
  onSaved,
}: {
  open: boolean;
  member: MemberDetail | null;
  orgs: Org[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useFormMutation(CreateMemberMutation, form, FIELDS);
  const update = useFormMutation(UpdateMemberMutation, form, FIELDS);
  const active = member ? update : create;
  const orgsById = new Map(orgs.map((o) => [o.id, o]));

  useEffect(() => {
    if (open) {
      create.clear();
      update.clear();
      form.resetFields();
      form.setFieldsValue(initialValues(member, new Map(orgs.map((o) => [o.id, o]))));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, member]);

  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (!member) {
      const input: MemberInput = {
        name: v.name.trim(),
        gender: v.gender || null,
        birthDate: toNaiveDate(v.birthDate),
        phone: v.phone?.trim() || null,
        email: v.email?.trim() || null,
        politicalStatus: v.politicalStatus ?? null,
        posts: v.posts ?? [],
        organizationIds: orgIds(v, null),
      };
      const { data } = await create.submit({ input });
      if (data) onSaved(data.createMember.member.id);
      return;
    }
    // Send only what changed ("" clears a text field).
    const before = initialValues(member, orgsById);
    const patch: MemberInput = {};
    if (v.name.trim() !== before.name) patch.name = v.name.trim();
    if ((v.gender ?? null) !== (before.gender ?? null)) patch.gender = v.gender ?? '';
    if (toNaiveDate(v.birthDate) !== toNaiveDate(before.birthDate) && v.birthDate) patch.birthDate = toNaiveDate(v.birthDate);
    if ((v.phone ?? '').trim() !== (before.phone ?? '')) patch.phone = (v.phone ?? '').trim();
    if ((v.email ?? '').trim() !== (before.email ?? '')) patch.email = (v.email ?? '').trim();
    if (v.politicalStatus && v.politicalStatus !== before.politicalStatus) patch.politicalStatus = v.politicalStatus;
    if (JSON.stringify(v.posts ?? []) !== JSON.stringify(before.posts ?? [])) patch.posts = v.posts ?? [];
    const primaryId = member.organization?.id ?? null;
    const newIds = orgIds(v, primaryId);
    if (JSON.stringify(newIds) !== JSON.stringify(orgIds(before, primaryId))) patch.organizationIds = newIds;
    if (Object.keys(patch).length === 0) {
      onSaved(member.id);
      return;
    }
    const { data } = await update.submit({ input: { id: member.id, patch } });
    if (data) onSaved(member.id);
  };

  const lineLabel = (l: OrgLine) => t(`members.fields.org_${l}`);

  return (
    <FormDialog
      open={open}
      title={member ? t('members.edit.title', { name: member.name }) : t('members.create.title')}
      okText={t('common.save')}
      onOk={onOk}
      onClose={onClose}
      fetching={active.fetching}
      width={640}
      // Opened from the member drawer: stay above it.
      zIndex={1100}
      error={active.error}
      leftovers={active.leftovers}
      form={form}
      name="member"
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', columnGap: 16 }}>
        <Form.Item name="name" label={t('members.fields.name')} rules={[required(t, t('members.fields.name')), maxLen(t, 50)]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="gender" label={t('members.fields.gender')}>
          <Select allowClear options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('members.fields.birthDate')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="politicalStatus" label={t('members.fields.politicalStatus')}>
          <Select allowClear options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`politicalStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('members.fields.phone')} rules={[phoneRule(t)]}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('members.fields.email')} rules={[emailRule(t)]}>
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
      </div>
      <Form.Item name="posts" label={t('members.fields.posts')} extra={t('members.postsHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', columnGap: 16 }}>
        {LINES.map((l) => (
          <Form.Item key={l} name={`org_${l}`} label={lineLabel(l)}>
            <OrgTreeSelect orgs={orgs.filter((o) => o.line === l)} />
          </Form.Item>
        ))}
      </div>
    </FormDialog>
  );
}
