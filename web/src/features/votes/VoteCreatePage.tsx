import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CreateVoteMutation, VoteElectorateCountQuery } from './operations';
import { AudienceRolesQuery } from '../notices/operations';
import { AudiencePicker } from '../notices/AudiencePicker';
import { BUILTIN_ROLES, EMPTY_AUDIENCE, hasSelector, type AudienceValue } from '../notices/notices';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { pickerToIso } from '../../lib/format';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { ResultsVisibility, VoteKind } from '../../gql/graphql';
import { MAX_OPTION, MAX_OPTIONS, MAX_TITLE, VOTE_KINDS, minCandidates, toElectorateInput } from './votes';

interface Values {
  orgId: string | null;
  kind: VoteKind;
  title: string;
  description?: string;
  options: string[];
  minChoices: number;
  maxChoices: number;
  seats?: number | null;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  electorate: AudienceValue;
  opensAt?: dayjs.Dayjs | null;
  closesAt: dayjs.Dayjs | null;
}

const FIELDS = ['orgId', 'kind', 'title', 'description', 'options', 'minChoices', 'maxChoices', 'seats', 'electorate', 'opensAt', 'closesAt'] as const;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** How many the electorate holds now, asked half a second after it last changed. */
function useElectorateCount(orgId: string | null | undefined, electorate: AudienceValue | undefined): number | null {
  const client = useClient();
  const [count, setCount] = useState<number | null>(null);
  const key = orgId && electorate && hasSelector(electorate) ? JSON.stringify([orgId, toElectorateInput(electorate)]) : '';
  useEffect(() => {
    if (!key) {
      setCount(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      const [org, input] = JSON.parse(key) as [string, ReturnType<typeof toElectorateInput>];
      void client
        .query(VoteElectorateCountQuery, { orgId: org, electorate: input }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => !cancelled && setCount(r.data ? r.data.voteElectorateCount : null));
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, key]);
  return count;
}

/**
 * 发起投票 (`/votes/new`): the issuing org, kind (投票 / 民主推荐 / 选举 with seats), title,
 * options, choices, secrecy, when results show, the electorate with a live count, and the
 * window. Asks before it opens (the electorate is frozen then).
 */
export default function VoteCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal } = AntApp.useApp();
  const { isAdmin } = useViewer();
  const [form] = Form.useForm<Values>();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [roleData] = useQuery({ query: AudienceRolesQuery, pause: !isAdmin });
  const create = useFormMutation(CreateVoteMutation, form, FIELDS);
  const orgId = Form.useWatch('orgId', form);
  const kind = Form.useWatch('kind', form) ?? 'POLL';
  const seats = Form.useWatch('seats', form);
  const electorate = Form.useWatch('electorate', form);
  const count = useElectorateCount(orgId, electorate);
  const roles = useMemo(
    () =>
      roleData.data?.roles.map((r) => ({ name: r.name, label: r.label })) ??
      BUILTIN_ROLES.map((name) => ({ name, label: t(`roleNames.${name}`, { defaultValue: name }) })),
    [roleData.data, t],
  );

  const submit = (v: Values) => {
    modal.confirm({
      title: t('votes.create.confirm'),
      content: t('votes.create.confirmWho', { count: count ?? 0 }),
      okText: t('votes.create.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await create.submit({
          input: {
            orgId: v.orgId ?? '',
            kind: v.kind,
            title: v.title,
            description: v.description ?? null,
            options: v.options,
            minChoices: v.minChoices,
            maxChoices: v.maxChoices,
            seats: v.kind === 'POLL' ? null : (v.seats ?? null),
            anonymous: v.anonymous,
            resultsVisibility: v.resultsVisibility,
            electorate: toElectorateInput(v.electorate),
            opensAt: pickerToIso(v.opensAt ?? null),
            closesAt: pickerToIso(v.closesAt) ?? '',
          },
        });
        if (res.data) navigate(`/votes/${res.data.createVote.vote.id}`);
      },
    });
  };

  return (
    <div className="tx-page">
      <PageHeader title={t('votes.create.title')} />
      <Card>
        <FormError error={create.error} extra={create.leftovers} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            orgId: null,
            kind: 'POLL',
            options: ['', ''],
            minChoices: 1,
            maxChoices: 1,
            anonymous: true,
            resultsVisibility: 'AFTER_CLOSE',
            electorate: EMPTY_AUDIENCE,
            closesAt: dayjs().add(3, 'day').startOf('hour'),
          }}
        >
          <Form.Item name="orgId" label={t('votes.fields.org')} rules={[requiredSelect(t, t('votes.fields.org'))]}>
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('votes.fields.org')} />
          </Form.Item>
          <Form.Item name="kind" label={t('votes.fields.kind')}>
            <Radio.Group optionType="button" options={VOTE_KINDS.map((k) => ({ value: k, label: t(`votes.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('votes.fields.title')} rules={[required(t, t('votes.fields.title')), maxLen(t, MAX_TITLE)]}>
            <Input maxLength={MAX_TITLE} showCount />
          </Form.Item>
          <Form.Item name="description" label={t('votes.fields.description')} rules={[maxLen(t, 5000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {kind !== 'POLL' && (
            <Form.Item
              name="seats"
              label={t('votes.fields.seats')}
              rules={[{ required: true, message: t('votes.create.seatsRequired') }]}
              extra={seats ? t('votes.create.minCandidates', { count: minCandidates(kind, seats) }) : undefined}
            >
              <InputNumber min={1} max={99} />
            </Form.Item>
          )}
          <Form.Item label={kind === 'POLL' ? t('votes.fields.options') : t('votes.fields.candidates')} required>
            <Form.List
              name="options"
              rules={[
                {
                  validator: async (_, v: string[]) => {
                    if (!v || v.length < 2) throw new Error(t('votes.create.twoOptions'));
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                      <Form.Item {...f} rules={[required(t, t('votes.fields.option')), maxLen(t, MAX_OPTION)]} style={{ flex: 1, marginBottom: 8 }}>
                        <Input placeholder={t('votes.create.optionN', { n: i + 1 })} aria-label={t('votes.create.optionN', { n: i + 1 })} maxLength={MAX_OPTION} />
                      </Form.Item>
                      {fields.length > 2 && <MinusCircleOutlined aria-label={t('votes.create.removeOption')} onClick={() => remove(f.name)} />}
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= MAX_OPTIONS}>
                    {t('votes.create.addOption')}
                  </Button>
                  <Form.ErrorList errors={errors} />
                </>
              )}
            </Form.List>
          </Form.Item>
          <Space wrap>
            <Form.Item name="minChoices" label={t('votes.fields.minChoices')}>
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item name="maxChoices" label={t('votes.fields.maxChoices')}>
              <InputNumber min={1} max={100} />
            </Form.Item>
          </Space>
          <Form.Item name="anonymous" label={t('votes.fields.anonymous')} valuePropName="checked" extra={t('votes.create.anonymousHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="resultsVisibility" label={t('votes.fields.resultsVisibility')}>
            <Select
              options={(['AFTER_CLOSE', 'LIVE'] as ResultsVisibility[]).map((v) => ({ value: v, label: t(`votes.visibility.${v}`) }))}
              style={{ maxWidth: 320 }}
            />
          </Form.Item>
          <Form.Item name="electorate" label={t('votes.fields.electorate')} rules={[{ validator: async (_, v: AudienceValue) => { if (!v || !hasSelector(v)) throw new Error(t('votes.create.electorateRequired')); } }]}>
            <AudiencePicker orgs={orgs} orgsLoading={orgsLoading} roles={roles} />
          </Form.Item>
          <Typography.Paragraph data-testid="electorate-count">
            {count == null ? t('votes.create.countUnknown') : t('votes.create.count', { count })}
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="opensAt" label={t('votes.fields.opensAt')} extra={t('votes.create.opensNow')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
            <Form.Item name="closesAt" label={t('votes.fields.closesAt')} rules={[{ required: true, message: t('votes.create.closesRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" loading={create.fetching}>
            {t('votes.create.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
