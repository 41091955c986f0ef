import { Spin, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeError, errorText } from '../../api/errors';
import { hasSelector, type AudienceValue } from './notices';

interface Props {
  issuerOrgId: string | null | undefined;
  audience: AudienceValue;
  state: { count: number | null; loading: boolean; error: CombinedError | null };
  /** The audience in words (`audienceSummary`). */
  summary: string[];
}

/** 「将发送给 N 人」 under the audience, following it as it changes (announced politely). */
export function AudienceCount({ issuerOrgId, audience, state, summary }: Props) {
  const { t } = useTranslation();
  const e = describeError(state.error, t);
  let text: React.ReactNode;
  if (!issuerOrgId) text = <Typography.Text type="secondary">{t('notices.audience.needIssuer')}</Typography.Text>;
  else if (!hasSelector(audience)) text = <Typography.Text type="secondary">{t('notices.audience.needSelector')}</Typography.Text>;
  else if (e) text = <Typography.Text type="danger">{errorText(e)}</Typography.Text>;
  else if (state.count === null) text = <Typography.Text type="secondary">{t('notices.audience.counting')}</Typography.Text>;
  else
    text = (
      <span>
        {t('notices.audience.countBefore')}
        <strong className="tx-audience-number" data-testid="audience-count">
          {state.count}
        </strong>
        {t('notices.audience.countAfter')}
      </span>
    );

  return (
    <div className="tx-audience-summary">
      {summary.length > 0 && (
        <Typography.Paragraph type="secondary" className="tx-audience-words" data-testid="audience-summary">
          {t('notices.audience.summaryLabel', { parts: summary.join('；') })}
        </Typography.Paragraph>
      )}
      <div className="tx-audience-count" role="status" aria-live="polite" aria-busy={state.loading}>
        <TeamOutlined aria-hidden />
        {text}
        {state.loading && state.count !== null && <Spin size="small" aria-hidden />}
      </div>
    </div>
  );
}
