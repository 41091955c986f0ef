import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { REFUSAL, RULE_SOURCE, entry, transition } from '../../test/pipeline';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { today } from './pipeline';
import type { PipelineEntry } from './EntryCard';
import { ProposeDialog } from './ProposeDialog';

function meeting(id: string, over: Record<string, unknown> = {}) {
  return {
    cursor: id,
    node: {
      __typename: 'Meeting', id, orgId: 'o1', orgName: '第一党支部', line: 'PARTY', type: 'BRANCH_GENERAL_MEETING',
      typeLabel: '支部党员大会', title: `大会${id}`, startsAt: '2026-05-20T06:00:00Z', endsAt: '2026-05-20T07:00:00Z',
      location: '活动室', isElection: false, status: 'SCHEDULED', held: true, checkInOpen: false, ...over,
    },
  };
}

/** The branch's meetings before now: a held general meeting, a committee meeting, a cancelled one. */
const MEETINGS = {
  data: {
    meetings: {
      edges: [
        meeting('g1'),
        meeting('c1', { type: 'BRANCH_COMMITTEE', typeLabel: '支部委员会', title: '委员会c1' }),
        meeting('x1', { status: 'CANCELLED', title: '已取消x1' }),
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

function setup(e: PipelineEntry, answer: (input: Record<string, unknown>) => Reply) {
  const onDone = vi.fn();
  const mock = mockClient((op: SentOperation) =>
    op.operationName === 'ProposeStageTransition'
      ? answer(op.variables.input as Record<string, unknown>)
      : op.operationName === 'Meetings'
        ? MEETINGS
        : { data: null },
  );
  renderPage(<ProposeDialog entry={e} onClose={() => undefined} onDone={onDone} />, { client: mock.client });
  return { ...mock, onDone };
}

describe('ProposeDialog (提出)', () => {
  it('shows a rule refusal prominently, with the rule and its source, and proposes again', async () => {
    let calls = 0;
    const { sent, onDone } = setup(entry(), (input) => {
      calls++;
      return calls === 1
        ? { data: null, errors: [{ message: '输入有误', path: ['proposeStageTransition'], extensions: { code: 'VALIDATION', fields: { toStage: REFUSAL } } }] }
        : { data: { proposeStageTransition: transition({ memberId: 'm-li', memberName: '李强', effectiveOn: input.effectiveOn as string }) } };
    });
    const dialog = await screen.findByRole('dialog', { name: '为「李强」提出下一步' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '说明' }), { target: { value: '支部大会讨论通过' } });
    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    const refusal = await within(dialog).findByTestId('pipeline-refusal');
    expect(refusal).toHaveTextContent('不符合发展党员工作规定，未能提出');
    expect(refusal).toHaveTextContent('入党积极分子须经过至少 12 个月的培养教育，2026-01-10 起方可列为发展对象（还差 180 天）');
    expect(refusal).toHaveTextContent(`依据：入党积极分子培养期、思想汇报与培养联系人，${RULE_SOURCE}；规则 party.activist.period`);
    expect(named(sent, 'ProposeStageTransition')[0].variables.input).toEqual({
      memberId: 'm-li',
      toStage: 'DEVELOPMENT_TARGET',
      extensionMonths: null,
      effectiveOn: today(),
      note: '支部大会讨论通过',
      meetingId: null,
    });
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    expect(await screen.findByText('已提出「李强」的下一步，等待上级党组织审批')).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('offers a probationary member 转正 or 延长预备期 with months', async () => {
    const { sent } = setup(entry({ stage: 'PROBATIONARY', nextStage: 'FULL_MEMBER' }), (input) => ({
      data: { proposeStageTransition: transition({ toStage: 'PROBATIONARY', extensionMonths: input.extensionMonths as number, status: 'PUBLICIZING' }) },
    }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: '转正' })).toBeChecked();
    expect(within(dialog).queryByRole('spinbutton', { name: '延长月数' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: '延长预备期' }));
    const months = await within(dialog).findByRole('spinbutton', { name: '延长月数' });
    fireEvent.change(months, { target: { value: '9' } });
    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    expect(await screen.findByText('已提出「李强」的下一步，已在支部内公示')).toBeInTheDocument();
    await waitFor(() =>
      expect(named(sent, 'ProposeStageTransition')[0].variables.input).toMatchObject({ memberId: 'm-li', toStage: 'PROBATIONARY', extensionMonths: 9, note: null }),
    );
  });

  it('puts other field messages on the fields', async () => {
    setup(entry(), () => ({
      data: null,
      errors: [{ message: '输入有误', path: ['proposeStageTransition'], extensions: { code: 'VALIDATION', fields: { note: '不能超过 1000 个字' } } }],
    }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    expect(await within(dialog).findByText('不能超过 1000 个字')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('pipeline-refusal')).toBeNull();
  });

  it('asks a 转正 for the branch general meeting that discussed it, offering only those held', async () => {
    const { sent } = setup(entry({ stage: 'PROBATIONARY', nextStage: 'FULL_MEMBER' }), () => ({
      data: { proposeStageTransition: transition({ toStage: 'FULL_MEMBER', status: 'PUBLICIZING' }) },
    }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('combobox', { name: '讨论转正的支部党员大会' });
    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    expect(await within(dialog).findByText('请选择讨论转正的支部党员大会')).toBeInTheDocument();
    expect(named(sent, 'ProposeStageTransition')).toHaveLength(0);
    expect(named(sent, 'Meetings')[0].variables).toMatchObject({ orgId: 'o1' });

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '讨论转正的支部党员大会' }));
    const option = await screen.findByText('2026-05-20 大会g1');
    expect(screen.queryByText(/委员会c1/)).toBeNull();
    expect(screen.queryByText(/已取消x1/)).toBeNull();
    fireEvent.click(option);
    fireEvent.click(within(dialog).getByTestId('pipeline-propose-ok'));
    await waitFor(() =>
      expect(named(sent, 'ProposeStageTransition')[0].variables.input).toMatchObject({ toStage: 'FULL_MEMBER', meetingId: 'g1' }),
    );
  });
});
