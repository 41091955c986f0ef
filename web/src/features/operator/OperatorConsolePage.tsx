import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueuePanel } from './QueuePanel';
import { TenantsPanel } from './TenantsPanel';

type Tab = 'queue' | 'tenants';

/** /operator: 任务队列 and 企业 (the tab is kept in `?tab=`). */
export default function OperatorConsolePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'tenants' ? 'tenants' : 'queue';

  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setParams(k === 'queue' ? {} : { tab: k }, { replace: true })}
      items={[
        { key: 'queue', label: t('operator.tabs.queue'), children: <QueuePanel active={tab === 'queue'} /> },
        { key: 'tenants', label: t('operator.tabs.tenants'), children: <TenantsPanel /> },
      ]}
    />
  );
}
