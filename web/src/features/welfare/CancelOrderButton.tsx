import { App as AntApp, Button, Popconfirm } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { CancelWelfareOrderMutation } from './operations';

/** 取消 a pending order, asked first; the subsidy no longer counts against the member's cap. */
export function CancelOrderButton({ orderId, onDone }: { orderId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, cancel] = useMutation(CancelWelfareOrderMutation);
  const confirm = async () => {
    const res = await cancel({ id: orderId });
    if (res.error) {
      void message.error(serverErrorText(res.error, t));
      return;
    }
    void message.success(t('welfare.order.cancelled'));
    onDone?.();
  };
  return (
    <Popconfirm
      title={t('welfare.order.cancelConfirm')}
      description={t('welfare.order.cancelHint')}
      okText={t('welfare.order.cancelOk')}
      cancelText={t('welfare.order.keep')}
      onConfirm={confirm}
    >
      <Button size="small" danger loading={fetching}>
        {t('welfare.order.cancel')}
      </Button>
    </Popconfirm>
  );
}
