import { useEffect } from 'react';
import { App as AntApp, DatePicker, Form, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RecordMemberStageMutation } from './operations';
import { MemberPicker } from '../../components/MemberPicker';
import { FormDialog } from '../../components/FormDialog';
import type { PipelineStage } from '../../gql/graphql';
import { toNaiveDate } from '../../lib/format';
import { RECORDABLE_STAGES, today } from './pipeline';
import { requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import type { PipelineEntry } from './EntryCard';

interface Values {
  memberId?: string;
  stage: PipelineStage | null;
  startedOn: dayjs.Dayjs | null;
}

const FIELDS = ['memberId', 'stage', 'startedOn'] as const;

/**
 * 补录阶段: a stage reached earlier and its date (not after today), for a member on the board or,
 * from the toolbar, anyone placed in a party org (which puts them on the board).
 */
export function RecordStageDialog({
  open,
  entry,
  onClose,
  onDone,
}: {
  open: boolean;
  entry: PipelineEntry | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const record = useFormMutation(RecordMemberStageMutation, form, FIELDS);
  useEffect(() => {
    if (open) {
      record.clear();
      form.resetFields();
      form.setFieldsValue({ memberId: entry?.memberId, stage: entry?.stage ?? 'APPLICANT', startedOn: entry?.since ? dayjs(entry.since) : null });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, entry]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !v.stage || !v.startedOn) return;
    const memberId = entry?.memberId ?? v.memberId;
    if (!memberId) return;
    const { data } = await record.submit({ input: { memberId, stage: v.stage, startedOn: toNaiveDate(v.startedOn)! } });
    if (!data) return;
    message.success(t('pipeline.record.done', { stage: t(`pipeline.stages.${v.stage}`), date: toNaiveDate(v.startedOn) }));
    onDone();
  };

  const last = dayjs(today());
  return (
    <FormDialog
      open={open}
      title={entry ? t('pipeline.record.titleFor', { name: entry.name }) : t('pipeline.record.title')}
      okText={t('common.save')}
      onOk={onOk}
      onClose={onClose}
      fetching={record.fetching}
      intro={<Typography.Paragraph type="secondary">{t('pipeline.record.help')}</Typography.Paragraph>}
      error={record.error}
      leftovers={record.leftovers}
      form={form}
      name="pipeline-record"
    >
      {!entry && (
        <Form.Item name="memberId" label={t('pipeline.fields.member')} rules={[requiredSelect(t, t('pipeline.fields.member'))]}>
          <MemberPicker aria-label={t('pipeline.fields.member')} />
        </Form.Item>
      )}
      <Form.Item name="stage" label={t('pipeline.fields.stage')} rules={[requiredSelect(t, t('pipeline.fields.stage'))]}>
        <Select aria-label={t('pipeline.fields.stage')} options={RECORDABLE_STAGES.map((s) => ({ value: s, label: t(`pipeline.stages.${s}`) }))} />
      </Form.Item>
      <Form.Item name="startedOn" label={t('pipeline.fields.startedOn')} rules={[requiredSelect(t, t('pipeline.fields.startedOn'))]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(last, 'day')} />
      </Form.Item>
    </FormDialog>
  );
}
