import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminViewer } from '../../test/viewers';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import WorkingCalendarPage from './WorkingCalendarPage';

const NOTICE = '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）';

const day = (date: string, kind: string, name: string, over: Record<string, unknown> = {}) => ({
  __typename: 'CalendarDay',
  date,
  kind,
  name,
  source: NOTICE,
  overridden: false,
  nationalKind: kind,
  ...over,
});

const CALENDAR_2026 = {
  __typename: 'WorkingCalendar',
  year: 2026,
  seeded: true,
  source: NOTICE,
  days: [
    day('2026-01-01', 'HOLIDAY', '元旦'),
    day('2026-02-14', 'WORKDAY', '春节调休上班'),
    day('2026-02-16', 'HOLIDAY', '春节'),
    day('2026-06-15', 'HOLIDAY', '本单位厂庆放假', { source: '公司 2026 年第 5 号通知', overridden: true, nationalKind: null }),
    day('2026-10-10', 'REGULAR', '取消调休上班', { source: '公司 2026 年第 9 号通知', overridden: true, nationalKind: 'WORKDAY' }),
  ],
};

const CALENDAR_2027 = { __typename: 'WorkingCalendar', year: 2027, seeded: false, source: null, days: [] };

/** The open confirmation saying `text` (a closed one may linger while it animates away). */
async function popconfirm(text: string): Promise<HTMLElement> {
  let pop: HTMLElement | undefined;
  await waitFor(() => {
    pop = [...document.querySelectorAll<HTMLElement>('.ant-popconfirm:not(.ant-popover-hidden)')].find((p) => p.textContent?.includes(text));
    expect(pop).toBeDefined();
  });
  return pop!;
}

function setup(permissions: string[], other: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op) => {
    if (op.operationName === 'WorkingCalendar') {
      return { data: { workingCalendar: op.variables.year === 2027 ? CALENDAR_2027 : CALENDAR_2026 } };
    }
    return other(op);
  });
  renderPage(<WorkingCalendarPage />, {
    client: mock.client,
    path: '/rules/calendar',
    route: '/rules/calendar',
    viewer: adminViewer(permissions),
  });
  return mock;
}

