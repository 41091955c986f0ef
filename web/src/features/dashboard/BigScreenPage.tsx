import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Tag } from 'antd';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { OrgDashboardUpdatedSubscription } from './operations';
import { serverErrorText } from '../../api/errors';
import { useLiveStatus } from '../../api/liveStatus';
import { Chart } from '../../components/Chart';
import { LiveIndicator } from '../../components/LiveIndicator';
import { LINES } from '../../lib/orgs';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { formatDateTime } from '../../lib/format';
import { barOption, pieOption } from './DashboardPage';
import { AGE_BANDS, DASHBOARD_STAGES, countOf, percent, yuan, type OrgDashboard } from './figures';
import type { CombinedError } from 'urql';

const W = 1920;
const H = 1080;

/** The scale that fits a 1920×1080 stage into the window. */
function useStageScale() {
  const read = () => (typeof window === 'undefined' ? 1 : Math.min(window.innerWidth / W, window.innerHeight / H) || 1);
  const [scale, setScale] = useState(read);
  useEffect(() => {
    const on = () => setScale(read());
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return scale;
}

function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="tx-bigscreen-panel" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Big({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="tx-bigscreen-kpi" data-testid={testId}>
      <div className="tx-bigscreen-kpi-value">{value}</div>
      <div className="tx-bigscreen-kpi-label">{label}</div>
    </div>
  );
}

/**
 * 数据大屏 (`/big-screen/:orgId`): the org's figures on a dark 1920×1080 stage scaled to the
 * window, kept live by `orgDashboardUpdated` (the server sends them on subscribe and whenever
 * they may have changed).
 */
export default function BigScreenPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const client = useClient();
  const status = useLiveStatus();
  const scale = useStageScale();
  const [d, setD] = useState<OrgDashboard | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);

  useEffect(() => {
    if (!orgId) return undefined;
    setError(null);
    const sub = client.subscription(OrgDashboardUpdatedSubscription, { organizationId: orgId }).subscribe((res) => {
      if (res.error) {
        setError(res.error);
        return;
      }
      if (res.data?.orgDashboardUpdated) setD(res.data.orgDashboardUpdated);
    });
    return () => sub.unsubscribe();
  }, [client, orgId]);

  const live = status === 'connected' && !error && !!d;
  const m = d?.members;
  const dark = true;
  return (
    <div className="tx-bigscreen-viewport">
      <div className="tx-bigscreen" style={{ width: W, height: H, transform: `scale(${scale})` }} data-testid="big-screen">
        <header className="tx-bigscreen-header">
          <h1>{d ? t('bigScreen.title', { org: d.organization.name }) : t('bigScreen.loading')}</h1>
          <div className="tx-bigscreen-status">
            <Tag color={live ? 'green' : 'default'} data-testid="big-screen-live">
              {live ? t('bigScreen.live') : t('bigScreen.notLive')}
            </Tag>
            <LiveIndicator />
            {d && <span>{t('bigScreen.updatedAt', { time: formatDateTime(d.generatedAt) })}</span>}
            <Link to={`/?org=${encodeURIComponent(orgId)}`}>{t('bigScreen.back')}</Link>
          </div>
        </header>
        {error && <div className="tx-bigscreen-error">{serverErrorText(error, t)}</div>}
        {d && (
          <div className="tx-bigscreen-grid">
            <div className="tx-bigscreen-kpis">
              {m && <Big testId="bs-members" label={t('dashboard.memberTotal')} value={m.total} />}
              {m && (
                <Big label={t('dashboard.partyMembers')} value={countOf(m.byPoliticalStatus, 'FULL_MEMBER') + countOf(m.byPoliticalStatus, 'PROBATIONARY')} />
              )}
              {d.meetings && <Big label={t('dashboard.meetingCompliance')} value={percent(d.meetings.complianceRate)} />}
              {d.dues && <Big label={t('dashboard.duesRate', { year: d.dues.year })} value={percent(d.dues.collectionRate)} />}
              {d.notices && <Big label={t('dashboard.noticeAck')} value={percent(d.notices.acknowledgementRate)} />}
              {d.participation && <Big label={t('dashboard.participation')} value={percent(d.participation.participationRate)} />}
              {d.study && <Big label={t('dashboard.studyCompletion')} value={percent(d.study.completionRate)} />}
              {d.grid && <Big label={t('dashboard.gridOnTime')} value={percent(d.grid.onTimeRate)} />}
            </div>
            {m && (
              <Panel title={t('dashboard.byPoliticalStatus')}>
                <Chart
                  label={t('dashboard.byPoliticalStatus')}
                  height={300}
                  option={pieOption(POLITICAL_STATUSES.map((s) => ({ name: t(`politicalStatus.${s}`), value: countOf(m.byPoliticalStatus, s) })), dark)}
                />
              </Panel>
            )}
            {m && (
              <Panel title={t('dashboard.byAgeBand')}>
                <Chart
                  label={t('dashboard.byAgeBand')}
                  height={300}
                  option={barOption(AGE_BANDS.map((b) => t(`dashboard.ageBands.${b}`)), AGE_BANDS.map((b) => countOf(m.byAgeBand, b)), t('dashboard.members'), dark)}
                />
              </Panel>
            )}
            {m && (
              <Panel title={t('dashboard.membersByLine')}>
                <Chart
                  label={t('dashboard.membersByLine')}
                  height={300}
                  option={barOption(LINES.map((l) => t(`line.${l}`)), LINES.map((l) => countOf(m.byLine, l)), t('dashboard.members'), dark)}
                />
              </Panel>
            )}
            {d.pipeline && (
              <Panel title={t('dashboard.pipeline')}>
                <div className="tx-bigscreen-stages">
                  {DASHBOARD_STAGES.map((s) => (
                    <Big key={s} label={t(`pipeline.stages.${s}`)} value={d.pipeline?.find((p) => p.stage === s)?.members ?? 0} />
                  ))}
                </div>
              </Panel>
            )}
            {d.dues && (
              <Panel title={t('dashboard.arrears')}>
                <Big label={t('bigScreen.arrearsMembers')} value={d.dues.arrearsMembers} />
                <Big label={t('bigScreen.arrearsYuan')} value={yuan(d.dues.arrearsFen)} />
              </Panel>
            )}
            {d.engagement && (
              <Panel title={t('dashboard.engagement')}>
                <Chart
                  label={t('dashboard.engagement')}
                  height={300}
                  option={{
                    ...barOption(d.engagement.map((w) => w.label), d.engagement.map((w) => w.active), t('dashboard.activeMembers'), dark),
                    series: [{ type: 'line', name: t('dashboard.activeMembers'), data: d.engagement.map((w) => w.active), smooth: true, areaStyle: {} }],
                  }}
                />
              </Panel>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
