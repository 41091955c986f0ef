import { useState } from 'react';
import { Alert, Card, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { filterMembers, progress, REGISTRATION_FILTERS, todayInChina, type LeagueCampaign, type RegistrationFilter } from './league';
import { RegisterForButton, RemindCampaignButton, SelfRegisterButton } from './RegisterButtons';

/**
 * One year's 团籍注册: when it closes; for officers the progress (registered / total), the members
 * with 已注册 / 未注册, 代为注册 and 一键提醒未注册; for a league member of it, 完成注册.
 */
export function CampaignCard({
  campaign,
  canManage,
  viewerId,
  onChanged,
}: {
  campaign: LeagueCampaign;
  canManage: boolean;
  viewerId: string | null;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RegistrationFilter>('ALL');
  const [selfDone, setSelfDone] = useState(false);
  const p = progress(campaign.members);
  const closed = campaign.closesOn < todayInChina();
  const me = viewerId ? campaign.members.find((m) => m.memberId === viewerId) : undefined;
  const registeredSelf = selfDone || !!me?.registeredAt;
  // A league member who does not read the org's members sees none: they may still register.
  const mayRegisterSelf = !closed && !registeredSelf && (!!me || campaign.members.length === 0 || !canManage);
  const rows = filterMembers(campaign.members, filter);

  return (
    <Card
      className="tx-league-campaign"
      data-testid="league-campaign"
      title={t('league.campaign.title', { year: campaign.year, org: campaign.orgName })}
      extra={
        <Space>
          {closed ? <Tag>{t('league.campaign.closed')}</Tag> : <Tag color="processing">{t('league.campaign.open')}</Tag>}
          <Typography.Text type="secondary">{t('league.campaign.closesOn', { date: campaign.closesOn })}</Typography.Text>
        </Space>
      }
    >
      {registeredSelf ? (
        <Alert type="success" showIcon title={t('league.self.registered')} style={{ marginBottom: 16 }} data-testid="league-self-done" />
      ) : (
        mayRegisterSelf && (
          <div style={{ marginBottom: 16 }}>
            <SelfRegisterButton
              campaignId={campaign.id}
              onDone={() => {
                setSelfDone(true);
                onChanged();
              }}
            />
          </div>
        )
      )}
      {campaign.members.length > 0 && (
        <>
          <div className="tx-league-progress" data-testid="league-progress">
            <Typography.Text>{t('league.campaign.progress', { registered: p.registered, total: p.total })}</Typography.Text>
            <Progress percent={p.percent} status={p.registered === p.total ? 'success' : 'active'} aria-label={t('league.campaign.progressLabel')} />
          </div>
          <div className="tx-toolbar">
            <Segmented<RegistrationFilter>
              value={filter}
              onChange={setFilter}
              options={REGISTRATION_FILTERS.map((f) => ({ value: f, label: t(`league.filters.${f}`) }))}
            />
            {canManage && !closed && <RemindCampaignButton campaignId={campaign.id} pending={p.total - p.registered} onDone={onChanged} />}
            {campaign.lastRemindedAt && (
              <Typography.Text type="secondary">{t('league.campaign.lastReminded', { at: formatDateTime(campaign.lastRemindedAt) })}</Typography.Text>
            )}
          </div>
          <Table
            size="small"
            rowKey="memberId"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('league.campaign.noneHere') }}
            columns={[
              { key: 'name', title: t('league.fields.member'), dataIndex: 'name' },
              { key: 'org', title: t('league.fields.memberOrg'), dataIndex: 'orgName' },
              {
                key: 'state',
                title: t('common.status'),
                render: (_: unknown, m) =>
                  m.registeredAt ? (
                    <Tag color="success" data-testid="league-registered">
                      {t('league.registered', { at: formatDateTime(m.registeredAt) })}
                    </Tag>
                  ) : (
                    <Tag data-testid="league-pending">{t('league.pending')}</Tag>
                  ),
              },
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      render: (_: unknown, m: LeagueCampaign['members'][number]) =>
                        !m.registeredAt && !closed ? <RegisterForButton campaignId={campaign.id} memberId={m.memberId} name={m.name} onDone={onChanged} /> : null,
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </Card>
  );
}
