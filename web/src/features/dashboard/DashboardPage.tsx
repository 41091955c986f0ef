import { Alert, Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DashboardQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { Chart } from '../../components/Chart';
import { PageSpinner } from '../../components/PageSpinner';
import { useViewer } from '../../auth/viewer';
import { LINES } from '../../lib/orgs';

const PALETTE = ['#c8161d', '#fa8c16', '#1677ff', '#52c41a', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'];
const STATUS_ORDER = [
  'FULL_MEMBER',
  'PROBATIONARY',
  'DEVELOPMENT_TARGET',
  'ACTIVIST',
  'APPLICANT',
  'LEAGUE_MEMBER',
  'MASSES',
];

export default function DashboardPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [{ data, error, fetching }] = useQuery({ query: DashboardQuery });

  if (!data && fetching) return <PageSpinner />;
  const e = describeError(error, t);
  if (!data) return <Alert type="error" showIcon title={e ? errorText(e) : t('errors.UNKNOWN')} />;

  const d = data.dashboard;
  const count = (list: { key: string; count: number }[], key: string) => list.find((c) => c.key === key)?.count ?? 0;
  const orgTotal = d.organizationsByLine.reduce((s, c) => s + c.count, 0);
  const partyMembers = count(d.membersByPoliticalStatus, 'FULL_MEMBER') + count(d.membersByPoliticalStatus, 'PROBATIONARY');

  const statusData = [...d.membersByPoliticalStatus]
    .sort((a, b) => STATUS_ORDER.indexOf(a.key) - STATUS_ORDER.indexOf(b.key))
    .filter((c) => c.count > 0)
    .map((c) => ({ name: t(`politicalStatus.${c.key}`, { defaultValue: c.key }), value: c.count }));
  const lineLabels = LINES.map((l) => t(`line.${l}`));

  const bar = (values: number[], name: string) => ({
    color: PALETTE,
    tooltip: { trigger: 'axis' as const },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category' as const, data: lineLabels },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [{ type: 'bar' as const, name, data: values, barMaxWidth: 36, itemStyle: { borderRadius: [4, 4, 0, 0] } }],
  });

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('dashboard.title', { tenant: viewer.tenant.name })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('dashboard.memberTotal')} value={d.memberTotal} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('dashboard.partyMembers')} value={partyMembers} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('dashboard.orgTotal')} value={orgTotal} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('dashboard.partyOrgs')} value={count(d.organizationsByLine, 'PARTY')} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.byPoliticalStatus')}>
            {statusData.length === 0 ? (
              <Empty description={t('dashboard.noMembers')} />
            ) : (
              <Chart
                label={t('dashboard.byPoliticalStatus')}
                option={{
                  color: PALETTE,
                  tooltip: { trigger: 'item' },
                  legend: { type: 'scroll', bottom: 0 },
                  series: [
                    {
                      type: 'pie',
                      radius: ['40%', '68%'],
                      center: ['50%', '45%'],
                      data: statusData,
                      label: { formatter: '{b}: {c}' },
                    },
                  ],
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.membersByLine')}>
            {d.memberTotal === 0 ? (
              <Empty description={t('dashboard.noMembers')} />
            ) : (
              <Chart
                label={t('dashboard.membersByLine')}
                option={bar(
                  LINES.map((l) => count(d.membersByLine, l)),
                  t('dashboard.members'),
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('dashboard.orgsByLine')}>
            {orgTotal === 0 ? (
              <Empty description={t('dashboard.noOrgs')} />
            ) : (
              <Chart
                label={t('dashboard.orgsByLine')}
                height={240}
                option={bar(
                  LINES.map((l) => count(d.organizationsByLine, l)),
                  t('dashboard.orgs'),
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
