import { App as AntApp, Button, Card, Empty, Form, Input, Popconfirm, Result, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ChatWordsQuery, RemoveChatWordMutation, SetChatWordMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import type { ChatWordAction, ChatWordsQuery as WordsData } from '../../gql/graphql';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

type Word = WordsData['chatWords'][number];

/** What can happen to a message with the word (`chatWords.actions.*`). */
export const WORD_ACTIONS: ChatWordAction[] = ['BLOCK', 'MASK'];
/** The server's limit on a word, in characters. */
export const MAX_WORD = 50;
const ACTION_COLORS: Record<ChatWordAction, string> = { BLOCK: 'red', MASK: 'orange' };
const FIELDS = ['word', 'action'] as const;

/**
 * 敏感词 (`/settings/chat-words`, tenant admins): the words messages are checked against —
 * 拦截 refuses the message (the sender is told which word), 打码 replaces the word by asterisks.
 * Adding a word that exists changes its action.
 */
export default function ChatWordsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { can } = useViewer();
  const allowed = can('tenant:write');
  const [{ data, fetching, error }, refetch] = useQuery({ query: ChatWordsQuery, pause: !allowed });
  const [form] = Form.useForm<{ word: string; action: ChatWordAction }>();
  const add = useFormMutation(SetChatWordMutation, form, FIELDS);
  const [, remove] = useMutation(RemoveChatWordMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!allowed) {
    return <Result status="403" title={t('chatWords.title')} subTitle={t('chatWords.noPermission')} />;
  }

  const onAdd = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const res = await add.submit({ input: { word: v.word.trim(), action: v.action } });
    if (res.data) {
      void message.success(t('chatWords.saved', { word: res.data.setChatWord.word }));
      form.resetFields(['word']);
      reload();
    }
  };

  const onRemove = async (w: Word) => {
    const res = await remove({ word: w.word });
    if (res.error) {
      const e = describeError(res.error, t);
      void message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    void message.success(t('chatWords.removed', { word: w.word }));
    reload();
  };

  const e = describeError(error, t);

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('chatWords.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('chatWords.intro')}</Typography.Paragraph>
      <Card title={t('chatWords.addTitle')} style={{ marginBottom: 16 }}>
        <FormError error={add.error} extra={add.leftovers} />
        <Form form={form} layout="inline" requiredMark={false} initialValues={{ action: 'BLOCK' }} className="tx-words-form" onFinish={() => void onAdd()}>
          <Form.Item name="word" label={t('chatWords.word')} rules={[required(t, t('chatWords.word')), maxLen(t, MAX_WORD)]}>
            <Input maxLength={MAX_WORD} placeholder={t('chatWords.wordPlaceholder')} />
          </Form.Item>
          <Form.Item name="action" label={t('chatWords.action')}>
            <Select
              style={{ minWidth: 120 }}
              options={WORD_ACTIONS.map((a) => ({ value: a, label: t(`chatWords.actions.${a}`) }))}
              aria-label={t('chatWords.action')}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={add.fetching}>
              {t('chatWords.add')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('chatWords.actionHelp')}
        </Typography.Paragraph>
      </Card>
      {e && <FormError error={e} />}
      <Table<Word>
        rowKey="word"
        loading={fetching && !data}
        dataSource={data?.chatWords ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('chatWords.empty')} /> }}
        columns={[
          { title: t('chatWords.word'), dataIndex: 'word' },
          {
            title: t('chatWords.action'),
            dataIndex: 'action',
            render: (a: ChatWordAction) => <Tag color={ACTION_COLORS[a]}>{t(`chatWords.actions.${a}`, { defaultValue: a })}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, w) => (
              <Popconfirm
                title={t('chatWords.removeConfirm', { word: w.word })}
                okText={t('chatWords.remove')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => onRemove(w)}
              >
                <Button size="small" danger>
                  {t('chatWords.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </div>
  );
}
