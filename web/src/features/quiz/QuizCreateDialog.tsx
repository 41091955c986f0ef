import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { OrgLine, QuizMode } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { pickerToIso } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import { CreateQuizMutation, QuestionBankQuery, QuestionBanksQuery } from './operations';

interface Values {
  bankId: string;
  title: string;
  description: string;
  mode: QuizMode;
  questionIds: string[];
  single: number;
  multiple: number;
  trueFalse: number;
  fillBlank: number;
  pointsPerQuestion: number;
  passMark: number;
  timeLimitMinutes: number;
  window: [Dayjs, Dayjs];
  maxAttempts: number;
  lines: OrgLine[];
}

const FIELDS = ['bankId', 'title', 'description', 'mode', 'questionIds', 'randomCounts', 'pointsPerQuestion', 'passMark', 'timeLimitMinutes', 'window', 'maxAttempts', 'audience'];
/** The form picks the window with one range picker: the server's messages on either end go there. */
const MAP = { opensAt: 'window', closesAt: 'window' };

/** How many questions the form's values ask for. */
export function questionCount(v: Partial<Values>): number {
  return v.mode === 'RANDOM' ? (v.single ?? 0) + (v.multiple ?? 0) + (v.trueFalse ?? 0) + (v.fillBlank ?? 0) : (v.questionIds ?? []).length;
}

/**
 * 新建测验: a bank, fixed questions picked from it or counts per kind drawn per member, points,
 * pass mark, time limit, window and attempts; the audience is the org's sub-tree (optionally
 * narrowed by lines). Creating tells the audience, so it is confirmed first.
 */
export function QuizCreateDialog({ orgId, onClose, onDone }: { orgId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, fetching, error, leftovers } = useFormMutation(CreateQuizMutation, form, FIELDS, MAP);
  const [banks] = useQuery({ query: QuestionBanksQuery, variables: { orgId } });
  const bankId = Form.useWatch('bankId', form);
  const mode = Form.useWatch('mode', form) ?? 'FIXED';
  const [bank] = useQuery({ query: QuestionBankQuery, variables: { id: bankId ?? '', first: 100, after: null }, pause: !bankId });
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const total = questionCount(values ?? {}) * (values?.pointsPerQuestion ?? 0);

  const ok = async () => {
    const v = await form.validateFields();
    Modal.confirm({
      title: t('quiz.create.confirmTitle'),
      content: t('quiz.create.confirmBody', { count: questionCount(v), total }),
      okText: t('quiz.create.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await submit({
          input: {
            orgId,
            bankId: v.bankId,
            title: v.title,
            description: v.description ?? '',
            mode: v.mode,
            questionIds: v.mode === 'FIXED' ? v.questionIds : [],
            randomCounts: v.mode === 'RANDOM' ? { single: v.single ?? 0, multiple: v.multiple ?? 0, trueFalse: v.trueFalse ?? 0, fillBlank: v.fillBlank ?? 0 } : {},
            pointsPerQuestion: v.pointsPerQuestion,
            passMark: v.passMark,
            timeLimitMinutes: v.timeLimitMinutes,
            opensAt: pickerToIso(v.window[0]) ?? '',
            closesAt: pickerToIso(v.window[1]) ?? '',
            maxAttempts: v.maxAttempts,
            audience: { orgIds: [orgId], lines: v.lines ?? [] },
          },
        });
        if (r.data) onDone();
      },
    });
  };

  return (
    <Modal open width={680} title={t('quiz.create.title')} okText={t('quiz.create.submit')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={() => void ok()} onCancel={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ mode: 'FIXED', questionIds: [], single: 0, multiple: 0, trueFalse: 0, fillBlank: 0, pointsPerQuestion: 10, passMark: 60, timeLimitMinutes: 20, maxAttempts: 1, window: [dayjs(), dayjs().add(7, 'day')], lines: [] }}
      >
        <Form.Item name="title" label={t('quiz.create.name')} rules={[{ required: true, message: t('quiz.create.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('quiz.banks.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="bankId" label={t('quiz.create.bank')} rules={[{ required: true, message: t('quiz.create.bankRequired') }]}>
          <Select loading={banks.fetching} options={(banks.data?.questionBanks ?? []).map((b) => ({ value: b.id, label: `${b.name}（${b.questionCount}）` }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('quiz.create.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'FIXED', label: t('quiz.mode.FIXED') },
              { value: 'RANDOM', label: t('quiz.mode.RANDOM') },
            ]}
          />
        </Form.Item>
        {mode === 'FIXED' ? (
          <Form.Item name="questionIds" label={t('quiz.create.pick')} rules={[{ required: true, type: 'array', min: 1, message: t('quiz.create.pickRequired') }]}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 240, overflowY: 'auto' }}>
              {(bank.data?.questions.edges ?? []).map(({ node: q }) => (
                <Checkbox key={q.id} value={q.id}>
                  [{t(`quiz.kinds.${q.kind}`)}] {q.stem}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        ) : (
          <Space wrap>
            {(['single', 'multiple', 'trueFalse', 'fillBlank'] as const).map((k) => (
              <Form.Item key={k} name={k} label={t(`quiz.create.count.${k}`)}>
                <InputNumber min={0} max={200} />
              </Form.Item>
            ))}
          </Space>
        )}
        <Space wrap>
          <Form.Item name="pointsPerQuestion" label={t('quiz.create.points')}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="passMark" label={t('quiz.create.passMark')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="timeLimitMinutes" label={t('quiz.create.limit')}>
            <InputNumber min={1} max={600} />
          </Form.Item>
          <Form.Item name="maxAttempts" label={t('quiz.create.attempts')}>
            <InputNumber min={1} max={5} />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">{t('quiz.create.total', { total })}</Typography.Paragraph>
        <Form.Item name="window" label={t('quiz.create.window')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="lines" label={t('quiz.create.lines')} extra={t('quiz.create.audienceHelp')}>
          <Checkbox.Group options={(['PARTY', 'UNION', 'YOUTH'] as const).map((l) => ({ value: l, label: t(`line.${l}`) }))} />
        </Form.Item>
      </Form>
      <FormError error={error} extra={leftovers} />
    </Modal>
  );
}
