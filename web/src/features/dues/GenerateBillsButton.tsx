import { App as AntApp, Button } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { GenerateDuesBillsMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { DuesLine } from '../../gql/graphql';
import { currentMonth } from './dues';

/**
 * 生成本月账单: bills this month on the line for the members under the org (null: the whole
 * tenant) by the tenant's rules, after asking. Says how many were written; members billed
 * before are left alone (0: 本月账单已生成).
 */
export function GenerateBillsButton({
  line,
  organizationId,
  scopeName,
  onDone,
}: {
  line: DuesLine;
  organizationId: string | null;
  scopeName: string;
  onDone?: (written: number) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [{ fetching }, generate] = useMutation(GenerateDuesBillsMutation);
  const lineName = t(`dues.lines.${line}`);

  const run = async (month: string) => {
    const res = await generate({ input: { organizationId, line, month } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      message.error(e ? (Object.values(e.fields)[0] ?? errorText(e)) : t('errors.UNKNOWN'));
      return;
    }
    const written = res.data.generateDuesBills.written;
    if (written > 0) message.success(t('dues.generate.written', { count: written, month, line: lineName }));
    else message.info(t('dues.generate.none'));
    onDone?.(written);
  };

  const ask = () => {
    const month = currentMonth();
    modal.confirm({
      title: t('dues.generate.confirmTitle', { month, line: lineName }),
      content: t('dues.generate.confirmBody', { scope: scopeName, line: lineName }),
      okText: t('dues.generate.ok'),
      cancelText: t('common.cancel'),
      onOk: () => run(month),
    });
  };

  return (
    <Button type="primary" icon={<FileAddOutlined />} onClick={ask} loading={fetching} data-testid="dues-generate">
      {t('dues.generate.button')}
    </Button>
  );
}
