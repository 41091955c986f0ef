import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Button, Card, Empty, List, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { StudyMaterialFieldsFragment } from '../../gql/graphql';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { ArchiveStudyMaterialMutation, CloseStudyPlanMutation, ManagedStudyCoursesQuery, StudyMaterialsQuery, StudyPlansQuery } from './operations';
import { CourseDialog, type ManagedCourse } from './CourseDialog';
import { MaterialDialog } from './MaterialDialog';
import { PlanDialog } from './PlanDialog';
import { duration } from './study';

const PAGE = 20;

/** A dialog's state: closed, creating, or editing one item. */
type Editing<T> = null | { item?: T };

function Materials({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cursors = usePageCursors();
  const [editing, setEditing] = useState<Editing<StudyMaterialFieldsFragment>>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [, archive] = useMutation(ArchiveStudyMaterialMutation);
  const items = data?.studyMaterials.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setEditing({})} style={{ marginBottom: 12 }}>
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
                    <Button key="edit" size="small" onClick={() => setEditing({ item: m })}>
                      {t('common.edit')}
                    </Button>,
                    <Popconfirm
                      key="archive"
                      title={t('study.manage.archiveConfirm')}
                      okText={t('study.manage.archive')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        const res = await archive({ input: { materialId: m.id } });
                        if (res.error) void message.error(serverErrorText(res.error, t));
                        else {
                          void message.success(t('study.manage.archived', { title: m.title }));
                          refetch({ requestPolicy: 'network-only' });
                        }
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
              description={
                <>
                  {m.kind === 'FILE' && m.fileName && (
                    <Typography.Text type="secondary" style={{ display: 'block', overflowWrap: 'anywhere' }}>
                      {m.fileName}
                    </Typography.Text>
                  )}
                  {m.requiredSeconds ? t('study.manage.required', { time: duration(m.requiredSeconds) }) : t('study.material.noTime')}
                </>
              }
            />
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.studyMaterials.pageInfo} />
      {editing && (
        <MaterialDialog
          orgId={orgId}
          material={editing.item}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function Courses({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [editing, setEditing] = useState<Editing<ManagedCourse>>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ManagedStudyCoursesQuery,
    variables: { orgId, first: PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const e = describeError(error, t);
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setEditing({})} style={{ marginBottom: 12 }}>
        {t('study.manage.newCourse')}
      </Button>
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      <List
        loading={fetching && !data}
        dataSource={data?.studyCourses.edges.map((x) => x.node) ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('study.manage.noCourses')} /> }}
        renderItem={(c) => (
          <List.Item
            data-testid="study-course-row"
            actions={
              c.viewerCanManage
                ? [
                    <Button key="edit" size="small" onClick={() => setEditing({ item: c })}>
                      {t('common.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta title={c.title} description={t('study.manage.courseCount', { count: c.materialIds.length })} />
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.studyCourses.pageInfo} />
      {editing && (
        <CourseDialog
          orgId={orgId}
          course={editing.item}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

function Plans({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cursors = usePageCursors();
  const [editing, setEditing] = useState<Editing<string>>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: StudyPlansQuery, variables: { orgId, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [, close] = useMutation(CloseStudyPlanMutation);
  const e = describeError(error, t);
  return (
    <>
      <Button icon={<PlusOutlined />} type="primary" onClick={() => setEditing({})} style={{ marginBottom: 12 }}>
        {t('study.manage.newPlan')}
      </Button>
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      <List
        loading={fetching && !data}
        dataSource={data?.studyPlans.edges.map((x) => x.node) ?? []}
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
                    <Button key="edit" size="small" onClick={() => setEditing({ item: p.id })}>
                      {t('common.edit')}
                    </Button>,
                    <Popconfirm
                      key="close"
                      title={t('study.manage.closeConfirm')}
                      okText={t('study.manage.close')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        const res = await close({ input: { planId: p.id } });
                        if (res.error) void message.error(serverErrorText(res.error, t));
                        else {
                          void message.success(t('study.manage.closed', { title: p.title }));
                          refetch({ requestPolicy: 'network-only' });
                        }
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
      {editing && (
        <PlanDialog
          orgId={orgId}
          planId={editing.item}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
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
