import { useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, Form, Input, Typography } from 'antd';
import { AuditOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ApproveMeetingMinutesMutation, SaveMeetingMinutesMutation } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { PendingFile } from '../../lib/upload';
import { MAX_MINUTES, MAX_RESOLUTION } from './meetings';
import type { Meeting } from './useMeeting';
import { maxLen } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { AttachmentsField } from '../notices/AttachmentsField';

interface Values {
  minutes: string;
  resolutions: string[];
  attachments: PendingFile[];
}

const FIELDS = ['minutes', 'resolutions', 'attachments'] as const;
const FIELD_MAP = { attachmentIds: 'attachments' };

function values(m: Meeting): Values {
  return {
    minutes: m.minutes ?? '',
    resolutions: m.resolutions.length > 0 ? m.resolutions : [],
    attachments: m.attachments.map((a) => ({ id: a.fileId, name: a.fileName, contentType: a.contentType, size: a.size, isImage: a.contentType.startsWith('image/') })),
  };
}

function input(meetingId: string, v: Values) {
  return {
    meetingId,
    minutes: (v.minutes ?? '').trim(),
    resolutions: (v.resolutions ?? []).map((r) => (r ?? '').trim()).filter(Boolean),
    attachmentIds: (v.attachments ?? []).map((f) => f.id),
  };
}

/**
 * 会议纪要 once the meeting has begun and while not approved (managers): the record, 决议 one per line of a list, attachments.
 * 保存纪要 keeps a draft; 审定纪要 asks first, saves and approves — the minutes are read only after.
 */
export function MinutesEditor({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [uploading, setUploading] = useState(false);
  const save = useFormMutation(SaveMeetingMinutesMutation, form, FIELDS, FIELD_MAP);
  const [approving, approve] = useMutation(ApproveMeetingMinutesMutation);
  const [approveError, setApproveError] = useState<ReturnType<typeof describeError>>(null);
  const initial = useMemo(() => values(meeting), [meeting.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  const doSave = async (quiet = false): Promise<Meeting | null> => {
    setApproveError(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return null;
    const { data } = await save.submit({ input: input(meeting.id, form.getFieldsValue(true) as Values) });
    if (!data) return null;
    const m = data.saveMeetingMinutes.meeting;
    onChange(m);
    if (!quiet) message.success(t('meetings.minutes.saved'));
    return m;
  };

  const doApprove = async () => {
    const saved = await doSave(true);
    if (!saved) return;
    const res = await approve({ input: { meetingId: meeting.id } });
    if (res.error || !res.data) {
      setApproveError(describeError(res.error, t));
      return;
    }
    onChange(res.data.approveMeetingMinutes.meeting);
    message.success(t('meetings.minutes.approvedToast'));
  };

  const askApprove = async () => {
    const v = form.getFieldsValue(true) as Values;
    if (!(v.minutes ?? '').trim()) {
      form.setFields([{ name: 'minutes', errors: [t('meetings.minutes.requiredToApprove')] }]);
      return;
    }
    modal.confirm({
      title: t('meetings.minutes.approveTitle'),
      content: t('meetings.minutes.approveBody'),
      okText: t('meetings.minutes.approve'),
      cancelText: t('common.cancel'),
      onOk: doApprove,
    });
  };

  return (
    <div className="tx-meeting-minutes-editor" data-testid="minutes-editor">
      <FormError error={save.error ?? approveError} extra={save.leftovers} />
      <Form<Values> name="meeting-minutes" form={form} layout="vertical" requiredMark={false} initialValues={initial}>
        <Form.Item name="minutes" label={t('meetings.minutes.text')} rules={[maxLen(t, MAX_MINUTES)]}>
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} maxLength={MAX_MINUTES} placeholder={t('meetings.minutes.placeholder')} />
        </Form.Item>
        <Typography.Text strong>{t('meetings.minutes.resolutions')}</Typography.Text>
        <Form.List name="resolutions">
          {(fields, { add, remove }) => (
            <ol className="tx-meeting-resolutions-edit">
              {fields.map((field, i) => (
                <li key={field.key}>
                  <Form.Item name={field.name} rules={[maxLen(t, MAX_RESOLUTION)]} className="tx-meeting-resolution-item">
                    <Input maxLength={MAX_RESOLUTION} aria-label={t('meetings.minutes.resolutionN', { n: i + 1 })} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('meetings.minutes.removeResolution', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </li>
              ))}
              <li className="tx-meeting-resolution-add">
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                  {t('meetings.minutes.addResolution')}
                </Button>
              </li>
            </ol>
          )}
        </Form.List>
        <Form.Item name="attachments" label={t('meetings.minutes.attachments')}>
          <AttachmentsField onBusy={setUploading} />
        </Form.Item>
      </Form>
      <div className="tx-notice-row-actions">
        <Button icon={<SaveOutlined />} onClick={() => void doSave()} loading={save.fetching && !approving.fetching} disabled={uploading} data-testid="minutes-save">
          {t('meetings.minutes.save')}
        </Button>
        <Button type="primary" icon={<AuditOutlined />} onClick={() => void askApprove()} loading={approving.fetching} disabled={uploading} data-testid="minutes-approve">
          {t('meetings.minutes.approve')}
        </Button>
        {uploading && <Typography.Text type="secondary">{t('notices.compose.waitUpload')}</Typography.Text>}
      </div>
    </div>
  );
}
