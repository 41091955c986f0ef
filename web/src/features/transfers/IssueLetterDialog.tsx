import { useEffect } from 'react';
import { Alert, App as AntApp, Form, Input, Radio, Switch, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { IssueTransferLetterMutation } from './operations';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { FormDialog } from '../../components/FormDialog';
import { MAX_DESTINATION, MAX_LETTER_NOTE, TRANSFER_LINES, type TransferLetter, type TransferLine } from './transfers';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  memberId?: string;
  line: TransferLine;
  destination: string;
  crossProvince: boolean;
  note: string;
}

const FIELDS = ['memberId', 'line', 'destination', 'crossProvince', 'note'] as const;

/** A member chosen before the dialog opens (from the member drawer). */
export interface IssuePreset {
  memberId?: string;
  memberName?: string;
}

/**
 * 开具介绍信: the member, the line, the receiving unit as written on the letter, across provinces
 * (valid 6 months instead of 3, by the rule `transfer.letter`) and a note. A member has one letter
 * out at a time: the server's CONFLICT is shown as such.
 */
export function IssueLetterDialog({ preset, onClose, onDone }: { preset: IssuePreset | null; onClose: () => void; onDone: (l: TransferLetter) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useFormMutation(IssueTransferLetterMutation, form, FIELDS);
  const open = !!preset;
  useEffect(() => {
    if (preset) {
      issue.clear();
      form.resetFields();
      form.setFieldsValue({ memberId: preset.memberId, line: 'PARTY', destination: '', crossProvince: false, note: '' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const note = (v.note ?? '').trim();
    const { data } = await issue.submit({
      input: { memberId: v.memberId!, line: v.line, destination: v.destination.trim(), crossProvince: !!v.crossProvince, note: note || null },
    });
    if (!data) return;
    message.success(t('transfers.issue.done', { name: data.issueTransferLetter.memberName }));
    onDone(data.issueTransferLetter);
  };

  const conflict = issue.error?.code === 'CONFLICT';
  const labels = preset?.memberId && preset.memberName ? { [preset.memberId]: preset.memberName } : undefined;

  return (
    <FormDialog
      open={open}
      title={t('transfers.issue.title')}
      okText={t('transfers.issue.submit')}
      okButtonProps={{ 'data-testid': 'letter-issue-ok' } as ButtonProps}
      onOk={onOk}
      onClose={onClose}
      fetching={issue.fetching}
      intro={
        <>
          {conflict ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title={t('transfers.issue.conflict')}
              description={issue.error?.detail}
              data-testid="letter-issue-conflict"
            />
          ) : (
            <FormError error={issue.error} extra={issue.leftovers} />
          )}
        </>
      }
      form={form}
      name="transfer-issue"
    >
      <Form.Item name="memberId" label={t('transfers.fields.member')} rules={[requiredSelect(t, t('transfers.fields.member'))]}>
        <MemberPicker aria-label={t('transfers.fields.member')} labels={labels} />
      </Form.Item>
      <Form.Item name="line" label={t('transfers.fields.line')}>
        <Radio.Group optionType="button" options={TRANSFER_LINES.map((l) => ({ value: l, label: t(`transfers.lines.${l}`) }))} />
      </Form.Item>
      <Form.Item
        name="destination"
        label={t('transfers.fields.destination')}
        extra={t('transfers.issue.destinationHelp')}
        rules={[required(t, t('transfers.fields.destination')), maxLen(t, MAX_DESTINATION)]}
      >
        <Input maxLength={MAX_DESTINATION} placeholder={t('transfers.issue.destinationPlaceholder')} />
      </Form.Item>
      <Form.Item name="crossProvince" label={t('transfers.fields.crossProvince')} valuePropName="checked" extra={t('transfers.issue.validityHelp')}>
        <Switch aria-label={t('transfers.fields.crossProvince')} />
      </Form.Item>
      <Form.Item name="note" label={t('transfers.fields.note')} rules={[maxLen(t, MAX_LETTER_NOTE)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={MAX_LETTER_NOTE} showCount />
      </Form.Item>
    </FormDialog>
  );
}
