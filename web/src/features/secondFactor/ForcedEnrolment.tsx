import { Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TotpEnrolment } from './TotpEnrolment';

/**
 * The screen a session sees when the enterprise requires a second factor it has not set up:
 * nothing else works until it does (the server answers SECOND_FACTOR_ENROLMENT_REQUIRED).
 */
export function ForcedEnrolment({ onDone, onLogOut }: { onDone: () => void; onLogOut: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="tx-forced-enrolment" data-testid="forced-enrolment" style={{ maxWidth: 520, margin: '24px auto', padding: '0 12px' }}>
      <Card title={t('secondFactor.forced.title')}>
        <Typography.Paragraph>{t('secondFactor.forced.intro')}</Typography.Paragraph>
        <TotpEnrolment onDone={onDone} />
        <Button type="link" style={{ paddingLeft: 0, marginTop: 12 }} onClick={onLogOut}>
          {t('auth.logout')}
        </Button>
      </Card>
    </main>
  );
}
