import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App as AntApp, Card, Empty, List, Progress, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { RemindButton } from '../../components/RemindButton';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { RemindStudyPlanMutation, StudyPlanBoardQuery } from './operations';
import { duration, percent } from './study';

const PAGE = 20;

/**
 * 学习完成情况 (`/study/plans/:id/board`, officers): completion by org and by person (paged),
 * 一键提醒 the incomplete, 导出 the list.
 */
export default function StudyPlanBoardPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { id = '' } = useParams<{ id: string }>();
  const cursors = usePageCursors();
  const [incompleteOnly, setIncompleteOnly] = useState(false);
  const [{ data, error, fetching }] = useQuery({
    query: StudyPlanBoardQuery,
    variables: { planId: id, first: PAGE, after: cursors.after, incompleteOnly },
    requestPolicy: 'cache-and-network',
  });
  const plan = data?.studyPlan;
  const board = data?.studyPlanCompletion;
  const people = board?.people.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);
  return (
    <div className="tx-page tx-study">
      <PageHeader title={plan ? t('study.board.titleOf', { title: plan.title }) : t('study.board.title')} />
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      {plan && board && (
        <>
          <Card>
            <Space wrap size="large" align="center">
              <Statistic title={t('study.board.assigned')} value={board.assigned} />
              <Statistic title={t('study.board.completed')} value={board.completed} data-testid="study-board-completed" />
              <Progress type="circle" size={64} percent={percent(board.completed, board.assigned)} aria-label={t('study.board.rate')} />
            </Space>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('study.board.deadline', { deadline: formatDateTime(plan.deadline) })}
            </Typography.Paragraph>
            <Space wrap>
              {plan.viewerCanManage && plan.status === 'OPEN' && (
                <RemindButton
                  mutation={RemindStudyPlanMutation}
                  variables={{ input: { planId: plan.id } }}
                  label={t('study.board.remind')}
                  confirm={t('study.board.remindConfirm')}
                  description={t('study.board.remindHint')}
                  disabled={board.completed >= board.assigned}
                  onReminded={(d) => void message.success(t('study.board.reminded', { count: d.remindStudyPlan.reminded }))}
                  testId="study-remind"
                />
              )}
              {plan.exportUrl && (
                <a href={plan.exportUrl} download>
                  <DownloadOutlined /> {t('study.board.export')}
                </a>
              )}
            </Space>
          </Card>
          <Card title={t('study.board.byOrg')} style={{ marginTop: 12 }}>
            <List
              dataSource={board.organizations}
              rowKey={(o) => o.organizationId ?? 'none'}
              locale={{ emptyText: <Empty /> }}
              renderItem={(o) => (
                <List.Item>
                  <List.Item.Meta title={o.organizationName} description={t('study.board.orgLine', { completed: o.completed, assigned: o.assigned })} />
                  <Progress percent={percent(o.completed, o.assigned)} style={{ width: 120 }} size="small" />
                </List.Item>
              )}
            />
          </Card>
          <Card
            title={t('study.board.byPerson')}
            style={{ marginTop: 12 }}
            extra={
              <Space>
                <Switch
                  checked={incompleteOnly}
                  onChange={(v) => {
                    setIncompleteOnly(v);
                    cursors.reset();
                  }}
                  aria-label={t('study.board.incompleteOnly')}
                />
                <span>{t('study.board.incompleteOnly')}</span>
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="memberId"
              pagination={false}
              scroll={{ x: true }}
              loading={fetching}
              dataSource={people}
              locale={{ emptyText: <Empty /> }}
              onRow={() => ({ 'data-testid': 'study-person' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('study.board.name'), dataIndex: 'memberName' },
                { title: t('study.board.org'), dataIndex: 'organizationName' },
                { title: t('study.board.items'), render: (_, p) => `${p.completedItems}/${p.totalItems}` },
                { title: t('study.board.time'), render: (_, p) => duration(p.seconds) },
                { title: t('study.board.last'), render: (_, p) => formatDateTime(p.lastStudiedAt) },
                {
                  title: t('study.board.status'),
                  render: (_, p) => (p.completed ? <Tag color="success">{t('study.completed')}</Tag> : <Tag>{t('study.incomplete')}</Tag>),
                },
              ]}
            />
            <CursorPager cursors={cursors} pageInfo={board.people.pageInfo} />
          </Card>
        </>
      )}
      {!plan && !fetching && !e && <Empty />}
    </div>
  );
}
