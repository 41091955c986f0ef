import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { VerifyUnionCardQuery } from './operations';
import { describeError, errorText, type AppErrorInfo } from '../../api/errors';
import type { VerifyUnionCardQuery as VerifyData } from '../../gql/graphql';
import { PageHeader } from '../../components/PageHeader';

/**
 * 会员卡核验 (`/union/verify`, for who reads members): paste (or scan into) the card's code; the
 * holder's name and union org, or why it is refused (forged, another enterprise's, expired).
 */
export default function UnionVerifyPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<{ code: string }>();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<VerifyData['verifyUnionCard'] | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);

  const verify = async ({ code }: { code: string }) => {
    setChecking(true);
    setResult(null);
    setError(null);
    const res = await client.query(VerifyUnionCardQuery, { code: code.trim() }, { requestPolicy: 'network-only' }).toPromise();
    setChecking(false);
    if (res.error || !res.data) {
      setError(describeError(res.error, t) ?? { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} });
      return;
    }
    setResult(res.data.verifyUnionCard);
  };

  return (
    <div className="tx-union-verify">
      <PageHeader title={t('nav.unionVerify')} />
      <Typography.Paragraph type="secondary">{t('unionCard.verify.intro')}</Typography.Paragraph>
      <Card>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={verify} name="union-verify">
          <Form.Item name="code" label={t('unionCard.verify.code')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('unionCard.verify.code') }) }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} className="tx-mono" placeholder={t('unionCard.verify.placeholder')} data-testid="union-verify-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={checking} data-testid="union-verify-submit">
            {t('unionCard.verify.submit')}
          </Button>
        </Form>
      </Card>
      {result && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="union-verify-ok"
          title={t('unionCard.verify.valid')}
          description={
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'name', label: t('unionCard.verify.name'), children: result.name },
                { key: 'org', label: t('unionCard.verify.org'), children: result.orgName },
              ]}
            />
          }
        />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 16 }}
          data-testid="union-verify-error"
          title={t('unionCard.verify.invalid')}
          description={error.fields.code ?? errorText(error)}
        />
      )}
    </div>
  );
}
