import { Alert, App as AntApp, Button, Collapse, Empty, Space, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ReporterReportFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import { Conversation, MessageForm } from './Conversation';
import { MyReportsQuery, ReplyToMyReportMutation } from './operations';
import { REPORT_PAGE, STATUS_COLORS } from './reports';

/** One of the viewer's reports, opened: the messages and a reply. */
function MyReportConversation({ report, onChanged }: { report: ReporterReportFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const m = useFormMutation(ReplyToMyReportMutation, null, []);
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('reports.fields.acceptanceDueAt')}：{formatDateTime(report.acceptanceDueAt)}
      </Typography.Paragraph>
      <Conversation messages={report.messages} side="reporter" />
      <MessageForm
        name={`my-report-reply-${report.id ?? ''}`}
        label={t('reports.followup.replyLabel')}
        submitText={t('reports.followup.reply')}
        fetching={m.fetching}
        error={m.error}
        leftovers={m.leftovers}
        onSend={async (body) => {
          if (!report.id) return false;
          const res = await m.submit({ input: { reportId: report.id, body } });
          if (!res.data) return false;
          message.success(t('reports.followup.replied'));
          onChanged();
          return true;
        }}
      />
    </>
  );
}

/** 我的检举控告: the viewer's real-name reports, each with its status and conversation. */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyReportsQuery,
    variables: { first: REPORT_PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const reports = data?.myReports.edges.map((e) => e.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div style={{ maxWidth: 880 }}>
      <PageHeader title={t('reports.mine.title')}>
        <Link to="/reports/new">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('reports.nav.new')}
          </Button>
        </Link>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('reports.mine.intro')}</Typography.Paragraph>
      {error && reports.length === 0 ? (
        <Alert type="error" showIcon title={serverErrorText(error, t)} />
      ) : fetching && reports.length === 0 ? (
        <Spin />
      ) : reports.length === 0 ? (
        <Empty description={t('reports.mine.empty')} />
      ) : (
        <Collapse
          data-testid="my-reports"
          items={reports.map((r, i) => ({
            key: r.id ?? String(i),
            label: (
              <span data-testid="my-report">
                <Typography.Text strong style={{ marginRight: 8, wordBreak: 'break-word' }}>
                  {r.title}
                </Typography.Text>
                <Space size={4} wrap>
                  <Tag color={STATUS_COLORS[r.status]}>{t(`reports.statuses.${r.status}`)}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
                  {r.messages.length > 0 && <Tag>{t('reports.mine.messages', { count: r.messages.length })}</Tag>}
                </Space>
              </span>
            ),
            children: <MyReportConversation report={r} onChanged={reload} />,
          }))}
        />
      )}
      <CursorPager cursors={cursors} pageInfo={data?.myReports.pageInfo} />
    </div>
  );
}
