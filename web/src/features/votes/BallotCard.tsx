import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Button, Card, Checkbox, Radio, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { CastBallotMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { CopyField } from '../../components/CopyField';
import { choiceProblem } from './votes';

interface Props {
  voteId: string;
  options: { id: string; label: string }[];
  minChoices: number;
  maxChoices: number;
  onCast: () => void;
}

/** The receipt, shown once after the cast, with a copy button and a warning to keep it. */
export function ReceiptCard({ voteId, receipt }: { voteId: string; receipt: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('votes.receipt.title')} data-testid="receipt-card">
      <Alert type="warning" showIcon title={t('votes.receipt.keep')} description={t('votes.receipt.why')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph className="tx-mono" data-testid="receipt-text" style={{ fontSize: 18, wordBreak: 'break-all', textAlign: 'center' }}>
        {receipt}
      </Typography.Paragraph>
      <CopyField value={receipt} label={t('votes.receipt.title')} testId="receipt" />
      <div style={{ marginTop: 12 }}>
        <Link to={`/votes/verify?vote=${encodeURIComponent(voteId)}`}>{t('votes.verify.title')}</Link>
      </div>
    </Card>
  );
}

/**
 * 选票: the options as radios (one choice) or checkboxes (several), the bounds enforced, a
 * confirmation before casting (a ballot cannot be changed), then the receipt once.
 */
export function BallotCard({ voteId, options, minChoices, maxChoices, onCast }: Props) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const [chosen, setChosen] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [state, cast] = useMutation(CastBallotMutation);
  const [error, setError] = useState<string | null>(null);
  const problem = choiceProblem(chosen, minChoices, maxChoices);

  if (receipt) return <ReceiptCard voteId={voteId} receipt={receipt} />;

  const submit = () => {
    const labels = options.filter((o) => chosen.includes(o.id)).map((o) => o.label);
    modal.confirm({
      title: t('votes.ballot.confirm'),
      content: (
        <>
          <div>{t('votes.ballot.confirmChoice', { choice: labels.join('、') })}</div>
          <Typography.Text type="secondary">{t('votes.ballot.final')}</Typography.Text>
        </>
      ),
      okText: t('votes.ballot.cast'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        const res = await cast({ input: { voteId, optionIds: chosen } });
        const info = describeError(res.error, t);
        if (info || !res.data) {
          setError(info ? errorText(info) : t('errors.UNKNOWN'));
          return;
        }
        setReceipt(res.data.castBallot.receipt);
        onCast();
      },
    });
  };

  const hint =
    minChoices === maxChoices ? t('votes.ballot.exactly', { count: maxChoices }) : t('votes.ballot.between', { min: minChoices, max: maxChoices });

  return (
    <Card title={t('votes.ballot.title')} data-testid="ballot">
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {maxChoices === 1 ? (
        <Radio.Group value={chosen[0]} onChange={(e) => setChosen([e.target.value as string])} style={{ width: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {options.map((o) => (
              <Radio key={o.id} value={o.id} className="tx-ballot-option">
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      ) : (
        <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} style={{ width: '100%' }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {options.map((o) => (
              <Checkbox key={o.id} value={o.id} className="tx-ballot-option" disabled={!chosen.includes(o.id) && chosen.length >= maxChoices}>
                {o.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      )}
      {chosen.length > 0 && problem && (
        <Typography.Paragraph type="warning" style={{ marginTop: 12 }}>
          {t(problem.key, { count: problem.count })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 12 }} />}
      <Button type="primary" block size="large" style={{ marginTop: 16 }} disabled={!!problem} loading={state.fetching} onClick={submit}>
        {t('votes.ballot.cast')}
      </Button>
    </Card>
  );
}
