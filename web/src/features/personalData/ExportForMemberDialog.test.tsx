import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { anExport } from './fixtures';
import { ExportForMemberDialog } from './ExportForMemberDialog';

describe('ExportForMemberDialog (代为导出个人信息)', () => {
  it('needs a reason of 2–200 characters, then produces the member’s export with it', async () => {
    const mock = mockClient(() => ({ data: { exportPersonalDataFor: anExport({ status: 'QUEUED', requestedBy: 'ADMIN', reason: '本人电话申请' }) } }));
    const onClose = vi.fn();
    renderPage(<ExportForMemberDialog member={{ id: 'm1', name: '张三' }} onClose={onClose} />, { client: mock.client, viewer: MEMBER_VIEWER });

    expect(await screen.findByText('代为导出个人信息：张三')).toBeInTheDocument();
    const reason = screen.getByPlaceholderText('例如：本人电话申请，无法登录');
    fireEvent.change(reason, { target: { value: '本' } });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('事由至少 2 个字')).toBeInTheDocument();
    expect(named(mock.sent, 'ExportPersonalDataFor')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: ' 本人电话申请 ' } });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    await waitFor(() => expect(named(mock.sent, 'ExportPersonalDataFor')).toHaveLength(1));
    expect(named(mock.sent, 'ExportPersonalDataFor')[0].variables).toEqual({ input: { memberId: 'm1', reason: '本人电话申请' } });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows the server’s refusal and stays open', async () => {
    const mock = mockClient(() => ({ errors: [{ message: '不存在或无权访问', extensions: { code: 'NOT_FOUND' } }] }));
    const onClose = vi.fn();
    renderPage(<ExportForMemberDialog member={{ id: 'm1', name: '张三' }} onClose={onClose} />, { client: mock.client, viewer: MEMBER_VIEWER });
    fireEvent.change(await screen.findByPlaceholderText('例如：本人电话申请，无法登录'), { target: { value: '本人申请' } });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    await waitFor(() => expect(named(mock.sent, 'ExportPersonalDataFor')).toHaveLength(1));
    expect(onClose).not.toHaveBeenCalled();
  });
});
