import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, DatePicker, Empty, Form, Input, List, Progress, Radio, Select, Space, Spin, Switch, Tag, TreeSelect, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { SupervisionTaskFieldsFragment, SupervisionTaskState } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { FormDialog } from '../../components/FormDialog';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { formatDateTime, pickerToIso } from '../../lib/format';
import { buildForest, type Org, type OrgNode } from '../../lib/orgs';
import type { PendingFile } from '../../lib/upload';
import { useFormMutation } from '../../lib/useFormMutation';
import { AttachmentsField } from '../notices/AttachmentsField';
import { CreateSupervisionTaskMutation, ReportSupervisionTaskMutation, ReviewSupervisionTaskMutation, SupervisionTasksQuery } from './operations';
import { PhotoStrip } from './CaseDetail';
import { TASK_STATES } from './grid';
import { TimeLeftTag } from './TimeLeftTag';
import { useGridOrgs } from './useGridOrgs';

type Task = SupervisionTaskFieldsFragment;
type Target = Task['targets'][number];

interface CreateValues {
  orgId?: string;
  title?: string;
  description?: string;
  dueAt?: Dayjs;
  targetOrgIds?: string[];
  files?: PendingFile[];
}

/** Several units from the tree (the task's targets). */
function OrgMultiSelect({ orgs, value, onChange, ...rest }: { orgs: Org[]; value?: string[]; onChange?: (v: string[]) => void; 'aria-label'?: string }) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const toItem = (n: OrgNode): { value: string; title: string; children: unknown[] } => ({
      value: n.org.id,
      title: `${n.org.name}（${t(`kind.${n.org.kind}`)}）`,
      children: n.children.map(toItem),
    });
    return buildForest(orgs).map(toItem);
  }, [orgs, t]);
  return (
    <TreeSelect
      aria-label={rest['aria-label']}
      treeData={treeData as never}
      value={value}
      onChange={(v) => onChange?.(v as string[])}
      multiple
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ width: '100%' }}
    />
  );
}

