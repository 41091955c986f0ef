import { useEffect, useState } from 'react';
import { App as AntApp, AutoComplete, Button, DatePicker, Empty, Form, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { AssignPositionMutation, EndPositionMutation, OrganizationPositionsQuery } from './operations';
import { RolesQuery } from '../roles/operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { FormDialog } from '../../components/FormDialog';
import type { OrganizationPositionsQuery as PositionsData, OrgLine } from '../../gql/graphql';
import { formatDate, toNaiveDate } from '../../lib/format';
import type { Org } from '../../lib/orgs';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

type Position = PositionsData['organization']['positions'][number];

const TITLE_SUGGESTIONS: Record<OrgLine, string[]> = {
  PARTY: ['书记', '副书记', '组织委员', '宣传委员', '纪检委员', '青年委员', '党小组长'],
  UNION: ['主席', '副主席', '委员', '经费审查委员', '女职工委员'],
  YOUTH: ['书记', '副书记', '组织委员', '宣传委员'],
  ADMIN: ['负责人', '副负责人'],
  GRID: ['网格长', '网格员', '督办'],
};

interface AssignValues {
  memberId: string;
  title: string;
  role?: string;
  termStart: Dayjs;
  termEnd?: Dayjs | null;
}

const ASSIGN_FIELDS = ['memberId', 'title', 'role', 'termStart', 'termEnd'] as const;

function AssignPositionDialog({
  org,
  open,
  isAdmin,
  onClose,
  onDone,
}: {
  org: Org;
  open: boolean;
  isAdmin: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(AssignPositionMutation, form, ASSIGN_FIELDS);
  const [{ data: roles }] = useQuery({ query: RolesQuery, pause: !isAdmin || !open });
  useEffect(() => {
    if (open) {
      clear();
      form.resetFields();
      const start = dayjs().startOf('day');
      form.setFieldsValue({ termStart: start, termEnd: start.add(3, 'year'), role: 'officer' });
    }
  }, [open, form, clear]);

  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({
      input: {
        organizationId: org.id,
        memberId: v.memberId,
        title: v.title.trim(),
        role: v.role || null,
        termStart: toNaiveDate(v.termStart)!,
        termEnd: toNaiveDate(v.termEnd),
      },
    });
    if (data) onDone();
  };

  const roleOptions = (roles?.roles ?? [])
    .filter((r) => r.name !== 'tenant_admin')
    .map((r) => ({ value: r.name, label: `${r.label}（${r.name}）` }));

  return (
    <FormDialog
      open={open}
      title={t('positions.assign.title', { org: org.name })}
      okText={t('positions.assign.submit')}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      error={error}
      leftovers={leftovers}
      form={form}
      name="assignPosition"
    >
      <Form.Item name="memberId" label={t('positions.fields.member')} rules={[requiredSelect(t, t('positions.fields.member'))]}>
        <MemberPicker />
      </Form.Item>
      <Form.Item name="title" label={t('positions.fields.title')} rules={[required(t, t('positions.fields.title')), maxLen(t, 50)]}>
        <AutoComplete
          options={TITLE_SUGGESTIONS[org.line].map((v) => ({ value: v }))}
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
        />
      </Form.Item>
      {isAdmin && (
        <Form.Item name="role" label={t('positions.fields.role')} extra={t('positions.assign.roleHelp')}>
          <Select options={roleOptions.length > 0 ? roleOptions : [{ value: 'officer', label: t('roleNames.officer') }]} />
        </Form.Item>
      )}
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item
          name="termStart"
          label={t('positions.fields.termStart')}
          rules={[requiredSelect(t, t('positions.fields.termStart'))]}
          style={{ flex: 1, minWidth: 160 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="termEnd"
          label={t('positions.fields.termEnd')}
          dependencies={['termStart']}
          style={{ flex: 1, minWidth: 160 }}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | null | undefined) => {
                const start = getFieldValue('termStart') as Dayjs | undefined;
                return !v || !start || v.isAfter(start, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('positions.termEndAfterStart')));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
    </FormDialog>
  );
}

/** Officer positions of one unit, with assign and end. */
export function PositionsPanel({ org, canManage, isAdmin }: { org: Org; canManage: boolean; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganizationPositionsQuery, variables: { id: org.id } });
  const [assignOpen, setAssignOpen] = useState(false);
  const [ending, endPosition] = useMutation(EndPositionMutation);

  const reload = () => refetch({ requestPolicy: 'network-only' });

  const end = async (p: Position) => {
    const res = await endPosition({ input: { id: p.id } });
    if (res.error) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('positions.ended'));
    reload();
  };

  const positions = data?.organization.positions ?? [];
  const e = describeError(error, t);

  return (
    <section aria-labelledby="positions-title">
      <div className="tx-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={4} id="positions-title" style={{ margin: 0 }}>
          {t('positions.title')}
        </Typography.Title>
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAssignOpen(true)}>
            {t('positions.assign.button')}
          </Button>
        )}
      </div>
      {e && <FormError error={e} />}
      <Table<Position>
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={positions}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={t('positions.empty')} /> }}
        columns={[
          { title: t('positions.fields.title'), dataIndex: 'title' },
          { title: t('positions.fields.member'), render: (_, p) => p.member?.name ?? '—' },
          { title: t('positions.fields.role'), dataIndex: 'role', render: (r: string) => <Tag>{t(`roleNames.${r}`, { defaultValue: r })}</Tag> },
          {
            title: t('positions.fields.term'),
            render: (_, p) => `${formatDate(p.termStart)} ~ ${p.termEnd ? formatDate(p.termEnd) : ''}`,
          },
          {
            title: t('common.status'),
            render: (_, p) =>
              p.endedAt ? <Tag>{t('positions.endedAt', { date: formatDate(p.endedAt) })}</Tag> : <Tag color="green">{t('positions.current')}</Tag>,
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, p: Position) =>
                    p.endedAt ? null : (
                      <Popconfirm
                        title={t('positions.endConfirm', { title: p.title, name: p.member?.name ?? '' })}
                        okText={t('positions.end')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true, loading: ending.fetching }}
                        onConfirm={() => end(p)}
                      >
                        <Button size="small" danger>
                          {t('positions.end')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      <AssignPositionDialog
        org={org}
        open={assignOpen}
        isAdmin={isAdmin}
        onClose={() => setAssignOpen(false)}
        onDone={() => {
          setAssignOpen(false);
          message.success(t('positions.assigned'));
          reload();
        }}
      />
    </section>
  );
}
