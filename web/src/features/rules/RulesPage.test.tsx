import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/viewers';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import RulesPage from './RulesPage';

const RULES = [
  {
    key: 'party.dues.employed',
    area: '党费',
    title: '在职党员党费比例（按月税后工资）',
    source: '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）',
    defaultParams: { brackets: [{ upTo: 3000, rate: 0.005 }, { upTo: null, rate: 0.02 }] },
    effectiveParams: { brackets: [{ upTo: 3000, rate: 0.005 }, { upTo: null, rate: 0.02 }] },
    effectiveSource: '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）',
    overridden: false,
    overriddenAt: null,
  },
  {
    key: 'transfer.letter',
    area: '组织关系接转',
    title: '组织关系介绍信有效期（月）',
    source: '中共中央组织部《关于党员组织关系接转的规定》',
    defaultParams: { validMonths: 3, crossProvinceMonths: 6 },
    effectiveParams: { validMonths: 3, crossProvinceMonths: 6 },
    effectiveSource: '中共中央组织部《关于党员组织关系接转的规定》',
    overridden: false,
    overriddenAt: null,
  },
];

function setup(permissions: string[], onMutation: (op: SentOperation) => Reply = () => ({ data: null })) {
  const mock = mockClient((op) => (op.operationName === 'Rules' ? { data: { rules: RULES } } : onMutation(op)));
  renderPage(<RulesPage />, { client: mock.client, path: '/rules', route: '/rules', viewer: adminViewer(permissions) });
  return mock;
}

describe('RulesPage', () => {
  it('shows rules by area with readable parameters, read-only for members', async () => {
    setup([]);
    const letter = await screen.findByTestId('rule-transfer.letter');
    expect(screen.getByText('党费')).toBeInTheDocument();
    expect(screen.getByText('组织关系接转')).toBeInTheDocument();
    expect(letter).toHaveTextContent('组织关系介绍信有效期（月）');
    expect(within(letter).getByText('法定默认')).toBeInTheDocument();
    expect(letter).toHaveTextContent('validMonths: 3');
    expect(letter).toHaveTextContent('依据：中共中央组织部《关于党员组织关系接转的规定》');
    // Brackets are a table; the open top bracket reads 不限.
    const dues = screen.getByTestId('rule-party.dues.employed');
    expect(within(dues).getByRole('table')).toHaveTextContent('不限');
    expect(screen.queryByRole('button', { name: /调整/ })).toBeNull();

    // Search by key.
    fireEvent.change(screen.getByLabelText('按标题或规则编号搜索'), { target: { value: 'dues' } });
    expect(screen.queryByTestId('rule-transfer.letter')).toBeNull();
    expect(screen.getByTestId('rule-party.dues.employed')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('按标题或规则编号搜索'), { target: { value: 'nothing' } });
    expect(screen.getByText('没有符合条件的结果')).toBeInTheDocument();
  });

  it('lets tenant admins adjust: checks the JSON, then shows server field messages in place', async () => {
    const { sent } = setup(['tenant:write'], () => ({
      data: null,
      errors: [
        {
          message: '参数校验失败',
          path: ['overrideRule'],
          extensions: { code: 'VALIDATION', fields: { params: '“crossProvinceMonths”不能为负数' } },
        },
      ],
    }));
    const letter = await screen.findByTestId('rule-transfer.letter');
    fireEvent.click(within(letter).getByRole('button', { name: /调整/ }));
    const dialog = await screen.findByRole('dialog');
    const params = within(dialog).getByLabelText('参数（JSON）') as HTMLTextAreaElement;
    expect(JSON.parse(params.value)).toEqual({ validMonths: 3, crossProvinceMonths: 6 });
    expect(params.value).toContain('\n  "validMonths": 3');

    // Broken JSON and no source: nothing is sent.
    fireEvent.change(params, { target: { value: '{ "validMonths": 2 "crossProvinceMonths": 6 }' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(/参数不是有效的 JSON：第 1 行第 \d+ 列附近有误/)).toBeInTheDocument();
    expect(await within(dialog).findByText('请输入依据')).toBeInTheDocument();
    expect(sent.filter((o) => o.operationName === 'OverrideRule')).toHaveLength(0);

    fireEvent.change(params, { target: { value: '{ "validMonths": 2, "crossProvinceMonths": -1 }' } });
    fireEvent.change(within(dialog).getByLabelText('依据'), { target: { value: ' 某省组织部 2025 年第 3 号文 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('“crossProvinceMonths”不能为负数')).toBeInTheDocument();
    const override = sent.filter((o) => o.operationName === 'OverrideRule');
    expect(override).toHaveLength(1);
    expect(override[0].variables).toEqual({
      input: { key: 'transfer.letter', params: { validMonths: 2, crossProvinceMonths: -1 }, sourceNote: '某省组织部 2025 年第 3 号文' },
    });
    // The message sits on the field, not in an alert.
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
