import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, Button, Drawer, Dropdown, Empty, Form, Grid, Modal, Popconfirm, Skeleton, Space, Tag, Typography, type MenuProps } from 'antd';
import { LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import { useClient, useMutation, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  AddConversationMembersMutation,
  ConversationMembersQuery,
  MuteMemberMutation,
  RemoveConversationMemberMutation,
  SetConversationAdminMutation,
  UnmuteMemberMutation,
} from './operations';
import { describeError, serverErrorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberMultiPicker } from '../../components/MemberPicker';
import { formatDateTime } from '../../lib/format';
import type { ConversationMembersQuery as MembersData } from '../../gql/graphql';

export type Participant = MembersData['conversationMembers']['items'][number];

/** Members loaded at a time (加载更多 for the next ones). */
export const MEMBERS_PAGE_SIZE = 50;

/** How long a mute lasts: `minutes` null is until lifted (`chat.members.muteFor.*`). */
export const MUTE_DURATIONS = [
  { key: 'm10', minutes: 10 },
  { key: 'h1', minutes: 60 },
  { key: 'd1', minutes: 1440 },
  { key: 'forever', minutes: null },
] as const;

/**
 * A conversation's members, admins first, `MEMBERS_PAGE_SIZE` at a time; `reload` asks again
 * for as many as are shown (after a change).
 */
export function useConversationMembers(conversationId: string, pause = false) {
  const client = useClient();
  const [items, setItems] = useState<Participant[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(!pause);
  const [error, setError] = useState<CombinedError | null>(null);

  const fetchPage = useCallback(
    (first: number, offset: number) =>
      client.query(ConversationMembersQuery, { conversationId, first, offset }, { requestPolicy: 'network-only' }).toPromise(),
    [client, conversationId],
  );

  const load = useCallback(
    async (count: number) => {
      setLoading(true);
      const res = await fetchPage(Math.min(200, Math.max(MEMBERS_PAGE_SIZE, count)), 0);
      setLoading(false);
      if (res.error || !res.data) {
        setError(res.error ?? null);
        return;
      }
      setError(null);
      setItems(res.data.conversationMembers.items);
      setTotal(res.data.conversationMembers.totalCount);
    },
    [fetchPage],
  );

  useEffect(() => {
    if (!pause) void load(MEMBERS_PAGE_SIZE);
  }, [load, pause]);

  const loadMore = useCallback(async () => {
    setLoading(true);
    const res = await fetchPage(MEMBERS_PAGE_SIZE, items.length);
    setLoading(false);
    if (res.error || !res.data) {
      setError(res.error ?? null);
      return;
    }
    setError(null);
    const seen = new Set(items.map((i) => i.id));
    setItems([...items, ...res.data.conversationMembers.items.filter((i) => !seen.has(i.id))]);
    setTotal(res.data.conversationMembers.totalCount);
  }, [fetchPage, items]);

  const reload = useCallback(() => load(items.length), [load, items.length]);

  return { items, total, loading, error, loadMore, reload, hasMore: items.length < total };
}

interface AddProps {
  open: boolean;
  conversationId: string;
  exclude: string[];
  onClose: () => void;
  onAdded: (count: number) => void;
}

/** 添加成员: members chosen by name. */
function AddMembersDialog({ open, conversationId, exclude, onClose, onAdded }: AddProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberIds: string[] }>();
  const [{ fetching }, add] = useMutation(AddConversationMembersMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const submit = async () => {
    const { memberIds } = await form.validateFields();
    const res = await add({ input: { conversationId, memberIds } });
    if (res.error || res.data == null) {
      setError(res.error ?? null);
      return;
    }
    form.resetFields();
    setError(null);
    onAdded(res.data.addConversationMembers);
  };
  return (
    <Modal
      open={open}
      title={t('chat.members.addTitle')}
      okText={t('chat.members.add')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError error={describeError(error, t)} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="memberIds" label={t('chat.members.addPick')} rules={[{ required: true, type: 'array', min: 1, message: t('chat.members.addRequired') }]}>
          <MemberMultiPicker exclude={exclude} aria-label={t('chat.members.addPick')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  conversationId: string;
  /** ORG, JOINT, GROUP or DIRECT: only custom groups (GROUP) manage their members. */
  kind: string;
  viewerIsAdmin: boolean;
  viewerId: string | null | undefined;
  /** The viewer left the group. */
  onLeft: () => void;
  /** Members or admins changed (the viewer may no longer be an admin). */
  onChanged?: () => void;
}

/**
 * 群成员: the members, admins first, paged. Admins mute (10 分钟, 1 小时, 1 天, 直到解除) and lift
 * mutes; in custom groups they also add and remove members and make or unmake admins, and
 * anyone may leave (退出群聊).
 */
export function MembersDrawer({ open, onClose, conversationId, kind, viewerIsAdmin, viewerId, onLeft, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const members = useConversationMembers(conversationId, !open);
  const [, mute] = useMutation(MuteMemberMutation);
  const [, unmute] = useMutation(UnmuteMemberMutation);
  const [, remove] = useMutation(RemoveConversationMemberMutation);
  const [, setAdmin] = useMutation(SetConversationAdminMutation);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const custom = kind === 'GROUP';
  const manage = custom && viewerIsAdmin;
  const screens = Grid.useBreakpoint();

  /** Runs one change; the server's refusal (its own words) shows as a message. */
  const run = async (key: string, action: () => Promise<{ error?: CombinedError }>, done: string) => {
    setBusy(key);
    const res = await action();
    setBusy(null);
    if (res.error) {
      void message.error(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
      return false;
    }
    void message.success(done);
    void members.reload();
    onChanged?.();
    return true;
  };

  const input = (memberId: string) => ({ conversationId, memberId });

  const leave = async () => {
    if (!viewerId) return;
    setBusy('leave');
    const res = await remove({ input: input(viewerId) });
    setBusy(null);
    if (res.error) {
      void message.error(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
      return;
    }
    void message.success(t('chat.members.left'));
    onLeft();
  };

  const actionsFor = (p: Participant) => {
    const self = p.id === viewerId;
    const out: ReactNode[] = [];
    if (viewerIsAdmin && !self && !p.isAdmin) {
      if (p.muted) {
        out.push(
          <Button
            key="unmute"
            size="small"
            loading={busy === `unmute-${p.id}`}
            onClick={() => void run(`unmute-${p.id}`, () => unmute({ input: input(p.id) }), t('chat.members.unmuteDone', { name: p.name }))}
          >
            {t('chat.members.unmute')}
          </Button>,
        );
      } else {
        const items: MenuProps['items'] = MUTE_DURATIONS.map((d) => ({ key: d.key, label: t(`chat.members.muteFor.${d.key}`) }));
        out.push(
          <Dropdown
            key="mute"
            trigger={['click']}
            menu={{
              items,
              onClick: ({ key }) => {
                const d = MUTE_DURATIONS.find((x) => x.key === key);
                if (d) void run(`mute-${p.id}`, () => mute({ input: { ...input(p.id), minutes: d.minutes } }), t('chat.members.muteDone', { name: p.name }));
              },
            }}
          >
            <Button size="small" loading={busy === `mute-${p.id}`} aria-label={t('chat.members.muteName', { name: p.name })}>
              {t('chat.members.mute')}
            </Button>
          </Dropdown>,
        );
      }
    }
    if (manage && !self) {
      out.push(
        <Button
          key="admin"
          size="small"
          loading={busy === `admin-${p.id}`}
          onClick={() =>
            void run(
              `admin-${p.id}`,
              () => setAdmin({ input: { ...input(p.id), admin: !p.isAdmin } }),
              p.isAdmin ? t('chat.members.unadminDone', { name: p.name }) : t('chat.members.adminDone', { name: p.name }),
            )
          }
        >
          {p.isAdmin ? t('chat.members.unmakeAdmin') : t('chat.members.makeAdmin')}
        </Button>,
        <Popconfirm
          key="remove"
          title={t('chat.members.removeConfirm', { name: p.name })}
          okText={t('chat.members.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => run(`remove-${p.id}`, () => remove({ input: input(p.id) }), t('chat.members.removed', { name: p.name }))}
        >
          <Button size="small" danger loading={busy === `remove-${p.id}`}>
            {t('chat.members.remove')}
          </Button>
        </Popconfirm>,
      );
    }
    return out;
  };

  const error = describeError(members.error, t);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('chat.members.title', { count: members.total })}
      size={screens.md === false ? '100%' : 440}
      className="tx-members-drawer"
      destroyOnHidden
      extra={
        manage ? (
          <Button icon={<UserAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('chat.members.add')}
          </Button>
        ) : null
      }
      footer={
        custom ? (
          <Popconfirm
            title={t('chat.members.leaveConfirm')}
            okText={t('chat.members.leave')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => leave()}
          >
            <Button danger block icon={<LogoutOutlined aria-hidden />} loading={busy === 'leave'}>
              {t('chat.members.leave')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      {error && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <FormError error={error} />
          <Button size="small" onClick={() => void members.reload()}>
            {t('common.retry')}
          </Button>
        </Space>
      )}
      {members.loading && members.items.length === 0 ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : members.items.length === 0 ? (
        !error && <Empty description={t('common.noData')} />
      ) : (
        <ul className="tx-members-list" aria-label={t('chat.members.listLabel')}>
          {members.items.map((p) => (
            <li key={p.id} data-testid={`participant-${p.id}`} className="tx-member-row">
              <div className="tx-member-main">
                <span className="tx-member-name">
                  {p.name}
                  {p.id === viewerId && <Typography.Text type="secondary">（{t('chat.you')}）</Typography.Text>}
                </span>
                <span className="tx-member-tags">
                  {p.isAdmin && <Tag color="gold">{t('chat.members.admin')}</Tag>}
                  {p.muted && (
                    <Tag color="red">{p.mutedUntil ? t('chat.members.mutedUntil', { time: formatDateTime(p.mutedUntil) }) : t('chat.members.mutedForever')}</Tag>
                  )}
                </span>
              </div>
              <Space size={4} wrap className="tx-member-actions">
                {actionsFor(p)}
              </Space>
            </li>
          ))}
        </ul>
      )}
      {members.hasMore && (
        <div className="tx-inbox-more">
          <Button onClick={() => void members.loadMore()} loading={members.loading}>
            {t('chat.loadMore')}
          </Button>
        </div>
      )}
      {manage && (
        <AddMembersDialog
          open={adding}
          conversationId={conversationId}
          exclude={members.items.map((i) => i.id)}
          onClose={() => setAdding(false)}
          onAdded={(count) => {
            setAdding(false);
            void message.success(t('chat.members.added', { count }));
            void members.reload();
            onChanged?.();
          }}
        />
      )}
    </Drawer>
  );
}
