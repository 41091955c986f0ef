import { Link } from 'react-router';
import { Alert, Button, Descriptions, Drawer, Grid, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { EditOutlined, StopOutlined, CheckCircleOutlined, SwapOutlined, FileZipOutlined, IdcardOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MemberDetailQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { PIPELINE_STAGES, timelinePath } from '../pipeline/pipeline';
import type { MemberDetail } from './MemberFormDialog';
import { ExportForMemberDialog } from '../personalData/ExportForMemberDialog';
import { ProfileDialog } from './ProfileDialog';

/** Everything the viewer may see of one member; edit and disable from here. */
export function MemberDrawer({
  memberId,
  canManage,
  selfId,
  onClose,
  onEdit,
  onToggleDisabled,
}: {
  memberId: string | null;
  canManage: boolean;
  selfId: string | null;
  onClose: () => void;
  onEdit: (m: MemberDetail) => void;
  onToggleDisabled: (m: MemberDetail) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [exportFor, setExportFor] = useState<{ id: string; name: string } | null>(null);
  const [profileOf, setProfileOf] = useState<MemberDetail | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MemberDetailQuery,
    variables: { id: memberId ?? '' },
    pause: !memberId,
  });
  const m = data?.node && data.node.__typename === 'Member' ? (data.node as MemberDetail) : null;
  const e = describeError(error, t);
  const dash = '—';
  // Sensitive fields come back null both when empty and when the viewer may not read them;
  // political status is never empty, so it tells which.
  const sensitiveVisible = !!m?.politicalStatus;
  const hidden = sensitiveVisible ? dash : <Tag>{t('members.hidden')}</Tag>;

  return (
    <Drawer
      open={!!memberId}
      onClose={onClose}
      title={m?.name ?? t('members.detail')}
      size={screens.md ? 520 : '100%'}
      extra={
        m &&
        canManage && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => onEdit(m)}>
              {t('common.edit')}
            </Button>
            {m.status === 'ACTIVE' && (
              <Link to={`/transfers?issue=${encodeURIComponent(m.id)}&name=${encodeURIComponent(m.name)}`} data-testid="member-issue-letter">
                <Button icon={<SwapOutlined />}>{t('transfers.issue.fromMember')}</Button>
              </Link>
            )}
            {m.id !== selfId && (
              <Button
                danger={m.status === 'ACTIVE'}
                icon={m.status === 'ACTIVE' ? <StopOutlined /> : <CheckCircleOutlined />}
                onClick={() => onToggleDisabled(m)}
              >
                {m.status === 'ACTIVE' ? t('members.disable') : t('members.enable')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {e && <Alert type="error" showIcon title={errorText(e)} />}
      {!m && fetching && <Spin />}
      {m && (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'name', label: t('members.fields.name'), children: m.name },
            {
              key: 'status',
              label: t('common.status'),
              children: (
                <>
                  <Tag color={m.status === 'ACTIVE' ? 'green' : 'default'}>{t(`members.status.${m.status}`, { defaultValue: m.status })}</Tag>
                  <Tag color={m.hasAccount ? 'blue' : 'default'}>{m.hasAccount ? t('members.hasAccount') : t('members.noAccount')}</Tag>
                </>
              ),
            },
            { key: 'gender', label: t('members.fields.gender'), children: m.gender ? t(`gender.${m.gender}`, { defaultValue: m.gender }) : dash },
            { key: 'birth', label: t('members.fields.birthDate'), children: m.birthDate ? formatDate(m.birthDate) : hidden },
            {
              key: 'ps',
              label: t('members.fields.politicalStatus'),
              children: m.politicalStatus ? (
                <>
                  {t(`politicalStatus.${m.politicalStatus}`)}
                  {(PIPELINE_STAGES as string[]).includes(m.politicalStatus) && (
                    <Link to={timelinePath(m.id)} style={{ marginLeft: 12 }} data-testid="member-timeline-link">
                      {t('pipeline.timeline.title')}
                    </Link>
                  )}
                </>
              ) : (
                hidden
              ),
            },
            { key: 'ethnicity', label: t('members.profile.ethnicity'), children: m.profile?.ethnicityLabel ?? hidden },
            { key: 'education', label: t('members.profile.education'), children: m.profile?.education ? t(`members.profile.educations.${m.profile.education}`) : hidden },
            { key: 'occupation', label: t('members.profile.occupation'), children: m.profile?.occupation ? t(`members.profile.occupations.${m.profile.occupation}`) : hidden },
            {
              key: 'joined',
              label: t('members.profile.joinDates'),
              children:
                [
                  m.profile?.partyJoinedOn && t('members.profile.joinedParty', { date: formatDate(m.profile.partyJoinedOn) }),
                  m.profile?.leagueJoinedOn && t('members.profile.joinedLeague', { date: formatDate(m.profile.leagueJoinedOn) }),
                  m.profile?.unionJoinedOn && t('members.profile.joinedUnion', { date: formatDate(m.profile.unionJoinedOn) }),
                ]
                  .filter(Boolean)
                  .join('；') || hidden,
            },
            { key: 'phone', label: t('members.fields.phone'), children: m.phone ?? hidden },
            { key: 'email', label: t('members.fields.email'), children: m.email ?? hidden },
            { key: 'posts', label: t('members.fields.posts'), children: m.posts.length ? m.posts.map((p) => <Tag key={p}>{p}</Tag>) : dash },
            { key: 'org', label: t('members.fields.organization'), children: m.organization?.name ?? dash },
            { key: 'party', label: t('members.fields.org_PARTY'), children: m.partyOrganization?.name ?? dash },
            { key: 'union', label: t('members.fields.org_UNION'), children: m.unionOrganization?.name ?? dash },
            { key: 'youth', label: t('members.fields.org_YOUTH'), children: m.youthOrganization?.name ?? dash },
            { key: 'dept', label: t('members.fields.org_ADMIN'), children: m.department?.name ?? dash },
            { key: 'created', label: t('common.createdAt'), children: formatDateTime(m.createdAt) },
          ]}
        />
      )}
      {m && !sensitiveVisible && (
        <p style={{ marginTop: 12, color: '#8c8c8c', fontSize: 12 }}>{t('members.hiddenHelp')}</p>
      )}
      {m && canManage && (
        <Button
          block
          icon={<FileZipOutlined />}
          style={{ marginTop: 16 }}
          onClick={() => setExportFor({ id: m.id, name: m.name })}
          data-testid="member-export-personal-data"
        >
          {t('personalData.admin.button')}
        </Button>
      )}
      {m && canManage && (
        <Button block icon={<IdcardOutlined />} style={{ marginTop: 8 }} onClick={() => setProfileOf(m)} data-testid="member-edit-profile">
          {t('members.profile.edit')}
        </Button>
      )}
      <ExportForMemberDialog member={exportFor} onClose={() => setExportFor(null)} />
      <ProfileDialog member={profileOf} onClose={() => setProfileOf(null)} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
    </Drawer>
  );
}
