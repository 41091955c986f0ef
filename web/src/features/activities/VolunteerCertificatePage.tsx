import { Link, useSearchParams } from 'react-router';
import { Button, Result } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyVolunteerHoursQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDate } from '../../lib/format';
import { formatHours } from './activities';

/** Per activity, the hours credited (credits, reversals and adjustments summed), in order. */
function perActivity(entries: { activityId: string; activityTitle: string; orgName: string; startsAt: string; hours: number }[]) {
  const out: { id: string; title: string; org: string; startsAt: string; hours: number }[] = [];
  for (const e of entries) {
    const row = out.find((r) => r.id === e.activityId);
    if (row) row.hours += e.hours;
    else out.push({ id: e.activityId, title: e.activityTitle, org: e.orgName, startsAt: e.startsAt, hours: e.hours });
  }
  return out.filter((r) => r.hours > 0);
}

/**
 * 志愿服务证明 (`/activities/hours/certificate?year=…`): the member's volunteer hours of a year as
 * a certificate to print from the browser (print CSS hides the app around it; no external assets).
 */
export default function VolunteerCertificatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const { viewer } = useViewer();
  const [{ data, error }] = useQuery({ query: MyVolunteerHoursQuery, variables: { year } });
  const h = data?.myVolunteerHours;
  if (!h) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} />;
  }
  const rows = perActivity(h.entries);
  const name = viewer.member?.name ?? '';

  return (
    <div className="tx-certificate-page">
      <div className="tx-no-print tx-certificate-tools">
        <Link to="/activities/hours">{t('activities.hours.title')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('activities.certificate.print')}
        </Button>
      </div>
      <article className="tx-certificate" data-testid="certificate">
        <h1>{t('activities.certificate.heading')}</h1>
        <p className="tx-certificate-text">
          {t('activities.certificate.text', { name, year, hours: formatHours(h.totalHours), count: rows.length })}
        </p>
        <table>
          <thead>
            <tr>
              <th>{t('activities.certificate.date')}</th>
              <th>{t('activities.certificate.activity')}</th>
              <th>{t('activities.certificate.org')}</th>
              <th>{t('activities.certificate.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.startsAt)}</td>
                <td>{r.title}</td>
                <td>{r.org}</td>
                <td>{formatHours(r.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="tx-certificate-date">{t('activities.certificate.issued', { date: formatDate(new Date().toISOString()) })}</p>
      </article>
    </div>
  );
}
