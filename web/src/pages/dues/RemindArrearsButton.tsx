import { useState } from 'react';
import { Alert, App as AntApp, Button, Popconfirm } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { RemindDuesArrearsMutation } from '../../api/operations';
import { describeError, errorText } from '../../api/errors';
import type { DuesLine } from '../../gql/graphql';

/**
 * 一键提醒: a reminder to everyone owing on the line under the org (null: the whole tenant),
 * asked first. The server reminds each member at most once a day (a second click reminds
 * nobody again) and may refuse with RATE_LIMITED: its words show beside the button.
 */
export function RemindArrearsButton({ line, organizationId, owing }: { line: DuesLine; organizationId: string | null; owing: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, remind] = useMutation(RemindDuesArrearsMutation);
  const [limited, setLimited] = useState<string | null>(null);
  const lineName = t(`dues.lines.${line}`);

  const run = async () => {
    setLimited(null);
    const res = await remind({ input: { organizationId, line } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      if (e?.code === 'RATE_LIMITED') setLimited(e.detail ?? e.message);
      else message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    const n = res.data.remindDuesArrears.reminded;
    if (n > 0) message.success(t('dues.arrears.reminded', { count: n }));
    else message.info(t('dues.arrears.remindedToday'));
  };

  return (
    <>
      <Popconfirm
        title={t('dues.arrears.remindConfirm')}
        description={t('dues.arrears.remindWho', { count: owing, line: lineName })}
        okText={t('dues.arrears.remind')}
        cancelText={t('common.cancel')}
        onConfirm={run}
        disabled={owing === 0}
      >
        <Button icon={<NotificationOutlined />} loading={fetching} disabled={owing === 0}>
          {t('dues.arrears.remind')}
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
          data-testid="dues-remind-limited"
        />
      )}
    </>
  );
}
