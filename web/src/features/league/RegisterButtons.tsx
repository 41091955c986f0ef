import { App as AntApp, Button, Popconfirm } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { RegisterLeagueMembershipMutation, RemindLeagueCampaignMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { RemindButton } from '../../components/RemindButton';

/** 代为注册 one member (officers), asked first. */
export function RegisterForButton({ campaignId, memberId, name, onDone }: { campaignId: string; memberId: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, register] = useMutation(RegisterLeagueMembershipMutation);
  const run = async () => {
    const res = await register({ input: { campaignId, memberId } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('league.registerFor.done', { name }));
    onDone();
  };
  return (
    <Popconfirm title={t('league.registerFor.confirm', { name })} okText={t('league.registerFor.button')} cancelText={t('common.cancel')} onConfirm={run}>
      <Button size="small" loading={fetching} data-testid="league-register-for">
        {t('league.registerFor.button')}
      </Button>
    </Popconfirm>
  );
}

/** 一键提醒未注册: at most once a day (RATE_LIMITED otherwise, said so). */
export function RemindCampaignButton({ campaignId, pending, onDone }: { campaignId: string; pending: number; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <RemindButton
      mutation={RemindLeagueCampaignMutation}
      variables={{ campaignId }}
      label={t('league.remind.button')}
      confirm={t('league.remind.confirm', { count: pending })}
      description={t('league.remind.body')}
      disabled={pending === 0}
      testId="league-remind"
      onRateLimited={() => message.warning(t('league.remind.limited'))}
      onReminded={(data) => {
        message.success(t('league.remind.done', { count: data.remindLeagueCampaign }));
        onDone();
      }}
    />
  );
}

/** 完成注册: the viewer registers themselves, one big button. */
export function SelfRegisterButton({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, register] = useMutation(RegisterLeagueMembershipMutation);
  const run = async () => {
    const res = await register({ input: { campaignId } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      if (e?.code === 'CONFLICT') {
        message.info(t('league.self.already'));
        onDone();
      } else message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('league.self.done'));
    onDone();
  };
  return (
    <Button type="primary" size="large" block icon={<CheckCircleOutlined />} loading={fetching} onClick={run} className="tx-league-self" data-testid="league-self-register">
      {t('league.self.button')}
    </Button>
  );
}
