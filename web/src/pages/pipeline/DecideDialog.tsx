import { useEffect } from 'react';
import { Alert, App as AntApp, Descriptions, Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecideStageTransitionMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import { MAX_NOTE, type StageTransition } from '../../lib/pipeline';
import { maxLen } from '../../lib/rules';
import { useFormMutation } from '../../lib/useFormMutation';
import { StepText } from './StageTags';
import { RuleRefusal } from './RuleRefusal';

const FIELDS = ['note'] as const;

export interface Decision {
  transition: StageTransition;
  approve: boolean;
}

/**
 * 批准 / 不批准, asked first with an optional note. Who may decide is the server's call: the
 * branch itself is told 须由上级党组织审批; approval checks the rules again (a refusal cites them).
 */
export function DecideDialog({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (t: StageTransition) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useFormMutation(DecideStageTransitionMutation, form, FIELDS);
  useEffect(() => {
    if (decision) {
      decide.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !decision) return;
    const note = (v.note ?? '').trim();
    const { data } = await decide.submit({ input: { transitionId: decision.transition.id, approve: decision.approve, note: note || null } });
    if (!data) return;
    message.success(t(decision.approve ? 'pipeline.decide.approved' : 'pipeline.decide.refused', { name: decision.transition.memberName }));
    onDone(data.decideStageTransition);
  };

  const tr = decision?.transition;
  const approve = decision?.approve ?? true;
  const { toStage: refusal, ...rest } = decide.leftovers;
  const forbidden = decide.error?.code === 'FORBIDDEN';

  return (
    <Modal
      open={!!decision}
      title={tr ? t(approve ? 'pipeline.decide.approveTitle' : 'pipeline.decide.refuseTitle', { name: tr.memberName }) : ''}
      okText={t(approve ? 'pipeline.decide.approve' : 'pipeline.decide.refuse')}
      okButtonProps={{ danger: !approve, 'data-testid': 'pipeline-decide-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={decide.fetching}
      forceRender
    >
      {tr && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'member', label: t('pipeline.fields.member'), children: `${tr.memberName}（${tr.orgName}）` },
            { key: 'step', label: t('pipeline.fields.step'), children: <StepText transition={tr} /> },
            { key: 'effective', label: t('pipeline.fields.effectiveOn'), children: tr.effectiveOn },
            { key: 'objections', label: t('pipeline.objections.title'), children: t('pipeline.objections.count', { count: tr.objectionCount }) },
          ]}
        />
      )}
      {tr && tr.objectionCount > 0 && <Alert type="warning" showIcon title={t('pipeline.decide.hasObjections', { count: tr.objectionCount })} style={{ marginBottom: 12 }} />}
      {forbidden ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t('pipeline.decide.forbidden')} data-testid="pipeline-decide-forbidden" />
      ) : (
        <>
          {refusal && <RuleRefusal text={refusal} />}
          {(!refusal || Object.keys(rest).length > 0) && <FormError error={decide.error} extra={rest} />}
        </>
      )}
      <Form name="pipeline-decide" form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="note" label={t('pipeline.decide.note')} rules={[maxLen(t, MAX_NOTE)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_NOTE} showCount placeholder={t('pipeline.decide.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
