import { useMemo, useState } from 'react';
import { Button, Empty, Skeleton, Typography } from 'antd';
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { PartyPipelineQuery } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { defaultPipelineOrg, isOpen, type StageTransition } from './pipeline';
import { managesAllMembers } from './pipelineAccess';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { ContactsDialog } from './ContactsDialog';
import { DecideTransitionDialog, type Decision } from './DecideTransitionDialog';
import type { PipelineEntry } from './EntryCard';
import { OpenTransitions } from './OpenTransitions';
import { PipelineBoard } from './PipelineBoard';
import { ProposeDialog } from './ProposeDialog';
import { RecordStageDialog } from './RecordStageDialog';
import { useQueryParams } from '../../lib/useQueryParams';

const CONTEXT = { additionalTypenames: ['StageTransition', 'MemberStage', 'PipelineEntry'] };

/**
 * 发展党员 (`/pipeline`, for who manages members somewhere): the party unit (the viewer's own,
 * the whole enterprise's top unit for tenant-wide managers), 公示与审批 with 批准 / 不批准 /
 * 撤回, and the board by stage with 提出, 联系人 and 补录. The unit is kept in the URL.
 */
export default function PipelinePage() {
  const { t } = useTranslation();
  const info = useViewer();
  const [params, update] = useQueryParams();
  const { orgs, loading: orgsLoading, error: orgsError } = useAllOrganizations('PARTY');
  const fallback = useMemo(() => defaultPipelineOrg(orgs, info.viewer.grants, managesAllMembers(info)), [orgs, info]);
  const orgId = params.get('org') ?? fallback;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PartyPipelineQuery,
    variables: { orgId: orgId ?? '' },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
    context: CONTEXT,
  });
  const e = describeError(error, t);
  const orgsE = describeError(orgsError, t);
  const [recording, setRecording] = useState<{ entry: PipelineEntry | null } | null>(null);
  const [proposing, setProposing] = useState<PipelineEntry | null>(null);
  const [contactsOf, setContactsOf] = useState<PipelineEntry | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [contactsChanged, setContactsChanged] = useState(false);

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const board = data?.partyPipeline;
  const open = useMemo(() => (board?.openTransitions ?? []).filter(isOpen), [board]);

  const pickOrg = (id: string | null) => update({ org: id });

  return (
    <div className="tx-pipeline">
      <PageHeader title={t('nav.pipeline')}>
        <div className="tx-meeting-head-actions">
          <Button icon={<ReloadOutlined />} onClick={reload} disabled={!orgId || fetching}>
            {t('pipeline.refresh')}
          </Button>
          <Button type="primary" icon={<EditOutlined />} onClick={() => setRecording({ entry: null })} data-testid="pipeline-record-any">
            {t('pipeline.record.title')}
          </Button>
        </div>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('pipeline.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <div className="tx-meeting-org">
          <OrgTreeSelect
            orgs={orgs}
            loading={orgsLoading}
            value={orgId}
            onChange={pickOrg}
            allowClear={false}
            placeholder={t('pipeline.pickOrg')}
            aria-label={t('pipeline.fields.org')}
          />
        </div>
      </div>
      {orgsE && <FormError error={orgsE} />}
      {e && <FormError error={e} />}
      {!orgId ? (
        !orgsLoading && <Empty description={t('pipeline.pickOrg')} />
      ) : !board && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      ) : (
        board && (
          <>
            <OpenTransitions transitions={open} onDecide={(transition, approve) => setDecision({ transition, approve })} onChanged={reload} />
            {board.entries.length === 0 ? (
              <Empty description={t('pipeline.board.empty')} data-testid="pipeline-empty" />
            ) : (
              <PipelineBoard
                entries={board.entries}
                open={open}
                onRecord={(entry) => setRecording({ entry })}
                onPropose={setProposing}
                onContacts={setContactsOf}
              />
            )}
          </>
        )
      )}
      <RecordStageDialog
        open={!!recording}
        entry={recording?.entry ?? null}
        onClose={() => setRecording(null)}
        onDone={() => {
          setRecording(null);
          reload();
        }}
      />
      <ProposeDialog
        entry={proposing}
        onClose={() => setProposing(null)}
        onDone={() => {
          setProposing(null);
          reload();
        }}
      />
      <ContactsDialog
        entry={contactsOf}
        onChanged={() => setContactsChanged(true)}
        onClose={() => {
          setContactsOf(null);
          if (contactsChanged) reload();
          setContactsChanged(false);
        }}
      />
      <DecideTransitionDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(_: StageTransition) => {
          setDecision(null);
          reload();
        }}
      />
    </div>
  );
}
