import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Form, Input, InputNumber, List, Modal, Popconfirm, Rate, Space, Table, Tag, Typography, message } from 'antd';
import { PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentLedgerFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useUploads } from '../../lib/useUploads';
import type { PendingFile } from '../../lib/upload';
import {
  AssessmentLedgerQuery,
  AssessmentRecordsQuery,
  AssessmentReportsQuery,
  CloseAssessmentSchemeMutation,
  RecomputeAssessmentMutation,
  ScoreAssessmentIndicatorMutation,
  SetAssessmentStarsMutation,
  SubmitAssessmentReportMutation,
} from './operations';
import { figureText, periodText, pts } from './assessment';

type Ledger = AssessmentLedgerFieldsFragment;
type Indicator = Ledger['indicators'][number];
type OrgLine = Ledger['results'][number];

/** What a cell opens: one indicator of one assessed org. */
interface Cell {
  indicator: Indicator;
  line: OrgLine;
}

/** The records behind an automatic figure. */
function Records({ schemeId, cell }: { schemeId: string; cell: Cell }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AssessmentRecordsQuery, variables: { schemeId, indicatorId: cell.indicator.id, organizationId: cell.line.organizationId } });
  const records = data?.assessmentRecords.records ?? [];
  return (
    <>
      {error && <Alert type="error" showIcon title={serverErrorText(error, t)} />}
      <List
        size="small"
        loading={fetching}
        header={<Typography.Text type="secondary">{t('assessment.records.count', { total: data?.assessmentRecords.total ?? 0 })}</Typography.Text>}
        locale={{ emptyText: <Empty description={t('assessment.records.empty')} /> }}
        dataSource={records}
        renderItem={(r) => (
          <List.Item data-testid="assessment-record">
            <Space orientation="vertical" size={0}>
              <Space wrap>
                <Tag color={r.counted ? 'success' : 'warning'}>{r.counted ? t('assessment.records.counted') : t('assessment.records.notCounted')}</Tag>
                <Typography.Text>{r.title}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">
                {r.on ? `${r.on} · ` : ''}
                {r.note}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}

/** An assessed org's progress reports, and the form to add one (for its officers). */
function Reports({ schemeId, cell, open }: { schemeId: string; cell: Cell; open: boolean }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessmentReportsQuery, variables: { schemeId, organizationId: cell.line.organizationId }, requestPolicy: 'cache-and-network' });
  const [{ fetching: sending }, submit] = useMutation(SubmitAssessmentReportMutation);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<PendingFile[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const uploads = useUploads((f) => setFiles((all) => [...all, f]));
  const mine = (data?.assessmentReports ?? []).filter((r) => r.indicatorId === cell.indicator.id);
  const send = async () => {
    if (!text.trim()) return void message.error(t('assessment.reports.textRequired'));
    const res = await submit({ input: { schemeId, indicatorId: cell.indicator.id, organizationId: cell.line.organizationId, text, fileIds: files.map((f) => f.id) } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('assessment.reports.sent'));
      setText('');
      setFiles([]);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      {error && <Alert type="error" showIcon title={serverErrorText(error, t)} />}
      <List
        size="small"
        loading={fetching && !data}
        header={<Typography.Text strong>{t('assessment.reports.title')}</Typography.Text>}
        locale={{ emptyText: <Empty description={t('assessment.reports.empty')} /> }}
        dataSource={mine}
        renderItem={(r) => (
          <List.Item data-testid="assessment-report">
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.text}</Typography.Paragraph>
              {r.files.map((f) => (
                <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {f.fileName}
                </a>
              ))}
              <Typography.Text type="secondary">
                {r.authorName} · {new Date(r.createdAt).toLocaleString('zh-CN')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {open && (
        <Card size="small" title={t('assessment.reports.add')} style={{ marginTop: 12 }}>
          <Input.TextArea aria-label={t('assessment.reports.text')} value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3 }} maxLength={2000} showCount />
          <input
            ref={input}
            type="file"
            multiple
            className="tx-sr-only"
            tabIndex={-1}
            aria-hidden
            data-testid="assessment-evidence-input"
            onChange={(e) => {
              const chosen = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (chosen.length > 0) uploads.add(chosen, 9 - files.length - uploads.uploading, t('assessment.reports.tooMany'));
            }}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()} disabled={files.length + uploads.uploading >= 9}>
              {t('assessment.reports.evidence', { count: files.length })}
            </Button>
            {files.map((f) => (
              <Tag key={f.id} closable onClose={() => setFiles((all) => all.filter((x) => x.id !== f.id))}>
                {f.name}
              </Tag>
            ))}
            <Button type="primary" loading={sending} disabled={uploads.uploading > 0} onClick={send}>
              {t('assessment.reports.submit')}
            </Button>
          </Space>
        </Card>
      )}
    </>
  );
}

/** The manual score form of one cell (the issuing org). */
function ScoreForm({ schemeId, cell, onScored }: { schemeId: string; cell: Cell; onScored: () => void }) {
  const { t } = useTranslation();
  const current = cell.line.scores.find((s) => s.indicatorId === cell.indicator.id);
  const [form] = Form.useForm<{ score: number; note: string }>();
  const [{ fetching }, score] = useMutation(ScoreAssessmentIndicatorMutation);
  const save = async () => {
    const v = await form.validateFields();
    const res = await score({ input: { schemeId, indicatorId: cell.indicator.id, organizationId: cell.line.organizationId, score: v.score, note: v.note ?? '' } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('assessment.score.saved'));
      onScored();
    }
  };
  return (
    <Form form={form} layout="inline" initialValues={{ score: current?.score, note: current?.note ?? '' }} style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item name="score" label={t('assessment.score.label', { max: pts(cell.indicator.weight) })} rules={[{ required: true, message: t('assessment.score.required') }]}>
        <InputNumber min={0} max={cell.indicator.weight} precision={2} />
      </Form.Item>
      <Form.Item name="note" label={t('assessment.score.note')}>
        <Input maxLength={1000} style={{ minWidth: 200 }} />
      </Form.Item>
      <Button type="primary" loading={fetching} onClick={save}>
        {t('assessment.score.submit')}
      </Button>
    </Form>
  );
}

/** The stars' thresholds dialog. */
function StarsDialog({ ledger, onClose, onSaved }: { ledger: Ledger; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<(number | null)[]>(ledger.scheme.starThresholds);
  const [{ fetching }, save] = useMutation(SetAssessmentStarsMutation);
  const ok = async () => {
    if (values.some((v) => v == null)) return void message.error(t('assessment.stars.required'));
    const res = await save({ input: { schemeId: ledger.scheme.id, starThresholds: values as number[] } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('assessment.stars.saved'));
      onSaved();
    }
  };
  return (
    <Modal open title={t('assessment.stars.title')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={ok} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('assessment.stars.hint', { full: pts(ledger.fullScore) })}</Typography.Paragraph>
      <Space wrap>
        {values.map((v, i) => (
          <Space key={i} orientation="vertical" size={0}>
            <Typography.Text>{t('assessment.starN', { n: i + 1 })}</Typography.Text>
            <InputNumber aria-label={t('assessment.starN', { n: i + 1 })} min={0} max={ledger.fullScore} precision={2} value={v} onChange={(n) => setValues((all) => all.map((x, j) => (j === i ? n : x)))} />
          </Space>
        ))}
      </Space>
    </Modal>
  );
}

/**
 * 考核台账 (`/assessment/:id`): the assessed orgs by rank with stars, total and one column per
 * indicator. A cell opens the figure: for an automatic indicator the records behind it, for a
 * manual one the progress reports and evidence with the score form (the issuing org) or the
 * report form (the assessed org). The issuing org recomputes, sets the stars and closes.
 */
export default function AssessmentLedgerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessmentLedgerQuery, variables: { schemeId: id }, requestPolicy: 'cache-and-network' });
  const ledger: Ledger | undefined = data?.assessmentLedger;
  const [cell, setCell] = useState<Cell | null>(null);
  const [stars, setStars] = useState(false);
  const [{ fetching: recomputing }, recompute] = useMutation(RecomputeAssessmentMutation);
  const [{ fetching: closing }, close] = useMutation(CloseAssessmentSchemeMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !ledger) {
    return (
      <div className="tx-page">
        <PageHeader title={t('assessment.ledger')} />
        <Alert type="error" showIcon title={serverErrorText(error, t)} />
      </div>
    );
  }
  if (!ledger) return <Card loading={fetching} />;
  const open = ledger.scheme.status === 'OPEN';
  const manage = ledger.canManage && open;
  const run = async (kind: 'recompute' | 'close') => {
    const res = kind === 'recompute' ? await recompute({ schemeId: ledger.scheme.id }) : await close({ schemeId: ledger.scheme.id });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t(kind === 'recompute' ? 'assessment.recomputed' : 'assessment.closed'));
      reload();
    }
  };
  const liveCell = cell && { indicator: cell.indicator, line: ledger.results.find((r) => r.organizationId === cell.line.organizationId) ?? cell.line };
  return (
    <div className="tx-page tx-assessment">
      <PageHeader title={ledger.scheme.name}>
        {manage && (
          <Space wrap>
            <Button icon={<ReloadOutlined />} loading={recomputing} onClick={() => run('recompute')}>
              {t('assessment.recompute')}
            </Button>
            <Button onClick={() => setStars(true)}>{t('assessment.stars.title')}</Button>
            <Popconfirm title={t('assessment.closeConfirm')} okText={t('assessment.close')} cancelText={t('common.cancel')} onConfirm={() => run('close')}>
              <Button danger loading={closing}>
                {t('assessment.close')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </PageHeader>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('assessment.issuer')}>{ledger.scheme.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.period')}>{periodText(ledger.scheme)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.fullScore')}>{pts(ledger.fullScore)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.status')}>
          <Tag color={open ? 'processing' : 'default'}>{t(`assessment.statuses.${ledger.scheme.status}`)}</Tag>
          {ledger.scheme.computedAt && <Typography.Text type="secondary">{t('assessment.computedAt', { at: new Date(ledger.scheme.computedAt).toLocaleString('zh-CN') })}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      <Card>
        <Table
          rowKey="organizationId"
          size="small"
          dataSource={ledger.results}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('assessment.noTargets')} /> }}
          columns={[
            { title: t('assessment.rank'), dataIndex: 'rank', width: 64, fixed: 'left' },
            { title: t('assessment.org'), dataIndex: 'organizationName', fixed: 'left' },
            { title: t('assessment.starsCol'), dataIndex: 'stars', render: (s: number) => <Rate disabled count={5} value={s} style={{ fontSize: 14 }} aria-label={t('assessment.starsN', { n: s })} /> },
            { title: t('assessment.total'), dataIndex: 'total', render: (n: number) => <Typography.Text strong>{pts(n)}</Typography.Text> },
            ...ledger.indicators.map((ind) => ({
              key: ind.id,
              title: (
                <span title={ind.description || undefined}>
                  {ind.name}
                  <Typography.Text type="secondary">（{pts(ind.weight)}）</Typography.Text>
                </span>
              ),
              render: (_: unknown, line: OrgLine) => {
                const s = line.scores.find((x) => x.indicatorId === ind.id);
                return (
                  <Button type="link" size="small" onClick={() => setCell({ indicator: ind, line })} aria-label={t('assessment.cellOpen', { org: line.organizationName, indicator: ind.name })}>
                    {s ? pts(s.score) : t('assessment.unscored')}
                  </Button>
                );
              },
            })),
          ]}
        />
      </Card>
      {liveCell && (
        <Drawer open size={520} title={`${liveCell.line.organizationName} · ${liveCell.indicator.name}`} onClose={() => setCell(null)}>
          {(() => {
            const s = liveCell.line.scores.find((x) => x.indicatorId === liveCell.indicator.id);
            return (
              <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('assessment.indicator.method')}>{liveCell.indicator.metricLabel ?? t('assessment.method.MANUAL')}</Descriptions.Item>
                <Descriptions.Item label={t('assessment.score.current')}>{s ? `${pts(s.score)} / ${pts(liveCell.indicator.weight)}` : t('assessment.unscored')}</Descriptions.Item>
                {s?.denominator != null && <Descriptions.Item label={t('assessment.figure')}>{figureText(liveCell.indicator.metric, s.numerator, s.denominator)}</Descriptions.Item>}
                {s?.note && <Descriptions.Item label={t('assessment.score.note')}>{s.note}</Descriptions.Item>}
                {liveCell.indicator.description && <Descriptions.Item label={t('assessment.indicator.description')}>{liveCell.indicator.description}</Descriptions.Item>}
              </Descriptions>
            );
          })()}
          {liveCell.indicator.method === 'AUTO' ? (
            <Records schemeId={ledger.scheme.id} cell={liveCell} />
          ) : (
            <>
              {manage && <ScoreForm schemeId={ledger.scheme.id} cell={liveCell} onScored={reload} />}
              <Reports schemeId={ledger.scheme.id} cell={liveCell} open={open && !ledger.canManage} />
            </>
          )}
        </Drawer>
      )}
      {stars && (
        <StarsDialog
          ledger={ledger}
          onClose={() => setStars(false)}
          onSaved={() => {
            setStars(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
