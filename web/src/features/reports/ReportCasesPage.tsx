import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ReportCaseListFieldsFragment, ReportStatus } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { ReportCasesQuery } from './operations';
import { REPORT_PAGE, REPORT_STATUSES, STATUS_COLORS } from './reports';

/** 匿名 or 实名. */
export function ModeTag({ anonymous }: { anonymous: boolean }) {
  const { t } = useTranslation();
  return anonymous ? <Tag color="default">{t('reports.fields.anonymousShort')}</Tag> : <Tag color="blue">{t('reports.fields.realNameShort')}</Tag>;
}

/** The acceptance deadline, and 已逾期 when a deadline passed without the step. */
export function DeadlineCell({ report }: { report: Pick<ReportCaseListFieldsFragment, 'acceptanceDueAt' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <span>{formatDateTime(report.acceptanceDueAt)}</span>
      {report.overdue && (
        <Tag color="red" data-testid="report-overdue">
          {t('reports.overdue')}
        </Tag>
      )}
    </Space>
  );
}

/** 检举控告办理: the reports the viewer handles as 纪检人员, newest first, by status. */
export default function ReportCasesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReportStatus | null>(null);
  const cursors = usePageCursors();
  const [{ data, fetching, error }] = useQuery({
    query: ReportCasesQuery,
    variables: { status, first: REPORT_PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.reportCases.edges.map((e) => e.node) ?? [];
  const columns: ColumnsType<ReportCaseListFieldsFragment> = [
    {
      key: 'title',
      title: t('reports.fields.title'),
      render: (_, r) => (
        <Link to={`/reports/cases/${encodeURIComponent(r.id)}`} data-testid="report-case-link">
          {r.title}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('reports.fields.status'),
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`reports.statuses.${r.status}`)}</Tag>,
    },
    { key: 'mode', title: t('reports.fields.modeShort'), render: (_, r) => <ModeTag anonymous={r.anonymous} /> },
    {
      key: 'subject',
      title: t('reports.fields.accusedOrOrg'),
      render: (_, r) =>
        r.accusedName ? (
          <>
            <div>{r.accusedName}</div>
            <Typography.Text type="secondary">{r.subjectOrganizationName}</Typography.Text>
          </>
        ) : (
          r.subjectOrganizationName
        ),
    },
    { key: 'due', title: t('reports.fields.acceptanceDueAt'), render: (_, r) => <DeadlineCell report={r} /> },
    { key: 'createdAt', title: t('reports.fields.receivedAt'), render: (_, r) => formatDateTime(r.createdAt) },
  ];
  const filtered = status !== null || cursors.page > 0;

  return (
    <>
      <PageHeader title={t('reports.cases.title')} />
      <div className="tx-toolbar">
        <Select<ReportStatus | 'ALL'>
          value={status ?? 'ALL'}
          onChange={(v) => {
            setStatus(v === 'ALL' ? null : v);
            cursors.reset();
          }}
          style={{ minWidth: 160 }}
          aria-label={t('reports.fields.status')}
          options={[{ value: 'ALL', label: t('reports.cases.allStatuses') }, ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.statuses.${s}`) }))]}
        />
      </div>
      {error && rows.length === 0 ? (
        <Alert type="error" showIcon title={serverErrorText(error, t)} />
      ) : (
        <Table<ReportCaseListFieldsFragment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={fetching && rows.length === 0}
          pagination={false}
          scroll={{ x: 760 }}
          data-testid="report-cases"
          locale={{
            // Nothing said until the first answer: the empty state tells non-handlers what the page is.
            emptyText: fetching && !data ? <span /> : <Empty description={filtered ? t('reports.cases.noMatch') : t('reports.cases.empty')} />,
          }}
        />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.reportCases.pageInfo} />
    </>
  );
}
