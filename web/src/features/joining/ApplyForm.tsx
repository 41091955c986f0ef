import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApplyToJoinMutation } from './operations';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { JoinLine } from '../../gql/graphql';
import { JOIN_LINES, MAX_JOIN_NOTE } from './joining';
import { splitRefusal } from '../pipeline/pipeline';
import { maxLen, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  line: JoinLine;
  orgId: string | null;
  note: string;
}

const FIELDS = ['orgId', 'note'] as const;

/**
 * 申请入团 / 申请入会: the line, an org of that line and a note. The league checks age at once; its
 * refusal (on `line`, citing the rule and its source) is shown above the form.
 */
export function ApplyForm({ initialLine, onDone }: { initialLine: JoinLine; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const apply = useFormMutation(ApplyToJoinMutation, form, FIELDS);
  const line = (Form.useWatch('line', form) ?? initialLine) as JoinLine;
  const { orgs, loading } = useAllOrganizations(line);
  useEffect(() => {
    form.setFieldValue('orgId', null);
    apply.clear();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [line]);

  const submit = async (v: Values) => {
    const note = (v.note ?? '').trim();
    const { data } = await apply.submit({ input: { line: v.line, orgId: v.orgId!, note: note || null } });
    if (!data) return;
    message.success(t('joining.apply.done', { org: data.applyToJoin.orgName }));
    form.setFieldsValue({ orgId: null, note: '' });
    onDone();
  };

  const { line: refusal, ...rest } = apply.leftovers;
  const split = refusal ? splitRefusal(refusal) : null;

  return (
    <Form<Values> name="join-apply" form={form} layout="vertical" requiredMark={false} initialValues={{ line: initialLine, orgId: null, note: '' }} onFinish={submit}>
      {split && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid="join-refusal"
          title={t('joining.apply.refused')}
          description={
            <>
              <div>{split.message}</div>
              {split.basis && <div className="tx-pipeline-basis">{t('pipeline.basis', { basis: split.basis })}</div>}
            </>
          }
        />
      )}
      {(!refusal || Object.keys(rest).length > 0) && <FormError error={apply.error} extra={rest} />}
      <Form.Item name="line" label={t('joining.fields.line')}>
        <Radio.Group optionType="button" options={JOIN_LINES.map((l) => ({ value: l, label: t(`joining.apply.${l}`) }))} />
      </Form.Item>
      <Form.Item name="orgId" label={t('joining.fields.org')} rules={[requiredSelect(t, t('joining.fields.org'))]}>
        <OrgTreeSelect orgs={orgs} loading={loading} placeholder={t(`joining.pickOrg.${line}`)} aria-label={t('joining.fields.org')} />
      </Form.Item>
      <Form.Item name="note" label={t('joining.fields.note')} rules={[maxLen(t, MAX_JOIN_NOTE)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={MAX_JOIN_NOTE} showCount placeholder={t('joining.apply.notePlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={apply.fetching} data-testid="join-submit">
        {t(`joining.apply.${line}`)}
      </Button>
    </Form>
  );
}
