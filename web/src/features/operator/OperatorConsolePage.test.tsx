import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATOR_TOKEN_KEY } from './operatorToken';
import { renderOperator } from '../../test/operator';
import type { Reply, SentOperation } from '../../test/render';

const LONG_ERROR =
  'SMTP 服务器拒绝了收件人：550 5.1.1 <nobody@example.cn>: Recipient address rejected: User unknown in virtual mailbox table\n  at send_mail (worker/src/mail.rs:88)';

const QUEUE = {
  queueHealth: {
    runnable: 4,
    running: 1,
    dead: 2,
    oldestRunnableSeconds: 125.4,
    deadJobs: [
      {
        id: '17',
        task: 'send_mail',
        attempts: 25,
        lastError: LONG_ERROR,
        key: 'mail:reset:abc',
        createdAt: '2026-01-01T16:30:00Z',
        updatedAt: '2026-01-02T01:05:00Z',
      },
      {
        id: '18',
        task: 'digest',
        attempts: 3,
        lastError: null,
        key: null,
        createdAt: '2026-01-01T16:30:00Z',
        updatedAt: '2026-01-01T16:31:00Z',
      },
    ],
  },
};

const tenant = (n: number, status = 'active') => ({
  id: `0195-tenant-${n}`,
  slug: `acme-${n}`,
  name: `Acme 集团 ${n}`,
  status,
  memberCount: n * 10,
  createdAt: '2026-03-01T02:00:00Z',
});

function tenantsPage(nodes: ReturnType<typeof tenant>[], hasNextPage: boolean) {
  return {
    data: {
      tenants: {
        edges: nodes.map((node) => ({ cursor: node.id, node })),
        pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
      },
    },
  };
}

function answer(op: SentOperation): Reply {
  switch (op.operationName) {
    case 'QueueHealth':
      return { data: QUEUE };
    case 'OperatorTenants':
      return op.variables.after ? tenantsPage([tenant(3, 'suspended')], false) : tenantsPage([tenant(1), tenant(2)], true);
    case 'SetTenantSuspended':
      return { data: { setTenantSuspended: true } };
    default:
      return { data: null };
  }
}

