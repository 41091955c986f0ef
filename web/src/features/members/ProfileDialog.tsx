import { useEffect } from 'react';
import { App as AntApp, DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { useFormMutation } from '../../lib/useFormMutation';
import type { Education, Occupation } from '../../gql/graphql';
import { ProfileCodesQuery, UpdateMemberProfileMutation } from './operations';
import type { MemberDetail } from './MemberFormDialog';
import { JOIN_DATE_FIELDS, profileInput, type ProfileValues } from './profile';

const FIELDS = ['ethnicity', 'education', 'occupation', ...JOIN_DATE_FIELDS];

/** 编辑统计信息: a member's 民族, 学历, 职业/岗位 and join dates, as the annual returns count them. */
export function ProfileDialog({ member, onClose, onSaved }: { member: MemberDetail | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [{ data: codes, fetching: loadingCodes }] = useQuery({ query: ProfileCodesQuery, pause: !member });
  const save = useFormMutation(UpdateMemberProfileMutation, form, FIELDS);
  useEffect(() => {
    if (!member) return;
    save.clear();
    const p = member.profile;
    form.setFieldsValue({
      ethnicity: p?.ethnicity ?? null,
      education: (p?.education as Education | null | undefined) ?? null,
      occupation: (p?.occupation as Occupation | null | undefined) ?? null,
      partyJoinedOn: p?.partyJoinedOn ? dayjs(p.partyJoinedOn) : null,
      leagueJoinedOn: p?.leagueJoinedOn ? dayjs(p.leagueJoinedOn) : null,
      unionJoinedOn: p?.unionJoinedOn ? dayjs(p.unionJoinedOn) : null,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [member]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !member) return;
    const { data } = await save.submit({ input: profileInput(member.id, v) });
    if (!data) return;
    void message.success(t('members.profile.saved'));
    onSaved();
    onClose();
  };
  const options = (list: { code: string; label: string }[] | undefined) => (list ?? []).map((c) => ({ value: c.code, label: c.label }));
  const today = dayjs();

  return (
    <FormDialog<ProfileValues>
      open={!!member}
      title={t('members.profile.editTitle', { name: member?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk()}
      onClose={onClose}
      fetching={save.fetching}
      error={save.error}
      leftovers={save.leftovers}
      form={form}
      name="member-profile"
    >
      <Form.Item name="ethnicity" label={t('members.profile.ethnicity')}>
        <Select allowClear showSearch optionFilterProp="label" loading={loadingCodes} options={options(codes?.profileCodes.ethnicities)} />
      </Form.Item>
      <Form.Item name="education" label={t('members.profile.education')}>
        <Select allowClear showSearch optionFilterProp="label" loading={loadingCodes} options={options(codes?.profileCodes.educations)} />
      </Form.Item>
      <Form.Item name="occupation" label={t('members.profile.occupation')}>
        <Select allowClear showSearch optionFilterProp="label" loading={loadingCodes} options={options(codes?.profileCodes.occupations)} />
      </Form.Item>
      {JOIN_DATE_FIELDS.map((f) => (
        <Form.Item key={f} name={f} label={t(`members.profile.${f}`)}>
          <DatePicker style={{ width: '100%', maxWidth: 240 }} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(today, 'day')} />
        </Form.Item>
      ))}
    </FormDialog>
  );
}
