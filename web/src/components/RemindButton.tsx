import { useState } from 'react';
import { Alert, App as AntApp, Button, Popconfirm } from 'antd';
import { NotificationOutlined } from '@ant-design/icons';
import { useMutation, type AnyVariables } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../api/errors';

/**
 * 一键提醒: sends `mutation` with `variables` after asking (`confirm`, `description`); disabled
 * when there is nobody to remind. `onReminded` says what came of it. The server limits how often
 * (RATE_LIMITED): `onRateLimited` says so, else its own words show beside the button
 * (`limitedTestId`) until closed; any other refusal is a message.
 */
export function RemindButton<Data, Vars extends AnyVariables>({
  mutation,
  variables,
  label,
  confirm,
  description,
  disabled,
  onReminded,
  onRateLimited,
  limitedTestId,
  testId,
}: {
  mutation: TypedDocumentNode<Data, Vars>;
  variables: Vars;
  /** The button's text, also the confirmation's OK. */
  label: string;
  confirm: string;
  description: string;
  disabled: boolean;
  onReminded: (data: Data) => void;
  onRateLimited?: () => void;
  limitedTestId?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, remind] = useMutation(mutation);
  const [limited, setLimited] = useState<string | null>(null);

  const run = async () => {
    setLimited(null);
    const res = await remind(variables);
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      if (e?.code === 'RATE_LIMITED') {
        if (onRateLimited) onRateLimited();
        else setLimited(e.detail ?? e.message);
      } else message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    onReminded(res.data);
  };

  return (
    <>
      <Popconfirm title={confirm} description={description} okText={label} cancelText={t('common.cancel')} onConfirm={run} disabled={disabled}>
        <Button icon={<NotificationOutlined />} loading={fetching} disabled={disabled} data-testid={testId}>
          {label}
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
          data-testid={limitedTestId}
        />
      )}
    </>
  );
}
