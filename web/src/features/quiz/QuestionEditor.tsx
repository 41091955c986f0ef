import { Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Checkbox } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { QuestionFieldsFragment, QuestionKind } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { useFormMutation } from '../../lib/useFormMutation';
import { CreateQuestionMutation, UpdateQuestionMutation } from './operations';
import { LETTERS, QUESTION_KINDS } from './quiz';

interface Values {
  kind: QuestionKind;
  stem: string;
  options: string[];
  single: string;
  multiple: string[];
  truth: string;
  blanks: string[];
  explanation: string;
  difficulty: number;
  tags: string[];
}

const FIELDS = ['kind', 'stem', 'options', 'answer', 'blanks', 'explanation', 'difficulty', 'tags'];

/** The form's values of a question (or of a new one). */
export function toValues(q: QuestionFieldsFragment | null): Values {
  return {
    kind: q?.kind ?? 'SINGLE',
    stem: q?.stem ?? '',
    options: q?.options.length ? [...q.options] : ['', '', '', ''],
    single: q?.kind === 'SINGLE' ? (q.answer[0] ?? '') : '',
    multiple: q?.kind === 'MULTIPLE' ? [...q.answer] : [],
    truth: q?.kind === 'TRUE_FALSE' ? (q.answer[0] ?? 'TRUE') : 'TRUE',
    blanks: q?.kind === 'FILL_BLANK' ? q.blanks.map((b) => b.join('|')) : [''],
    explanation: q?.explanation ?? '',
    difficulty: q?.difficulty ?? 3,
    tags: q ? [...q.tags] : [],
  };
}

/** The mutation's question from the form's values: the answer field the kind uses. */
export function toInput(v: Values) {
  const choice = v.kind === 'SINGLE' || v.kind === 'MULTIPLE';
  return {
    kind: v.kind,
    stem: v.stem,
    options: choice ? v.options : [],
    answer: v.kind === 'SINGLE' ? (v.single ? [v.single] : []) : v.kind === 'MULTIPLE' ? v.multiple : v.kind === 'TRUE_FALSE' ? [v.truth] : [],
    blanks:
      v.kind === 'FILL_BLANK'
        ? v.blanks.map((b) =>
            b
              .split(/[|｜]/)
              .map((a) => a.trim())
              .filter(Boolean),
          )
        : [],
    explanation: v.explanation ?? '',
    difficulty: v.difficulty,
    tags: v.tags ?? [],
  };
}

/** 题目编辑: the fields of the question's kind (options and the correct ones, 对/错, blanks). */
export function QuestionEditor({ bankId, question, onClose, onDone }: { bankId: string; question: QuestionFieldsFragment | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useFormMutation(CreateQuestionMutation, form, FIELDS);
  const update = useFormMutation(UpdateQuestionMutation, form, FIELDS);
  const m = question ? update : create;
  const kind = Form.useWatch('kind', form) ?? toValues(question).kind;
  const options = (Form.useWatch('options', form) as string[] | undefined) ?? toValues(question).options;
  const letters = LETTERS.slice(0, options.length);
  const ok = async () => {
    const v = await form.validateFields();
    const input = toInput(v);
    const r = question ? await update.submit({ input: { questionId: question.id, question: input } }) : await create.submit({ input: { bankId, question: input } });
    if (r.data) onDone();
  };
  return (
    <Modal open width={640} title={question ? t('quiz.editor.edit') : t('quiz.editor.create')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={m.fetching} onOk={() => void ok()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={toValues(question)}>
        <Form.Item name="kind" label={t('quiz.editor.kind')}>
          <Radio.Group optionType="button" options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`quiz.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="stem" label={t('quiz.editor.stem')} rules={[{ required: true, message: t('quiz.editor.stemRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {(kind === 'SINGLE' || kind === 'MULTIPLE') && (
          <Form.List name="options">
            {(fields, { add, remove }) => (
              <Form.Item label={t('quiz.editor.options')}>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                    <span>{LETTERS[i]}.</span>
                    <Form.Item name={f.name} noStyle rules={[{ required: true, message: t('quiz.editor.optionRequired') }]}>
                      <Input maxLength={500} aria-label={t('quiz.editor.option', { letter: LETTERS[i] })} />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined aria-label={t('quiz.delete')} onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 8 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('quiz.editor.addOption')}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        )}
        {kind === 'SINGLE' && (
          <Form.Item name="single" label={t('quiz.editor.answer')} rules={[{ required: true, message: t('quiz.editor.answerRequired') }]}>
            <Radio.Group options={letters.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
        )}
        {kind === 'MULTIPLE' && (
          <Form.Item name="multiple" label={t('quiz.editor.answer')} rules={[{ required: true, message: t('quiz.editor.answerRequired') }]}>
            <Checkbox.Group options={letters.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
        )}
        {kind === 'TRUE_FALSE' && (
          <Form.Item name="truth" label={t('quiz.editor.answer')}>
            <Radio.Group
              options={[
                { value: 'TRUE', label: t('quiz.true') },
                { value: 'FALSE', label: t('quiz.false') },
              ]}
            />
          </Form.Item>
        )}
        {kind === 'FILL_BLANK' && (
          <Form.List name="blanks">
            {(fields, { add, remove }) => (
              <Form.Item label={t('quiz.editor.blanks')} extra={t('quiz.editor.blanksHelp')}>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                    <span>{t('quiz.take.blank', { n: i + 1 })}</span>
                    <Form.Item name={f.name} noStyle rules={[{ required: true, message: t('quiz.editor.answerRequired') }]}>
                      <Input maxLength={500} aria-label={t('quiz.take.blank', { n: i + 1 })} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined aria-label={t('quiz.delete')} onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 10 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('quiz.editor.addBlank')}
                  </Button>
                )}
              </Form.Item>
            )}
          </Form.List>
        )}
        <Form.Item name="explanation" label={t('quiz.editor.explanation')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="difficulty" label={t('quiz.editor.difficulty')}>
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="tags" label={t('quiz.editor.tags')} style={{ minWidth: 240 }}>
            <Select mode="tags" maxCount={10} />
          </Form.Item>
        </Space>
      </Form>
      <FormError error={m.error} extra={m.leftovers} />
    </Modal>
  );
}
