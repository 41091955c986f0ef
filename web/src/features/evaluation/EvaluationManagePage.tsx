import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Input, InputNumber, Modal, Select, Space, Spin, Steps, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EvaluationCampaignFieldsFragment, EvaluationGrade } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { AdvanceEvaluationMutation, DecideGradesMutation, EvaluationCampaignsQuery, ProposeGradesMutation, StartEvaluationMutation } from './operations';
import { GRADES, STAGES, countExcellent, missingReasons, shares } from './evaluation';
import { StageTag } from './StageTag';

type Campaign = EvaluationCampaignFieldsFragment;
type Member = Campaign['members'][number];

const BAR_COLORS: Record<EvaluationGrade, string> = {
  EXCELLENT: '#cf1322',
  QUALIFIED: '#1677ff',
  BASICALLY_QUALIFIED: '#faad14',
  UNQUALIFIED: '#8c8c8c',
};

/** The peer tally of one member as a stacked bar with the counts beside it. */
function TallyBar({ m }: { m: Member }) {
  const { t } = useTranslation();
  const tally = m.peerTally;
  if (!tally) return <Typography.Text type="secondary">—</Typography.Text>;
  const pct = shares(tally);
  const counts: Record<EvaluationGrade, number> = {
    EXCELLENT: tally.excellent,
    QUALIFIED: tally.qualified,
    BASICALLY_QUALIFIED: tally.basicallyQualified,
    UNQUALIFIED: tally.unqualified,
  };
  const text = GRADES.map((g) => `${t(`evaluation.grades.${g}`)} ${counts[g]}`).join(' · ');
  return (
    <Tooltip title={text}>
      <div aria-label={text} data-testid="evaluation-tally" style={{ minWidth: 140 }}>
        <div style={{ display: 'flex', height: 10, borderRadius: 5, overflow: 'hidden', background: '#f0f0f0' }}>
          {GRADES.map((g) => (pct[g] > 0 ? <div key={g} style={{ width: `${pct[g]}%`, background: BAR_COLORS[g] }} /> : null))}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}

/** The committee's proposal (COMMITTEE) or the meeting's decision (DECISION): a grade per member. */
function GradesTable({ campaign, mode, onDone }: { campaign: Campaign; mode: 'propose' | 'decide'; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const initial = () => {
    const g: Record<string, EvaluationGrade | undefined> = {};
    const r: Record<string, string | undefined> = {};
    for (const m of campaign.members) {
      g[m.memberId] = (mode === 'decide' ? (m.finalGrade ?? m.proposedGrade) : m.proposedGrade) ?? undefined;
      r[m.memberId] = (mode === 'decide' ? (m.finalReason ?? m.proposedReason) : m.proposedReason) ?? undefined;
    }
    return { g, r };
  };
  const [grades, setGrades] = useState(() => initial().g);
  const [reasons, setReasons] = useState(() => initial().r);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [proposeState, propose] = useMutation(ProposeGradesMutation);
  const [decideState, decide] = useMutation(DecideGradesMutation);
  useEffect(() => {
    const i = initial();
    setGrades(i.g);
    setReasons(i.r);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [campaign.id, campaign.stage]);
  const excellent = countExcellent(grades);
  const over = excellent > campaign.excellentCap;
  const unset = campaign.members.filter((m) => !grades[m.memberId]).length;
  const noReason = missingReasons(grades, reasons);
  const entries = () =>
    campaign.members
      .filter((m) => grades[m.memberId])
      .map((m) => ({ memberId: m.memberId, grade: grades[m.memberId]!, reason: reasons[m.memberId]?.trim() || null }));
  const save = async () => {
    setConfirming(false);
    setError(null);
    const res =
      mode === 'propose'
        ? await propose({ input: { campaignId: campaign.id, grades: entries() } })
        : await decide({ input: { campaignId: campaign.id, grades: entries() } });
    if (res.error) {
      setError(serverErrorText(res.error, t));
      return;
    }
    message.success(mode === 'propose' ? t('evaluation.committee.saved') : t('evaluation.decision.saved'));
    onDone();
  };
  const columns = [
    { title: t('evaluation.columns.name'), dataIndex: 'name', key: 'name', width: 110 },
    {
      title: t('evaluation.columns.self'),
      key: 'self',
      render: (_: unknown, m: Member) =>
        m.selfAssessment ? (
          <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: t('evaluation.more') }} style={{ marginBottom: 0, maxWidth: 320 }}>
            {m.selfAssessment}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('evaluation.self.none')}</Typography.Text>
        ),
    },
    { title: t('evaluation.columns.tally'), key: 'tally', render: (_: unknown, m: Member) => <TallyBar m={m} /> },
    ...(mode === 'decide'
      ? [
          {
            title: t('evaluation.columns.proposed'),
            key: 'proposed',
            render: (_: unknown, m: Member) => (m.proposedGrade ? t(`evaluation.grades.${m.proposedGrade}`) : '—'),
          },
        ]
      : []),
    {
      title: mode === 'propose' ? t('evaluation.columns.proposedGrade') : t('evaluation.columns.finalGrade'),
      key: 'grade',
      width: 260,
      render: (_: unknown, m: Member) => (
        <Space orientation="vertical" style={{ width: '100%' }} size={4}>
          <Select
            aria-label={t('evaluation.gradeFor', { name: m.name })}
            data-testid="evaluation-grade-select"
            value={grades[m.memberId]}
            placeholder={t('evaluation.choose')}
            style={{ width: 140 }}
            onChange={(v: EvaluationGrade) => setGrades((g) => ({ ...g, [m.memberId]: v }))}
            options={GRADES.map((g) => ({ value: g, label: t(`evaluation.grades.${g}`) }))}
          />
          {grades[m.memberId] === 'UNQUALIFIED' && (
            <Input.TextArea
              rows={2}
              maxLength={1000}
              aria-label={t('evaluation.reasonFor', { name: m.name })}
              placeholder={t('evaluation.reasonRequired')}
              status={noReason.includes(m.memberId) ? 'error' : undefined}
              value={reasons[m.memberId] ?? ''}
              onChange={(e) => setReasons((r) => ({ ...r, [m.memberId]: e.target.value }))}
            />
          )}
        </Space>
      ),
    },
  ];
  const busy = proposeState.fetching || decideState.fetching;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color={over ? 'red' : 'green'} data-testid="evaluation-cap-counter">
          {t('evaluation.capCounter', { count: excellent, cap: campaign.excellentCap })}
        </Tag>
        <Typography.Text type="secondary">
          {t('evaluation.capRule', { title: campaign.capRuleTitle, source: campaign.capRuleSource })}
        </Typography.Text>
      </Space>
      {mode === 'propose' && campaign.capWarning && <Alert type="warning" showIcon message={campaign.capWarning} />}
      <Table rowKey="memberId" size="small" columns={columns} dataSource={campaign.members} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 720 }} />
      {error && <Alert type="error" showIcon message={error} data-testid="evaluation-error" />}
      {noReason.length > 0 && <Typography.Text type="danger">{t('evaluation.reasonMissing', { count: noReason.length })}</Typography.Text>}
      <Button
        type="primary"
        loading={busy}
        disabled={noReason.length > 0 || (mode === 'decide' && unset > 0) || (mode === 'propose' && unset === campaign.members.length)}
        onClick={() => (mode === 'decide' ? setConfirming(true) : save())}
      >
        {mode === 'propose' ? t('evaluation.committee.save') : t('evaluation.decision.submit')}
      </Button>
      <Modal open={confirming} title={t('evaluation.decision.confirmTitle')} okText={t('evaluation.decision.confirmOk')} cancelText={t('common.cancel')} onOk={save} onCancel={() => setConfirming(false)}>
        {t('evaluation.decision.confirmBody')}
      </Modal>
    </Space>
  );
}

