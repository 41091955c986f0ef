import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { reporterReport } from './fixtures';
import ReportFollowupPage from './ReportFollowupPage';

const error = (code: string, message: string): Reply => ({ data: null, errors: [{ message, path: ['reportByReceipt'], extensions: { code } }] });

function setup(handler: (op: SentOperation) => Reply) {
  const mock = mockClient(handler);
  // No viewer: the page is for visitors without a session.
  renderPage(<ReportFollowupPage />, { client: mock.client, path: '/report-followup', route: '/report-followup' });
  return mock;
}

async function lookUp(code: string) {
  fireEvent.change(await screen.findByLabelText('查询码'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: '查询' }));
}

describe('ReportFollowupPage (检举控告答复查询)', () => {
  it('says a wrong code is wrong (or the report deleted after its retention)', async () => {
    const mock = setup(() => error('NOT_FOUND', '未找到'));
    await lookUp('1234 5678 9012 3456 7890');
    expect(await screen.findByTestId('followup-error')).toHaveTextContent('查询码不正确或报告已按保存期限删除');
    expect(named(mock.sent, 'ReportByReceipt')[0].variables).toEqual({ receiptCode: '12345678901234567890' });
  });

  it('says to wait after too many tries', async () => {
    setup(() => error('RATE_LIMITED', 'too many'));
    await lookUp('1234-5678-9012-3456-7890');
    expect(await screen.findByTestId('followup-error')).toHaveTextContent('尝试次数过多，请稍后再试');
  });

  it('asks for 20 digits before asking the server', async () => {
    const mock = setup(() => error('NOT_FOUND', '未找到'));
    await lookUp('1234 5678');
    expect(await screen.findByText('查询码应为 20 位数字')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('查询码'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('请输入查询码')).toBeInTheDocument();
    expect(named(mock.sent, 'ReportByReceipt')).toHaveLength(0);
  });

  it('shows the report and its conversation, replies by the code, and keeps the code out of the address and storage', async () => {
    const mock = setup((op) => {
      if (op.operationName === 'ReportByReceipt') return { data: { reportByReceipt: reporterReport() } };
      if (op.operationName === 'ReplyByReceipt') {
        const r = reporterReport();
        return {
          data: {
            replyByReceipt: reporterReport({
              messages: [...r.messages, { __typename: 'ReportMessage', id: 'msg3', author: 'REPORTER', handlerName: null, body: '另附说明。', createdAt: '2026-03-04T03:00:00Z' }],
            }),
          },
        };
      }
      return { data: null };
    });
    await lookUp(' 1234-5678 9012-3456 7890 ');
    const report = await screen.findByTestId('followup-report');
    expect(screen.getByTestId('followup-title')).toHaveTextContent('第一党支部违规发放津贴');
    expect(screen.getByTestId('followup-status')).toHaveTextContent('待受理');
    expect(report).toHaveTextContent('受理期限');
    const messages = screen.getAllByTestId('report-message');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toHaveTextContent('我');
    expect(messages[0]).toHaveTextContent('补充：发放时间为二月底。');
    expect(messages[1]).toHaveTextContent('纪检人员');
    expect(messages[1]).toHaveTextContent('已收到，正在核查。');

    fireEvent.change(within(report).getByLabelText('回复或补充材料'), { target: { value: ' 另附说明。 ' } });
    fireEvent.click(within(report).getByRole('button', { name: '发送' }));
    await waitFor(() => expect(screen.getAllByTestId('report-message')).toHaveLength(3));
    expect(named(mock.sent, 'ReplyByReceipt')[0].variables).toEqual({ input: { receiptCode: '12345678901234567890', body: '另附说明。' } });

    expect(window.location.href).not.toContain('1234');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('12345678901234567890');

    // 退出查询 forgets it.
    fireEvent.click(screen.getByRole('button', { name: '退出查询' }));
    expect(await screen.findByLabelText('查询码')).toHaveValue('');
    expect(document.body.textContent).not.toContain('1234 5678');
  });

  it('shows a refusal of a reply in place', async () => {
    setup((op) =>
      op.operationName === 'ReportByReceipt'
        ? { data: { reportByReceipt: reporterReport() } }
        : { data: null, errors: [{ message: 'too many', path: ['replyByReceipt'], extensions: { code: 'RATE_LIMITED' } }] },
    );
    await lookUp('12345678901234567890');
    const report = await screen.findByTestId('followup-report');
    fireEvent.change(within(report).getByLabelText('回复或补充材料'), { target: { value: '补充' } });
    fireEvent.click(within(report).getByRole('button', { name: '发送' }));
    expect(await within(report).findByRole('alert')).toHaveTextContent('尝试次数过多，请稍后再试');
  });
});
