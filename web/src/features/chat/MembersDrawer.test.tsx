import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { MEMBERS_PAGE_SIZE, MembersDrawer, type Participant } from './MembersDrawer';

const ME = 'm-li';

function person(id: string, name: string, over: Partial<Participant> = {}): Participant {
  return { id, name, isAdmin: false, muted: false, mutedUntil: null, ...over };
}

// Admins first, as the server orders them.
const PEOPLE = [
  person(ME, '李强', { isAdmin: true }),
  person('m-wang', '王芳'),
  person('m-zhao', '赵敏', { muted: true, mutedUntil: '2026-04-01T04:00:00Z' }),
];

function setup({
  kind = 'GROUP',
  admin = true,
  members = PEOPLE,
  total = members.length,
  answer = (): Reply | null => null,
}: { kind?: string; admin?: boolean; members?: Participant[]; total?: number; answer?: (op: SentOperation) => Reply | null } = {}) {
  const onLeft = vi.fn();
  const { client, sent } = mockClient((op) => {
    const own = answer(op);
    if (own) return own;
    switch (op.operationName) {
      case 'ConversationMembers': {
        const offset = op.variables.offset as number;
        const first = op.variables.first as number;
        return { data: { conversationMembers: { items: members.slice(offset, offset + first), totalCount: total } } };
      }
      case 'MuteMember':
        return { data: { muteMember: true } };
      case 'UnmuteMember':
        return { data: { unmuteMember: true } };
      case 'SetConversationAdmin':
        return { data: { setConversationAdmin: true } };
      case 'RemoveConversationMember':
        return { data: { removeConversationMember: true } };
      case 'AddConversationMembers':
        return { data: { addConversationMembers: 1 } };
      case 'MemberSearch':
        return { data: { members: { edges: [{ node: { id: 'm-sun', name: '孙磊', organization: { name: '第一党支部' } } }] } } };
      default:
        return { data: null };
    }
  });
  renderPage(<MembersDrawer open onClose={() => {}} conversationId="c1" kind={kind} viewerIsAdmin={admin} viewerId={ME} onLeft={onLeft} />, { client });
  return { sent, onLeft };
}

const row = (id: string) => screen.getByTestId(`participant-${id}`);

