import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_REPLY } from './notices';
import { notice } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import NoticeDetailPage from './NoticeDetailPage';

function setup(n: ReturnType<typeof notice>, acknowledge: (vars: Record<string, unknown>) => Reply = () => ({ data: null })) {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Notice') return { data: { notice: n } };
    if (op.operationName === 'AcknowledgeNotice') return acknowledge(op.variables);
    return { data: null };
  });
  renderPage(<NoticeDetailPage />, { client: mock.client, path: `/notices/${n.id}`, route: '/notices/:id' });
  return mock;
}

describe('NoticeDetailPage', () => {
  it('shows the sanitised body, who issued it, the deadline, attachments and the receipt', async () => {
    setup(
      notice({
        attachments: [
          { id: 'f1', name: '活动方案.docx', contentType: 'application/msword', size: 20480, isImage: false, url: '/files/f1?sig=1' },
        ],
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: '关于开展主题党日活动的通知' })).toBeInTheDocument();
    const body = screen.getByTestId('notice-body');
    expect(within(body).getByText('本周五').tagName).toBe('B');
    expect(screen.getByText('第一党支部', { selector: '.ant-descriptions-item-content *, .ant-descriptions-item-content' })).toBeInTheDocument();
    expect(screen.getByTestId('notice-deadline')).toHaveTextContent('2099-06-20 18:00');
    const link = screen.getByRole('link', { name: '下载 活动方案.docx' });
    expect(link).toHaveAttribute('href', '/files/f1?sig=1');
    expect(screen.getByTestId('notice-receipt')).toHaveTextContent('阅读时间2026-06-01 11:00');
    expect(screen.getByTestId('notice-receipt')).toHaveTextContent('未确认');
    // Not a board viewer: no link to the board.
    expect(screen.queryByRole('button', { name: /回执看板/ })).toBeNull();
  });

  it('acknowledges with a short reply, counting characters and refusing more than 200', async () => {
    const { sent } = setup(notice(), () => ({
      data: {
        acknowledgeNotice: {
          notice: {
            id: 'n1',
            myReceipt: { deliveredAt: '2026-06-01T02:00:00Z', readAt: '2026-06-01T03:00:00Z', acknowledgedAt: '2026-06-01T04:00:00Z', reply: '收到，准时参加' },
          },
        },
      },
    }));
    const reply = await screen.findByRole('textbox', { name: '回复（可选）' });
    const submit = screen.getByRole('button', { name: /确认收到/ });
    expect(screen.getByTestId('ack-count')).toHaveTextContent(`0 / ${MAX_REPLY}`);

    fireEvent.change(reply, { target: { value: '好'.repeat(MAX_REPLY + 1) } });
    expect(screen.getByTestId('ack-count')).toHaveTextContent(`${MAX_REPLY + 1} / ${MAX_REPLY}`);
    expect(submit).toBeDisabled();

    fireEvent.change(reply, { target: { value: '  收到，准时参加 ' } });
    expect(screen.getByTestId('ack-count')).toHaveTextContent(`7 / ${MAX_REPLY}`);
    fireEvent.click(submit);
    await waitFor(() => expect(named(sent, 'AcknowledgeNotice')).toHaveLength(1));
    expect(named(sent, 'AcknowledgeNotice')[0].variables).toEqual({ input: { noticeId: 'n1', reply: '收到，准时参加' } });

    // The form goes; the receipt shows the acknowledgement and the reply.
    expect(await screen.findByTestId('receipt-acknowledged')).toHaveTextContent('2026-06-01 12:00');
    expect(screen.getByTestId('notice-receipt')).toHaveTextContent('我的回复收到，准时参加');
    expect(screen.queryByTestId('notice-ack')).toBeNull();
    expect(await screen.findByText('已确认收到')).toBeInTheDocument();
  });

  it('sends no reply when none is written, and shows the server refusing', async () => {
    const { sent } = setup(notice(), () => ({
      data: null,
      errors: [{ message: '通知已撤回', path: ['acknowledgeNotice'], extensions: { code: 'CONFLICT' } }],
    }));
    fireEvent.click(await screen.findByRole('button', { name: /确认收到/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('通知已撤回');
    expect(named(sent, 'AcknowledgeNotice')[0].variables).toEqual({ input: { noticeId: 'n1', reply: null } });
    expect(screen.getByTestId('notice-ack')).toBeInTheDocument();
  });

  it('offers nothing to acknowledge once acknowledged, or when none is asked', async () => {
    setup(notice({ ackRequired: false, ackDeadline: null }));
    expect(await screen.findByTestId('notice-receipt')).toBeInTheDocument();
    expect(screen.queryByTestId('notice-ack')).toBeNull();
    expect(screen.queryByTestId('notice-deadline')).toBeNull();
  });

  it('says a withdrawn notice was withdrawn, and why, instead of its body', async () => {
    setup(notice({ status: 'WITHDRAWN', withdrawnAt: '2026-06-02T01:00:00Z', withdrawReason: '时间调整，另行通知', body: '' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('该通知已撤回');
    expect(alert).toHaveTextContent('撤回原因：时间调整，另行通知');
    expect(screen.queryByTestId('notice-body')).toBeNull();
    expect(screen.queryByTestId('notice-ack')).toBeNull();
  });

  it('links board viewers to the board', async () => {
    setup(notice({ viewerCanSeeBoard: true }));
    fireEvent.click(await screen.findByRole('button', { name: /回执看板/ }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/notices/n1/board');
  });
});
