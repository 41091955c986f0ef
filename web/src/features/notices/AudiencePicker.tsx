import { useMemo } from 'react';
import { Button, Checkbox, Select, Switch, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MemberMultiPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { OrgLine, PoliticalStatus } from '../../gql/graphql';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { AUDIENCE_LINES, EMPTY_AUDIENCE, type AudienceValue } from './notices';
import type { Org } from '../../lib/orgs';

export interface RoleChoice {
  name: string;
  label: string;
}

interface Props {
  id?: string;
  value?: AudienceValue;
  onChange?: (value: AudienceValue) => void;
  orgs: Org[];
  orgsLoading?: boolean;
  roles: RoleChoice[];
  /** Names of the members a saved draft names, by id. */
  memberLabels?: Readonly<Record<string, string>>;
}

/**
 * Who receives a notice: units (each with 含下级), narrowed by lines, roles and political
 * statuses, plus named members, minus excluded ones.
 */
export function AudiencePicker({ id, value = EMPTY_AUDIENCE, onChange, orgs, orgsLoading, roles, memberLabels }: Props) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const set = <K extends keyof AudienceValue>(key: K, v: AudienceValue[K]) => onChange?.({ ...value, [key]: v });
  const chosen = new Set(value.orgs.map((o) => o.orgId));

  return (
    <div className="tx-audience" id={id}>
      <div className="tx-audience-row">
        <Typography.Text strong>{t('notices.audience.orgs')}</Typography.Text>
        <OrgTreeSelect
          aria-label={t('notices.audience.addOrg')}
          placeholder={t('notices.audience.addOrg')}
          orgs={orgs}
          loading={orgsLoading}
          value={null}
          disabled={(o) => chosen.has(o.id)}
          onChange={(orgId) => orgId && !chosen.has(orgId) && set('orgs', [...value.orgs, { orgId, includeSubtree: true }])}
        />
        {value.orgs.length > 0 && (
          <ul className="tx-audience-orgs" aria-label={t('notices.audience.chosenOrgs')}>
            {value.orgs.map((o) => {
              const name = byId.get(o.orgId)?.name ?? t('notices.audience.summary.unknownOrg');
              return (
                <li key={o.orgId} data-testid="audience-org">
                  <span className="tx-audience-org-name">{name}</span>
                  <label className="tx-audience-subtree">
                    <Switch
                      size="small"
                      checked={o.includeSubtree}
                      aria-label={t('notices.audience.subtreeOf', { name })}
                      onChange={(includeSubtree) =>
                        set(
                          'orgs',
                          value.orgs.map((x) => (x.orgId === o.orgId ? { ...x, includeSubtree } : x)),
                        )
                      }
                    />
                    <span aria-hidden>{t('notices.audience.subtree')}</span>
                  </label>
                  <Button
                    size="small"
                    type="text"
                    icon={<CloseOutlined />}
                    aria-label={t('notices.audience.removeOrg', { name })}
                    onClick={() => set('orgs', value.orgs.filter((x) => x.orgId !== o.orgId))}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="tx-audience-row">
        <Typography.Text strong id="audience-lines">
          {t('notices.audience.lines')}
        </Typography.Text>
        <Checkbox.Group<OrgLine>
          aria-labelledby="audience-lines"
          value={value.lines}
          onChange={(lines) => set('lines', lines)}
          options={AUDIENCE_LINES.map((l) => ({ value: l, label: t(`line.${l}`) }))}
        />
      </div>
      <div className="tx-audience-grid">
        <div className="tx-audience-row">
          <Typography.Text strong>{t('notices.audience.roles')}</Typography.Text>
          <Select<string[]>
            mode="multiple"
            allowClear
            aria-label={t('notices.audience.roles')}
            placeholder={t('notices.audience.anyRole')}
            value={value.roles}
            onChange={(roles) => set('roles', roles)}
            options={roles.map((r) => ({ value: r.name, label: r.label }))}
            optionFilterProp="label"
          />
        </div>
        <div className="tx-audience-row">
          <Typography.Text strong>{t('notices.audience.politicalStatuses')}</Typography.Text>
          <Select<PoliticalStatus[]>
            mode="multiple"
            allowClear
            aria-label={t('notices.audience.politicalStatuses')}
            placeholder={t('notices.audience.anyStatus')}
            value={value.politicalStatuses}
            onChange={(s) => set('politicalStatuses', s)}
            options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`politicalStatus.${s}`) }))}
            optionFilterProp="label"
          />
        </div>
        <div className="tx-audience-row">
          <Typography.Text strong>{t('notices.audience.members')}</Typography.Text>
          <MemberMultiPicker
            aria-label={t('notices.audience.members')}
            value={value.memberIds}
            onChange={(ids) => set('memberIds', ids)}
            exclude={value.excludeMemberIds}
            labels={memberLabels}
          />
        </div>
        <div className="tx-audience-row">
          <Typography.Text strong>{t('notices.audience.excluded')}</Typography.Text>
          <MemberMultiPicker
            aria-label={t('notices.audience.excluded')}
            value={value.excludeMemberIds}
            onChange={(ids) => set('excludeMemberIds', ids)}
            exclude={value.memberIds}
            labels={memberLabels}
          />
        </div>
      </div>
    </div>
  );
}
