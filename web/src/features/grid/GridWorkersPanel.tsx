import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Empty, Form, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { GridAssignmentFieldsFragment, GridAssignmentRole } from '../../gql/graphql';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { MemberPicker } from '../../components/MemberPicker';
import { formatDate, toNaiveDate } from '../../lib/format';
import { requiredSelect } from '../../lib/formRules';
import type { Org } from '../../lib/orgs';
import { useFormMutation } from '../../lib/useFormMutation';
import { AssignGridWorkerMutation, EndGridAssignmentMutation, GridAssignmentsQuery } from './operations';

/** Assignment roles (`grid.roles.*`). */
export const ASSIGNMENT_ROLES: GridAssignmentRole[] = ['WORKER', 'PARTY_MEMBER'];

interface Values {
  memberId?: string;
  role?: GridAssignmentRole;
  startsOn?: Dayjs;
  endsOn?: Dayjs | null;
}

/** 网格员 of a GRID-line unit: who works in it (网格员, 联系党员), since when; 指派 and 结束. */
export function GridWorkersPanel({ org, canManage }: { org: Org; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GridAssignmentsQuery, variables: { gridId: org.id, activeOnly: true } });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const m = useFormMutation(AssignGridWorkerMutation, form, ['memberId', 'role', 'startsOn', 'endsOn'], {
    'input.memberId': 'memberId',
    'input.startsOn': 'startsOn',
    'input.endsOn': 'endsOn',
  });
  const [, end] = useMutation(EndGridAssignmentMutation);
  const rows = data?.gridAssignments ?? [];

  const assign = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await m.submit({
      input: { gridId: org.id, memberId: v.memberId!, role: v.role ?? 'WORKER', startsOn: toNaiveDate(v.startsOn), endsOn: toNaiveDate(v.endsOn) },
    });
    if (res.data) {
      message.success(t('grid.workers.assigned', { name: res.data.assignGridWorker.assignment.memberName }));
      setOpen(false);
      form.resetFields();
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const finish = async (a: GridAssignmentFieldsFragment) => {
    const res = await end({ input: { assignmentId: a.id, endsOn: toNaiveDate(dayjs()) } });
    if (res.error) {
      const info = describeError(res.error, t);
      message.error(info ? errorText(info) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('grid.workers.ended', { name: a.memberName }));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-label={t('grid.workers.title')} data-testid="grid-workers">
      <div className="tx-toolbar" style={{ justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('grid.workers.title')}
        </Typography.Title>
        {canManage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('grid.workers.assign')}
          </Button>
        )}
      </div>
      {error && !data && <Typography.Text type="danger">{serverErrorText(error, t)}</Typography.Text>}
      <Table<GridAssignmentFieldsFragment>
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.workers.empty')} /> }}
        columns={[
          { key: 'name', title: t('grid.workers.member'), dataIndex: 'memberName' },
          { key: 'role', title: t('grid.workers.role'), render: (_, a) => <Tag>{t(`grid.roles.${a.role}`)}</Tag> },
          { key: 'since', title: t('grid.workers.since'), render: (_, a) => `${formatDate(a.startsOn)}${a.endsOn ? ` — ${formatDate(a.endsOn)}` : ''}` },
          ...(canManage
            ? [
                {
                  key: 'end',
                  title: t('common.actions'),
                  render: (_: unknown, a: GridAssignmentFieldsFragment) => (
                    <Popconfirm title={t('grid.workers.endConfirm', { name: a.memberName })} okText={t('grid.workers.end')} cancelText={t('common.cancel')} onConfirm={() => finish(a)}>
                      <Button size="small" danger>
                        {t('grid.workers.end')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDialog<Values>
        open={open}
        title={t('grid.workers.assignTitle', { grid: org.name })}
        okText={t('grid.workers.assign')}
        fetching={m.fetching}
        onOk={assign}
        onClose={() => setOpen(false)}
        error={m.error}
        leftovers={m.leftovers}
        form={form}
        name="grid-assign"
        initialValues={{ role: 'WORKER', startsOn: dayjs().startOf('day') }}
      >
        <Form.Item name="memberId" label={t('grid.workers.member')} rules={[requiredSelect(t, t('grid.workers.member'))]}>
          <MemberPicker aria-label={t('grid.workers.member')} />
        </Form.Item>
        <Form.Item name="role" label={t('grid.workers.role')}>
          <Select aria-label={t('grid.workers.role')} options={ASSIGNMENT_ROLES.map((r) => ({ value: r, label: t(`grid.roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('grid.workers.startsOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('grid.workers.endsOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormDialog>
    </section>
  );
}