/** Enter, down and up: the input takes no second Enter until the first is released. */
function pressEnter(input: HTMLElement) {
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

const count = (sent: SentOperation[], name: string) => sent.filter((o) => o.operationName === name).length;

/** The button labelled `name` in `container` (by text: role queries are slow on antd tables in jsdom). */
function button(container: HTMLElement, name: string): HTMLButtonElement | null {
  return (within(container).queryByText(name, { selector: 'button span' })?.closest('button') as HTMLButtonElement) ?? null;
}

async function popconfirm(): Promise<HTMLElement> {
  let pop: HTMLElement | null = null;
  await waitFor(() => {
    pop = document.querySelector<HTMLElement>('.ant-popconfirm:not(.ant-popover-hidden)');
    expect(pop).not.toBeNull();
  });
  return pop!;
}

beforeEach(() => sessionStorage.setItem(OPERATOR_TOKEN_KEY, 'op_token'));
afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('OperatorConsolePage · 任务队列', () => {
  it('shows the queue figures, the wait in words and the dead jobs, with the operator token', async () => {
    const { sent, authorization } = renderOperator('/operator', answer);
    expect(await screen.findByText('2 分 5 秒')).toBeInTheDocument();
    expect(screen.getByTestId('queue-runnable')).toHaveTextContent('待运行4');
    expect(screen.getByTestId('queue-running')).toHaveTextContent('运行中1');
    expect(screen.getByTestId('queue-dead')).toHaveTextContent('失败（死信）2');
    expect(screen.getByTestId('queue-oldest')).toHaveTextContent('最久等待2 分 5 秒');
    expect(sent[0].operationName).toBe('QueueHealth');
    expect(authorization(0)).toBe('Bearer op_token');

    const row = screen.getByText('mail:reset:abc').closest('tr')!;
    expect(row).toHaveTextContent('send_mail');
    expect(row).toHaveTextContent('25');
    // A one-line preview of the error; times in Beijing time.
    expect(row).toHaveTextContent('SMTP 服务器拒绝了收件人：550 5.1.1');
    expect(row).toHaveTextContent('…');
    expect(row).not.toHaveTextContent('virtual mailbox table');
    expect(row).toHaveTextContent('2026-01-02 00:30');
    expect(row).toHaveTextContent('2026-01-02 09:05');
    expect(screen.getByText('没有错误信息')).toBeInTheDocument();

    // The full error in the expanded row.
    fireEvent.click(within(row).getByRole('button', { name: /展开/ }));
    const full = await screen.findByTestId('dead-job-error-17');
    expect(full.textContent).toBe(LONG_ERROR);
  });

  it('says so when no job has failed', async () => {
    renderOperator('/operator', (op) =>
      op.operationName === 'QueueHealth'
        ? { data: { queueHealth: { runnable: 0, running: 0, dead: 0, oldestRunnableSeconds: 0, deadJobs: [] } } }
        : answer(op),
    );
    await waitFor(() => expect(screen.getByTestId('queue-oldest')).toHaveTextContent('最久等待0 秒'));
    expect(screen.getByText('没有失败的任务')).toBeInTheDocument();
  });

  it('refreshes every 10 seconds and on 刷新', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { sent } = renderOperator('/operator', answer);
    await screen.findByText('2 分 5 秒');
    expect(count(sent, 'QueueHealth')).toBe(1);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    await waitFor(() => expect(count(sent, 'QueueHealth')).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: /刷新/ }));
    await waitFor(() => expect(count(sent, 'QueueHealth')).toBe(3));
    expect(screen.getByText(/更新于 \d\d:\d\d:\d\d/)).toBeInTheDocument();
  });

  it('forgets the token and goes to the operator login when the server refuses it', async () => {
    renderOperator('/operator', () => ({
      data: null,
      errors: [{ message: '请先登录', path: ['queueHealth'], extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维登录' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/operator\/login$/);
    expect(sessionStorage.getItem(OPERATOR_TOKEN_KEY)).toBeNull();
  });

  it('does the same on FORBIDDEN (the account is no longer an operator)', async () => {
    renderOperator('/operator', () => ({
      data: null,
      errors: [{ message: '没有权限执行此操作', path: ['queueHealth'], extensions: { code: 'FORBIDDEN' } }],
    }));
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维登录' })).toBeInTheDocument();
    expect(sessionStorage.getItem(OPERATOR_TOKEN_KEY)).toBeNull();
  });

  it('sends the browser to the login without a token', async () => {
    sessionStorage.clear();
    const first = renderOperator('/operator', answer);
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维登录' })).toBeInTheDocument();
    expect(first.fetchFn).not.toHaveBeenCalled();
  });

  it('退出 forgets the token', async () => {
    renderOperator('/operator', answer);
    await screen.findByText('2 分 5 秒');
    fireEvent.click(screen.getByRole('button', { name: /退出/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '平台运维登录' })).toBeInTheDocument();
    expect(sessionStorage.getItem(OPERATOR_TOKEN_KEY)).toBeNull();
  });
});

describe('OperatorConsolePage · 企业', () => {
  it('lists tenants 20 at a time, loads more, and suspends one after confirming', async () => {
    const { sent } = renderOperator('/operator?tab=tenants', answer);
    const first = (await screen.findByText('Acme 集团 1')).closest('tr')!;
    expect(first).toHaveTextContent('acme-1');
    expect(first).toHaveTextContent('正常');
    expect(first).toHaveTextContent('10');
    expect(first).toHaveTextContent('2026-03-01');
    expect(sent.find((o) => o.operationName === 'OperatorTenants')?.variables).toEqual({ first: 20, after: null, search: null });
    // The queue is not polled while its tab is hidden.
    expect(count(sent, 'QueueHealth')).toBe(0);
    expect(screen.getByText('已显示 2 家企业')).toBeInTheDocument();

    fireEvent.click(button(document.body, '加载更多')!);
    const third = (await screen.findByText('Acme 集团 3')).closest('tr')!;
    expect(third).toHaveTextContent('已停用');
    expect(button(third, '恢复')).not.toBeNull();
    expect(sent.filter((o) => o.operationName === 'OperatorTenants')[1].variables).toEqual({ first: 20, after: '0195-tenant-2', search: null });
    expect(button(document.body, '加载更多')).toBeNull();
    expect(screen.getByText('已显示 3 家企业')).toBeInTheDocument();

    fireEvent.click(button(first, '停用')!);
    const pop = await popconfirm();
    expect(pop).toHaveTextContent('停用「Acme 集团 1」？');
    expect(pop).toHaveTextContent('该企业所有成员的登录会话立即失效');
    expect(count(sent, 'SetTenantSuspended')).toBe(0);
    fireEvent.click(button(pop, '停用')!);
    await waitFor(() => expect(first).toHaveTextContent('已停用'));
    expect(sent.find((o) => o.operationName === 'SetTenantSuspended')?.variables).toEqual({
      input: { tenantId: '0195-tenant-1', suspended: true },
    });
    expect(await screen.findByText('已停用「Acme 集团 1」')).toBeInTheDocument();
    expect(button(first, '恢复')).not.toBeNull();
    expect(button(first, '停用')).toBeNull();
  });

  it('searches by name or slug, starting the list over, and says when nothing matches', async () => {
    const { sent } = renderOperator('/operator?tab=tenants', (op) =>
      op.operationName === 'OperatorTenants' && op.variables.search === 'acme-2'
        ? tenantsPage([tenant(2)], false)
        : op.operationName === 'OperatorTenants' && op.variables.search
          ? tenantsPage([], false)
          : answer(op),
    );
    await screen.findByText('Acme 集团 1');
    const box = screen.getByLabelText('按企业名称或标识搜索');

    fireEvent.change(box, { target: { value: ' acme-2 ' } });
    pressEnter(box);
    await waitFor(() => expect(screen.queryByText('Acme 集团 1')).toBeNull());
    expect(await screen.findByText('Acme 集团 2')).toBeInTheDocument();
    expect(sent.filter((o) => o.operationName === 'OperatorTenants').at(-1)?.variables).toEqual({ first: 20, after: null, search: 'acme-2' });
    expect(button(document.body, '加载更多')).toBeNull();

    // Typed into, the box gains its clear button and is rendered anew: look it up again.
    const again = screen.getByLabelText('按企业名称或标识搜索');
    fireEvent.change(again, { target: { value: '不存在' } });
    pressEnter(again);
    expect(await screen.findByText('没有名称或标识包含「不存在」的企业')).toBeInTheDocument();
  });

  it('shows why a change was refused', async () => {
    renderOperator('/operator?tab=tenants', (op) =>
      op.operationName === 'SetTenantSuspended'
        ? { data: null, errors: [{ message: '对象不存在', path: ['setTenantSuspended'], extensions: { code: 'NOT_FOUND' } }] }
        : answer(op),
    );
    const first = (await screen.findByText('Acme 集团 1')).closest('tr')!;
    fireEvent.click(button(first, '停用')!);
    fireEvent.click(button(await popconfirm(), '停用')!);
    expect(await screen.findByText('对象不存在')).toBeInTheDocument();
    expect(first).toHaveTextContent('正常');
  });
});
