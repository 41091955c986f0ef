import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Card, Empty, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DuesStatementQuery } from '../dues/operations';
import { MemberNameQuery } from '../../api/operations';
import { MemberPipelineQuery } from './operations';
import { MemberHonoursQuery } from '../publicity/operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { MemberTimeline, RoleTag } from './MemberTimeline';
import { StageTag } from './StageTags';

const CONTEXT = { additionalTypenames: ['StageTransition', 'MemberStage', 'PipelineContact'] };
const HONOUR_CONTEXT = { additionalTypenames: ['Honour', 'Publicity'] };

/**
 * 发展历程 (`/members/:id/timeline`, the member themselves or who reads their branch): the
 * current stage, 培养联系人 and 入党介绍人, and a timeline of stages, proposals (公示, objections,
 * decisions), confirmed honours and party dues paid, merged by date. Dues are left out when the viewer may not read them.
 */
export default function MemberTimelinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: MemberPipelineQuery, variables: { memberId: id }, requestPolicy: 'cache-and-network', context: CONTEXT });
  const [{ data: nameData }] = useQuery({ query: MemberNameQuery, variables: { id } });
  const [{ data: duesData }] = useQuery({ query: DuesStatementQuery, variables: { memberId: id, line: 'PARTY' } });
  const [{ data: honourData }] = useQuery({ query: MemberHonoursQuery, variables: { memberId: id }, requestPolicy: 'cache-and-network', context: HONOUR_CONTEXT });
  const name = nameData?.node && nameData.node.__typename === 'Member' ? nameData.node.name : null;
  const e = describeError(error, t);
  const p = data?.memberPipeline;
  const honours = useMemo(() => (honourData?.memberHonours ?? []).filter((h) => h.status === 'CONFIRMED'), [honourData]);
  const payments = useMemo(() => (duesData?.duesStatement ?? []).filter((x) => x.kind === 'PAYMENT'), [duesData]);
  const current = p?.stages.find((s) => !s.extensionMonths) ?? null;
  const empty = p && p.stages.length === 0 && p.transitions.length === 0 && p.positions.length === 0 && payments.length === 0 && honours.length === 0;

  return (
    <div className="tx-pipeline tx-pipeline-timeline">
      <PageHeader title={name ? t('pipeline.timeline.titleFor', { name }) : t('pipeline.timeline.title')}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('pipeline.back')}
        </Button>
      </PageHeader>
      {e && <FormError error={e} />}
      {!p && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : (
        p && (
          <>
            <Card size="small" className="tx-meeting-card" title={t('pipeline.timeline.summary')}>
              <div className="tx-pipeline-summary">
                <div data-testid="timeline-current">
                  {t('pipeline.fields.currentStage')}：{current ? <StageTag stage={current.stage} /> : t('pipeline.timeline.noStage')}
                  {current && t('pipeline.card.since', { date: current.startedOn })}
                </div>
                <div>
                  {t('pipeline.timeline.contacts')}：
                  {p.contacts.length === 0
                    ? t('pipeline.contacts.none')
                    : p.contacts.map((c) => (
                        <span key={`${c.memberId}-${c.role}`} className="tx-pipeline-contact">
                          {c.name} <RoleTag role={c.role} />
                        </span>
                      ))}
                </div>
              </div>
            </Card>
            {empty ? <Empty description={t('pipeline.timeline.empty')} /> : <MemberTimeline stages={p.stages} transitions={p.transitions} payments={payments} positions={p.positions} honours={honours} />}
          </>
        )
      )}
    </div>
  );
}
