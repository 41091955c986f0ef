import { Link } from 'react-router';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { FundProjectionScreenOutlined } from '@ant-design/icons';
import type { EChartsOption } from 'echarts';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DashboardQuery, OrgDashboardQuery } from './operations';
import { serverErrorText } from '../../api/errors';
import { Chart } from '../../components/Chart';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useViewer } from '../../auth/viewer';
import { LINES } from '../../lib/orgs';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useQueryParams } from '../../lib/useQueryParams';
import { Figure } from './FigureCard';
import { AGE_BANDS, DASHBOARD_STAGES, EDUCATIONS, GENDERS, countOf, links, percent, yuan, type CountItem, type OrgDashboard } from './figures';

export const PALETTE = ['#c8161d', '#fa8c16', '#1677ff', '#52c41a', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'];

/** A bar chart of counts in a fixed order of codes. */
export function barOption(labels: string[], values: number[], name: string, dark = false): EChartsOption {
  const text = dark ? '#d6e4ff' : undefined;
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0, color: text } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: text } },
    series: [{ type: 'bar', name, data: values, barMaxWidth: 36, itemStyle: { borderRadius: [4, 4, 0, 0] } }],
  };
}

/** A ring of counts (zeros left out). */
export function pieOption(data: { name: string; value: number }[], dark = false): EChartsOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', bottom: 0, textStyle: dark ? { color: '#d6e4ff' } : undefined },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data: data.filter((d) => d.value > 0), label: { formatter: '{b}: {c}', color: dark ? '#d6e4ff' : undefined } }],
  };
}

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card title={title} size="small">
      {empty ? <Empty description={t('dashboard.noData')} /> : children}
    </Card>
  );
}

