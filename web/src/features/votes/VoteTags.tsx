import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteKind, VoteStatus } from '../../gql/graphql';

const STATUS_COLOR: Record<VoteStatus, string> = { SCHEDULED: 'default', OPEN: 'processing', CLOSED: 'success' };

/** The vote's kind, status and secrecy as tags. */
export function VoteTags({ kind, status, anonymous }: { kind: VoteKind; status: VoteStatus; anonymous: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag>{t(`votes.kind.${kind}`)}</Tag>
      <Tag color={STATUS_COLOR[status]} data-testid="vote-status">
        {t(`votes.status.${status}`)}
      </Tag>
      {anonymous && <Tag color="purple">{t('votes.anonymous')}</Tag>}
    </>
  );
}
