import { useMemo, useState } from 'react';
import { Button, Empty, Segmented, Tabs, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { DuesLine } from '../../gql/graphql';
import { DUES_LINES, defaultDuesOrg, parseDuesLine } from './dues';
import { canWriteDues, keepsAllDues } from './duesAccess';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { ArrearsPanel, type Arrear } from './ArrearsPanel';
import { BaseImportDialog } from './BaseImportDialog';
import { LedgerPanel } from './LedgerPanel';
import { OverviewPanel } from './OverviewPanel';
import { useQueryParams } from '../../lib/useQueryParams';

const TABS = ['overview', 'arrears', 'ledger'] as const;
type Tab = (typeof TABS)[number];

function parseTab(s: string | null): Tab {
  return (TABS as readonly string[]).includes(s ?? '') ? (s as Tab) : 'overview';
}

/**
 * 党费管理 (`/dues`, for who keeps dues somewhere): the line (党费 / 会费 / 团费), the org (the
 * viewer's own, or the whole enterprise for who keeps all dues) and three tabs — 收缴概览,
 * 欠缴名单 and 成员台账. Line, tab, org and member are kept in the URL.
 */
export default function DuesPage() {
  const { t } = useTranslation();
  const info = useViewer();
  const [params, update] = useQueryParams();
  const line = parseDuesLine(params.get('line'));
  const tab = parseTab(params.get('tab'));
  const memberId = params.get('member');
  const [memberLabel, setMemberLabel] = useState<{ id: string; name: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const tenantWide = keepsAllDues(info);
  const canWrite = canWriteDues(info);
  const { orgs, loading, error } = useAllOrganizations(line);
  const orgsError = describeError(error, t);

  const fallback = useMemo(() => defaultDuesOrg(orgs, info.viewer.grants, tenantWide), [orgs, info.viewer.grants, tenantWide]);
  const orgId = params.get('org') ?? fallback;
  const orgName = orgs.find((o) => o.id === orgId)?.name;
  const scopeName = orgId ? (orgName ?? '') : t('dues.wholeTenant');
  // Who keeps dues only in some orgs looks at one of them; tenant-wide keepers may look at all.
  const ready = tenantWide || !!orgId;

  const openLedger = (a: Arrear) => {
    setMemberLabel({ id: a.memberId, name: a.memberName });
    update({ tab: 'ledger', member: a.memberId });
  };

  const panel = (which: Tab) => {
    if (!ready) {
      return loading ? null : <Empty description={t('dues.pickOrg')} />;
    }
    switch (which) {
      case 'overview':
        return <OverviewPanel line={line} organizationId={orgId} scopeName={scopeName} canWrite={canWrite} />;
      case 'arrears':
        return <ArrearsPanel line={line} organizationId={orgId} canWrite={canWrite} onLedger={openLedger} />;
      default:
        return (
          <LedgerPanel
            line={line}
            memberId={memberId}
            memberLabel={memberLabel && memberLabel.id === memberId ? memberLabel.name : undefined}
            onMember={(id) => update({ member: id })}
            canWrite={canWrite}
          />
        );
    }
  };

  return (
    <div className="tx-dues">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.dues')}
      </Typography.Title>
      <div className="tx-toolbar tx-dues-scope">
        <Segmented<DuesLine>
          aria-label={t('dues.line')}
          value={line}
          onChange={(l) => update({ line: l === 'PARTY' ? null : l, org: null })}
          options={DUES_LINES.map((l) => ({ value: l, label: t(`dues.lines.${l}`) }))}
        />
        <div className="tx-dues-org">
          <OrgTreeSelect
            orgs={orgs}
            loading={loading}
            value={orgId}
            onChange={(id) => update({ org: id })}
            allowClear={tenantWide}
            placeholder={tenantWide ? t('dues.wholeTenant') : t('dues.pickOrg')}
            aria-label={t('dues.org')}
          />
        </div>
        {canWrite && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="dues-import">
            {t('dues.import.open')}
          </Button>
        )}
      </div>
      {orgsError && <FormError error={orgsError} />}
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'overview' ? null : k })}
        destroyOnHidden
        items={TABS.map((k) => ({ key: k, label: t(`dues.tabs.${k}`), children: panel(k) }))}
      />
      <BaseImportDialog open={importing} line={line} onClose={() => setImporting(false)} onImported={() => undefined} />
    </div>
  );
}
