import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, List, Select, Space, Statistic, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyVolunteerHoursQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { formatHours, recentYears } from './activities';

/**
 * 我的志愿时长 (`/activities/hours`, made for phones): the year's total and the ledger — each
 * credit, reversal and adjustment with its activity and reason — and the printable certificate.
 */
export default function VolunteerHoursPage() {
  const { t } = useTranslation();
  const years = recentYears();
  const [year, setYear] = useState(years[0]);
  const [{ data, error, fetching }] = useQuery({ query: MyVolunteerHoursQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  const h = data?.myVolunteerHours;
  const e = describeError(error, t);

  return (
    <div className="tx-page tx-activities">
      <PageHeader title={t('activities.hours.title')}>
        <Link to={`/activities/hours/certificate?year=${year}`}>
          <Button icon={<PrinterOutlined />}>{t('activities.certificate.title')}</Button>
        </Link>
      </PageHeader>
      <Card>
        <Space wrap size="large" align="center">
          <Select<number> aria-label={t('activities.hours.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: t('activities.hours.yearN', { year: y }) }))} />
          <Statistic title={t('activities.hours.total')} value={h ? formatHours(h.totalHours) : '—'} suffix={t('activities.hours.unit')} data-testid="hours-total" />
          <Statistic title={t('activities.hours.activities')} value={h?.activities ?? 0} />
        </Space>
      </Card>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginTop: 12 }} />}
      <Card title={t('activities.hours.ledger')} style={{ marginTop: 12 }}>
        <List
          loading={fetching && !h}
          dataSource={h?.entries ?? []}
          rowKey="id"
          locale={{ emptyText: <Empty description={t('activities.hours.none')} /> }}
          renderItem={(x) => (
            <List.Item data-testid="hours-entry">
              <List.Item.Meta
                title={<Link to={`/activities/${x.activityId}`}>{x.activityTitle}</Link>}
                description={
                  <>
                    <Tag>{t(`activities.entryKind.${x.kind}`, { defaultValue: x.kind })}</Tag>
                    <Typography.Text type="secondary">
                      {formatDate(x.startsAt)} · {x.orgName}
                      {x.reason && ` · ${x.reason}`}
                    </Typography.Text>
                  </>
                }
              />
              <Typography.Text strong>{(x.hours > 0 ? '+' : '') + formatHours(x.hours)}</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
