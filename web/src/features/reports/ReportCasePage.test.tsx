import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReportAction } from '../../gql/graphql';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type SentOperation } from '../../test/render';
import { reportCase } from './fixtures';
import ReportCasePage from './ReportCasePage';
import ReportCasesPage from './ReportCasesPage';

const ID = 'UmVwb3J0Q2FzZTox';

function setup(over: Parameters<typeof reportCase>[0] = {}) {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'ReportCase') return { data: { reportCase: reportCase(over) } };
    if (op.operationName === 'HandleReport') return { data: { handleReport: { __typename: 'ReportCasePayload', report: reportCase({ ...over, status: 'ACCEPTED' }) } } };
    if (op.operationName === 'SendReportMessage') return { data: { sendReportMessage: { __typename: 'ReportCasePayload', report: reportCase(over) } } };
    return { data: null };
  });
  renderPage(<ReportCasePage />, { client: mock.client, path: `/reports/cases/${ID}`, route: '/reports/cases/:id', viewer: MEMBER_VIEWER });
  return mock;
}

/** Opens the dialog of `label` and presses its OK. */
async function act(label: string) {
  fireEvent.click(within(await screen.findByTestId('report-actions')).getByText(label));
  const dialog = await screen.findByRole('dialog');
  return dialog;
}

describe('ReportCasePage (检举控告办理)', () => {
  it('shows the facts, deadlines, files and the trail of an anonymous report routed up', async () => {
    setup();
    expect(await screen.findByTestId('report-body')).toHaveTextContent('二月底支部以活动经费名义发放购物卡。');
    expect(screen.getByTestId('report-status')).toHaveTextContent('待受理');
    expect(screen.getAllByText('匿名').length).toBeGreaterThan(0);
    expect(screen.getByTestId('report-routed-up')).toHaveTextContent('已提级办理');
    expect(screen.getByText('转办期限')).toBeInTheDocument();
    expect(screen.getByText('受理告知期限')).toBeInTheDocument();
    expect(screen.getByText('结果反馈期限')).toBeInTheDocument();
    expect(screen.getByTestId('report-file')).toHaveAttribute('href', '/reports/files/0b6b0b9e-0000-4000-8000-000000000001');
    expect(screen.getByTestId('report-step')).toHaveTextContent('提交');
    // Result feedback only once handling has ended.
    expect(screen.getByRole('checkbox', { name: '作为办理结果反馈' })).toBeDisabled();
  });

  it.each<[ReportAction, string, string]>([
    ['NOT_ACCEPT', '不予受理', '不予受理理由'],
    ['TRANSFER', '转办', '转办机关及理由'],
  ])('asks a note for %s before sending it', async (action, label, noteLabel) => {
    const mock = setup();
    const dialog = await act(label);
    expect(dialog).toHaveTextContent(noteLabel);
    fireEvent.click(within(dialog).getByTestId('report-action-ok'));
    expect(await within(dialog).findByText(`请输入${noteLabel}`)).toBeInTheDocument();
    expect(named(mock.sent, 'HandleReport')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(noteLabel), { target: { value: ' 不属于本机关管辖，转集团纪委。 ' } });
    fireEvent.click(within(dialog).getByTestId('report-action-ok'));
    await waitFor(() => expect(named(mock.sent, 'HandleReport')).toHaveLength(1));
    expect(named(mock.sent, 'HandleReport')[0].variables).toEqual({ input: { reportId: ID, action, note: '不属于本机关管辖，转集团纪委。' } });
    // Read again afterwards.
    await waitFor(() => expect(named(mock.sent, 'ReportCase').length).toBeGreaterThanOrEqual(2));
  });

  it('accepts with an optional note, after asking', async () => {
    const mock = setup();
    const dialog = await act('受理');
    expect(dialog).toHaveTextContent('确认对“第一党支部违规发放津贴”执行“受理”？');
    expect(dialog).toHaveTextContent('办理说明（选填）');
    fireEvent.click(within(dialog).getByTestId('report-action-ok'));
    await waitFor(() => expect(named(mock.sent, 'HandleReport')).toHaveLength(1));
    expect(named(mock.sent, 'HandleReport')[0].variables).toEqual({ input: { reportId: ID, action: 'ACCEPT', note: null } });
  });

  it('sends a message as the result feedback once the report is concluded', async () => {
    const mock = setup({ status: 'CONCLUDED', availableActions: [], anonymous: false, reporterName: '李强' });
    const box = await screen.findByRole('checkbox', { name: '作为办理结果反馈' });
    expect(box).not.toBeDisabled();
    fireEvent.click(box);
    fireEvent.change(screen.getByLabelText('给检举控告人的消息'), { target: { value: '经核实，问题部分属实，已予以了结。' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    await waitFor(() => expect(named(mock.sent, 'SendReportMessage')).toHaveLength(1));
    expect(named(mock.sent, 'SendReportMessage')[0].variables).toEqual({
      input: { reportId: ID, body: '经核实，问题部分属实，已予以了结。', isResult: true },
    });
    expect(screen.getByText('当前状态下没有可办理的操作')).toBeInTheDocument();
  });

  it('offers no result feedback once 转办 has already told the reporter', async () => {
    setup({ status: 'TRANSFERRED', availableActions: [], anonymous: false, reporterName: '李强' });
    const box = await screen.findByRole('checkbox', { name: '作为办理结果反馈' });
    expect(box).toBeDisabled();
  });
});

describe('ReportCasesPage', () => {
  it('tells a member who handles nothing that they are no inspector, and filters by status', async () => {
    const mock = mockClient(() => ({ data: { reportCases: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } }));
    renderPage(<ReportCasesPage />, { client: mock.client, path: '/reports/cases', route: '/reports/cases', viewer: MEMBER_VIEWER });
    expect(await screen.findByText('您不是纪检人员，暂无需要办理的检举控告')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '状态' }));
    fireEvent.click(await screen.findByTitle('暂存待查'));
    await waitFor(() => expect(named(mock.sent, 'ReportCases').map((o) => o.variables.status)).toContain('SHELVED'));
    expect(await screen.findByText('没有符合条件的检举控告')).toBeInTheDocument();
  });

  it('lists cases with their mode, subject and overdue deadline', async () => {
    const mock = mockClient(() => ({
      data: {
        reportCases: {
          edges: [
            { cursor: 'c1', node: reportCase({ overdue: true }) },
            { cursor: 'c2', node: reportCase({ id: 'x2', title: '张某收受礼金', anonymous: false, accusedName: '张某' }) },
          ],
          pageInfo: { hasNextPage: false, endCursor: 'c2' },
        },
      },
    }));
    renderPage(<ReportCasesPage />, { client: mock.client, path: '/reports/cases', route: '/reports/cases', viewer: MEMBER_VIEWER });
    const link = await screen.findByRole('link', { name: '第一党支部违规发放津贴' });
    expect(link).toHaveAttribute('href', `/reports/cases/${ID}`);
    const first = link.closest('tr')!;
    expect(first).toHaveTextContent('匿名');
    expect(first).toHaveTextContent('已逾期');
    const second = screen.getByRole('link', { name: '张某收受礼金' }).closest('tr')!;
    expect(second).toHaveTextContent('实名');
    expect(second).toHaveTextContent('张某');
    expect(second).not.toHaveTextContent('已逾期');
  });
});
