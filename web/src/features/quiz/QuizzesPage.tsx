import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuizFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { formatDateTime } from '../../lib/format';
import { CloseQuizMutation, QuizzesQuery } from './operations';
import { QuizCreateDialog } from './QuizCreateDialog';
import { QuizEditDialog } from './QuizEditDialog';

const PAGE = 20;

/**
 * 测验管理 (`/quiz/manage`, `quiz:read` at the org): the quizzes of an org's sub-tree with their
 * results, a new quiz for the org, editing one's title, window and attempts, and closing one
 * (after a confirmation).
 */
export default function QuizzesPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const all = useAllOrganizations(null);
  const [picked, setPicked] = useState<string | null>(null);
  const orgId = picked ?? all.orgs[0]?.id ?? null;
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<QuizFieldsFragment | null>(null);
  const [res, refetch] = useQuery({ query: QuizzesQuery, variables: { orgId: orgId ?? '', first: PAGE, after: cursors.after }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const [, close] = useMutation(CloseQuizMutation);
  const quizzes = res.data?.quizzes.edges.map((e) => e.node) ?? [];

  const confirmClose = (q: QuizFieldsFragment) =>
    modal.confirm({
      title: t('quiz.manage.closeTitle', { title: q.title }),
      content: t('quiz.manage.closeBody'),
      okText: t('quiz.manage.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await close({ id: q.id });
        if (r.error) void message.error(serverErrorText(r.error, t));
        else {
          void message.success(t('quiz.manage.closed', { title: q.title }));
          refetch({ requestPolicy: 'network-only' });
        }
      },
    });

  return (
    <div className="tx-page tx-quiz">
      <PageHeader title={t('quiz.manage.title')}>
        <Space wrap>
          <Link to="/quiz/banks">{t('quiz.banks.title')}</Link>
          <Button type="primary" icon={<PlusOutlined />} disabled={!orgId} onClick={() => setCreating(true)}>
            {t('quiz.create.title')}
          </Button>
        </Space>
      </PageHeader>
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect
          orgs={all.orgs}
          value={orgId}
          onChange={(v) => {
            setPicked(v);
            cursors.reset();
          }}
          allowClear={false}
          loading={all.loading}
          aria-label={t('quiz.org')}
          style={{ minWidth: 220, maxWidth: '100%' }}
        />
      </div>
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <Table
          rowKey="id"
          size="small"
          loading={res.fetching && !res.data}
          dataSource={quizzes}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('quiz.manage.empty')} /> }}
          columns={[
            { title: t('quiz.create.name'), dataIndex: 'title', render: (title: string, q) => (q.canViewResults ? <Link to={`/quiz/${q.id}/results`}>{title}</Link> : title) },
            { title: t('quiz.org'), dataIndex: 'orgName' },
            { title: t('quiz.create.mode'), dataIndex: 'mode', render: (m: string) => t(`quiz.mode.${m}`) },
            { title: t('quiz.manage.window'), key: 'window', render: (_: unknown, q) => `${formatDateTime(q.opensAt)} ~ ${formatDateTime(q.closesAt)}` },
            { title: t('quiz.manage.audience'), dataIndex: 'audienceCount', align: 'right' as const },
            { title: t('quiz.manage.status'), key: 'status', render: (_: unknown, q) => (q.accepting ? <Tag color="green">{t('quiz.window.open')}</Tag> : <Tag>{q.status === 'CLOSED' ? t('quiz.window.closed') : t('quiz.window.notOpen')}</Tag>) },
            {
              title: '',
              key: 'actions',
              render: (_: unknown, q) =>
                q.canManage && q.status === 'OPEN' ? (
                  <Space wrap size={4}>
                    <Button size="small" onClick={() => setEditing(q)}>
                      {t('quiz.manage.edit')}
                    </Button>
                    <Button size="small" danger onClick={() => confirmClose(q)}>
                      {t('quiz.manage.close')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
        <CursorPager cursors={cursors} pageInfo={res.data?.quizzes.pageInfo} />
      </Card>
      {editing && (
        <QuizEditDialog
          quiz={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {creating && orgId && (
        <QuizCreateDialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void message.success(t('quiz.create.done'));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
