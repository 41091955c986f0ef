import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Result, Select } from 'antd';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyVotesQuery, VerifyBallotReceiptQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { required } from '../../lib/formRules';

interface Values {
  voteId?: string;
  receipt: string;
}

/**
 * 核验我的选票 (`/votes/verify?vote=…`): the vote and the receipt → whether the ballot is
 * counted, and after the close which options it holds.
 */
export default function VerifyReceiptPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [checking, setChecking] = useState(false);
  const [answer, setAnswer] = useState<{ counted: boolean; options: string[] | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fixedVote = params.get('vote');
  // Without a vote in the address: choose among the votes the viewer has voted in.
  const [mine] = useQuery({ query: MyVotesQuery, variables: { first: 100, after: null, pendingOnly: false }, pause: !!fixedVote });
  const voted = (mine.data?.myVotes.edges ?? []).map((e) => e.node).filter((v) => v.myStatus.voted);

  const check = async (v: Values) => {
    setChecking(true);
    setError(null);
    setAnswer(null);
    const res = await client
      .query(VerifyBallotReceiptQuery, { voteId: (v.voteId ?? '').trim(), receipt: v.receipt }, { requestPolicy: 'network-only' })
      .toPromise();
    setChecking(false);
    const info = describeError(res.error, t);
    if (info || !res.data) {
      setError(info ? errorText(info) : t('errors.UNKNOWN'));
      return;
    }
    const r = res.data.verifyBallotReceipt;
    setAnswer({ counted: r.counted, options: r.options ? r.options.map((o) => o.label) : null });
  };

  return (
    <div className="tx-page tx-vote-page">
      <PageHeader title={t('votes.verify.title')}>
        <Link to="/votes">{t('votes.back')}</Link>
      </PageHeader>
      <Card>
        <Form form={form} layout="vertical" initialValues={{ voteId: fixedVote ?? undefined, receipt: '' }} onFinish={check}>
          <Form.Item name="voteId" label={t('votes.verify.vote')} rules={[required(t, t('votes.verify.vote'))]} hidden={!!fixedVote}>
            <Select
              loading={mine.fetching}
              placeholder={t('votes.verify.chooseVote')}
              notFoundContent={t('votes.verify.noVoted')}
              options={voted.map((v) => ({ value: v.id, label: v.title }))}
            />
          </Form.Item>
          <Form.Item name="receipt" label={t('votes.verify.receipt')} rules={[required(t, t('votes.verify.receipt'))]} extra={t('votes.verify.receiptHint')}>
            <Input className="tx-mono" autoComplete="off" data-testid="verify-receipt" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={checking}>
            {t('votes.verify.check')}
          </Button>
        </Form>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 16 }} />}
        {answer && (
          <Result
            data-testid="verify-result"
            status={answer.counted ? 'success' : 'warning'}
            title={answer.counted ? t('votes.verify.counted') : t('votes.verify.notCounted')}
            subTitle={
              answer.counted
                ? answer.options
                  ? t('votes.verify.holds', { options: answer.options.join('、') })
                  : t('votes.verify.afterClose')
                : t('votes.verify.notCountedHint')
            }
          />
        )}
      </Card>
    </div>
  );
}
