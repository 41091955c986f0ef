import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { adminViewer } from '../../test/viewers';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import SecurityPage from './SecurityPage';

const viewer = (permissions: string[], loginAlerts = true) => adminViewer(permissions, { loginAlerts });

function setup(v: Viewer, onMutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op) => (op.operationName === 'MySessions' ? { data: { mySessions: [] } } : onMutation(op)));
  renderPage(<SecurityPage />, { client: mock.client, path: '/security', route: '/security', viewer: v });
  return mock;
}

describe('SecurityPage enterprise settings', () => {
  it('lets tenant admins turn new-device login alerts off', async () => {
    const { sent } = setup(viewer(['tenant:write']), (op) =>
      op.operationName === 'UpdateTenantSettings'
        ? { data: { updateTenantSettings: { id: 't1', name: 'Acme 集团', timeZone: 'Asia/Shanghai', loginAlerts: false } } }
        : { data: null },
    );
    const card = await screen.findByTestId('tenant-settings');
    const alerts = within(card).getByRole('switch', { name: '新设备登录提醒' });
    expect(alerts).toBeChecked();
    expect(card).toHaveTextContent('成员在未使用过的设备上登录时，向其邮箱发送提醒');

    fireEvent.click(alerts);
    expect(alerts).not.toBeChecked();
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('单位设置已保存')).toBeInTheDocument();
    await waitFor(() => expect(sent.filter((o) => o.operationName === 'UpdateTenantSettings')).toHaveLength(1));
    expect(sent.find((o) => o.operationName === 'UpdateTenantSettings')?.variables).toEqual({
      input: { name: 'Acme 集团', timeZone: 'Asia/Shanghai', loginAlerts: false },
    });
  });

  it('lets tenant admins require a second factor of admins and officers', async () => {
    const { sent } = setup(adminViewer(['tenant:write'], { loginAlerts: true, secondFactorPolicy: 'NONE' } as never), (op) =>
      op.operationName === 'UpdateTenantSettings'
        ? {
            data: {
              updateTenantSettings: { id: 't1', name: 'Acme 集团', timeZone: 'Asia/Shanghai', loginAlerts: true, secondFactorPolicy: 'OFFICERS' },
            },
          }
        : { data: null },
    );
    const card = await screen.findByTestId('tenant-settings');
    expect(card).toHaveTextContent('两步验证要求');
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: '两步验证要求' }));
    fireEvent.click(await screen.findByText('管理员和有职务、角色的成员'));
    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('单位设置已保存')).toBeInTheDocument();
    expect(sent.find((o) => o.operationName === 'UpdateTenantSettings')?.variables).toEqual({
      input: { name: 'Acme 集团', timeZone: 'Asia/Shanghai', loginAlerts: true, secondFactorPolicy: 'OFFICERS' },
    });
  });

  it('shows the enterprise’s setting as it is', async () => {
    setup(viewer(['tenant:write'], false));
    const card = await screen.findByTestId('tenant-settings');
    expect(within(card).getByRole('switch', { name: '新设备登录提醒' })).not.toBeChecked();
  });

  it('is not there for members who cannot edit the enterprise settings', async () => {
    setup(viewer([]));
    expect(await screen.findByText('修改密码', { selector: '.ant-card-head-title' })).toBeInTheDocument();
    expect(screen.queryByTestId('tenant-settings')).toBeNull();
    expect(screen.queryByRole('switch', { name: '新设备登录提醒' })).toBeNull();
  });
});
