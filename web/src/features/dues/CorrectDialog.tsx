import { useEffect } from 'react';
import { Alert, App as AntApp, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CorrectDuesEntryMutation } from './operations';
import { FormDialog } from '../../components/FormDialog';
import { MAX_NOTE, formatYuan, yuanToFen, type DuesEntry } from './dues';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { YuanInput, amountRule } from './amount';

interface Values {
  amount: string;
  note: string;
}

const FIELDS = ['amount', 'note'] as const;

/**
 * 更正 an entry: a new entry for the same month adding a signed amount to what is owed, with a
 * required reason. Entries are never edited; the dialog says so.
 */
export function CorrectDialog({ entry, onClose, onDone }: { entry: DuesEntry | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const correct = useFormMutation(CorrectDuesEntryMutation, form, FIELDS);
  useEffect(() => {
    if (entry) {
      correct.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry?.id]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !entry) return;
    const amountFen = yuanToFen(v.amount, { allowNegative: true });
    if (amountFen === null) return;
    const { data } = await correct.submit({ input: { entryId: entry.id, amountFen, note: v.note.trim() } });
    if (!data) return;
    message.success(t('dues.correct.done', { amount: formatYuan(amountFen, { signed: true }), month: entry.month }));
    onDone();
  };

  return (
    <FormDialog
      open={!!entry}
      title={t('dues.correct.title')}
      okText={t('dues.correct.submit')}
      onOk={onOk}
      onClose={onClose}
      fetching={correct.fetching}
      intro={
        <>
          <Alert type="info" showIcon title={t('dues.correct.appendOnly')} style={{ marginBottom: 12 }} />
          {entry && (
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'month', label: t('dues.fields.month'), children: entry.month },
                { key: 'kind', label: t('dues.fields.kind'), children: t(`dues.kinds.${entry.kind}`, { defaultValue: entry.kind }) },
                { key: 'amount', label: t('dues.fields.amount'), children: formatYuan(entry.amountFen, { signed: entry.kind === 'CORRECTION' }) },
              ]}
            />
          )}
        </>
      }
      error={correct.error}
      leftovers={correct.leftovers}
      form={form}
      name="dues-correct"
    >
      <Form.Item
        name="amount"
        label={t('dues.correct.amount')}
        extra={t('dues.correct.amountHelp')}
        rules={[amountRule(t, t('dues.correct.amount'), { signed: true })]}
      >
        <YuanInput signed placeholder="-5.00" />
      </Form.Item>
      <Form.Item name="note" label={t('dues.correct.reason')} rules={[required(t, t('dues.correct.reason')), maxLen(t, MAX_NOTE)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_NOTE} showCount />
      </Form.Item>
    </FormDialog>
  );
}
