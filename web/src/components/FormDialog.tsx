import type { ReactNode } from 'react';
import { Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../api/errors';
import { FormError } from './FormError';

/**
 * A form in a dialog, sent with OK: `intro` (what it is about) above the submission's error
 * (`error` and the field messages the form has no field for, `leftovers`; leave both out to show
 * the error in `intro` instead) and the form (`name`, vertical, no required marks). The form is
 * rendered while the dialog is closed too (`forceRender`), so `form` is always connected.
 */
export function FormDialog<Values>({
  open,
  title,
  okText,
  cancelText,
  okButtonProps,
  width,
  zIndex,
  fetching,
  onOk,
  onClose,
  intro,
  error,
  leftovers,
  form,
  name,
  initialValues,
  submitOnEnter = false,
  children,
}: {
  open: boolean;
  title: ReactNode;
  okText: string;
  /** 取消 unless said otherwise. */
  cancelText?: string;
  okButtonProps?: ButtonProps;
  width?: number;
  zIndex?: number;
  fetching: boolean;
  onOk: () => void;
  onClose: () => void;
  intro?: ReactNode;
  error?: AppErrorInfo | null;
  leftovers?: Record<string, string>;
  form: FormInstance<Values>;
  name: string;
  initialValues?: Partial<Values>;
  /** Enter in a field sends the form as OK does. */
  submitOnEnter?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={okButtonProps}
      cancelText={cancelText ?? t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={fetching}
      width={width}
      zIndex={zIndex}
      forceRender
    >
      {intro}
      {error !== undefined && <FormError error={error} extra={leftovers} />}
      <Form<Values> name={name} form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={submitOnEnter ? onOk : undefined}>
        {children}
      </Form>
    </Modal>
  );
}
