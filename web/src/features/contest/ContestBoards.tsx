import { memo } from 'react';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContestLeaderboardFieldsFragment } from '../../gql/graphql';
import { oneDecimal, seconds1 } from './contest';

type Leaderboard = ContestLeaderboardFieldsFragment;

/** 个人排行: rank, name, branch, score, correct answers and the time taken on them. */
export const MemberBoard = memo(function MemberBoard({ leaderboard, loading }: { leaderboard: Leaderboard | null; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="tx-contest-board" aria-label={t('contest.board.members')} data-testid="contest-members">
      <h2 className="tx-contest-board-title">{t('contest.board.members')}</h2>
      <Table
        rowKey="memberId"
        size="small"
        loading={loading && !leaderboard}
        dataSource={leaderboard?.members ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contest.board.empty')} /> }}
        columns={[
          { title: t('contest.board.rank'), dataIndex: 'rank', width: 64, render: (r: number) => <span className={`tx-contest-rank tx-contest-rank-${Math.min(r, 4)}`}>{r}</span> },
          { title: t('contest.board.name'), dataIndex: 'memberName' },
          { title: t('contest.board.branch'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
          { title: t('contest.board.score'), dataIndex: 'score', align: 'right' as const },
          { title: t('contest.board.correct'), dataIndex: 'correctCount', align: 'right' as const },
          { title: t('contest.board.time'), dataIndex: 'answerMs', align: 'right' as const, render: (ms: number) => seconds1(ms) },
        ]}
      />
    </section>
  );
});

/** 支部排行: rank, branch, participants, total and average score. */
export const BranchBoard = memo(function BranchBoard({ leaderboard, loading }: { leaderboard: Leaderboard | null; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="tx-contest-board" aria-label={t('contest.board.branches')} data-testid="contest-branches">
      <h2 className="tx-contest-board-title">{t('contest.board.branches')}</h2>
      <Table
        rowKey="orgId"
        size="small"
        loading={loading && !leaderboard}
        dataSource={leaderboard?.branches ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contest.board.empty')} /> }}
        columns={[
          { title: t('contest.board.rank'), dataIndex: 'rank', width: 64, render: (r: number) => <span className={`tx-contest-rank tx-contest-rank-${Math.min(r, 4)}`}>{r}</span> },
          { title: t('contest.board.branch'), dataIndex: 'orgName' },
          { title: t('contest.board.participants'), dataIndex: 'participants', align: 'right' as const },
          { title: t('contest.board.total'), dataIndex: 'totalScore', align: 'right' as const },
          { title: t('contest.board.average'), dataIndex: 'averageScore', align: 'right' as const, render: (v: number) => oneDecimal(v) },
        ]}
      />
    </section>
  );
});
