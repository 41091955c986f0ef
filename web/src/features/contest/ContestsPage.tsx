import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { canManageQuizzes } from '../quiz/quiz';
import { ContestsQuery } from './operations';
import { ContestCreateDialog } from './ContestCreateDialog';
import { ContestStatusTag } from './ContestStatusTag';

const PAGE = 20;

/**
 * 知识竞赛 (`/contests`): the contests the viewer may host or join, newest first, with 主持 (the
 * host's big screen) and 参加 (the phone page; 查看结果 once finished); who manages quizzes
 * somewhere creates one (the server decides per org).
 */
export default function ContestsPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const { message } = App.useApp();
  const cursors = usePageCursors();
  const [creating, setCreating] = useState(false);
  const [res, refetch] = useQuery({ query: ContestsQuery, variables: { first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const contests = res.data?.contests.edges.map((e) => e.node) ?? [];

  return (
    <div className="tx-page tx-contests">
      <PageHeader title={t('contest.title')}>
        {canManageQuizzes(info) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('contest.create.title')}
          </Button>
        )}
      </PageHeader>
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <Table<ContestFieldsFragment>
          rowKey="id"
          size="small"
          loading={res.fetching && !res.data}
          dataSource={contests}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('contest.empty')} /> }}
          columns={[
            { title: t('contest.name'), dataIndex: 'title' },
            { title: t('contest.org'), dataIndex: 'orgName' },
            { title: t('contest.bank'), dataIndex: 'bankName' },
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <ContestStatusTag status={s} /> },
            { title: t('contest.questions'), dataIndex: 'questionCount', align: 'right' as const },
            { title: t('contest.seconds'), dataIndex: 'secondsPerQuestion', align: 'right' as const },
            { title: t('contest.participants'), dataIndex: 'participantCount', align: 'right' as const },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, c) => (
                <Space wrap size="middle">
                  {c.canHost && <Link to={`/contests/${c.id}/host`}>{t('contest.hostAction')}</Link>}
                  <Link to={`/contests/${c.id}/play`}>{c.status === 'FINISHED' ? t('contest.result') : t('contest.playAction')}</Link>
                </Space>
              ),
            },
          ]}
        />
        <CursorPager cursors={cursors} pageInfo={res.data?.contests.pageInfo} />
      </Card>
      {creating && (
        <ContestCreateDialog
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void message.success(t('contest.create.done'));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
