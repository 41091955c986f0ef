import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Form, Input, List, Modal, Radio, Result, Space, Spin, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { EvaluationCampaignFieldsFragment, EvaluationGrade } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { MyEvaluationQuery, SubmitPeerRatingsMutation, SubmitSelfAssessmentMutation } from './operations';
import { GRADES } from './evaluation';
import { StageTag } from './StageTag';
import { useViewer } from '../../auth/viewer';

type Campaign = EvaluationCampaignFieldsFragment;

/** 个人自评: rewritable while the stage lasts. */
function SelfAssessmentForm({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [state, exec] = useMutation(SubmitSelfAssessmentMutation);
  const [error, setError] = useState<string | null>(null);
  const own = campaign.members.find((m) => m.selfAssessment != null);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    const res = await exec({ input: { campaignId: campaign.id, text: v.text } });
    if (res.error) {
      setError(serverErrorText(res.error, t));
      return;
    }
    message.success(t('evaluation.self.saved'));
    onDone();
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ text: own?.selfAssessment ?? '' }}>
      <Form.Item
        name="text"
        label={t('evaluation.self.label')}
        extra={t('evaluation.self.hint')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.self.required') },
          { max: 5000, message: t('evaluation.self.tooLong') },
        ]}
      >
        <Input.TextArea rows={6} aria-label={t('evaluation.self.label')} />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" block loading={state.fetching} onClick={submit}>
        {campaign.viewerSelfAssessed ? t('evaluation.self.update') : t('evaluation.self.submit')}
      </Button>
    </Form>
  );
}

/** 党员互评: one grade for each colleague, with an optional comment; anonymous, submitted once. */
export function PeerRatingForm({ campaign, selfId, onDone }: { campaign: Campaign; selfId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const colleagues = campaign.members.filter((m) => m.memberId !== selfId);
  const [grades, setGrades] = useState<Record<string, EvaluationGrade>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [state, exec] = useMutation(SubmitPeerRatingsMutation);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const missing = colleagues.filter((m) => !grades[m.memberId]).length;
  const submit = async () => {
    setConfirming(false);
    setError(null);
    const ratings = colleagues.map((m) => ({ memberId: m.memberId, grade: grades[m.memberId]!, comment: comments[m.memberId]?.trim() || null }));
    const res = await exec({ input: { campaignId: campaign.id, ratings } });
    if (res.error) {
      setError(serverErrorText(res.error, t));
      return;
    }
    message.success(t('evaluation.peer.submitted'));
    onDone();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('evaluation.peer.anonymous')} />
      <List
        aria-label={t('evaluation.peer.title')}
        dataSource={colleagues}
        renderItem={(m) => (
          <List.Item key={m.memberId} data-testid="evaluation-peer-row">
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Typography.Text strong>{m.name}</Typography.Text>
              <Radio.Group
                aria-label={t('evaluation.peer.gradeFor', { name: m.name })}
                value={grades[m.memberId]}
                onChange={(e) => setGrades((g) => ({ ...g, [m.memberId]: e.target.value as EvaluationGrade }))}
                optionType="button"
                size="small"
                options={GRADES.map((g) => ({ value: g, label: t(`evaluation.grades.${g}`) }))}
              />
              <Input
                size="small"
                maxLength={500}
                placeholder={t('evaluation.peer.comment')}
                aria-label={t('evaluation.peer.commentFor', { name: m.name })}
                value={comments[m.memberId] ?? ''}
                onChange={(e) => setComments((c) => ({ ...c, [m.memberId]: e.target.value }))}
              />
            </Space>
          </List.Item>
        )}
      />
      {missing > 0 && <Typography.Text type="secondary">{t('evaluation.peer.missing', { count: missing })}</Typography.Text>}
      {error && <Alert type="error" showIcon message={error} />}
      <Button type="primary" block disabled={missing > 0} loading={state.fetching} onClick={() => setConfirming(true)}>
        {t('evaluation.peer.submit')}
      </Button>
      <Modal open={confirming} title={t('evaluation.peer.confirmTitle')} okText={t('evaluation.peer.confirmOk')} cancelText={t('common.cancel')} onOk={submit} onCancel={() => setConfirming(false)}>
        {t('evaluation.peer.confirmBody')}
      </Modal>
    </Space>
  );
}

/** One campaign from the member's side: what is asked of them now, or their result. */
function CampaignCard({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const { t } = useTranslation();
  const selfId = useViewer().viewer.member?.id ?? null;
  let body: React.ReactNode;
  switch (campaign.stage) {
    case 'SELF_ASSESSMENT':
      body = <SelfAssessmentForm campaign={campaign} onDone={onDone} />;
      break;
    case 'PEER_REVIEW':
      body = campaign.viewerPeerSubmitted ? (
        <Result status="success" title={t('evaluation.peer.done')} subTitle={t('evaluation.peer.doneHint')} />
      ) : (
        <PeerRatingForm campaign={campaign} selfId={selfId} onDone={onDone} />
      );
      break;
    case 'CLOSED': {
      const own = campaign.members.find((m) => m.finalGrade != null);
      body = own?.finalGrade ? (
        <Result status="info" title={t('evaluation.result.title', { grade: t(`evaluation.grades.${own.finalGrade}`) })} subTitle={own.finalReason ?? undefined} />
      ) : (
        <Empty description={t('evaluation.result.none')} />
      );
      break;
    }
    default:
      body = <Typography.Paragraph type="secondary">{t('evaluation.waiting')}</Typography.Paragraph>;
  }
  return (
    <Card size="small" title={campaign.title} extra={<StageTag stage={campaign.stage} />} data-testid="evaluation-campaign">
      <Typography.Paragraph type="secondary">{campaign.orgName}</Typography.Paragraph>
      {body}
    </Card>
  );
}

/** 我的民主评议: the campaigns the member is evaluated in (made for a phone). */
export default function MyEvaluationPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyEvaluationQuery, requestPolicy: 'cache-and-network' });
  const list = data?.myEvaluation ?? [];
  return (
    <div className="tx-evaluation-mine" style={{ maxWidth: 720 }}>
      <Typography.Title level={2} className="tx-page-title">
        {t('evaluation.mine.title')}
      </Typography.Title>
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data && <Spin />}
      {data && list.length === 0 && <Empty description={t('evaluation.mine.empty')} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {list.map((c) => (
          <CampaignCard key={c.id} campaign={c} onDone={() => refetch({ requestPolicy: 'network-only' })} />
        ))}
      </Space>
    </div>
  );
}
