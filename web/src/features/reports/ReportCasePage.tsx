import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Empty, Form, Input, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ReportAction, ReportCaseFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { Conversation, MessageForm } from './Conversation';
import { HandleReportMutation, ReportCaseQuery, SendReportMessageMutation } from './operations';
import { DANGER_ACTIONS, MAX_NOTE, STATUS_COLORS, formatSize, noteRequired } from './reports';
import { ModeTag } from './ReportCasesPage';

const NOTE_FIELDS = ['note'] as const;

/**
 * One handling step, asked first: 不予受理 and 转办 need a note (the reason; the competent body and
 * why), the others take an optional one. `onDone` after the server took it.
 */
export function ReportActionDialog({
  action,
  report,
  onClose,
  onDone,
}: {
  action: ReportAction | null;
  report: Pick<ReportCaseFieldsFragment, 'id' | 'title'>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const m = useFormMutation(HandleReportMutation, form, NOTE_FIELDS, { 'input.note': 'note' });
  useEffect(() => {
    if (action) {
      form.resetFields();
      m.clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);

  const needsNote = !!action && noteRequired(action);
  const noteLabel = action && needsNote ? t(`reports.handle.noteLabel.${action}`) : t('reports.handle.noteOptional');
  const ok = async () => {
    if (!action) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await m.submit({ input: { reportId: report.id, action, note: v.note?.trim() || null } });
    if (res.data) {
      message.success(t('reports.handle.done', { action: t(`reports.actions.${action}`) }));
      onDone();
      onClose();
    }
  };

  return (
    <FormDialog<{ note?: string }>
      open={!!action}
      title={action ? t('reports.handle.title', { action: t(`reports.actions.${action}`) }) : ''}
      okText={action ? t(`reports.actions.${action}`) : ''}
      okButtonProps={{ danger: !!action && DANGER_ACTIONS.includes(action), 'data-testid': 'report-action-ok' } as never}
      fetching={m.fetching}
      onOk={() => void ok()}
      onClose={onClose}
      intro={
        <Typography.Paragraph>
          {action ? t('reports.handle.confirm', { action: t(`reports.actions.${action}`), title: report.title }) : null}
        </Typography.Paragraph>
      }
      error={m.error}
      leftovers={m.leftovers}
      form={form}
      name="report-action"
    >
      <Form.Item
        name="note"
        label={noteLabel}
        rules={needsNote ? [required(t, noteLabel), maxLen(t, MAX_NOTE)] : [maxLen(t, MAX_NOTE)]}
      >
        <Input.TextArea rows={3} maxLength={MAX_NOTE} showCount />
      </Form.Item>
    </FormDialog>
  );
}

/** The handlers' messages to the reporter; once handling ended, one may be the result feedback. */
function CaseMessages({ report, onChanged }: { report: ReportCaseFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const m = useFormMutation(SendReportMessageMutation, null, []);
  const [isResult, setIsResult] = useState(false);
  // The result feedback belongs to 予以了结: 不予受理 and 转办 already told the reporter.
  const closed = report.status === 'CONCLUDED' && !report.resultNotifiedAt;
  return (
    <Card title={t('reports.conversation.title')} size="small" style={{ marginBottom: 16 }}>
      {report.anonymous && <Typography.Paragraph type="secondary">{t('reports.case.anonymousMessages')}</Typography.Paragraph>}
      <Conversation messages={report.messages} side="handler" reporterName={report.reporterName} />
      <MessageForm
        name="report-message"
        label={t('reports.case.messageLabel')}
        submitText={t('reports.case.send')}
        fetching={m.fetching}
        error={m.error}
        leftovers={m.leftovers}
        extra={
          <Form.Item extra={closed ? t('reports.case.isResultHelp') : t('reports.case.isResultClosedOnly')}>
            <Checkbox checked={closed && isResult} disabled={!closed} onChange={(e) => setIsResult(e.target.checked)} data-testid="report-is-result">
              {t('reports.case.isResult')}
            </Checkbox>
          </Form.Item>
        }
        onSend={async (body) => {
          const res = await m.submit({ input: { reportId: report.id, body, isResult: closed && isResult } });
          if (!res.data) return false;
          message.success(t('reports.case.sent'));
          setIsResult(false);
          onChanged();
          return true;
        }}
      />
    </Card>
  );
}

/** 检举控告 as its handlers see it: facts, deadlines, files, the conversation, the trail and the steps. */
export default function ReportCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [action, setAction] = useState<ReportAction | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportCaseQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const r = data?.reportCase;

  if (!r) {
    return (
      <div style={{ maxWidth: 960 }}>
        <PageHeader title={t('reports.case.title')} />
        {error ? (
          <Alert type="error" showIcon title={serverErrorText(error, t)} action={<Link to="/reports/cases">{t('reports.case.back')}</Link>} />
        ) : (
          fetching && <Spin />
        )}
      </div>
    );
  }

  const dash = '—';
  const facts = [
    {
      key: 'reporter',
      label: t('reports.fields.reporter'),
      children: r.anonymous ? <ModeTag anonymous /> : (r.reporterName ?? dash),
    },
    { key: 'accused', label: t('reports.fields.accused'), children: r.accusedName ?? dash },
    { key: 'subjectOrg', label: t('reports.fields.subjectOrganization'), children: r.subjectOrganizationName },
    {
      key: 'handlingOrg',
      label: t('reports.fields.handlingOrganization'),
      children: (
        <Space size={4} wrap>
          <span>{r.handlingOrganizationName}</span>
          {r.routedUp && (
            <Tag color="magenta" data-testid="report-routed-up">
              {t('reports.routedUp')}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'createdAt', label: t('reports.fields.receivedAt'), children: formatDateTime(r.createdAt) },
    { key: 'transferDueAt', label: t('reports.fields.transferDueAt'), children: formatDateTime(r.transferDueAt) },
    { key: 'acceptanceDueAt', label: t('reports.fields.acceptanceDueAtCase'), children: formatDateTime(r.acceptanceDueAt) },
    { key: 'resultDueAt', label: t('reports.fields.resultDueAt'), children: r.resultDueAt ? formatDateTime(r.resultDueAt) : dash },
    ...(r.decidedAt ? [{ key: 'decidedAt', label: t('reports.fields.decidedAt'), children: formatDateTime(r.decidedAt) }] : []),
    ...(r.closedAt ? [{ key: 'closedAt', label: t('reports.fields.closedAt'), children: formatDateTime(r.closedAt) }] : []),
    ...(r.resultNotifiedAt ? [{ key: 'resultNotifiedAt', label: t('reports.fields.resultNotifiedAt'), children: formatDateTime(r.resultNotifiedAt) }] : []),
    ...(r.expiresAt ? [{ key: 'expiresAt', label: t('reports.fields.expiresAt'), children: formatDateTime(r.expiresAt) }] : []),
  ];

  return (
    <div style={{ maxWidth: 960 }}>
      <Link to="/reports/cases">{t('reports.case.back')}</Link>
      <PageHeader title={<span style={{ wordBreak: 'break-word' }}>{r.title}</span>} />
      <Space size={4} wrap style={{ marginBottom: 12 }}>
        <Tag color={STATUS_COLORS[r.status]} data-testid="report-status">
          {t(`reports.statuses.${r.status}`)}
        </Tag>
        <ModeTag anonymous={r.anonymous} />
        {r.routedUp && <Tag color="magenta">{t('reports.routedUp')}</Tag>}
        {r.overdue && (
          <Tag color="red" data-testid="report-overdue">
            {t('reports.overdue')}
          </Tag>
        )}
      </Space>

      <Card size="small" title={t('reports.case.actions')} style={{ marginBottom: 16 }}>
        {r.availableActions.length === 0 ? (
          <Typography.Text type="secondary">{t('reports.case.noActions')}</Typography.Text>
        ) : (
          <Space wrap data-testid="report-actions">
            {r.availableActions.map((a) => (
              <Button key={a} type={a === 'ACCEPT' ? 'primary' : 'default'} danger={DANGER_ACTIONS.includes(a)} onClick={() => setAction(a)}>
                {t(`reports.actions.${a}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>

      <Card size="small" title={t('reports.case.facts')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} className="tx-report-facts" items={facts} />
      </Card>

      <Card size="small" title={t('reports.fields.body')} style={{ marginBottom: 16 }}>
        <div className="tx-report-body" data-testid="report-body">
          {r.body}
        </div>
      </Card>

      <Card size="small" title={t('reports.fields.files')} style={{ marginBottom: 16 }}>
        {r.files.length === 0 ? (
          <Typography.Text type="secondary">{t('reports.case.noFiles')}</Typography.Text>
        ) : (
          <ul className="tx-report-files">
            {r.files.map((f) => (
              <li key={f.id}>
                <a href={f.url} download={f.name} data-testid="report-file">
                  <PaperClipOutlined /> {f.name}
                </a>
                <Typography.Text type="secondary">{formatSize(f.size)}</Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <CaseMessages report={r} onChanged={reload} />

      <Card size="small" title={t('reports.case.trail')} style={{ marginBottom: 16 }}>
        {r.steps.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            data-testid="report-steps"
            items={r.steps.map((s) => ({
              key: s.id,
              color: s.action === 'EXPIRE' || s.action === 'NOT_ACCEPT' ? 'gray' : 'red',
              content: (
                <div data-testid="report-step">
                  <Space size={4} wrap>
                    <Typography.Text strong>{s.actionLabel}</Typography.Text>
                    {s.fromStatus !== s.toStatus && (
                      <Typography.Text type="secondary">
                        {t(`reports.statuses.${s.fromStatus}`)} → {t(`reports.statuses.${s.toStatus}`)}
                      </Typography.Text>
                    )}
                  </Space>
                  {s.note && <div className="tx-report-body">{s.note}</div>}
                  <div>
                    <Typography.Text type="secondary">{[s.actorName, formatDateTime(s.createdAt)].filter(Boolean).join(' · ')}</Typography.Text>
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>

      <ReportActionDialog action={action} report={r} onClose={() => setAction(null)} onDone={reload} />
    </div>
  );
}