beforeEach(() => {
  // 2026-02-13 10:00 in Beijing (a Friday); only the clock is fake.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-02-13T02:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkingCalendarPage', () => {
  it('lists this year’s days by month with their kinds, read-only for members; an unloaded year says so', async () => {
    const { sent } = setup([]);
    const spring = await screen.findByTestId('day-2026-02-14');
    expect(named(sent, 'WorkingCalendar')[0].variables).toEqual({ year: 2026 });
    expect(spring).toHaveTextContent('2026-02-14 周六');
    expect(within(spring).getByText('调休上班')).toBeInTheDocument();
    expect(spring).toHaveTextContent('春节调休上班');
    expect(within(screen.getByTestId('day-2026-02-16')).getByText('放假')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 月' })).toBeInTheDocument();
    expect(screen.getByText('2 天')).toBeInTheDocument();

    // The year's notice is shown once; a tenant's day shows its own.
    expect(screen.getByText(NOTICE)).toBeInTheDocument();
    expect(screen.queryByText('该年度国务院节假日安排尚未载入，期限按周一至周五计算；可由管理员逐日补充')).toBeNull();
    const own = screen.getByTestId('day-2026-06-15');
    expect(own).toHaveTextContent('已调整 · 全国安排中无此日');
    expect(own).toHaveTextContent('依据：公司 2026 年第 5 号通知');
    const cancelled = screen.getByTestId('day-2026-10-10');
    expect(within(cancelled).getByText('按常规')).toBeInTheDocument();
    expect(cancelled).toHaveTextContent('已调整 · 原为调休上班');

    expect(screen.queryByRole('button', { name: /调整/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /恢复全国安排/ })).toBeNull();

    // The year at a glance: make-up working days blue, days off red, weekends grey.
    fireEvent.click(screen.getByRole('tab', { name: '全年月历' }));
    expect(await screen.findByTitle('2026-02-14 周六 调休上班 · 春节调休上班')).toHaveClass('tx-cal-workday');
    expect(screen.getByTitle('2026-02-16 周一 放假 · 春节')).toHaveClass('tx-cal-holiday');
    expect(screen.getByTitle('2026-02-15 周日')).toHaveClass('tx-cal-rest');
    expect(screen.getByTitle('2026-06-15 周一 放假 · 本单位厂庆放假 已调整')).toHaveClass('tx-cal-holiday', 'tx-cal-overridden');
    fireEvent.click(screen.getByRole('tab', { name: '按月列表' }));

    // The next year, not loaded yet.
    fireEvent.click(screen.getByText('2027 年'));
    expect(await screen.findByText('该年度国务院节假日安排尚未载入，期限按周一至周五计算；可由管理员逐日补充')).toBeInTheDocument();
    expect(screen.getByText('本年度没有节假日或调休安排')).toBeInTheDocument();
    expect(named(sent, 'WorkingCalendar').at(-1)?.variables).toEqual({ year: 2027 });
  });

  it('lets tenant admins adjust a day, showing the server’s field messages, then reloads the year', async () => {
    let attempts = 0;
    const { sent } = setup(['tenant:write'], (op) => {
      if (op.operationName !== 'SetCalendarDay') return { data: null };
      attempts += 1;
      if (attempts === 1) {
        return {
          data: null,
          errors: [
            {
              message: '参数校验失败',
              path: ['setCalendarDay'],
              extensions: { code: 'VALIDATION', fields: { name: '名称不能超过 50 个字符' } },
            },
          ],
        };
      }
      return { data: { setCalendarDay: day('2026-02-14', 'HOLIDAY', '本单位补休', { source: '公司 2026 年第 6 号通知', overridden: true, nationalKind: 'WORKDAY' }) } };
    });
    const spring = await screen.findByTestId('day-2026-02-14');
    fireEvent.click(within(spring).getByRole('button', { name: /调整/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('调整 2026-02-14')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('名称')).toHaveValue('春节调休上班');
    // A national day starts without a note of the tenant's.
    expect(within(dialog).getByLabelText('依据说明')).toHaveValue('');

    fireEvent.mouseDown(within(dialog).getByLabelText('类型'));
    fireEvent.click(await screen.findByTitle('放假'));
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '本单位补休' } });
    fireEvent.change(within(dialog).getByLabelText('依据说明'), { target: { value: ' 公司 2026 年第 6 号通知 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('名称不能超过 50 个字符')).toBeInTheDocument();

    const loads = named(sent, 'WorkingCalendar').length;
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(named(sent, 'WorkingCalendar').length).toBeGreaterThan(loads));
    const set = named(sent, 'SetCalendarDay');
    expect(set).toHaveLength(2);
    expect(set[1].variables).toEqual({
      input: { date: '2026-02-14', kind: 'HOLIDAY', name: '本单位补休', sourceNote: '公司 2026 年第 6 号通知' },
    });
  });

  it('restores the national arrangement of an adjusted day after confirmation', async () => {
    const { sent } = setup(['tenant:write'], (op) =>
      op.operationName === 'ResetCalendarDay' ? { data: { resetCalendarDay: null } } : { data: null },
    );
    const own = await screen.findByTestId('day-2026-06-15');
    // Only adjusted days can be restored.
    expect(within(screen.getByTestId('day-2026-02-14')).queryByRole('button', { name: /恢复全国安排/ })).toBeNull();
    fireEvent.click(within(own).getByRole('button', { name: /恢复全国安排/ }));
    const pop = await popconfirm('恢复 2026-06-15 的全国安排？');
    const loads = named(sent, 'WorkingCalendar').length;
    fireEvent.click(within(pop).getByRole('button', { name: /恢复全国安排/ }));
    await waitFor(() => expect(named(sent, 'WorkingCalendar').length).toBeGreaterThan(loads));
    expect(named(sent, 'ResetCalendarDay').map((o) => o.variables)).toEqual([{ date: '2026-06-15' }]);
  });

  it('works out a deadline with the server', async () => {
    const { sent } = setup([], (op) =>
      op.operationName === 'WorkingDayDeadline' ? { data: { workingDayDeadline: '2026-02-27T02:00:00Z' } } : { data: null },
    );
    await screen.findByTestId('day-2026-02-14');
    // The start defaults to now (to the minute) in Beijing.
    expect(screen.getByLabelText('起算时间')).toHaveValue('2026-02-13 10:00');
    fireEvent.change(screen.getByLabelText('工作日数'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: '试算' }));
    expect(await screen.findByText('2026-02-13 10:00 起 5 个工作日 → 2026-02-27 10:00')).toBeInTheDocument();
    expect(named(sent, 'WorkingDayDeadline').map((o) => o.variables)).toEqual([
      { from: '2026-02-13T02:00:00.000Z', workingDays: 5 },
    ]);
  });
});
