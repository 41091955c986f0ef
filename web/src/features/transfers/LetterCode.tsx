import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The code the receiving org types in: large, monospace, with a copy button. */
export function LetterCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text
      className="tx-letter-code"
      data-testid="letter-code"
      copyable={{ text: code, tooltips: [t('common.copy'), t('common.copied')] }}
    >
      {code}
    </Typography.Text>
  );
}
