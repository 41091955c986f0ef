import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemindNoticeRecipientsMutation } from './operations';
import { RemindButton } from '../../components/RemindButton';

/**
 * 一键提醒: reminds who has not acknowledged (or not read, when no acknowledgement is asked),
 * asked first. The server allows it once per 10 minutes per notice: its words show beside the
 * button when it refuses.
 */
export function RemindRecipientsButton({ noticeId, pending, ackRequired }: { noticeId: string; pending: number; ackRequired: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <RemindButton
      mutation={RemindNoticeRecipientsMutation}
      variables={{ input: { noticeId } }}
      label={t('notices.board.remind')}
      confirm={t('notices.board.remindConfirm')}
      description={ackRequired ? t('notices.board.remindWhoAck', { count: pending }) : t('notices.board.remindWhoRead', { count: pending })}
      disabled={pending === 0}
      limitedTestId="remind-limited"
      onReminded={(data) => message.success(t('notices.board.reminded', { count: data.remindNoticeRecipients.reminded }))}
    />
  );
}
