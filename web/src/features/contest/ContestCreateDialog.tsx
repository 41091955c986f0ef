import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ContestFieldsFragment } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { QuestionBanksQuery } from '../quiz/operations';
import { CreateContestMutation } from './operations';
import { LIMITS } from './contest';

interface Values {
  orgId: string;
  bankId: string;
  title: string;
  questionCount: number;
  secondsPerQuestion: number;
  pointsPerQuestion: number;
}

const FIELDS = ['orgId', 'bankId', 'title', 'questionCount', 'secondsPerQuestion', 'pointsPerQuestion'];

/**
 * 新建竞赛: the hosting org (its sub-tree's members may join), a bank the org may use, the title,
 * how many questions are drawn from the bank, the seconds per question and the points of each.
 */
export function ContestCreateDialog({ onClose, onDone }: { onClose: () => void; onDone: (contest: ContestFieldsFragment) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, fetching, error, leftovers } = useFormMutation(CreateContestMutation, form, FIELDS);
  const all = useAllOrganizations(null);
  const orgId = Form.useWatch('orgId', form);
  const bankId = Form.useWatch('bankId', form);
  const [banks] = useQuery({ query: QuestionBanksQuery, variables: { orgId: orgId ?? '' }, pause: !orgId });
  const bankList = orgId ? (banks.data?.questionBanks ?? []) : [];
  const bank = bankList.find((b) => b.id === bankId) ?? null;

  useEffect(() => {
    if (!form.getFieldValue('orgId') && all.orgs[0]) form.setFields([{ name: 'orgId', value: all.orgs[0].id, errors: [] }]);
  }, [all.orgs, form]);

  const range = (min: number, max: number, text: string) => ({
    validator: (_: unknown, v: number | null | undefined) => (v == null || (Number.isInteger(v) && v >= min && v <= max) ? Promise.resolve() : Promise.reject(new Error(text))),
  });

  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const r = await submit({
      input: {
        orgId: v.orgId,
        bankId: v.bankId,
        title: v.title.trim(),
        questionCount: v.questionCount,
        secondsPerQuestion: v.secondsPerQuestion,
        pointsPerQuestion: v.pointsPerQuestion,
      },
    });
    if (r.data) onDone(r.data.createContest);
  };

  return (
    <Modal open width={560} title={t('contest.create.title')} okText={t('contest.create.submit')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={() => void ok()} onCancel={onClose}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ questionCount: 10, secondsPerQuestion: LIMITS.secondsPerQuestion.default, pointsPerQuestion: LIMITS.pointsPerQuestion.default }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('orgId' in changed) form.setFieldsValue({ bankId: undefined });
        }}
      >
        <Form.Item name="orgId" label={t('contest.org')} rules={[{ required: true, message: t('contest.create.orgRequired') }]} extra={t('contest.create.orgHelp')}>
          <OrgTreeSelect orgs={all.orgs} loading={all.loading} allowClear={false} aria-label={t('contest.org')} />
        </Form.Item>
        <Form.Item name="bankId" label={t('contest.bank')} rules={[{ required: true, message: t('contest.create.bankRequired') }]}>
          <Select
            aria-label={t('contest.bank')}
            loading={banks.fetching}
            notFoundContent={t('contest.create.noBank')}
            options={bankList.map((b) => ({ value: b.id, label: t('contest.create.bankOption', { name: b.name, count: b.questionCount }) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('contest.name')} rules={[{ required: true, whitespace: true, message: t('contest.create.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item
            name="questionCount"
            label={t('contest.create.count')}
            dependencies={['bankId']}
            rules={[
              { required: true, message: t('contest.create.countRequired') },
              range(LIMITS.questionCount.min, LIMITS.questionCount.max, t('contest.create.countRange')),
              {
                validator: (_: unknown, v: number | null | undefined) =>
                  v == null || !bank || v <= bank.questionCount ? Promise.resolve() : Promise.reject(new Error(t('contest.create.countBank', { count: bank.questionCount }))),
              },
            ]}
          >
            <InputNumber aria-label={t('contest.create.count')} precision={0} />
          </Form.Item>
          <Form.Item
            name="secondsPerQuestion"
            label={t('contest.create.seconds')}
            rules={[{ required: true, message: t('contest.create.secondsRange') }, range(LIMITS.secondsPerQuestion.min, LIMITS.secondsPerQuestion.max, t('contest.create.secondsRange'))]}
          >
            <InputNumber aria-label={t('contest.create.seconds')} precision={0} />
          </Form.Item>
          <Form.Item
            name="pointsPerQuestion"
            label={t('contest.create.points')}
            rules={[{ required: true, message: t('contest.create.pointsRange') }, range(LIMITS.pointsPerQuestion.min, LIMITS.pointsPerQuestion.max, t('contest.create.pointsRange'))]}
          >
            <InputNumber aria-label={t('contest.create.points')} precision={0} />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">{t('contest.create.help')}</Typography.Paragraph>
      </Form>
      <FormError error={error} extra={leftovers} />
    </Modal>
  );
}
