import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRetrying } from '../api/retryStatus';

/**
 * 服务暂时不可用，正在重试 at the top of the window while a query of the current urql client waits
 * to be tried again (the API answered 503 / UNAVAILABLE, or could not be reached): one banner
 * however many queries wait, gone once they are answered or given up. It covers nothing the
 * user works with and is announced politely.
 */
export function OutageBanner() {
  const { t } = useTranslation();
  const retrying = useRetrying();
  return (
    <div role="status" className="tx-outage">
      {retrying && <Alert type="warning" showIcon role="none" title={t('errors.UNAVAILABLE')} data-testid="outage-banner" />}
    </div>
  );
}
