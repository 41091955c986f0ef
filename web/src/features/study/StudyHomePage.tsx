import { Alert, Button, Card, Empty, List, Progress, Space, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { MyStudyPlansQuery } from './operations';
import { percent } from './study';

const PAGE = 10;

/**
 * 我的学习 (`/study`, made for phones): the plans assigned to me with a progress bar each, their
 * materials, and 继续学习 to where I stopped.
 */
export default function StudyHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cursors = usePageCursors();
  const [{ data, error, fetching }] = useQuery({
    query: MyStudyPlansQuery,
    variables: { first: PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const plans = data?.myStudyPlans.edges.map((e) => e.node) ?? [];
  const e = describeError(error, t);
  return (
    <div className="tx-page tx-study">
      <PageHeader title={t('study.home.title')} />
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      <List
        loading={fetching && !data}
        dataSource={plans}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('study.home.empty')} /> }}
        renderItem={(p) => (
          <Card data-testid="study-plan" style={{ marginBottom: 12 }} title={p.title} size="small">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {t('study.home.assignedBy', { org: p.organizationName, deadline: formatDateTime(p.deadline) })}
              </Typography.Text>
              {p.status === 'CLOSED' && <Tag>{t('study.planStatus.CLOSED')}</Tag>}
              <Progress percent={percent(p.myCompleted, p.materialCount)} aria-label={t('study.home.progress')} />
              <Typography.Text data-testid="study-plan-count">
                {t('study.home.count', { done: p.myCompleted, total: p.materialCount })}
              </Typography.Text>
              {p.continueMaterialId && (
                <Button type="primary" block onClick={() => navigate(`/study/materials/${p.continueMaterialId}`)}>
                  {p.myCompleted > 0 ? t('study.home.continue') : t('study.home.start')}
                </Button>
              )}
              <List
                size="small"
                dataSource={p.materials}
                rowKey="materialId"
                renderItem={(m) => (
                  <List.Item
                    onClick={() => navigate(`/study/materials/${m.materialId}`)}
                    style={{ cursor: 'pointer' }}
                    extra={m.completed ? <Tag color="success">{t('study.completed')}</Tag> : <Tag>{t('study.incomplete')}</Tag>}
                  >
                    <Typography.Link>{m.title}</Typography.Link>
                  </List.Item>
                )}
              />
            </Space>
          </Card>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={data?.myStudyPlans.pageInfo} />
    </div>
  );
}
