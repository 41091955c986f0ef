import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/PagedList';
import { useMeetingList, type MeetingScope } from './useMeetings';
import { MeetingItem } from './MeetingItem';

/** The meetings of a scope, newest start first, with 加载更多. */
export function MeetingList({ scope, mine, filtered }: { scope: MeetingScope; mine: boolean; filtered: boolean }) {
  const { t } = useTranslation();
  const list = useMeetingList(scope);

  return (
    <PagedList
      list={list}
      empty={filtered ? t('meetings.emptyFiltered') : mine ? t('meetings.emptyMine') : t('meetings.emptyOrg')}
      className="tx-meeting-list"
      label={t('meetings.list')}
    >
      {(m) => <MeetingItem key={m.id} meeting={m} mine={mine} />}
    </PagedList>
  );
}
