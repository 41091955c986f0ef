import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, List, Segmented, Space, Switch, Typography } from 'antd';
import { BarChartOutlined, ClockCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES_PAGE, ActivitiesQuery, MyActivitiesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { ActivityListFieldsFragment } from '../../gql/graphql';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityTags } from './ActivityTags';
import { placesTaken } from './activities';
import { canCreateActivities, canSeeOrgActivities } from './activityAccess';

type Tab = 'upcoming' | 'calendar' | 'past' | 'mine' | 'org';

function ActivityItem({ a }: { a: ActivityListFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="activity-item">
      <List.Item.Meta
        title={<Link to={`/activities/${a.id}`}>{a.title}</Link>}
        description={
          <>
            <ActivityTags kind={a.kind} status={a.status} mine={a.myRegistration?.status} position={a.myRegistration?.waitlistPosition} />
            <Typography.Text type="secondary" className="tx-activity-line">
              {formatDateTime(a.startsAt)}
              {a.place && ` · ${a.place}`} · {a.orgName}
            </Typography.Text>
            <Typography.Text type="secondary" className="tx-activity-line">
              {t('activities.list.places', { places: placesTaken(a.registeredCount, a.capacity) })}
              {a.waitlistedCount > 0 && ` · ${t('activities.list.waitlisted', { count: a.waitlistedCount })}`}
            </Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}

/**
 * 活动 (`/activities`): 即将开始 and 已结束 of the activities the viewer may join, 我的活动 (their
 * registrations), and for officers an org's activities; links to 发布活动, 我的志愿时长 and 活动统计.
 * Made for phones.
 */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const officer = canSeeOrgActivities(info);
  const [tab, setTab] = useState<Tab>('upcoming');
  const [orgId, setOrgId] = useState<string | null>(null);
  const [orgPast, setOrgPast] = useState(false);
  const { orgs, loading: orgsLoading } = useAllOrganizations(null, !officer);
  const listOrg = tab === 'org' ? orgId : null;
  const listPast = tab === 'org' ? orgPast : tab === 'past';
  // 加载更多: earlier pages are kept while the next one (after the last shown) loads.
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<ActivityListFieldsFragment[]>([]);
  useEffect(() => {
    setAfter(null);
    setEarlier([]);
  }, [listOrg, listPast, tab]);
  const [list] = useQuery({
    query: ActivitiesQuery,
    variables: { orgId: listOrg, past: listPast, after },
    pause: tab === 'mine' || tab === 'calendar' || (tab === 'org' && !orgId),
    requestPolicy: 'cache-and-network',
  });
  const [mine] = useQuery({ query: MyActivitiesQuery, pause: tab !== 'mine', requestPolicy: 'cache-and-network' });
  const result = tab === 'mine' ? mine : list;
  const page = list.data?.activities;
  const listed = page ? [...earlier, ...page.filter((a) => !earlier.some((e) => e.id === a.id))] : earlier.length > 0 ? earlier : undefined;
  const items = tab === 'mine' ? mine.data?.myActivities : listed;
  const more = tab !== 'mine' && !!page && page.length >= ACTIVITIES_PAGE;
  const error = describeError(result.error, t);

  return (
    <div className="tx-page tx-activities">
      <PageHeader title={t('activities.title')}>
        <Space wrap>
          <Link to="/activities/hours">
            <Button icon={<ClockCircleOutlined />}>{t('activities.hours.title')}</Button>
          </Link>
          {officer && (
            <Link to="/activities/statistics">
              <Button icon={<BarChartOutlined />}>{t('activities.stats.title')}</Button>
            </Link>
          )}
          {canCreateActivities(info) && (
            <Link to="/activities/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('activities.create.title')}
              </Button>
            </Link>
          )}
        </Space>
      </PageHeader>
      <Card>
        <div className="tx-toolbar">
          <Segmented<Tab>
            value={tab}
            onChange={setTab}
            options={[
              { value: 'upcoming', label: t('activities.list.upcoming') },
              { value: 'calendar', label: t('activities.calendar.title') },
              { value: 'past', label: t('activities.list.past') },
              { value: 'mine', label: t('activities.list.mine') },
              ...(officer ? [{ value: 'org' as const, label: t('activities.list.org') }] : []),
            ]}
          />
          {tab === 'org' && (
            <Space wrap>
              <OrgTreeSelect
                aria-label={t('activities.list.chooseOrg')}
                placeholder={t('activities.list.chooseOrg')}
                orgs={orgs}
                loading={orgsLoading}
                value={orgId}
                onChange={(id) => setOrgId(id ?? null)}
              />
              <Space>
                <Switch size="small" checked={orgPast} onChange={setOrgPast} aria-label={t('activities.list.past')} />
                {t('activities.list.past')}
              </Space>
            </Space>
          )}
        </div>
        {tab === 'calendar' && <ActivityCalendar orgId={null} />}
        {tab !== 'calendar' && error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
        {tab !== 'calendar' && (
          <List
            loading={result.fetching && !items}
            dataSource={items ?? []}
            rowKey="id"
            locale={{
              emptyText: <Empty description={tab === 'org' && !orgId ? t('activities.list.chooseOrg') : t(`activities.list.none.${tab}`)} />,
            }}
            renderItem={(a) => <ActivityItem a={a} />}
          />
        )}
        {tab !== 'calendar' && more && listed && (
          <Button
            block
            loading={list.fetching}
            onClick={() => {
              setEarlier(listed);
              setAfter(listed[listed.length - 1]?.id ?? null);
            }}
            data-testid="activities-more"
          >
            {t('activities.list.more')}
          </Button>
        )}
      </Card>
    </div>
  );
}