/** One campaign from the branch's side: its stage, turnout, the next step, grades. */
function CampaignPanel({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const { t } = useTranslation();
  const [state, advance] = useMutation(AdvanceEvaluationMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = STAGES.indexOf(campaign.stage);
  const go = async () => {
    setConfirming(false);
    setError(null);
    const res = await advance({ input: { campaignId: campaign.id, fromStage: campaign.stage } });
    if (res.error) {
      setError(serverErrorText(res.error, t));
      return;
    }
    onDone();
  };
  const canAdvance = campaign.viewerCanManage && ['SELF_ASSESSMENT', 'PEER_REVIEW', 'COMMITTEE'].includes(campaign.stage);
  return (
    <Card title={campaign.title} extra={<StageTag stage={campaign.stage} />} data-testid="evaluation-panel">
      <Steps size="small" current={current} items={STAGES.map((s) => ({ title: t(`evaluation.stages.${s}`) }))} style={{ marginBottom: 16 }} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{t('evaluation.counts.members', { count: campaign.memberCount })}</Tag>
        <Tag>{t('evaluation.counts.self', { done: campaign.selfAssessedCount, total: campaign.memberCount })}</Tag>
        {campaign.peerTurnout != null && (
          <Tag color="purple" data-testid="evaluation-turnout">
            {t('evaluation.counts.turnout', { done: campaign.peerTurnout, total: campaign.memberCount })}
          </Tag>
        )}
        {canAdvance && (
          <Button type="primary" onClick={() => setConfirming(true)} loading={state.fetching}>
            {t(`evaluation.advance.${campaign.stage}`)}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {campaign.stage === 'COMMITTEE' && campaign.viewerCanManage && <GradesTable campaign={campaign} mode="propose" onDone={onDone} />}
      {campaign.stage === 'DECISION' && campaign.viewerCanManage && <GradesTable campaign={campaign} mode="decide" onDone={onDone} />}
      {campaign.stage === 'CLOSED' && (
        <Table
          rowKey="memberId"
          size="small"
          dataSource={campaign.members}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('evaluation.columns.name'), dataIndex: 'name', key: 'name' },
            { title: t('evaluation.columns.finalGrade'), key: 'g', render: (_: unknown, m: Member) => (m.finalGrade ? t(`evaluation.grades.${m.finalGrade}`) : '—') },
            { title: t('evaluation.columns.reason'), key: 'r', render: (_: unknown, m: Member) => m.finalReason ?? '' },
          ]}
        />
      )}
      {(campaign.stage === 'SELF_ASSESSMENT' || campaign.stage === 'PEER_REVIEW') && (
        <Typography.Paragraph type="secondary">{t(`evaluation.hint.${campaign.stage}`)}</Typography.Paragraph>
      )}
      <Modal open={confirming} title={t('evaluation.advance.confirmTitle')} okText={t('evaluation.advance.confirmOk')} cancelText={t('common.cancel')} onOk={go} onCancel={() => setConfirming(false)}>
        {t(`evaluation.advance.confirm.${campaign.stage}`)}
      </Modal>
    </Card>
  );
}

/** 民主评议（支部）: start a branch's campaign and walk it through its stages. */
export default function EvaluationManagePage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const party = useAllOrganizations('PARTY');
  const orgId = params.get('org') ?? party.orgs[0]?.id ?? null;
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [{ data, fetching, error }, refetch] = useQuery({ query: EvaluationCampaignsQuery, variables: { orgId: orgId ?? '' }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const [startState, start] = useMutation(StartEvaluationMutation);
  const [startError, setStartError] = useState<string | null>(null);
  const campaigns = useMemo(() => data?.evaluationCampaigns ?? [], [data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const begin = async () => {
    if (!orgId) return;
    setStartError(null);
    const res = await start({ input: { orgId, year } });
    if (res.error) {
      setStartError(serverErrorText(res.error, t));
      return;
    }
    message.success(t('evaluation.start.done'));
    reload();
  };
  return (
    <div className="tx-evaluation-manage">
      <Typography.Title level={2} className="tx-page-title">
        {t('evaluation.manage.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <OrgTreeSelect
            aria-label={t('evaluation.manage.branch')}
            orgs={party.orgs}
            loading={party.loading}
            value={orgId}
            allowClear={false}
            onChange={(v) => v && setParams({ org: v }, { replace: true })}
            style={{ minWidth: 240 }}
          />
          <InputNumber aria-label={t('evaluation.start.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button onClick={begin} loading={startState.fetching} disabled={!orgId}>
            {t('evaluation.start.button')}
          </Button>
        </Space>
        {startError && <Alert type="error" showIcon message={startError} style={{ marginTop: 12 }} />}
      </Card>
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data && <Spin />}
      {data && campaigns.length === 0 && <Empty description={t('evaluation.manage.empty')} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {campaigns.map((c) => (
          <CampaignPanel key={c.id} campaign={c} onDone={reload} />
        ))}
      </Space>
    </div>
  );
}
