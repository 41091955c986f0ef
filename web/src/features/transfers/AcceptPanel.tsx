import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Popconfirm, Result, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { AcceptTransferLetterMutation, TransferLetterByCodeQuery } from './operations';
import { describeError, type AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { normaliseCode, orgLineOf } from './transfers';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { LetterPreview, type FoundLetter } from './LetterPreview';

interface Accepted {
  name: string;
  org: string;
}

/**
 * 转入: type the code → what the letter says and what crosses → the receiving org (of the letter's
 * line) → 接收, asked first. An unknown, expired or used code is shown on the code field.
 */
export function AcceptPanel({ onAccepted }: { onAccepted?: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [codeForm] = Form.useForm<{ code: string }>();
  const [orgForm] = Form.useForm<{ orgId: string | null }>();
  const [looking, setLooking] = useState(false);
  const [lookupError, setLookupError] = useState<AppErrorInfo | null>(null);
  const [found, setFound] = useState<{ code: string; letter: FoundLetter } | null>(null);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const accept = useFormMutation(AcceptTransferLetterMutation, orgForm, ['orgId']);
  const line = found ? orgLineOf(found.letter.line) : null;
  const { orgs, loading: orgsLoading, error: orgsError } = useAllOrganizations(line, !line);
  const orgsE = describeError(orgsError, t);

  const lookUp = async () => {
    const v = await codeForm.validateFields().catch(() => null);
    if (!v) return;
    const code = normaliseCode(v.code);
    setLookupError(null);
    setFound(null);
    setAccepted(null);
    setOrgId(null);
    accept.clear();
    setLooking(true);
    const res = await client.query(TransferLetterByCodeQuery, { code }, { requestPolicy: 'network-only' }).toPromise();
    setLooking(false);
    if (res.error || !res.data) {
      const e = describeError(res.error, t) ?? { code: 'UNKNOWN' as const, message: t('errors.UNKNOWN'), fields: {} };
      if (e.fields.code) codeForm.setFields([{ name: 'code', errors: [e.fields.code] }]);
      else setLookupError(e);
      return;
    }
    setFound({ code, letter: res.data.transferLetterByCode });
  };

  const run = async () => {
    if (!found || !orgId) return;
    const { data, error } = await accept.submit({ input: { code: found.code, orgId } });
    if (!data) {
      if (error?.fields.code) codeForm.setFields([{ name: 'code', errors: [error.fields.code] }]);
      return;
    }
    const org = orgs.find((o) => o.id === orgId)?.name ?? '';
    setAccepted({ name: data.acceptTransferLetter.member.name, org });
    setFound(null);
    codeForm.resetFields();
    onAccepted?.();
  };

  const { code: codeRefusal, ...rest } = accept.leftovers;
  const open = found?.letter.status === 'ISSUED';

  return (
    <div className="tx-transfer-in">
      {accepted && (
        <Result
          status="success"
          title={t('transfers.in.done', { name: accepted.name })}
          subTitle={t('transfers.in.doneSub', { org: accepted.org })}
          data-testid="letter-accepted"
          extra={
            <Button onClick={() => setAccepted(null)} data-testid="letter-accept-another">
              {t('transfers.in.another')}
            </Button>
          }
        />
      )}
      {!accepted && (
        <>
          <Form form={codeForm} name="transfer-code" layout="vertical" requiredMark={false} onFinish={lookUp}>
            <Form.Item label={t('transfers.fields.code')} extra={t('transfers.in.codeHelp')} required>
              <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
                <Form.Item
                  name="code"
                  noStyle
                  rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('transfers.fields.code') }) }]}
                >
                  <Input
                    className="tx-mono tx-letter-code-input"
                    placeholder="XXXX-XXXX-XXXX"
                    aria-label={t('transfers.fields.code')}
                    autoComplete="off"
                    data-testid="letter-code-input"
                  />
                </Form.Item>
                <Button type="primary" icon={<SearchOutlined />} htmlType="submit" loading={looking} data-testid="letter-lookup">
                  {t('transfers.in.lookUp')}
                </Button>
              </Space.Compact>
            </Form.Item>
          </Form>
          {lookupError && <FormError error={lookupError} />}
          {found && (
            <Card size="small" title={t('transfers.in.previewTitle')}>
              <LetterPreview letter={found.letter} />
              {open && (
                <Form form={orgForm} name="transfer-accept" layout="vertical" requiredMark={false} style={{ marginTop: 16 }}>
                  {orgsE && <FormError error={orgsE} />}
                  <Form.Item name="orgId" label={t('transfers.fields.receivingOrg')} extra={t('transfers.in.orgHelp', { line: t(`line.${line}`, { defaultValue: '' }) })}>
                    <OrgTreeSelect
                      orgs={orgs}
                      loading={orgsLoading}
                      value={orgId}
                      onChange={setOrgId}
                      placeholder={t('transfers.in.pickOrg')}
                      aria-label={t('transfers.fields.receivingOrg')}
                    />
                  </Form.Item>
                  {codeRefusal && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={codeRefusal} />}
                  <FormError error={accept.error} extra={rest} />
                  <Popconfirm
                    title={t('transfers.in.confirm', { name: found.letter.memberName })}
                    description={t('transfers.in.confirmBody', { org: orgs.find((o) => o.id === orgId)?.name ?? '' })}
                    okText={t('transfers.in.accept')}
                    cancelText={t('common.cancel')}
                    onConfirm={run}
                    disabled={!orgId}
                  >
                    <Button type="primary" disabled={!orgId} loading={accept.fetching} data-testid="letter-accept">
                      {t('transfers.in.accept')}
                    </Button>
                  </Popconfirm>
                </Form>
              )}
            </Card>
          )}
          {!found && !lookupError && <Alert type="info" showIcon title={t('transfers.in.intro')} />}
        </>
      )}
    </div>
  );
}

