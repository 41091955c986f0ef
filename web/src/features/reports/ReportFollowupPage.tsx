import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Button, Descriptions, Divider, Form, Input, Space, Tag, Typography } from 'antd';
import { useClient, useMutation, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ReporterReportFieldsFragment } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../api/errors';
import { PublicLayout } from '../../components/PublicLayout';
import { formatDateTime } from '../../lib/format';
import { Conversation, MessageForm } from './Conversation';
import { ReplyByReceiptMutation, ReportByReceiptQuery } from './operations';
import { STATUS_COLORS, formatReceipt, normalizeReceipt } from './reports';

/**
 * What a failed look-up or reply by receipt code says: a wrong code (or a report deleted after
 * its retention) and too many tries have their own words; anything else its usual summary.
 */
export function receiptErrorText(error: CombinedError | undefined | null, t: TFunction): AppErrorInfo | null {
  const info = describeError(error, t);
  if (!info) return null;
  if (info.code === 'NOT_FOUND') return { ...info, message: t('reports.followup.notFound'), detail: undefined };
  if (info.code === 'RATE_LIMITED') return { ...info, message: t('reports.followup.rateLimited'), detail: undefined };
  return info;
}

/** The report found by its code: facts, the conversation and a reply. */
function FollowupReport({
  report,
  code,
  onChanged,
  onLeave,
}: {
  report: ReporterReportFieldsFragment;
  code: string;
  onChanged: (r: ReporterReportFieldsFragment) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, reply] = useMutation(ReplyByReceiptMutation);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const send = async (body: string) => {
    setError(null);
    const res = await reply({ input: { receiptCode: code, body } });
    if (res.data) {
      onChanged(res.data.replyByReceipt);
      message.success(t('reports.followup.replied'));
      return true;
    }
    setError(receiptErrorText(res.error, t) ?? { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} });
    return false;
  };
  return (
    <div data-testid="followup-report">
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0, wordBreak: 'break-word' }} data-testid="followup-title">
        {report.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        className="tx-report-facts"
        items={[
          {
            key: 'status',
            label: t('reports.fields.status'),
            children: (
              <Tag color={STATUS_COLORS[report.status]} data-testid="followup-status">
                {t(`reports.statuses.${report.status}`)}
              </Tag>
            ),
          },
          { key: 'createdAt', label: t('reports.fields.createdAt'), children: formatDateTime(report.createdAt) },
          { key: 'acceptanceDueAt', label: t('reports.fields.acceptanceDueAt'), children: formatDateTime(report.acceptanceDueAt) },
        ]}
      />
      <Divider titlePlacement="start">{t('reports.conversation.title')}</Divider>
      <Conversation messages={report.messages} side="reporter" />
      <MessageForm
        name="followup-reply"
        label={t('reports.followup.replyLabel')}
        submitText={t('reports.followup.reply')}
        fetching={fetching}
        error={error}
        onSend={send}
      />
      <Divider />
      <Space wrap>
        <Typography.Text type="secondary">{t('reports.followup.codeShown', { code: formatReceipt(code) })}</Typography.Text>
        <Button onClick={onLeave}>{t('reports.followup.leave')}</Button>
      </Space>
    </div>
  );
}

/**
 * 检举控告答复查询 (no login): the reporter types the receipt code, reads the status and the
 * handlers' messages and answers. The code stays in this page's memory only (never in the
 * address or the browser's storage), and is forgotten on 退出查询.
 */
export default function ReportFollowupPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<{ code: string }>();
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [found, setFound] = useState<{ code: string; report: ReporterReportFieldsFragment } | null>(null);

  const lookUp = async (v: { code: string }) => {
    const code = normalizeReceipt(v.code ?? '');
    if (!code) return;
    setError(null);
    setFetching(true);
    // The button must leave its loading state whatever happens, or the page cannot be used again.
    const res = await client
      .query(ReportByReceiptQuery, { receiptCode: code }, { requestPolicy: 'network-only' })
      .toPromise()
      .finally(() => setFetching(false));
    if (res.data) {
      setFound({ code, report: res.data.reportByReceipt });
      form.resetFields();
    } else {
      setError(receiptErrorText(res.error, t) ?? { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} });
    }
  };

  return (
    <PublicLayout
      wide
      title={t('reports.followup.title')}
      footer={
        <Space wrap separator="·">
          <Link to="/login">{t('auth.backToLogin')}</Link>
          <Link to="/reports/new">{t('reports.nav.new')}</Link>
        </Space>
      }
    >
      {found ? (
        <FollowupReport
          report={found.report}
          code={found.code}
          onChanged={(report) => setFound({ code: found.code, report })}
          onLeave={() => setFound(null)}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('reports.followup.intro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" title={error.message} description={error.detail} style={{ marginBottom: 16 }} data-testid="followup-error" />}
          <Form form={form} name="report-followup" layout="vertical" requiredMark={false} onFinish={(v) => void lookUp(v)} autoComplete="off" noValidate>
            <Form.Item
              name="code"
              label={t('reports.followup.codeLabel')}
              extra={t('reports.followup.codeHelp')}
              rules={[
                { required: true, whitespace: true, message: t('reports.followup.codeRequired') },
                {
                  validator: (_, v: string | undefined) =>
                    !v || normalizeReceipt(v) ? Promise.resolve() : Promise.reject(new Error(t('reports.followup.codeShape'))),
                },
              ]}
            >
              <Input className="tx-mono" inputMode="numeric" autoComplete="off" spellCheck={false} placeholder="0000 0000 0000 0000 0000" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={fetching} data-testid="followup-submit">
              {t('reports.followup.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicLayout>
  );
}
