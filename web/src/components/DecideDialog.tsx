import { useEffect, type ReactNode } from 'react';
import { Descriptions, Form, Input, type ButtonProps, type DescriptionsProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxLen } from '../lib/formRules';
import { FormDialog } from './FormDialog';

/**
 * 批准 / 不批准 something, asked first with an optional note: the dialog is open while there is a
 * `decision` (and starts over — `onOpen`, the note cleared — for each new one); OK is red for a
 * refusal. `facts` say what is decided, `children` (warnings, the server's refusal) come between
 * them and the note; `onDecide` gets the note (null when blank) once it is valid.
 */
export function DecideDialog({
  decision,
  form,
  name,
  title,
  okText,
  okTestId,
  facts,
  noteLabel,
  notePlaceholder,
  maxNote,
  maxRows,
  fetching,
  onOpen,
  onDecide,
  onClose,
  children,
}: {
  decision: { approve: boolean } | null;
  form: FormInstance<{ note: string }>;
  /** The form's name (its fields' ids). */
  name: string;
  title: string;
  okText: string;
  okTestId: string;
  facts: DescriptionsProps['items'] | null;
  noteLabel: string;
  notePlaceholder?: string;
  maxNote: number;
  maxRows: number;
  fetching: boolean;
  onOpen: () => void;
  onDecide: (note: string | null) => void | Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (decision) {
      onOpen();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision]);

  const approve = decision?.approve ?? true;
  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !decision) return;
    const note = (v.note ?? '').trim();
    await onDecide(note || null);
  };

  return (
    <FormDialog
      open={!!decision}
      title={title}
      okText={okText}
      okButtonProps={{ danger: !approve, 'data-testid': okTestId } as ButtonProps}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      intro={
        <>
          {facts && <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={facts} />}
          {children}
        </>
      }
      form={form}
      name={name}
    >
      <Form.Item name="note" label={noteLabel} rules={[maxLen(t, maxNote)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows }} maxLength={maxNote} showCount placeholder={notePlaceholder} />
      </Form.Item>
    </FormDialog>
  );
}
