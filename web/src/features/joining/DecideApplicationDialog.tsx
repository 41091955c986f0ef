import { App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecideJoinApplicationMutation } from './operations';
import { DecideDialog } from '../../components/DecideDialog';
import { FormError } from '../../components/FormError';
import { MAX_JOIN_NOTE, type JoinApplication } from './joining';
import { useFormMutation } from '../../lib/useFormMutation';

export interface JoinDecision {
  application: JoinApplication;
  approve: boolean;
}

/** 批准 / 不批准 an application, asked first with an optional note; approval places the member. */
export function DecideApplicationDialog({ decision, onClose, onDone }: { decision: JoinDecision | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useFormMutation(DecideJoinApplicationMutation, form, ['note']);

  const a = decision?.application;
  const approve = decision?.approve ?? true;
  const onDecide = async (note: string | null) => {
    if (!a) return;
    const { data } = await decide.submit({ input: { applicationId: a.id, approve, note } });
    if (!data) return;
    message.success(t(approve ? 'joining.decide.approved' : 'joining.decide.refused', { name: a.memberName }));
    onDone();
  };

  return (
    <DecideDialog
      decision={decision}
      form={form}
      name="join-decide"
      title={a ? t(approve ? 'joining.decide.approveTitle' : 'joining.decide.refuseTitle', { name: a.memberName }) : ''}
      okText={t(approve ? 'joining.decide.approve' : 'joining.decide.refuse')}
      okTestId="join-decide-ok"
      facts={
        a
          ? [
              { key: 'member', label: t('joining.fields.applicant'), children: a.memberName },
              { key: 'line', label: t('joining.fields.line'), children: t(`joining.lines.${a.line}`) },
              { key: 'org', label: t('joining.fields.org'), children: a.orgName },
              ...(a.note ? [{ key: 'note', label: t('joining.fields.note'), children: a.note }] : []),
            ]
          : null
      }
      noteLabel={t('joining.decide.note')}
      maxNote={MAX_JOIN_NOTE}
      maxRows={4}
      fetching={decide.fetching}
      onOpen={decide.clear}
      onDecide={onDecide}
      onClose={onClose}
    >
      <FormError error={decide.error} extra={decide.leftovers} />
    </DecideDialog>
  );
}
