import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, Descriptions, Empty, Input, List, Popconfirm, Progress, Result, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CloseVoteMutation, RemindVotersMutation, VoteNonVotersQuery, VoteQuery, VoteReceiptsQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { RemindButton } from '../../components/RemindButton';
import { formatDateTime } from '../../lib/format';
import type { VoteFieldsFragment } from '../../gql/graphql';
import { BallotCard } from './BallotCard';
import { useVoteTurnout } from './useVoteTurnout';
import { VoteTags } from './VoteTags';
import { normalizeReceipt, percent, receiptFingerprint } from './votes';

/** 投票进度: eligible, voted and not voted, moving live; reminders and the close for managers. */
function TurnoutCard({ vote, onClosed }: { vote: VoteFieldsFragment; onClosed: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const live = useVoteTurnout(vote.id, vote.turnout ? { eligible: vote.turnout.eligible, voted: vote.turnout.voted } : null, vote.status !== 'OPEN');
  const [closing, close] = useMutation(CloseVoteMutation);
  if (!live) return null;
  const notVoted = Math.max(0, live.eligible - live.voted);
  return (
    <Card title={t('votes.turnout.title')} data-testid="turnout">
      <Space size="large" wrap>
        <Statistic title={t('votes.turnout.eligible')} value={live.eligible} />
        <Statistic title={t('votes.turnout.voted')} value={live.voted} valueRender={(n) => <span data-testid="turnout-voted">{n}</span>} />
        <Statistic title={t('votes.turnout.notVoted')} value={notVoted} />
      </Space>
      <Progress percent={percent(live.voted, live.eligible)} style={{ marginTop: 12 }} />
      {vote.viewerCanManage && vote.status === 'OPEN' && (
        <Space wrap style={{ marginTop: 12 }}>
          <RemindButton
            mutation={RemindVotersMutation}
            variables={{ input: { voteId: vote.id } }}
            label={t('votes.turnout.remind')}
            confirm={t('votes.turnout.remindConfirm')}
            description={t('votes.turnout.remindWho', { count: notVoted })}
            disabled={notVoted === 0}
            limitedTestId="remind-limited"
            onReminded={(d) => message.success(t('votes.turnout.reminded', { count: d.remindVoters.reminded }))}
          />
          <Popconfirm
            title={t('votes.turnout.closeConfirm')}
            description={t('votes.turnout.closeWhat')}
            okText={t('votes.turnout.close')}
            cancelText={t('common.cancel')}
            onConfirm={async () => {
              const res = await close({ input: { voteId: vote.id } });
              const info = describeError(res.error, t);
              if (info) message.error(errorText(info));
              else onClosed();
            }}
          >
            <Button danger icon={<StopOutlined />} loading={closing.fetching}>
              {t('votes.turnout.close')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

/** Who has not voted, by name (named votes, officers). */
function NonVoters({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [res] = useQuery({ query: VoteNonVotersQuery, variables: { id: voteId, first: 20, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const conn = res.data?.vote.nonVoters;
  if (!conn) return null;
  return (
    <Card title={t('votes.nonVoters.title')}>
      <List
        size="small"
        dataSource={conn.edges}
        locale={{ emptyText: <Empty description={t('votes.nonVoters.none')} /> }}
        renderItem={(e) => (
          <List.Item>
            {e.node.name}
            <Typography.Text type="secondary">
              {e.node.orgName}
              {e.node.remindedCount > 0 && ` · ${t('votes.nonVoters.reminded', { count: e.node.remindedCount })}`}
            </Typography.Text>
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={conn.pageInfo} />
    </Card>
  );
}

/** 计票结果: a bar per option, the validity, the export. */
function ResultsCard({ vote }: { vote: VoteFieldsFragment }) {
  const { t } = useTranslation();
  if (!vote.results) {
    return (
      <Card title={t('votes.results.title')}>
        <Typography.Text type="secondary" data-testid="results-hidden">
          {t('votes.results.hidden')}
        </Typography.Text>
      </Card>
    );
  }
  const ballots = vote.turnout?.voted ?? 0;
  const top = Math.max(1, ...vote.results.map((r) => r.votes));
  return (
    <Card
      title={t('votes.results.title')}
      data-testid="results"
      extra={
        vote.exportUrl && (
          <a href={vote.exportUrl} download>
            <DownloadOutlined /> {t('votes.results.export')}
          </a>
        )
      }
    >
      {vote.valid === false && <Alert type="error" showIcon title={t('votes.results.invalid')} description={vote.invalidReason} style={{ marginBottom: 12 }} />}
      {vote.valid === true && <Alert type="success" showIcon title={t('votes.results.valid')} style={{ marginBottom: 12 }} />}
      {vote.results.map((r) => (
        <div key={r.option.id} className="tx-vote-bar">
          <div className="tx-toolbar" style={{ justifyContent: 'space-between' }}>
            <span>{r.option.label}</span>
            <span>{t('votes.results.votes', { count: r.votes, share: percent(r.votes, ballots) })}</span>
          </div>
          <Progress percent={percent(r.votes, top)} showInfo={false} />
        </div>
      ))}
    </Card>
  );
}

/** 已计入的回执: the hashes of the receipts counted; the voter finds theirs by typing it. */
function ReceiptsCard({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const cursors = usePageCursors();
  const [typed, setTyped] = useState('');
  const [mine, setMine] = useState<string | null>(null);
  const [res] = useQuery({ query: VoteReceiptsQuery, variables: { id: voteId, first: 100, after: cursors.after } });
  useEffect(() => {
    const canonical = normalizeReceipt(typed);
    if (!canonical) {
      setMine(null);
      return;
    }
    let cancelled = false;
    void receiptFingerprint(canonical).then((h) => !cancelled && setMine(h));
    return () => {
      cancelled = true;
    };
  }, [typed]);
  const conn = res.data?.vote.receipts;
  const hashes = (conn?.edges ?? []).map((e) => e.node);
  return (
    <Card title={t('votes.receipts.title')}>
      <Typography.Paragraph type="secondary">{t('votes.receipts.explain')}</Typography.Paragraph>
      <Input.Search placeholder={t('votes.receipts.search')} aria-label={t('votes.receipts.search')} value={typed} onChange={(e) => setTyped(e.target.value)} allowClear />
      {mine && (
        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="receipt-search-result">
          {hashes.includes(mine) ? t('votes.receipts.found') : t('votes.receipts.notOnPage')}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={hashes}
        locale={{ emptyText: <Empty description={t('votes.receipts.none')} /> }}
        renderItem={(h) => (
          <List.Item className="tx-mono" style={{ fontWeight: h === mine ? 700 : undefined, wordBreak: 'break-all' }}>
            {h}
          </List.Item>
        )}
      />
      <CursorPager cursors={cursors} pageInfo={conn?.pageInfo} />
    </Card>
  );
}

/**
 * One vote (`/votes/:id`): the ballot for a member who has not voted (made for phones), the
 * receipt once after casting; for officers the live turnout with 提醒 and 结束投票; the results
 * when the rule lets them be seen, with the receipts counted after the close.
 */
export default function VoteDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [res, refetch] = useQuery({ query: VoteQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const error = describeError(res.error, t);
  const vote = res.data?.vote;
  if (!vote && res.fetching) return <PageSpinner />;
  if (!vote) return <Result status="404" title={error ? errorText(error) : t('errors.NOT_FOUND')} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const canVote = vote.status === 'OPEN' && vote.myStatus.eligible && !vote.myStatus.voted;

  return (
    <div className="tx-page tx-vote-page">
      <PageHeader title={vote.title}>
        <Link to="/votes">{t('votes.back')}</Link>
      </PageHeader>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <VoteTags kind={vote.kind} status={vote.status} anonymous={vote.anonymous} />
          {vote.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{vote.description}</Typography.Paragraph>}
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('votes.fields.org')}>{vote.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('votes.fields.window')}>
              {formatDateTime(vote.opensAt)} – {formatDateTime(vote.closesAt)}
            </Descriptions.Item>
            {vote.seats != null && <Descriptions.Item label={t('votes.fields.seats')}>{vote.seats}</Descriptions.Item>}
            <Descriptions.Item label={t('votes.fields.resultsVisibility')}>{t(`votes.visibility.${vote.resultsVisibility}`)}</Descriptions.Item>
          </Descriptions>
        </Card>
        {canVote && <BallotCard voteId={vote.id} options={vote.options} minChoices={vote.minChoices} maxChoices={vote.maxChoices} onCast={() => undefined} />}
        {vote.myStatus.voted && (
          <Alert
            type="success"
            showIcon
            data-testid="already-voted"
            title={t('votes.ballot.done')}
            action={<Link to={`/votes/verify?vote=${encodeURIComponent(vote.id)}`}>{t('votes.verify.title')}</Link>}
          />
        )}
        {vote.status === 'SCHEDULED' && <Alert type="info" showIcon title={t('votes.notOpen', { at: formatDateTime(vote.opensAt) })} />}
        {vote.turnout && <TurnoutCard vote={vote} onClosed={reload} />}
        {vote.viewerIsOfficer && !vote.anonymous && vote.status !== 'SCHEDULED' && <NonVoters voteId={vote.id} />}
        {vote.status !== 'SCHEDULED' && <ResultsCard vote={vote} />}
        {vote.status === 'CLOSED' && <ReceiptsCard voteId={vote.id} />}
      </Space>
    </div>
  );
}