/** 下发督办任务: the issuing org, what and by when, to which units, with attachments. */
function CreateTaskDialog({ open, orgs, onClose }: { open: boolean; orgs: Org[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [busy, setBusy] = useState(false);
  const m = useFormMutation(CreateSupervisionTaskMutation, form, ['orgId', 'title', 'description', 'dueAt', 'targetOrgIds', 'files'], {
    'input.orgId': 'orgId',
    'input.title': 'title',
    'input.description': 'description',
    'input.dueAt': 'dueAt',
    'input.targetOrgIds': 'targetOrgIds',
  });
  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await m.submit({
      input: {
        orgId: v.orgId!,
        title: v.title!.trim(),
        description: v.description!.trim(),
        dueAt: pickerToIso(v.dueAt) ?? '',
        targetOrgIds: v.targetOrgIds ?? [],
        fileIds: (v.files ?? []).map((f) => f.id),
      },
    });
    if (res.data) {
      message.success(t('grid.tasks.created', { number: res.data.createSupervisionTask.task.number }));
      form.resetFields();
      onClose();
    }
  };
  return (
    <FormDialog<CreateValues>
      open={open}
      title={t('grid.tasks.create')}
      okText={t('grid.tasks.createOk')}
      okButtonProps={{ disabled: busy }}
      fetching={m.fetching}
      onOk={ok}
      onClose={onClose}
      error={m.error}
      leftovers={m.leftovers}
      form={form}
      name="grid-task-create"
      initialValues={{ files: [] }}
      width={560}
    >
      <Form.Item name="orgId" label={t('grid.tasks.issuer')} rules={[requiredSelect(t, t('grid.tasks.issuer'))]}>
        <OrgTreeSelect orgs={orgs} aria-label={t('grid.tasks.issuer')} />
      </Form.Item>
      <Form.Item name="title" label={t('grid.fields.title')} rules={[required(t, t('grid.fields.title')), maxLen(t, 100)]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('grid.fields.description')} rules={[required(t, t('grid.fields.description')), maxLen(t, 4000)]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="dueAt" label={t('grid.fields.dueAt')} rules={[requiredSelect(t, t('grid.fields.dueAt'))]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="targetOrgIds" label={t('grid.tasks.targets')} rules={[requiredSelect(t, t('grid.tasks.targets'))]}>
        <OrgMultiSelect orgs={orgs} aria-label={t('grid.tasks.targets')} />
      </Form.Item>
      <Form.Item name="files" label={t('grid.tasks.files')}>
        <AttachmentsField onBusy={setBusy} />
      </Form.Item>
    </FormDialog>
  );
}

interface TargetValues {
  report?: string;
  files?: PendingFile[];
  accept?: boolean;
  note?: string;
}

/** A receiving unit reports (上报落实情况), or the issuer reviews a report (审核). */
function TargetDialog({ task, target, mode, onClose }: { task: Task | null; target: Target | null; mode: 'report' | 'review'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<TargetValues>();
  const [busy, setBusy] = useState(false);
  const report = useFormMutation(ReportSupervisionTaskMutation, form, ['report', 'files'], { 'input.report': 'report' });
  const review = useFormMutation(ReviewSupervisionTaskMutation, form, ['accept', 'note'], { 'input.note': 'note' });
  const m = mode === 'report' ? report : review;
  const ok = async () => {
    if (!task || !target) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res =
      mode === 'report'
        ? await report.submit({ input: { taskId: task.id, orgId: target.orgId, report: v.report!.trim(), fileIds: (v.files ?? []).map((f) => f.id) } })
        : await review.submit({ input: { taskId: task.id, orgId: target.orgId, accept: v.accept ?? true, note: v.note?.trim() || null } });
    if (res.data) {
      message.success(t(mode === 'report' ? 'grid.tasks.reported' : 'grid.tasks.reviewed'));
      form.resetFields();
      onClose();
    }
  };
  return (
    <FormDialog<TargetValues>
      open={!!task && !!target}
      title={task && target ? t(mode === 'report' ? 'grid.tasks.reportTitle' : 'grid.tasks.reviewTitle', { org: target.orgName, title: task.title }) : ''}
      okText={t(mode === 'report' ? 'grid.tasks.report' : 'grid.tasks.review')}
      okButtonProps={{ disabled: busy }}
      fetching={m.fetching}
      onOk={ok}
      onClose={onClose}
      error={m.error}
      leftovers={m.leftovers}
      form={form}
      name={`grid-task-${mode}`}
      initialValues={{ files: [], accept: true }}
    >
      {mode === 'report' ? (
        <>
          <Form.Item name="report" label={t('grid.tasks.reportText')} rules={[required(t, t('grid.tasks.reportText')), maxLen(t, 4000)]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="files" label={t('grid.tasks.files')}>
            <AttachmentsField onBusy={setBusy} />
          </Form.Item>
        </>
      ) : (
        <>
          {target?.report && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{target.report}</Typography.Paragraph>}
          <Form.Item name="accept" label={t('grid.tasks.verdict')}>
            <Radio.Group
              options={[
                { value: true, label: t('grid.tasks.accept') },
                { value: false, label: t('grid.tasks.reject') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t('grid.fields.note')} rules={[maxLen(t, 1000)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

const STATE_COLOR: Record<SupervisionTaskState, string> = { DISPATCHED: 'blue', FEEDBACK: 'purple', CLOSED: 'green' };

/** 督办任务: tasks issued to units with each unit's progress; 下发, 上报 and 审核. */
export default function SupervisionTasksPage() {
  const { t } = useTranslation();
  const orgs = useGridOrgs();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [state, setState] = useState<SupervisionTaskState | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const cursors = usePageCursors();
  const [{ data, fetching, error }] = useQuery({
    query: SupervisionTasksQuery,
    variables: { first: 20, after: cursors.after, orgId, state: state ?? null, overdueOnly },
  });
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<{ task: Task; target: Target; mode: 'report' | 'review' } | null>(null);
  const tasks = data?.supervisionTasks.edges.map((e) => e.node) ?? [];

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.gridTasks')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgTreeSelect orgs={orgs.orgs} value={orgId} onChange={(v) => { cursors.reset(); setOrgId(v); }} placeholder={t('grid.tasks.anyOrg')} aria-label={t('grid.tasks.org')} style={{ width: 220 }} />
        <Select allowClear placeholder={t('grid.fields.state')} aria-label={t('grid.fields.state')} value={state} onChange={(v) => { cursors.reset(); setState(v); }} options={TASK_STATES.map((s) => ({ value: s, label: t(`grid.tasks.states.${s}`) }))} style={{ width: 140 }} />
        <Space>
          <Switch checked={overdueOnly} onChange={(v) => { cursors.reset(); setOverdueOnly(v); }} aria-label={t('grid.board.overdueOnly')} />
          {t('grid.board.overdueOnly')}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('grid.tasks.create')}
        </Button>
      </Space>
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data ? (
        <Spin />
      ) : tasks.length === 0 ? (
        <Empty description={t('grid.tasks.empty')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {tasks.map((task) => (
            <Card
              key={task.id}
              size="small"
              data-testid="grid-task"
              title={
                <Space wrap>
                  <Typography.Text type="secondary">{task.number}</Typography.Text>
                  {task.title}
                  <TimeLeftTag dueAt={task.dueAt} />
                </Space>
              }
              extra={<Progress type="circle" size={36} percent={task.total ? Math.round((task.closed / task.total) * 100) : 0} />}
            >
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{task.description}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('grid.tasks.meta', { org: task.orgName, by: task.createdByName ?? '—', at: formatDateTime(task.createdAt), due: formatDateTime(task.dueAt) })}
              </Typography.Text>
              <PhotoStrip photos={task.files.filter((f) => f.contentType.startsWith('image/'))} label={t('grid.tasks.files')} />
              <List
                size="small"
                dataSource={task.targets}
                renderItem={(target) => (
                  <List.Item
                    key={target.orgId}
                    actions={[
                      ...(target.state === 'DISPATCHED'
                        ? [<Button key="r" size="small" onClick={() => setDialog({ task, target, mode: 'report' })}>{t('grid.tasks.report')}</Button>]
                        : []),
                      ...(target.state === 'FEEDBACK'
                        ? [<Button key="v" size="small" type="primary" onClick={() => setDialog({ task, target, mode: 'review' })}>{t('grid.tasks.review')}</Button>]
                        : []),
                    ]}
                  >
                    <Space orientation="vertical" size={0}>
                      <Space wrap>
                        {target.orgName}
                        <Tag color={STATE_COLOR[target.state]}>{t(`grid.tasks.states.${target.state}`)}</Tag>
                        {target.overdue && <Tag color="red">{t('grid.overdue')}</Tag>}
                      </Space>
                      {target.report && <Typography.Text type="secondary">{target.report}</Typography.Text>}
                      {target.reviewNote && <Typography.Text type="secondary">{t('grid.tasks.reviewNote', { note: target.reviewNote })}</Typography.Text>}
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          ))}
        </Space>
      )}
      <CursorPager cursors={cursors} pageInfo={data?.supervisionTasks.pageInfo} />
      <CreateTaskDialog open={creating} orgs={orgs.orgs} onClose={() => setCreating(false)} />
      <TargetDialog task={dialog?.task ?? null} target={dialog?.target ?? null} mode={dialog?.mode ?? 'report'} onClose={() => setDialog(null)} />
    </div>
  );
}
