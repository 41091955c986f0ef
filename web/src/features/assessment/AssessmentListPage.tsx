import { useState } from 'react';
import { Alert, Button, Card, Empty, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../../auth/viewer';
import { AssessmentSchemesQuery } from './operations';
import { canIssueAssessment, periodText } from './assessment';
import { CreateSchemeDialog } from './CreateSchemeDialog';

/**
 * 目标考核 (`/assessment`): the schemes the viewer reads (issued by their orgs, or assessing
 * them), by year; officers who may issue one start 新建考核 here.
 */
export default function AssessmentListPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const navigate = useNavigate();
  const now = new Date().getFullYear();
  const [year, setYear] = useState(0);
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: AssessmentSchemesQuery, variables: { year: year || null }, requestPolicy: 'cache-and-network' });
  const rows = data?.assessmentSchemes ?? [];
  return (
    <div className="tx-page tx-assessment">
      <PageHeader title={t('assessment.title')}>
        {canIssueAssessment(info) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('assessment.create.title')}
          </Button>
        )}
      </PageHeader>
      <div className="tx-toolbar" style={{ marginBottom: 12 }}>
        <Select<number>
          aria-label={t('assessment.year')}
          value={year}
          onChange={setYear}
          style={{ width: 140 }}
          options={[{ value: 0, label: t('assessment.allYears') }, ...[now, now - 1, now - 2, now - 3].map((y) => ({ value: y, label: t('assessment.yearN', { year: y }) }))]}
        />
      </div>
      {error && <Alert type="error" showIcon title={serverErrorText(error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <Table
          rowKey="id"
          size="small"
          loading={fetching && !data}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('assessment.empty')} /> }}
          onRow={(r) => ({ onClick: () => navigate(`/assessment/${encodeURIComponent(r.id)}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('assessment.name'), dataIndex: 'name', render: (n: string, r) => <a href={`/assessment/${encodeURIComponent(r.id)}`} onClick={(e) => e.preventDefault()}>{n}</a> },
            { title: t('assessment.issuer'), dataIndex: 'organizationName' },
            { title: t('assessment.period'), key: 'period', render: (_: unknown, r) => periodText(r) },
            { title: t('assessment.targetKind'), dataIndex: 'targetKind', render: (k: string) => t(`kind.${k}`) },
            { title: t('assessment.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'OPEN' ? 'processing' : 'default'}>{t(`assessment.statuses.${s}`)}</Tag> },
          ]}
        />
      </Card>
      {creating && (
        <CreateSchemeDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(`/assessment/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </div>
  );
}
