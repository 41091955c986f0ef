import { useState } from 'react';
import { Alert, App as AntApp, Button, Popconfirm } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { RemindNoticeRecipientsMutation } from '../../api/operations';
import { describeError, errorText } from '../../api/errors';

/**
 * 一键提醒: reminds who has not acknowledged (or not read, when no acknowledgement is asked),
 * asked first. The server allows it once per 10 minutes per notice: its words show beside the
 * button when it refuses.
 */
export function RemindButton({ noticeId, pending, ackRequired }: { noticeId: string; pending: number; ackRequired: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, remind] = useMutation(RemindNoticeRecipientsMutation);
  const [limited, setLimited] = useState<string | null>(null);

  const run = async () => {
    setLimited(null);
    const res = await remind({ input: { noticeId } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      if (e?.code === 'RATE_LIMITED') setLimited(e.detail ?? e.message);
      else message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('notices.board.reminded', { count: res.data.remindNoticeRecipients.reminded }));
  };

  return (
    <>
      <Popconfirm
        title={t('notices.board.remindConfirm')}
        description={ackRequired ? t('notices.board.remindWhoAck', { count: pending }) : t('notices.board.remindWhoRead', { count: pending })}
        okText={t('notices.board.remind')}
        cancelText={t('common.cancel')}
        onConfirm={run}
        disabled={pending === 0}
      >
        <Button icon={<NotificationOutlined />} loading={fetching} disabled={pending === 0}>
          {t('notices.board.remind')}
        </Button>
      </Popconfirm>
      {limited && (
        <Alert
          className="tx-board-limited"
          type="warning"
          showIcon
          role="alert"
          title={limited}
          closable={{ onClose: () => setLimited(null), 'aria-label': t('common.close') }}
          data-testid="remind-limited"
        />
      )}
    </>
  );
}
