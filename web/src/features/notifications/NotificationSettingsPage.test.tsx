import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import NotificationSettingsPage from './NotificationSettingsPage';

const REMINDER_REASON = '法定时限提醒关系到组织生活和党员权利，不能关闭；可以选择接收方式';

type Channel = 'IN_APP' | 'EMAIL' | 'DIGEST' | 'OFF';

function prefs({ mention = 'IN_APP', notice = 'IN_APP', digest = 'OFF' }: { mention?: Channel; notice?: Channel; digest?: string } = {}) {
  return {
    digestFrequency: digest,
    categories: [
      {
        category: 'REMINDER',
        label: '到期提醒与督办',
        description: '三会一课、党费、转正、换届等法定时限的提醒，以及逾期后向组织负责人的督办',
        channel: 'EMAIL',
        defaultChannel: 'EMAIL',
        chosen: false,
        mandatoryReason: REMINDER_REASON,
      },
      {
        category: 'NOTICE',
        label: '通知公告',
        description: '组织发布的通知、公告和工作提示（紧急通知总会发送邮件）',
        channel: notice,
        defaultChannel: 'IN_APP',
        chosen: notice !== 'IN_APP',
        mandatoryReason: null,
      },
      {
        category: 'MENTION',
        label: '@我的消息',
        description: '群聊中有人 @ 您',
        channel: mention,
        defaultChannel: 'IN_APP',
        chosen: mention !== 'IN_APP',
        mandatoryReason: null,
      },
    ],
  };
}

function setup(initial = prefs(), onMutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op) =>
    op.operationName === 'NotificationPreferences' ? { data: { notificationPreferences: initial } } : onMutation(op),
  );
  renderPage(<NotificationSettingsPage />, { client: mock.client, path: '/settings/notifications', route: '/settings/notifications' });
  return mock;
}

const group = (name: string) => screen.getByRole('radiogroup', { name });
const radio = (groupName: string, name: string) => within(group(groupName)).getByRole('radio', { name });
const sentNamed = (sent: SentOperation[], name: string) => sent.filter((o) => o.operationName === name);

describe('NotificationSettingsPage', () => {
  it('will not turn off a mandatory category, and says why', async () => {
    setup();
    await screen.findByRole('radiogroup', { name: '到期提醒与督办' });
    expect(radio('到期提醒与督办', '关闭')).toBeDisabled();
    expect(radio('到期提醒与督办', '站内 + 邮件')).toBeChecked();
    expect(radio('到期提醒与督办', '仅站内')).toBeEnabled();
    const row = screen.getByTestId('pref-REMINDER');
    expect(row).toHaveTextContent(REMINDER_REASON);
    expect(within(row).getByRole('img', { name: '不能关闭' })).toBeInTheDocument();
    expect(group('到期提醒与督办')).toHaveAccessibleDescription(expect.stringContaining(REMINDER_REASON));
    // Categories that may be turned off can; defaults are marked as such.
    expect(radio('@我的消息', '关闭')).toBeEnabled();
    expect(within(screen.getByTestId('pref-MENTION')).queryByRole('img', { name: '不能关闭' })).toBeNull();
    expect(within(screen.getByTestId('pref-MENTION')).getByText('默认')).toBeInTheDocument();
  });

  it('saves a channel at once and shows what the server answers', async () => {
    const { sent } = setup(prefs(), (op) =>
      op.operationName === 'SetNotificationChannel' ? { data: { setNotificationChannel: prefs({ mention: 'OFF' }) } } : { data: null },
    );
    await screen.findByRole('radiogroup', { name: '@我的消息' });
    fireEvent.click(radio('@我的消息', '关闭'));
    // Controls wait while it saves.
    expect(radio('通知公告', '仅站内')).toBeDisabled();
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sentNamed(sent, 'SetNotificationChannel').map((o) => o.variables)).toEqual([
      { input: { category: 'MENTION', channel: 'OFF' } },
    ]);
    await waitFor(() => expect(radio('通知公告', '仅站内')).toBeEnabled());
    expect(radio('@我的消息', '关闭')).toBeChecked();
    const mention = screen.getByTestId('pref-MENTION');
    expect(within(mention).queryByText('默认')).toBeNull();
    expect(mention).toHaveTextContent('默认：仅站内');
  });

  it('shows the server’s refusal on the row', async () => {
    const refusal = '“到期提醒与督办”不能关闭：' + REMINDER_REASON;
    setup(prefs(), () => ({
      data: null,
      errors: [{ message: refusal, path: ['setNotificationChannel'], extensions: { code: 'VALIDATION', fields: { category: refusal } } }],
    }));
    await screen.findByRole('radiogroup', { name: '@我的消息' });
    fireEvent.click(radio('@我的消息', '站内 + 邮件'));
    const alert = await within(screen.getByTestId('pref-MENTION')).findByRole('alert');
    expect(alert).toHaveTextContent('输入有误，请检查后重试。');
    expect(alert).toHaveTextContent(refusal);
    // Nothing was saved: the row shows the channel in effect again.
    expect(radio('@我的消息', '仅站内')).toBeChecked();
    expect(screen.queryByText('已保存')).toBeNull();
  });

  it('warns while digest categories have no digest frequency, until one is chosen', async () => {
    const { sent } = setup(prefs({ notice: 'DIGEST' }), (op) =>
      op.operationName === 'SetDigestFrequency'
        ? { data: { setDigestFrequency: prefs({ notice: 'DIGEST', digest: 'DAILY' }) } }
        : { data: null },
    );
    const card = await screen.findByTestId('digest-settings');
    expect(card).toHaveTextContent('未来 7 天内到期的事项');
    expect(card).toHaveTextContent('一键退订');
    expect(within(card).getByText(/「通知公告」设为摘要邮件/)).toHaveTextContent('只会出现在站内通知中');
    expect(radio('摘要频率', '不接收')).toBeChecked();

    fireEvent.click(radio('摘要频率', '每日 07:00'));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sentNamed(sent, 'SetDigestFrequency').map((o) => o.variables)).toEqual([{ input: { frequency: 'DAILY' } }]);
    expect(radio('摘要频率', '每日 07:00')).toBeChecked();
    expect(within(card).queryByText(/设为摘要邮件/)).toBeNull();
  });

  it('has no warning when nothing is on the digest', async () => {
    setup();
    const card = await screen.findByTestId('digest-settings');
    expect(within(card).queryByRole('alert')).toBeNull();
    expect(within(card).queryByText(/设为摘要邮件/)).toBeNull();
  });
});
