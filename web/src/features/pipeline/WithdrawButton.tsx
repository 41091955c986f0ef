import { App as AntApp, Button, Popconfirm } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { WithdrawStageTransitionMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { StageTransition } from './pipeline';

/** 撤回 an open proposal, asked first (the branch may propose again afterwards). */
export function WithdrawButton({ transition, onDone }: { transition: StageTransition; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, withdraw] = useMutation(WithdrawStageTransitionMutation);
  const run = async () => {
    const res = await withdraw({ input: { transitionId: transition.id } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      message.error(e?.code === 'FORBIDDEN' ? t('pipeline.withdraw.forbidden') : e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('pipeline.withdraw.done', { name: transition.memberName }));
    onDone();
  };
  return (
    <Popconfirm
      title={t('pipeline.withdraw.confirm', { name: transition.memberName })}
      description={t('pipeline.withdraw.body')}
      okText={t('pipeline.withdraw.button')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={run}
    >
      <Button size="small" icon={<RollbackOutlined />} loading={fetching} data-testid="pipeline-withdraw">
        {t('pipeline.withdraw.button')}
      </Button>
    </Popconfirm>
  );
}
