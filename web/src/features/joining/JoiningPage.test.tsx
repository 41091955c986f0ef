import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { ORGS } from '../../test/meetings';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import JoiningPage from './JoiningPage';

const VIEWER = {
  member: { id: 'm-me', name: '小周', email: 'z@example.cn' },
  tenant: { id: 't1', slug: 'acme', name: 'Acme 集团', timeZone: 'Asia/Shanghai' },
  permissions: [],
  permissionsAnywhere: [],
  grants: [],
} as unknown as Viewer;

const AGE = '共青团员须年满 14 周岁、不满 28 周岁（依据：团员年龄，《中国共产主义青年团章程》第一条；规则 league.age）';

function setup(handler: (op: SentOperation) => Reply | null) {
  const mock = mockClient((op) => {
    if (op.operationName === 'JoinApplications') return { data: { joinApplications: [] } };
    if (op.operationName === 'Organizations') return ORGS;
    return handler(op) ?? { data: null };
  });
  renderPage(<JoiningPage />, { client: mock.client, path: '/joining?line=YOUTH', route: '/joining', viewer: VIEWER });
  return mock;
}

describe('JoiningPage (入团入会)', () => {
  it('shows the league age rule, with its source, when applying is refused', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'ApplyToJoin'
        ? { data: null, errors: [{ message: '输入有误', path: ['applyToJoin'], extensions: { code: 'VALIDATION', fields: { line: AGE } } }] }
        : null,
    );
    expect(await screen.findByTestId('join-mine')).toHaveTextContent('您还没有提交过申请');
    expect(screen.queryByTestId('join-to-decide')).toBeNull();
    const submit = screen.getByTestId('join-submit');
    expect(submit).toHaveTextContent('申请入团');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '申请加入的组织' }));
    fireEvent.click(await screen.findByTitle(/^团支部/));
    fireEvent.click(submit);
    const refusal = await screen.findByTestId('join-refusal');
    expect(refusal).toHaveTextContent('共青团员须年满 14 周岁、不满 28 周岁');
    expect(within(refusal).getByText(/《中国共产主义青年团章程》/)).toBeInTheDocument();
    await waitFor(() => expect(sent.filter((o) => o.operationName === 'ApplyToJoin')[0].variables.input).toEqual({ line: 'YOUTH', orgId: 'o-y', note: null }));
  });
});
