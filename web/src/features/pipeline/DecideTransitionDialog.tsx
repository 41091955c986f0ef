import { Alert, App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecideStageTransitionMutation } from './operations';
import { DecideDialog } from '../../components/DecideDialog';
import { FormError } from '../../components/FormError';
import { MAX_NOTE, type StageTransition } from './pipeline';
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
export function DecideTransitionDialog({ decision, onClose, onDone }: { decision: Decision | null; onClose: () => void; onDone: (t: StageTransition) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useFormMutation(DecideStageTransitionMutation, form, FIELDS);

  const onDecide = async (note: string | null) => {
    if (!decision) return;
    const { data } = await decide.submit({ input: { transitionId: decision.transition.id, approve: decision.approve, note } });
    if (!data) return;
    message.success(t(decision.approve ? 'pipeline.decide.approved' : 'pipeline.decide.refused', { name: decision.transition.memberName }));
    onDone(data.decideStageTransition);
  };

  const tr = decision?.transition;
  const approve = decision?.approve ?? true;
  // A rule's refusal comes on the step (toStage) or, past the upper committee's deadline, on
  // the approval itself.
  const { toStage, approve: late, ...rest } = decide.leftovers;
  const refusal = toStage ?? late;
  const forbidden = decide.error?.code === 'FORBIDDEN';

  return (
    <DecideDialog
      decision={decision}
      form={form}
      name="pipeline-decide"
      title={tr ? t(approve ? 'pipeline.decide.approveTitle' : 'pipeline.decide.refuseTitle', { name: tr.memberName }) : ''}
      okText={t(approve ? 'pipeline.decide.approve' : 'pipeline.decide.refuse')}
      okTestId="pipeline-decide-ok"
      facts={
        tr
          ? [
              { key: 'member', label: t('pipeline.fields.member'), children: `${tr.memberName}（${tr.orgName}）` },
              { key: 'step', label: t('pipeline.fields.step'), children: <StepText transition={tr} /> },
              { key: 'effective', label: t('pipeline.fields.effectiveOn'), children: tr.effectiveOn },
              { key: 'objections', label: t('pipeline.objections.title'), children: t('pipeline.objections.count', { count: tr.objectionCount }) },
            ]
          : null
      }
      noteLabel={t('pipeline.decide.note')}
      notePlaceholder={t('pipeline.decide.notePlaceholder')}
      maxNote={MAX_NOTE}
      maxRows={5}
      fetching={decide.fetching}
      onOpen={decide.clear}
      onDecide={onDecide}
      onClose={onClose}
    >
      {tr && tr.objectionCount > 0 && <Alert type="warning" showIcon title={t('pipeline.decide.hasObjections', { count: tr.objectionCount })} style={{ marginBottom: 12 }} />}
      {forbidden ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t('pipeline.decide.forbidden')} data-testid="pipeline-decide-forbidden" />
      ) : (
        <>
          {refusal && <RuleRefusal text={refusal} />}
          {(!refusal || Object.keys(rest).length > 0) && <FormError error={decide.error} extra={rest} />}
        </>
      )}
    </DecideDialog>
  );
}
