import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { RemindDuesArrearsMutation } from './operations';
import { RemindButton } from '../../components/RemindButton';
import type { DuesLine } from '../../gql/graphql';

/**
 * 一键提醒: a reminder to everyone owing on the line under the org (null: the whole tenant),
 * asked first. The server reminds each member at most once a day (a second click reminds
 * nobody again) and may refuse with RATE_LIMITED: its words show beside the button.
 */
export function RemindArrearsButton({ line, organizationId, owing }: { line: DuesLine; organizationId: string | null; owing: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <RemindButton
      mutation={RemindDuesArrearsMutation}
      variables={{ input: { organizationId, line } }}
      label={t('dues.arrears.remind')}
      confirm={t('dues.arrears.remindConfirm')}
      description={t('dues.arrears.remindWho', { count: owing, line: t(`dues.lines.${line}`) })}
      disabled={owing === 0}
      limitedTestId="dues-remind-limited"
      onReminded={(data) => {
        const n = data.remindDuesArrears.reminded;
        if (n > 0) message.success(t('dues.arrears.reminded', { count: n }));
        else message.info(t('dues.arrears.remindedToday'));
      }}
    />
  );
}
