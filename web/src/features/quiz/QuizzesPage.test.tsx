import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { quiz } from './fixtures';
import QuizzesPage from './QuizzesPage';

const orgs = {
  data: {
    organizations: {
      __typename: 'OrganizationConnection',
      edges: [
        {
          __typename: 'OrganizationEdge',
          cursor: 'c0',
          node: { __typename: 'Organization', id: 'o1', name: '第一党支部', line: 'PARTY', kind: 'PARTY_BRANCH', kindLabel: '党支部', path: '1', depth: 1, isJoint: false, isVirtual: false, archivedAt: null, createdAt: '2026-01-01T00:00:00Z' },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

const MANAGED = quiz({ canManage: true, canViewResults: true, description: '第一章', opensAt: '2026-05-01T01:00:00Z', closesAt: '2099-05-08T01:00:00Z' });

function setup(other: (op: SentOperation) => Reply | null = () => null) {
  const mock = mockClient((op) => {
    const own = other(op);
    if (own) return own;
    if (op.operationName === 'Organizations') return orgs;
    if (op.operationName === 'Quizzes') {
      return {
        data: {
          quizzes: {
            __typename: 'QuizConnection',
            edges: [{ __typename: 'QuizEdge', cursor: 'c0', node: MANAGED }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    }
    return { data: null };
  });
  renderPage(<QuizzesPage />, { client: mock.client, viewer: OFFICER_VIEWER });
  return mock;
}

describe('QuizzesPage (测验管理)', () => {
  it('edits a quiz’s title, window and attempts from its current values, with the server’s message on the field', async () => {
    let calls = 0;
    const { sent } = setup((op) => {
      if (op.operationName !== 'UpdateQuiz') return null;
      calls++;
      if (calls === 1) return { data: null, errors: [{ message: '输入有误', path: ['updateQuiz'], extensions: { code: 'VALIDATION', fields: { closesAt: '截止时间须晚于现在' } } }] };
      return { data: { updateQuiz: { ...MANAGED, title: '党章知识测验（补考）', maxAttempts: 3 } } };
    });
    fireEvent.click(await screen.findByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: '测验名称' })).toHaveValue('党章党史知识测验');
    expect(within(dialog).getByRole('textbox', { name: '说明' })).toHaveValue('第一章');
    expect(within(dialog).getByRole('textbox', { name: '开始时间' })).toHaveValue('2026-05-01 09:00');
    expect(within(dialog).getByRole('textbox', { name: '截止时间' })).toHaveValue('2099-05-08 09:00');
    expect(within(dialog).getByRole('spinbutton', { name: '可作答次数' })).toHaveValue('2');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '测验名称' }), { target: { value: '党章知识测验（补考）' } });
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: '可作答次数' }), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await within(dialog).findByText('截止时间须晚于现在')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(named(sent, 'UpdateQuiz')).toHaveLength(2));
    expect(named(sent, 'UpdateQuiz')[1].variables.input).toEqual({
      quizId: 'q1',
      title: '党章知识测验（补考）',
      description: '第一章',
      opensAt: '2026-05-01T01:00:00.000Z',
      closesAt: '2099-05-08T01:00:00.000Z',
      maxAttempts: 3,
    });
    expect(await screen.findByText('测验已保存')).toBeInTheDocument();
  });

  it('closes a quiz only once the officer confirms', async () => {
    const { sent } = setup((op) => (op.operationName === 'CloseQuiz' ? { data: { closeQuiz: { ...MANAGED, status: 'CLOSED', accepting: false } } } : null));
    fireEvent.click(await screen.findByRole('button', { name: '结束测验' }));

    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent('结束“党章党史知识测验”？');
    expect(named(sent, 'CloseQuiz')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: '结束测验' }));

    await waitFor(() => expect(named(sent, 'CloseQuiz')).toHaveLength(1));
    expect(named(sent, 'CloseQuiz')[0].variables).toEqual({ id: 'q1' });
    expect(await screen.findByText('已结束“党章党史知识测验”')).toBeInTheDocument();
  });
});
