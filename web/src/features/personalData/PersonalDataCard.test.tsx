import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { anExport, page } from './fixtures';
import { PersonalDataCard } from './PersonalDataCard';

describe('PersonalDataCard (个人信息下载)', () => {
  it('lists past exports with the download link and expiry, and an admin’s with its reason', async () => {
    const mock = mockClient(() => ({
      data: page([
        anExport(),
        anExport({ id: 'pde0', status: 'EXPIRED', downloadUrl: null, requestedBy: 'ADMIN', reason: '本人电话申请' }),
      ]),
    }));
    renderPage(<PersonalDataCard />, { client: mock.client, viewer: MEMBER_VIEWER });

    const items = await screen.findAllByTestId('personal-data-export');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('personal-data-status')).toHaveTextContent('可下载');
    expect(within(items[0]).getByTestId('personal-data-download')).toHaveAttribute('href', '/exports/personal-data/pde1.zip');
    expect(within(items[0]).getByTestId('personal-data-expires')).toHaveTextContent('有效期至');
    expect(items[0]).toHaveTextContent('2.0 KB');
    expect(within(items[1]).getByTestId('personal-data-status')).toHaveTextContent('已过期');
    expect(within(items[1]).queryByTestId('personal-data-download')).toBeNull();
    expect(items[1]).toHaveTextContent('管理员代为导出');
    expect(items[1]).toHaveTextContent('事由：本人电话申请');
    expect(screen.getByTestId('personal-data-request')).toBeEnabled();
  });

  it('requests an export, shows its progress while it runs and offers no second request', async () => {
    let requested = false;
    const mock = mockClient((op) => {
      if (op.operationName === 'RequestPersonalDataExport') {
        requested = true;
        return { data: { requestPersonalDataExport: anExport({ id: 'pde2', status: 'QUEUED', progress: 0, sectionsDone: [], downloadUrl: null }) } };
      }
      return {
        data: page(requested ? [anExport({ id: 'pde2', status: 'RUNNING', progress: 45, sectionsDone: ['profile', 'positions', 'stages'], downloadUrl: null })] : []),
      };
    });
    renderPage(<PersonalDataCard />, { client: mock.client, viewer: MEMBER_VIEWER });

    expect(await screen.findByText('还没有导出记录')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('personal-data-request'));
    await waitFor(() => expect(named(mock.sent, 'RequestPersonalDataExport')).toHaveLength(1));
    const progress = await screen.findByTestId('personal-data-progress');
    expect(progress).toHaveTextContent('45%');
    expect(progress).toHaveTextContent('已完成 3/16 部分');
    expect(screen.getByTestId('personal-data-status')).toHaveTextContent('生成中');
    expect(screen.getByTestId('personal-data-request')).toBeDisabled();
    expect(screen.getByTestId('personal-data-request')).toHaveTextContent('正在生成');
  });
});
