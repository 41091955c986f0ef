import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the pages used without a session: brand, language, one card. */
/** `wide`: a page with more to read than a form (a conversation). */
export function PublicLayout({ title, children, footer, wide }: { title: string; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="tx-public">
      <div className={wide ? 'tx-public-card tx-public-card-wide' : 'tx-public-card'}>
        <div style={{ display: 'flex', alignItems: 'center', marginBottom: 16 }}>
          <div className="tx-brand">
            <img src="/favicon.svg" alt="" />
            <span>{t('app.name')}</span>
          </div>
          <div style={{ flex: 1 }} />
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
        {footer && <div style={{ marginTop: 16, textAlign: 'center' }}>{footer}</div>}
      </div>
    </main>
  );
}
