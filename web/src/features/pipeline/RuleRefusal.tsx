import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitRefusal } from './pipeline';

/** A refusal by the party-entry rules, with the rule and its source, shown prominently. */
export function RuleRefusal({ text }: { text: string }) {
  const { t } = useTranslation();
  const { message, basis } = splitRefusal(text);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="pipeline-refusal"
      style={{ marginBottom: 16 }}
      title={t('pipeline.refused')}
      description={
        <>
          <div>{message}</div>
          {basis && <div className="tx-pipeline-basis">{t('pipeline.basis', { basis })}</div>}
        </>
      }
    />
  );
}