describe('群成员', () => {
  it('lists the members, admins first, with who is muted until when', async () => {
    const { sent } = setup();
    expect(await screen.findByText('群成员（3）')).toBeInTheDocument();
    const rows = screen.getAllByTestId(/^participant-/);
    expect(rows.map((r) => r.dataset.testid)).toEqual(['participant-m-li', 'participant-m-wang', 'participant-m-zhao']);
    expect(within(row(ME)).getByText('管理员')).toBeInTheDocument();
    expect(within(row(ME)).getByText('（我）')).toBeInTheDocument();
    expect(within(row('m-zhao')).getByText('禁言至 2026-04-01 12:00')).toBeInTheDocument();
    expect(named(sent, 'ConversationMembers')[0].variables).toEqual({ conversationId: 'c1', first: MEMBERS_PAGE_SIZE, offset: 0 });
  });

  it('pages with 加载更多', async () => {
    const many = Array.from({ length: 60 }, (_, i) => person(`m-${i}`, `成员${i}`));
    const { sent } = setup({ members: many });
    await screen.findByTestId('participant-m-49');
    expect(screen.queryByTestId('participant-m-50')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByTestId('participant-m-59')).toBeInTheDocument();
    expect(named(sent, 'ConversationMembers')[1].variables).toEqual({ conversationId: 'c1', first: MEMBERS_PAGE_SIZE, offset: 50 });
    await waitFor(() => expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull());
  });

  it('lets admins mute for 10 分钟, 1 小时, 1 天 or until lifted, and lift a mute', async () => {
    const { sent } = setup({ kind: 'ORG' });
    await screen.findByTestId('participant-m-wang');
    // Nobody mutes themselves or another admin.
    expect(within(row(ME)).queryByRole('button', { name: /禁言/ })).toBeNull();

    for (const [label, minutes] of [
      ['10 分钟', 10],
      ['1 小时', 60],
      ['1 天', 1440],
      ['直到解除', null],
    ] as const) {
      fireEvent.click(within(row('m-wang')).getByRole('button', { name: '禁言 王芳' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: label }));
      await waitFor(() => expect(named(sent, 'MuteMember').at(-1)?.variables).toEqual({ input: { conversationId: 'c1', memberId: 'm-wang', minutes } }));
    }
    expect(named(sent, 'MuteMember')).toHaveLength(4);

    fireEvent.click(within(row('m-zhao')).getByRole('button', { name: '解除禁言' }));
    await waitFor(() => expect(named(sent, 'UnmuteMember')[0]?.variables).toEqual({ input: { conversationId: 'c1', memberId: 'm-zhao' } }));
    // An org group's members follow its unit: no adding, removing, admins or leaving.
    expect(screen.queryByRole('button', { name: '添加成员' })).toBeNull();
    expect(screen.queryByRole('button', { name: '移出' })).toBeNull();
    expect(screen.queryByRole('button', { name: '设为管理员' })).toBeNull();
    expect(screen.queryByRole('button', { name: '退出群聊' })).toBeNull();
  });

  it('lets admins of a custom group make admins, remove (asked first) and add members', async () => {
    const { sent } = setup();
    await screen.findByTestId('participant-m-wang');
    fireEvent.click(within(row('m-wang')).getByRole('button', { name: '设为管理员' }));
    await waitFor(() => expect(named(sent, 'SetConversationAdmin')[0]?.variables).toEqual({ input: { conversationId: 'c1', memberId: 'm-wang', admin: true } }));

    fireEvent.click(within(row('m-zhao')).getByRole('button', { name: '移出' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('将 赵敏 移出群聊？');
    fireEvent.click(within(confirm).getByRole('button', { name: '移出' }));
    await waitFor(() => expect(named(sent, 'RemoveConversationMember')[0]?.variables).toEqual({ input: { conversationId: 'c1', memberId: 'm-zhao' } }));

    fireEvent.click(screen.getByRole('button', { name: '添加成员' }));
    // (Drawer and modal share one aria-labelledby id under test: find the modal by its title.)
    const dialog = await waitFor(() => screen.getAllByRole('dialog').find((d) => d.textContent?.startsWith('添加群成员'))!);
    const picker = within(dialog).getByRole('combobox');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '孙' } });
    fireEvent.click(await screen.findByText('孙磊（第一党支部）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '添加成员' }));
    await waitFor(() => expect(named(sent, 'AddConversationMembers')[0]?.variables).toEqual({ input: { conversationId: 'c1', memberIds: ['m-sun'] } }));
    expect(await screen.findByText('已添加 1 位成员')).toBeInTheDocument();
  });

  it('lets a plain member only look, and leave a custom group after confirming', async () => {
    const { sent, onLeft } = setup({ admin: false, members: [person('m-wang', '王芳', { isAdmin: true }), person(ME, '李强')] });
    await screen.findByTestId('participant-m-wang');
    expect(screen.queryByRole('button', { name: /禁言/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '添加成员' })).toBeNull();
    expect(screen.queryByRole('button', { name: '移出' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '退出群聊' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('确定退出该群聊？');
    fireEvent.click(within(confirm).getByRole('button', { name: '退出群聊' }));
    await waitFor(() => expect(onLeft).toHaveBeenCalled());
    expect(named(sent, 'RemoveConversationMember')[0].variables).toEqual({ input: { conversationId: 'c1', memberId: ME } });
  });

  it('shows why the server refused, in its own words', async () => {
    const { onLeft } = setup({
      answer: (op) =>
        op.operationName === 'RemoveConversationMember'
          ? { data: null, errors: [{ message: '请先指定其他群管理员再退出', extensions: { code: 'FORBIDDEN' } }] }
          : null,
    });
    await screen.findByTestId('participant-m-wang');
    fireEvent.click(screen.getByRole('button', { name: '退出群聊' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '退出群聊' }));
    expect(await screen.findByText('请先指定其他群管理员再退出')).toBeInTheDocument();
    expect(onLeft).not.toHaveBeenCalled();
  });
});
