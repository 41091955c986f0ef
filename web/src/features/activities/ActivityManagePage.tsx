import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App as AntApp, Alert, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Result, Space, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  ActivityRosterQuery,
  CancelActivityMutation,
  DecideActivityRegistrationMutation,
  RecordActivityAttendanceMutation,
  SetVolunteerHoursMutation,
} from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import type { ActivityRosterQuery as RosterData } from '../../gql/graphql';
import { STATUS_COLORS, formatHours } from './activities';
import { ActivityEditDialog } from './ActivityEditDialog';

type Registration = NonNullable<RosterData['activity']['registrations']>[number];

/** 修改志愿时长: the new hours and the reason, kept in the ledger and the audit log. */
function HoursDialog({ reg, onClose }: { reg: Registration | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ hours: number; reason: string }>();
  const save = useFormMutation(SetVolunteerHoursMutation, form, ['hours', 'reason']);
  return (
    <Modal
      open={!!reg}
      title={reg ? t('activities.manage.editHoursOf', { name: reg.memberName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.fetching}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {reg && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ hours: reg.hours, reason: '' }}
          onFinish={async (v) => {
            const res = await save.submit({ input: { registrationId: reg.id, hours: v.hours, reason: v.reason } });
            if (res.data) onClose(true);
          }}
        >
          <FormError error={save.error} extra={save.leftovers} />
          <Form.Item name="hours" label={t('activities.fields.volunteerHours')} rules={[{ required: true, message: t('activities.manage.hoursRequired') }]}>
            <InputNumber min={0} max={24} step={0.5} precision={1} />
          </Form.Item>
          <Form.Item name="reason" label={t('activities.manage.reason')} rules={[{ required: true, whitespace: true, message: t('activities.manage.reasonRequired') }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/**
 * 报名管理 (`/activities/:id/manage`, officers): the figures (报名, 候补, 待审核, 出席, 缺席,
 * 出席率, 志愿时长), the registrations in line order with approve/reject, 代签 and 撤销签到,
 * 修改时长 (with a reason), the spreadsheet, and 取消活动 (registrants are told).
 */
export default function ActivityManagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = AntApp.useApp();
  const [{ data, error, fetching }, reload] = useQuery({ query: ActivityRosterQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [decision, decide] = useMutation(DecideActivityRegistrationMutation);
  const [attendance, attend] = useMutation(RecordActivityAttendanceMutation);
  const [cancellation, cancel] = useMutation(CancelActivityMutation);
  const [editing, setEditing] = useState<Registration | null>(null);
  const [reason, setReason] = useState('');
  const [editingActivity, setEditingActivity] = useState(false);
  const a = data?.activity.id === id ? data.activity : null;

  if (!a) {
    if (fetching || !error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/activities">{t('activities.back')}</Link>} />;
  }
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const actionError = describeError(decision.error ?? attendance.error ?? cancellation.error, t);
  const s = a.statistics;
  const rows = (a.registrations ?? []).filter((r) => r.status !== 'CANCELLED');

  return (
    <div className="tx-page">
      <PageHeader title={`${a.title} · ${t('activities.manage.title')}`}>
        <Space wrap>
          <Link to={`/activities/${a.id}`}>{t('activities.manage.backToActivity')}</Link>
          {a.viewerCanManage && a.status === 'PUBLISHED' && new Date(a.startsAt).getTime() > Date.now() && (
            <Button icon={<EditOutlined />} onClick={() => setEditingActivity(true)}>
              {t('activities.edit.open')}
            </Button>
          )}
          {a.viewerCanManage && a.status === 'PUBLISHED' && (
            <Link to={`/activities/${a.id}/qr`}>
              <Button icon={<QrcodeOutlined />}>{t('activities.qr.title')}</Button>
            </Link>
          )}
          {a.exportUrl && (
            <a href={a.exportUrl} download>
              <Button icon={<DownloadOutlined />}>{t('activities.manage.export')}</Button>
            </a>
          )}
        </Space>
      </PageHeader>
      {a.status === 'CANCELLED' && <Alert type="warning" showIcon title={t('activities.cancelled')} description={a.cancelReason || undefined} />}
      {s && (
        <Card data-testid="activity-stats">
          <Space wrap size="large">
            <Statistic title={t('activities.stats.registered')} value={s.registered} />
            <Statistic title={t('activities.stats.waitlisted')} value={s.waitlisted} />
            <Statistic title={t('activities.stats.pending')} value={s.pending} />
            <Statistic title={t('activities.stats.attended')} value={s.attended} />
            <Statistic title={t('activities.stats.noShows')} value={s.noShows} />
            <Statistic title={t('activities.stats.rate')} value={s.rate == null ? '—' : `${s.rate}%`} />
            <Statistic title={t('activities.stats.hours')} value={formatHours(s.hours)} />
          </Space>
        </Card>
      )}
      {actionError && <Alert type="error" showIcon title={errorText(actionError)} style={{ marginTop: 12 }} />}
      <Card title={t('activities.manage.registrations')} style={{ marginTop: 12 }}>
        <Table<Registration>
          rowKey="id"
          size="small"
          scroll={{ x: 720 }}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('activities.manage.none') }}
          columns={[
            { title: t('activities.manage.seq'), dataIndex: 'seq', width: 60 },
            { title: t('activities.manage.name'), dataIndex: 'memberName' },
            {
              title: t('activities.manage.status'),
              dataIndex: 'status',
              render: (v: Registration['status']) => <Tag color={STATUS_COLORS[v]}>{t(`activities.status.${v}`)}</Tag>,
            },
            {
              title: t('activities.manage.answers'),
              render: (_, r) => r.answers.map((x) => `${x.label}：${x.value}`).join('；'),
            },
            {
              title: t('activities.manage.checkIn'),
              render: (_, r) =>
                r.checkedInAt ? (
                  <span data-testid="checked-in">
                    {formatDateTime(r.checkedInAt)} {r.checkInMethod && t(`activities.method.${r.checkInMethod}`)}
                  </span>
                ) : (
                  '—'
                ),
            },
            { title: t('activities.fields.volunteerHours'), render: (_, r) => formatHours(r.hours) },
            {
              title: t('activities.manage.actions'),
              render: (_, r) =>
                a.viewerCanManage && a.status === 'PUBLISHED' ? (
                  <Space wrap size="small">
                    {r.status === 'PENDING_APPROVAL' && (
                      <>
                        <Button size="small" type="primary" onClick={async () => (await decide({ input: { registrationId: r.id, approve: true } })).data && refresh()}>
                          {t('activities.manage.approve')}
                        </Button>
                        <Popconfirm
                          title={t('activities.manage.rejectConfirm', { name: r.memberName })}
                          okText={t('activities.manage.reject')}
                          cancelText={t('common.cancel')}
                          onConfirm={async () => (await decide({ input: { registrationId: r.id, approve: false } })).data && refresh()}
                        >
                          <Button size="small" danger>
                            {t('activities.manage.reject')}
                          </Button>
                        </Popconfirm>
                      </>
                    )}
                    {r.status === 'REGISTERED' && !r.checkedInAt && (
                      <Button
                        size="small"
                        data-testid={`check-in-${r.memberName}`}
                        onClick={async () => {
                          const res = await attend({ input: { activityId: a.id, memberId: r.memberId, present: true } });
                          if (res.data) {
                            void message.success(t('activities.manage.checkedIn', { name: r.memberName }));
                            refresh();
                          }
                        }}
                      >
                        {t('activities.manage.markPresent')}
                      </Button>
                    )}
                    {r.checkedInAt && (
                      <>
                        <Button size="small" onClick={() => setEditing(r)}>
                          {t('activities.manage.editHours')}
                        </Button>
                        <Popconfirm
                          title={t('activities.manage.undoConfirm', { name: r.memberName })}
                          okText={t('activities.manage.undo')}
                          cancelText={t('common.cancel')}
                          onConfirm={async () => (await attend({ input: { activityId: a.id, memberId: r.memberId, present: false } })).data && refresh()}
                        >
                          <Button size="small">{t('activities.manage.undo')}</Button>
                        </Popconfirm>
                      </>
                    )}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      {a.viewerCanManage && a.status === 'PUBLISHED' && new Date(a.endsAt).getTime() > Date.now() && (
        <Card title={t('activities.manage.cancelTitle')} style={{ marginTop: 12 }}>
          <Typography.Paragraph type="secondary">{t('activities.manage.cancelHint')}</Typography.Paragraph>
          <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
            <Input aria-label={t('activities.manage.cancelReason')} placeholder={t('activities.manage.cancelReason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
            <Popconfirm
              title={t('activities.manage.cancelConfirm')}
              okText={t('activities.manage.cancelActivity')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={async () => (await cancel({ input: { activityId: a.id, reason } })).data && refresh()}
            >
              <Button danger>{t('activities.manage.cancelActivity')}</Button>
            </Popconfirm>
          </Space.Compact>
        </Card>
      )}
      <ActivityEditDialog
        activity={a}
        open={editingActivity}
        onClose={(saved) => {
          setEditingActivity(false);
          if (saved) {
            void message.success(t('activities.edit.saved'));
            refresh();
          }
        }}
      />
      <HoursDialog
        reg={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) refresh();
        }}
      />
    </div>
  );
}