/** The figures of one org's sub-tree: each module the viewer may read, each figure a link to its list. */
export function DashboardFigures({ d }: { d: OrgDashboard }) {
  const { t } = useTranslation();
  const to = links(d.organization.id);
  const m = d.members;
  const labelled = (list: CountItem[] | undefined, order: readonly string[], prefix: string) =>
    order.map((k) => ({ name: t(`${prefix}.${k}`, { defaultValue: k }), value: countOf(list, k) }));
  return (
    <Row gutter={[12, 12]}>
      {m && (
        <>
          <Col xs={12} md={6}>
            <Figure testId="fig-members" title={t('dashboard.memberTotal')} value={m.total} to={to.members} />
          </Col>
          <Col xs={12} md={6}>
            <Figure
              testId="fig-party"
              title={t('dashboard.partyMembers')}
              value={countOf(m.byPoliticalStatus, 'FULL_MEMBER') + countOf(m.byPoliticalStatus, 'PROBATIONARY')}
              to={to.members}
            />
          </Col>
        </>
      )}
      {d.meetings && (
        <Col xs={12} md={6}>
          <Figure testId="fig-meetings" title={t('dashboard.meetingCompliance')} value={percent(d.meetings.complianceRate)} to={to.meetings} />
        </Col>
      )}
      {d.dues && (
        <Col xs={12} md={6}>
          <Figure testId="fig-dues" title={t('dashboard.duesRate', { year: d.dues.year })} value={percent(d.dues.collectionRate)} to={to.dues} />
        </Col>
      )}
      {d.dues && (
        <Col xs={12} md={6}>
          <Figure
            testId="fig-arrears"
            title={t('dashboard.arrears')}
            value={t('dashboard.arrearsValue', { count: d.dues.arrearsMembers, amount: yuan(d.dues.arrearsFen) })}
            to={to.arrears}
          />
        </Col>
      )}
      {d.notices && (
        <Col xs={12} md={6}>
          <Figure testId="fig-notices" title={t('dashboard.noticeAck')} value={percent(d.notices.acknowledgementRate)} to={to.notices} />
        </Col>
      )}
      {d.participation && (
        <Col xs={12} md={6}>
          <Figure testId="fig-participation" title={t('dashboard.participation')} value={percent(d.participation.participationRate)} to={to.activities} />
        </Col>
      )}
      {d.study && (
        <Col xs={12} md={6}>
          <Figure testId="fig-study" title={t('dashboard.studyCompletion')} value={percent(d.study.completionRate)} to={to.study} />
        </Col>
      )}
      {d.points && (
        <Col xs={12} md={6}>
          <Figure testId="fig-points" title={t('dashboard.points', { year: d.points.year })} value={d.points.yearTotal} to={to.points} />
        </Col>
      )}
      {d.grid && (
        <>
          <Col xs={12} md={6}>
            <Figure testId="fig-grid-open" title={t('dashboard.gridOpen')} value={d.grid.open} to={to.gridBoard} />
          </Col>
          <Col xs={12} md={6}>
            <Figure testId="fig-grid-ontime" title={t('dashboard.gridOnTime')} value={percent(d.grid.onTimeRate)} to={to.grid} />
          </Col>
        </>
      )}
      {m && (
        <>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.byPoliticalStatus')} empty={m.total === 0}>
              <Chart label={t('dashboard.byPoliticalStatus')} option={pieOption(labelled(m.byPoliticalStatus, POLITICAL_STATUSES, 'politicalStatus'))} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.membersByLine')} empty={m.total === 0}>
              <Chart
                label={t('dashboard.membersByLine')}
                option={barOption(LINES.map((l) => t(`line.${l}`)), LINES.map((l) => countOf(m.byLine, l)), t('dashboard.members'))}
              />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.byAgeBand')} empty={m.total === 0}>
              <Chart
                label={t('dashboard.byAgeBand')}
                option={barOption(AGE_BANDS.map((b) => t(`dashboard.ageBands.${b}`)), AGE_BANDS.map((b) => countOf(m.byAgeBand, b)), t('dashboard.members'))}
              />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.byGender')} empty={m.total === 0}>
              <Chart label={t('dashboard.byGender')} option={pieOption(labelled(m.byGender, GENDERS, 'dashboard.genders'))} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.byEducation')} empty={m.total === 0}>
              <Chart
                label={t('dashboard.byEducation')}
                option={barOption(EDUCATIONS.map((e) => t(`dashboard.educations.${e}`)), EDUCATIONS.map((e) => countOf(m.byEducation, e)), t('dashboard.members'))}
              />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('dashboard.byJoinYear')} empty={m.byJoinYear.length === 0}>
              <Chart
                label={t('dashboard.byJoinYear')}
                option={barOption(
                  m.byJoinYear.map((c) => (c.key === 'UNKNOWN' ? t('dashboard.unknownYear') : c.key)),
                  m.byJoinYear.map((c) => c.count),
                  t('dashboard.members'),
                )}
              />
            </ChartCard>
          </Col>
        </>
      )}
      {d.pipeline && (
        <Col xs={24} lg={12}>
          <Card title={<Link to={to.pipeline}>{t('dashboard.pipeline')}</Link>} size="small" data-testid="dashboard-pipeline">
            <Row gutter={[8, 8]}>
              {DASHBOARD_STAGES.map((s) => {
                const f = d.pipeline?.find((p) => p.stage === s);
                return (
                  <Col xs={12} sm={6} key={s}>
                    <Link to={to.pipeline}>
                      <Typography.Text type="secondary">{t(`pipeline.stages.${s}`, { defaultValue: s })}</Typography.Text>
                      <div className="tx-dashboard-number">{f?.members ?? 0}</div>
                    </Link>
                    {(f?.overdue ?? 0) > 0 && <Typography.Text type="danger">{t('dashboard.overdue', { count: f?.overdue ?? 0 })}</Typography.Text>}
                    {(f?.dueSoon ?? 0) > 0 && (
                      <div>
                        <Typography.Text type="warning">{t('dashboard.dueSoon', { count: f?.dueSoon ?? 0 })}</Typography.Text>
                      </div>
                    )}
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
      )}
      {d.engagement && (
        <Col xs={24} lg={12}>
          <ChartCard title={t('dashboard.engagement')} empty={d.engagement.every((w) => w.active === 0)}>
            <Chart
              label={t('dashboard.engagement')}
              option={{
                ...barOption(d.engagement.map((w) => w.label), d.engagement.map((w) => w.active), t('dashboard.activeMembers')),
                series: [{ type: 'line', name: t('dashboard.activeMembers'), data: d.engagement.map((w) => w.active), smooth: true, areaStyle: {} }],
              }}
            />
          </ChartCard>
        </Col>
      )}
    </Row>
  );
}

/**
 * 工作概览 (`/`): the figures of an org's sub-tree (`?org=`; by default the viewer's own org, as
 * the server chooses), each opening the list behind it, and a link to the org's 数据大屏.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, update] = useQueryParams();
  const all = useAllOrganizations();
  const orgId = params.get('org');
  const [{ data, error, fetching }] = useQuery({
    query: OrgDashboardQuery,
    variables: { organizationId: orgId },
    requestPolicy: 'cache-and-network',
  });
  const d = data?.orgDashboard ?? null;
  // A tenant without orgs yet: the tenant-wide head count, and where to begin.
  const noOrg = !!data && !d;
  const [tenantWide] = useQuery({ query: DashboardQuery, pause: !noOrg });
  const errorText = serverErrorText(error, t);

  return (
    <div className="tx-page tx-dashboard">
      <Typography.Title level={2} className="tx-page-title">
        {t('dashboard.title', { tenant: viewer.tenant.name })}
      </Typography.Title>
      <Space className="tx-toolbar" wrap style={{ width: '100%' }}>
        <OrgTreeSelect
          aria-label={t('dashboard.org')}
          placeholder={t('dashboard.org')}
          orgs={all.orgs}
          loading={all.loading}
          value={orgId ?? d?.organization.id ?? null}
          allowClear={false}
          onChange={(v) => v && update({ org: v })}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
        {d && (
          <Link to={links(d.organization.id).bigScreen}>
            <Button icon={<FundProjectionScreenOutlined />}>{t('dashboard.bigScreen')}</Button>
          </Link>
        )}
      </Space>
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 12 }} />}
      {!d && fetching && <Skeleton active paragraph={{ rows: 6 }} />}
      {noOrg && (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Figure testId="fig-members" title={t('dashboard.memberTotal')} value={tenantWide.data?.dashboard.memberTotal ?? 0} to="/members" />
          </Col>
          <Col xs={24}>
            <Empty description={t('dashboard.noOrg')} />
          </Col>
        </Row>
      )}
      {d && <DashboardFigures d={d} />}
    </div>
  );
}
