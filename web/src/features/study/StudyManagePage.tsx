import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Button, Card, Checkbox, DatePicker, Empty, Form, Input, InputNumber, List, Modal, Popconfirm, Select, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type dayjs from 'dayjs';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime, pickerToIso } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { OrgLine, StudyMaterialKind } from '../../gql/graphql';
import {
  ArchiveStudyMaterialMutation,
  CloseStudyPlanMutation,
  CreateStudyCourseMutation,
  CreateStudyMaterialMutation,
  CreateStudyPlanMutation,
  StudyCoursesQuery,
  StudyMaterialsQuery,
  StudyPlansQuery,
} from './operations';
import { duration } from './study';

const PAGE = 20;
/** Materials and courses offered in pickers. */
const PICK = 100;

interface MaterialValues {
  kind: StudyMaterialKind;
  title: string;
  summary?: string;
  body?: string;
  videoUrl?: string;
  durationSeconds?: number;
  requiredSeconds?: number | null;
}

const MATERIAL_FIELDS = ['kind', 'title', 'summary', 'body', 'videoUrl', 'durationSeconds', 'requiredSeconds'] as const;

function MaterialDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MaterialValues>();
  const kind = Form.useWatch('kind', form) ?? 'ARTICLE';
  const { submit, fetching, error } = useFormMutation(CreateStudyMaterialMutation, form, MATERIAL_FIELDS);
  const onOk = async () => {
    const v = await form.validateFields();
    const res = await submit({
      input: {
        orgId,
        kind: v.kind,
        title: v.title,
        summary: v.summary ?? '',
        body: v.kind === 'ARTICLE' ? `<p>${(v.body ?? '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c).replace(/\n/g, '</p><p>')}</p>` : '',
        videoUrl: v.kind === 'VIDEO' ? v.videoUrl : null,
        durationSeconds: v.kind === 'VIDEO' ? v.durationSeconds : null,
        requiredSeconds: v.requiredSeconds ?? null,
      },
    });
    if (res.data) onClose();
  };
  return (
    <Modal open title={t('study.manage.newMaterial')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={onOk} onCancel={onClose} forceRender>
      <FormError error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'ARTICLE' }} requiredMark={false}>
        <Form.Item name="kind" label={t('study.fields.kind')}>
          <Select options={(['ARTICLE', 'VIDEO'] as const).map((k) => ({ value: k, label: t(`study.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, message: t('study.fields.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('study.fields.summary')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {kind === 'ARTICLE' && (
          <Form.Item name="body" label={t('study.fields.body')} rules={[{ required: true, message: t('study.fields.bodyRequired') }]}>
            <Input.TextArea rows={6} />
          </Form.Item>
        )}
        {kind === 'VIDEO' && (
          <>
            <Form.Item name="videoUrl" label={t('study.fields.videoUrl')} rules={[{ required: true, message: t('study.fields.videoUrlRequired') }]}>
              <Input placeholder="https://" maxLength={1000} />
            </Form.Item>
            <Form.Item name="durationSeconds" label={t('study.fields.durationSeconds')} rules={[{ required: true, message: t('study.fields.durationRequired') }]}>
              <InputNumber min={1} max={86400} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="requiredSeconds" label={t('study.fields.requiredSeconds')} extra={t('study.fields.requiredHint')}>
          <InputNumber min={1} max={86400} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Materials({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [, archive] = useMutation(ArchiveStudyMaterialMutation);
  const items = data?.studyMaterials.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        {t('study.manage.newMaterial')}
      </Button>
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      <List
        loading={fetching && !data}
        dataSource={items}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('study.manage.noMaterials')} /> }}
        renderItem={(m) => (
          <List.Item
            data-testid="study-material-row"
            actions={
              m.viewerCanManage
                ? [
                    <Popconfirm
                      key="archive"
                      title={t('study.manage.archiveConfirm')}
                      okText={t('study.manage.archive')}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        const res = await archive({ input: { materialId: m.id } });
                        if (res.error) void message.error(serverErrorText(res.error, t));
                        else refetch({ requestPolicy: 'network-only' });
                      }}
                    >
                      <Button size="small">{t('study.manage.archive')}</Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Link to={`/study/materials/${m.id}`}>{m.title}</Link>
                  <Tag>{t(`study.kinds.${m.kind}`)}</Tag>
                </Space>
              }
              description={m.requiredSeconds ? t('study.manage.required', { time: duration(m.requiredSeconds) }) : t('study.material.noTime')}
            />
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.studyMaterials.pageInfo} />
      {creating && (
        <MaterialDialog
          orgId={orgId}
          onClose={() => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function CourseDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ title: string; summary?: string; materialIds: string[] }>();
  const [{ data }] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PICK } });
  const { submit, fetching, error } = useFormMutation(CreateStudyCourseMutation, form, ['title', 'summary', 'materialIds']);
  const onOk = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { orgId, title: v.title, summary: v.summary ?? '', materialIds: v.materialIds } });
    if (res.data) onClose();
  };
  return (
    <Modal open title={t('study.manage.newCourse')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={onOk} onCancel={onClose} forceRender>
      <FormError error={error} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, message: t('study.fields.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('study.fields.summary')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="materialIds" label={t('study.fields.materials')} rules={[{ required: true, message: t('study.fields.itemsRequired') }]}>
          <Select mode="multiple" options={(data?.studyMaterials.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Courses({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [{ data, fetching }, refetch] = useQuery({ query: StudyCoursesQuery, variables: { orgId, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        {t('study.manage.newCourse')}
      </Button>
      <List
        loading={fetching && !data}
        dataSource={data?.studyCourses.edges.map((e) => e.node) ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('study.manage.noCourses')} /> }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={c.title} description={t('study.manage.courseCount', { count: c.materialIds.length })} />
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.studyCourses.pageInfo} />
      {creating && (
        <CourseDialog
          orgId={orgId}
          onClose={() => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

interface PlanValues {
  title: string;
  description?: string;
  deadline: dayjs.Dayjs;
  items: string[];
  audienceOrg: string | null;
  includeSubtree: boolean;
  lines: OrgLine[];
}

function PlanDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanValues>();
  const { orgs, loading } = useAllOrganizations(null);
  const [{ data: materials }] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PICK } });
  const [{ data: courses }] = useQuery({ query: StudyCoursesQuery, variables: { orgId, first: PICK } });
  const { submit, fetching, error } = useFormMutation(CreateStudyPlanMutation, form, ['title', 'description', 'deadline', 'items', 'audience']);
  const options = [
    ...(courses?.studyCourses.edges ?? []).map((e) => ({ value: `c:${e.node.id}`, label: `${t('study.manage.courseTag')} ${e.node.title}` })),
    ...(materials?.studyMaterials.edges ?? []).map((e) => ({ value: `m:${e.node.id}`, label: e.node.title })),
  ];
  const onOk = async () => {
    const v = await form.validateFields();
    const res = await submit({
      input: {
        orgId,
        title: v.title,
        description: v.description ?? '',
        deadline: pickerToIso(v.deadline) ?? '',
        items: v.items.map((i) => (i.startsWith('c:') ? { courseId: i.slice(2) } : { materialId: i.slice(2) })),
        audience: { orgs: [{ orgId: v.audienceOrg ?? orgId, includeSubtree: v.includeSubtree }], lines: v.lines },
      },
    });
    if (res.data) onClose();
  };
  return (
    <Modal open title={t('study.manage.newPlan')} okText={t('study.manage.assign')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={onOk} onCancel={onClose} forceRender>
      <FormError error={error} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ audienceOrg: orgId, includeSubtree: true, lines: [] }}>
        <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, message: t('study.fields.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('study.fields.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('study.fields.deadline')} rules={[{ required: true, message: t('study.fields.deadlineRequired') }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="items" label={t('study.fields.items')} rules={[{ required: true, message: t('study.fields.itemsRequired') }]}>
          <Select mode="multiple" options={options} />
        </Form.Item>
        <Form.Item name="audienceOrg" label={t('study.fields.audience')}>
          <OrgTreeSelect orgs={orgs} loading={loading} allowClear={false} aria-label={t('study.fields.audience')} />
        </Form.Item>
        <Form.Item name="includeSubtree" valuePropName="checked" label={t('study.fields.includeSubtree')}>
          <Switch />
        </Form.Item>
        <Form.Item name="lines" label={t('study.fields.lines')}>
          <Checkbox.Group options={(['PARTY', 'UNION', 'YOUTH'] as const).map((l) => ({ value: l, label: t(`line.${l}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Plans({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [{ data, fetching }, refetch] = useQuery({ query: StudyPlansQuery, variables: { orgId, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [, close] = useMutation(CloseStudyPlanMutation);
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        {t('study.manage.newPlan')}
      </Button>
      <List
        loading={fetching && !data}
        dataSource={data?.studyPlans.edges.map((e) => e.node) ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('study.manage.noPlans')} /> }}
        renderItem={(p) => (
          <List.Item
            data-testid="study-plan-row"
            actions={[
              <Link key="board" to={`/study/plans/${p.id}/board`}>
                {t('study.manage.board')}
              </Link>,
              ...(p.viewerCanManage && p.status === 'OPEN'
                ? [
                    <Popconfirm
                      key="close"
                      title={t('study.manage.closeConfirm')}
                      okText={t('study.manage.close')}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        const res = await close({ input: { planId: p.id } });
                        if (res.error) void message.error(serverErrorText(res.error, t));
                        else refetch({ requestPolicy: 'network-only' });
                      }}
                    >
                      <Button size="small">{t('study.manage.close')}</Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span>{p.title}</span>
                  <Tag>{t(`study.planStatus.${p.status}`)}</Tag>
                </Space>
              }
              description={t('study.manage.planLine', { deadline: formatDateTime(p.deadline), completed: p.completedCount, assigned: p.assignedCount })}
            />
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.studyPlans.pageInfo} />
      {creating && (
        <PlanDialog
          orgId={orgId}
          onClose={() => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

/** 学习管理 (`/study/manage`): an org's materials, courses and plans, for its officers. */
export default function StudyManagePage() {
  const { t } = useTranslation();
  const { orgs, loading } = useAllOrganizations(null);
  const [orgId, setOrgId] = useState<string | null>(null);
  const org = orgId ?? orgs[0]?.id ?? null;
  return (
    <div className="tx-page tx-study">
      <PageHeader title={t('study.manage.title')} />
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('study.manage.org')}</Typography.Text>
          <OrgTreeSelect orgs={orgs} loading={loading} value={org} onChange={setOrgId} allowClear={false} aria-label={t('study.manage.org')} />
        </Space>
      </Card>
      {org && (
        <Card style={{ marginTop: 12 }}>
          <Tabs
            items={[
              { key: 'plans', label: t('study.manage.plans'), children: <Plans orgId={org} /> },
              { key: 'materials', label: t('study.manage.materials'), children: <Materials orgId={org} /> },
              { key: 'courses', label: t('study.manage.courses'), children: <Courses orgId={org} /> },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
