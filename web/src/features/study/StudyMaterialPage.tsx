import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App as AntApp, Button, Card, Empty, Input, List, Progress, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { formatDateTime } from '../../lib/format';
import { FinishStudyMaterialMutation, SaveStudyNoteMutation, StudyMaterialQuery, StudyNotesQuery } from './operations';
import { duration, percent } from './study';
import { useStudyHeartbeat } from './useStudyHeartbeat';

const NOTE_MAX = 2000;
const NOTES_PAGE = 10;

/** 心得: my note (private or shared) and the shared notes of others. */
function Notes({ materialId }: { materialId: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const cursors = usePageCursors();
  const [{ data }, refetch] = useQuery({
    query: StudyNotesQuery,
    variables: { materialId, first: NOTES_PAGE, after: cursors.after },
    requestPolicy: 'cache-and-network',
  });
  const notes = data?.studyNotes.edges.map((e) => e.node) ?? [];
  const mine = notes.find((n) => n.mine);
  const [body, setBody] = useState<string | null>(null);
  const [shared, setShared] = useState<boolean | null>(null);
  const [{ fetching }, save] = useMutation(SaveStudyNoteMutation);
  const text = body ?? mine?.body ?? '';
  const share = shared ?? mine?.shared ?? false;
  const submit = async () => {
    if (!text.trim()) {
      void message.error(t('study.notes.required'));
      return;
    }
    const res = await save({ input: { materialId, body: text.trim(), shared: share } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('study.notes.saved'));
      setBody(null);
      setShared(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Card title={t('study.notes.title')} style={{ marginTop: 12 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          rows={4}
          maxLength={NOTE_MAX}
          showCount
          value={text}
          onChange={(e) => setBody(e.target.value)}
          placeholder={t('study.notes.placeholder')}
          aria-label={t('study.notes.label')}
        />
        <Space wrap>
          <Switch checked={share} onChange={setShared} aria-label={t('study.notes.share')} />
          <Typography.Text>{t('study.notes.share')}</Typography.Text>
          <Button type="primary" loading={fetching} onClick={submit}>
            {mine ? t('study.notes.update') : t('study.notes.save')}
          </Button>
        </Space>
        <List
          dataSource={notes}
          rowKey="id"
          locale={{ emptyText: <Empty description={t('study.notes.empty')} /> }}
          renderItem={(n) => (
            <List.Item data-testid="study-note">
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <span>{n.memberName}</span>
                    {n.mine && <Tag>{n.shared ? t('study.notes.sharedTag') : t('study.notes.privateTag')}</Tag>}
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{n.body}</Typography.Paragraph>
                    <Typography.Text type="secondary">{formatDateTime(n.updatedAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
        <CursorPager cursors={cursors} pageInfo={data?.studyNotes.pageInfo} />
      </Space>
    </Card>
  );
}

/**
 * A material (`/study/materials/:id`, made for phones): the article, the video link or the file,
 * a progress indicator driven by the heartbeat (reported every 15 s while the page is visible),
 * 完成学习 when no reading time is asked, and 心得.
 */
export default function StudyMaterialPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { id } = useParams<{ id: string }>();
  const [{ data, error, fetching }] = useQuery({ query: StudyMaterialQuery, variables: { id: id ?? '' }, pause: !id });
  const m = data?.studyMaterial;
  const progress = m?.myProgress;
  const completed = progress?.completed ?? false;
  useStudyHeartbeat(m?.id, completed);
  const [{ fetching: finishing }, finish] = useMutation(FinishStudyMaterialMutation);
  const e = describeError(error, t);
  if (fetching && !m) return <PageSpinner />;
  if (!m) return <Alert type="error" showIcon title={e ? errorText(e) : t('study.material.notFound')} />;
  const required = m.requiredSeconds ?? null;
  const seconds = progress?.seconds ?? 0;
  const onFinish = async () => {
    const res = await finish({ input: { materialId: m.id } });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else void message.success(t('study.material.finished'));
  };
  return (
    <div className="tx-page tx-study">
      <PageHeader title={m.title} />
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Tag>{t(`study.kinds.${m.kind}`)}</Tag>
            <Typography.Text type="secondary">{m.organizationName}</Typography.Text>
          </Space>
          {m.summary && <Typography.Paragraph type="secondary">{m.summary}</Typography.Paragraph>}
          <div data-testid="study-progress">
            {completed ? (
              <Tag color="success">{t('study.completed')}</Tag>
            ) : required != null ? (
              <Typography.Text>{t('study.material.needed', { done: duration(seconds), total: duration(required) })}</Typography.Text>
            ) : (
              <Typography.Text>{t('study.material.noTime')}</Typography.Text>
            )}
            <Progress percent={completed ? 100 : required != null ? percent(seconds, required) : 0} aria-label={t('study.home.progress')} />
          </div>
          {!completed && required == null && (
            <Button type="primary" loading={finishing} onClick={onFinish}>
              {t('study.material.finish')}
            </Button>
          )}
        </Space>
      </Card>
      <Card style={{ marginTop: 12 }}>
        {m.kind === 'ARTICLE' && <div className="tx-richtext" data-testid="study-body" dangerouslySetInnerHTML={{ __html: m.body }} />}
        {m.kind === 'VIDEO' && m.videoUrl && (
          <Space orientation="vertical">
            <Typography.Text>{t('study.material.videoLength', { length: duration(m.durationSeconds ?? 0) })}</Typography.Text>
            <a href={m.videoUrl} target="_blank" rel="noopener noreferrer">
              {t('study.material.watch')}
            </a>
          </Space>
        )}
        {m.kind === 'FILE' && (
          <Space orientation="vertical">
            <Typography.Text>{m.fileName}</Typography.Text>
            {m.fileUrl && (
              <a href={m.fileUrl} target="_blank" rel="noopener noreferrer">
                {t('study.material.download')}
              </a>
            )}
          </Space>
        )}
      </Card>
      <Notes materialId={m.id} />
    </div>
  );
}
