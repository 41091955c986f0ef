import { Link } from 'react-router';
import { Button, QRCode, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import { PageSpinner } from '../../components/PageSpinner';
import { useUnionCard } from './useUnionCard';

/**
 * 工会电子会员卡 (`/union/card`), phone-first: the member's name, union org and enterprise with a
 * QR of the signed code, fetched again before it expires (counted down). Not a union member:
 * a way to apply (`/joining`).
 */
export default function UnionCardPage() {
  const { t } = useTranslation();
  const { card, error, loading, secondsLeft } = useUnionCard();
  const e = describeError(error, t);

  if (!card) {
    if (loading) return <PageSpinner />;
    if (e?.code === 'NOT_FOUND') {
      return (
        <Result
          status="info"
          title={t('unionCard.notMember')}
          subTitle={t('unionCard.notMemberSub')}
          data-testid="union-card-none"
          extra={
            <Link to="/joining?line=UNION">
              <Button type="primary">{t('unionCard.apply')}</Button>
            </Link>
          }
        />
      );
    }
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} />;
  }

  return (
    <div className="tx-union-card-page">
      <section className="tx-union-card" data-testid="union-card" aria-label={t('unionCard.title')}>
        <div className="tx-union-card-head">
          <span className="tx-union-card-badge" aria-hidden>
            工
          </span>
          <div>
            <div className="tx-union-card-kind">{t('unionCard.title')}</div>
            <div className="tx-union-card-tenant">{card.tenantName}</div>
          </div>
        </div>
        <div className="tx-union-card-name" data-testid="union-card-name">
          {card.name}
        </div>
        <div className="tx-union-card-org">{card.orgName}</div>
        <div className="tx-union-card-qr" data-testid="union-card-qr" data-code={card.code}>
          <QRCode type="svg" value={card.code} size={200} errorLevel="M" bordered={false} status={secondsLeft === 0 ? 'loading' : 'active'} aria-label={t('unionCard.qr')} />
        </div>
        <div className="tx-union-card-countdown" aria-live="polite" data-testid="union-card-countdown">
          {secondsLeft && secondsLeft > 0 ? t('unionCard.refreshIn', { count: secondsLeft }) : t('unionCard.refreshing')}
        </div>
      </section>
      <p className="tx-union-card-hint">{t('unionCard.hint')}</p>
    </div>
  );
}
