import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ObjectToStageTransitionMutation } from './operations';
import { MAX_OBJECTION } from './pipeline';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['text'] as const;

/** What the notification said (passed along by its link), to remind the member what they object to. */
interface Announced {
  title?: string;
  body?: string;
}

/**
 * 提出意见 (`/pipeline/objection/:transitionId`, from a 公示 notification): any party member of
 * the branch writes an objection, recorded for the upper org. Outside the branch, or after the
 * 公示, the server says so.
 */
export default function PipelineObjectionPage() {
  const { t } = useTranslation();
  const { transitionId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const announced = (location.state ?? null) as Announced | null;
  const [form] = Form.useForm<{ text: string }>();
  const object = useFormMutation(ObjectToStageTransitionMutation, form, FIELDS);
  const [done, setDone] = useState(false);

  const submit = async (v: { text: string }) => {
    const { data } = await object.submit({ input: { transitionId, text: v.text.trim() } });
    if (data) setDone(true);
  };

  const e = object.error;
  const problem = !e
    ? null
    : e.code === 'NOT_FOUND'
      ? t('pipeline.objection.notInScope')
      : e.code === 'CONFLICT'
        ? (e.detail ?? e.message)
        : null;

  if (done) {
    return (
      <Result
        status="success"
        title={t('pipeline.objection.done')}
        subTitle={t('pipeline.objection.doneBody')}
        extra={
          <Button onClick={() => navigate('/notifications')}>{t('pipeline.objection.backToInbox')}</Button>
        }
      />
    );
  }

  return (
    <div className="tx-pipeline tx-pipeline-objection">
      <Typography.Title level={2} className="tx-page-title">
        {t('pipeline.objection.title')}
      </Typography.Title>
      {announced?.title && (
        <Card size="small" className="tx-meeting-card" title={announced.title}>
          {announced.body && <Typography.Paragraph className="tx-inbox-text">{announced.body}</Typography.Paragraph>}
        </Card>
      )}
      <Typography.Paragraph type="secondary">{t('pipeline.objection.help')}</Typography.Paragraph>
      {problem ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} data-testid="objection-problem" />
      ) : (
        e && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={e.message} description={e.detail} />
      )}
      <Form name="pipeline-objection" form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="text" label={t('pipeline.objection.text')} rules={[required(t, t('pipeline.objection.text')), maxLen(t, MAX_OBJECTION)]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={MAX_OBJECTION} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={object.fetching} data-testid="objection-submit">
          {t('pipeline.objection.submit')}
        </Button>
      </Form>
    </div>
  );
}
