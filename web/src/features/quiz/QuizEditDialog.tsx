import { App as AntApp, DatePicker, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QuizFieldsFragment } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { isoToPicker, pickerToIso } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import { UpdateQuizMutation } from './operations';

interface Values {
  title: string;
  description?: string;
  opensAt: Dayjs;
  closesAt: Dayjs;
  maxAttempts: number;
}

const FIELDS = ['title', 'description', 'opensAt', 'closesAt', 'maxAttempts'] as const;

/**
 * 编辑测验: what may change once a quiz is published — its title, description, window and
 * attempts per member (the questions, points and audience stay).
 */
export function QuizEditDialog({ quiz, onClose, onDone }: { quiz: QuizFieldsFragment; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { submit, fetching, error, leftovers } = useFormMutation(UpdateQuizMutation, form, FIELDS);

  const ok = async () => {
    // A field's own message says what is missing.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const r = await submit({
      input: {
        quizId: quiz.id,
        title: v.title,
        description: v.description ?? '',
        opensAt: pickerToIso(v.opensAt) ?? '',
        closesAt: pickerToIso(v.closesAt) ?? '',
        maxAttempts: v.maxAttempts,
      },
    });
    if (r.data) {
      void message.success(t('quiz.edit.done'));
      onDone();
    }
  };

  return (
    <Modal open title={t('quiz.edit.title')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={() => void ok()} onCancel={onClose} forceRender>
      <FormError error={error} extra={leftovers} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          title: quiz.title,
          description: quiz.description,
          opensAt: isoToPicker(quiz.opensAt),
          closesAt: isoToPicker(quiz.closesAt),
          maxAttempts: quiz.maxAttempts,
        }}
      >
        <Form.Item name="title" label={t('quiz.create.name')} rules={[{ required: true, whitespace: true, message: t('quiz.create.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('quiz.banks.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="opensAt" label={t('quiz.edit.opensAt')} rules={[{ required: true, message: t('quiz.edit.opensAtRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t('quiz.edit.closesAt')}
          dependencies={['opensAt']}
          rules={[
            { required: true, message: t('quiz.edit.closesAtRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const opens = getFieldValue('opensAt') as Dayjs | null;
                return !value || !opens || value.isAfter(opens) ? Promise.resolve() : Promise.reject(new Error(t('quiz.edit.closesAfter')));
              },
            }),
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="maxAttempts" label={t('quiz.create.attempts')} rules={[{ required: true, message: t('quiz.edit.attemptsRequired') }]}>
          <InputNumber min={1} max={5} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('quiz.edit.fixed')}
      </Typography.Paragraph>
    </Modal>
  );
}
