import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { ORGS } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { RECEIPT } from './fixtures';
import SubmitReportPage from './SubmitReportPage';

function setup(submit: (op: SentOperation) => Reply = () => ({ data: { submitReport: { __typename: 'SubmitReportPayload', receiptCode: RECEIPT, report: null } } })) {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'MemberSearch') return { data: { members: { edges: [] } } };
    if (op.operationName === 'SubmitReport') return submit(op);
    return { data: null };
  });
  renderPage(<SubmitReportPage />, { client: mock.client, path: '/reports/new', route: '/reports/new', viewer: MEMBER_VIEWER });
  return mock;
}

/** Chooses 组织 and the unit `name`, anonymous, with a title and a body. */
async function fillAnonymousAboutOrg(name: string) {
  fireEvent.click(await screen.findByRole('radio', { name: '组织' }));
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: '被反映组织' }));
  fireEvent.click(await screen.findByTitle(new RegExp(`^${name}`)));
  fireEvent.click(screen.getByRole('radio', { name: '匿名提交' }));
  fireEvent.change(screen.getByLabelText('标题'), { target: { value: ' 违规发放购物卡 ' } });
  fireEvent.change(screen.getByLabelText('反映内容'), { target: { value: '二月底以活动经费名义发放购物卡。' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SubmitReportPage (我要检举控告)', () => {
  it('explains anonymous mode, uploads the evidence, asks before sending and shows the receipt code once', async () => {
    const upload = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ token: 'tok-1' }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', upload);
    const mock = setup();

    await fillAnonymousAboutOrg('第一党支部');
    expect(await screen.findByTestId('anonymous-help')).toHaveTextContent('匿名提交时系统不记录您的身份、会话、IP 或设备');
    expect(screen.getByTestId('anonymous-help')).toHaveTextContent('查询码遗失后无法找回');
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['evidence'], '照片.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText(/照片\.jpg/)).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('report-submit'));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('确认提交检举控告？');
    expect(confirm).toHaveTextContent('您选择了匿名提交');
    expect(named(mock.sent, 'SubmitReport')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: '提交' }));

    const code = await screen.findByTestId('receipt-code');
    expect(code.textContent).toBe(RECEIPT);
    expect(screen.getByText(/查询码只显示这一次/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '凭查询码查看答复' })).toHaveAttribute('href', '/report-followup');
    // Anonymous: no link to the real-name list.
    expect(screen.queryByRole('link', { name: '我的检举控告' })).toBeNull();

    expect(upload).toHaveBeenCalledTimes(1);
    expect(upload.mock.calls[0][0]).toBe('/reports/files?name=%E7%85%A7%E7%89%87.jpg');
    expect(named(mock.sent, 'SubmitReport')[0].variables.input).toEqual({
      accusedMemberId: null,
      organizationId: 'o1',
      anonymous: true,
      title: '违规发放购物卡',
      body: '二月底以活动经费名义发放购物卡。',
      fileTokens: ['tok-1'],
    });
    // Kept nowhere but on the screen.
    expect(JSON.stringify({ ...localStorage })).not.toContain('1234');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('1234');

    // Once gone, it is not shown again.
    fireEvent.click(screen.getByRole('button', { name: '再提交一件' }));
    await waitFor(() => expect(screen.queryByTestId('receipt-code')).toBeNull());
    expect(document.body.textContent).not.toContain(RECEIPT);
    expect(screen.getByTestId('report-submit')).toBeInTheDocument();
  });

  it('copies the code, and says so when the clipboard refuses', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    setup(() => ({ data: { submitReport: { __typename: 'SubmitReportPayload', receiptCode: RECEIPT, report: { __typename: 'ReporterReport', id: 'r1', title: 't', status: 'RECEIVED', statusLabel: '待受理', createdAt: '2026-03-02T02:00:00Z', acceptanceDueAt: '2026-03-16T02:00:00Z', messages: [] } } } }));
    fireEvent.change(await screen.findByLabelText('标题'), { target: { value: '标题' } });
    fireEvent.click(screen.getByRole('radio', { name: '组织' }));
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: '被反映组织' }));
    fireEvent.click(await screen.findByTitle(/^集团党委/));
    fireEvent.change(screen.getByLabelText('反映内容'), { target: { value: '内容' } });
    fireEvent.click(screen.getByTestId('report-submit'));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('您选择了实名提交');
    fireEvent.click(within(confirm).getByRole('button', { name: '提交' }));
    await screen.findByTestId('receipt-code');
    // Real-name: the list of one's own reports.
    expect(screen.getByRole('link', { name: '我的检举控告' })).toHaveAttribute('href', '/reports/mine');

    fireEvent.click(screen.getByText('复制查询码'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(RECEIPT));
    expect(await screen.findByText('查询码已复制')).toBeInTheDocument();

    // No clipboard (plain http) and no selection copy either: write it down.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    fireEvent.click(screen.getByText('复制查询码'));
    expect(await screen.findByText('无法自动复制，请手动抄写查询码')).toBeInTheDocument();
    expect(screen.getByTestId('receipt-code').textContent).toBe(RECEIPT);
  });

  it('sends nothing while required fields are missing', async () => {
    const mock = setup();
    fireEvent.click(await screen.findByTestId('report-submit'));
    expect(await screen.findByText('请选择被反映人')).toBeInTheDocument();
    expect(screen.getByText('请输入标题')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(named(mock.sent, 'SubmitReport')).toHaveLength(0);
  });
});
