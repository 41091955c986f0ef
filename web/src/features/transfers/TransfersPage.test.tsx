import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ORGS } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import TransfersPage from './TransfersPage';

const FOUND = {
  fromTenantName: '甲公司',
  fromOrgName: '甲公司第一党支部',
  memberName: '刘转',
  line: 'PARTY',
  destination: '乙公司党委',
  validUntil: '2026-09-01T00:00:00Z',
  status: 'ISSUED',
  duesPaidThrough: '2026-05',
  crossing: { name: '刘转', gender: 'MALE', politicalStatus: 'FULL_MEMBER', duesPaidThrough: '2026-05' },
};

const LETTER = {
  __typename: 'TransferLetter',
  id: 'l1',
  memberId: 'm1',
  memberName: '刘转',
  line: 'PARTY',
  fromOrgId: 'o1',
  fromOrgName: '第一党支部',
  destination: '乙公司党委',
  crossProvince: false,
  code: 'ABCD-EFGH-JKLM',
  validUntil: '2026-09-01T00:00:00Z',
  duesPaidThrough: '2026-05',
  crossing: {},
  status: 'ACCEPTED',
  note: null,
  issuedAt: '2026-06-01T02:00:00Z',
  acceptedAt: '2026-06-02T02:00:00Z',
  receipt: { tenant: '乙公司', org: '乙公司第二党支部', acceptedAt: '2026-06-02T02:00:00Z' },
};

function setup(handler: (op: SentOperation) => Reply | null, path = '/transfers?tab=in') {
  const mock = mockClient((op) => {
    if (op.operationName === 'Organizations') return ORGS;
    return handler(op) ?? { data: null };
  });
  renderPage(<TransfersPage />, { client: mock.client, path, route: '/transfers' });
  return mock;
}

async function popconfirm(): Promise<HTMLElement> {
  let pop: HTMLElement | null = null;
  await waitFor(() => {
    pop = document.querySelector<HTMLElement>('.ant-popconfirm:not(.ant-popover-hidden)');
    expect(pop).not.toBeNull();
  });
  return pop!;
}

const codeError = (message: string) => ({ data: null, errors: [{ message: '输入有误', path: ['transferLetterByCode'], extensions: { code: 'VALIDATION', fields: { code: message } } }] });

describe('TransfersPage (组织关系接转)', () => {
  it('转入: an unknown code is shown on the field; a good one previews the letter and what crosses, then accepts into the chosen org', async () => {
    let lookups = 0;
    const { sent } = setup((op) => {
      if (op.operationName === 'TransferLetterByCode') {
        lookups++;
        return lookups === 1 ? codeError('没有这个编号的介绍信') : { data: { transferLetterByCode: FOUND } };
      }
      if (op.operationName === 'AcceptTransferLetter') return { data: { acceptTransferLetter: { member: { __typename: 'Member', id: 'm9', name: '刘转' } } } };
      return null;
    });
    const input = await screen.findByTestId('letter-code-input');
    fireEvent.change(input, { target: { value: 'zzzz-0000' } });
    fireEvent.click(screen.getByTestId('letter-lookup'));
    expect(await screen.findByText('没有这个编号的介绍信')).toBeInTheDocument();
    expect(screen.queryByTestId('letter-preview')).toBeNull();

    fireEvent.change(input, { target: { value: 'abcd efgh-jklm' } });
    fireEvent.click(screen.getByTestId('letter-lookup'));
    const preview = await screen.findByTestId('letter-preview');
    expect(named(sent, 'TransferLetterByCode')[1].variables).toEqual({ code: 'ABCDEFGHJKLM' });
    expect(preview).toHaveTextContent('刘转');
    expect(preview).toHaveTextContent('甲公司第一党支部');
    expect(preview).toHaveTextContent('乙公司党委');
    expect(preview).toHaveTextContent('2026-05');
    const crossing = within(preview).getByTestId('letter-crossing');
    expect(crossing).toHaveTextContent('政治面貌');
    expect(crossing).toHaveTextContent('正式党员');
    expect(crossing).toHaveTextContent('性别');

    // Accept is offered only once an org is chosen, and asked first.
    expect(screen.getByTestId('letter-accept')).toBeDisabled();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '接收组织' }));
    const option = await screen.findByTitle(/^第一党支部/);
    fireEvent.click(option);
    await waitFor(() => expect(screen.getByTestId('letter-accept')).toBeEnabled());
    fireEvent.click(screen.getByTestId('letter-accept'));
    fireEvent.click(within(await popconfirm()).getByRole('button', { name: '接收' }));
    const done = await screen.findByTestId('letter-accepted');
    expect(done).toHaveTextContent('已接收「刘转」');
    expect(done).toHaveTextContent('第一党支部');
    expect(named(sent, 'AcceptTransferLetter')[0].variables.input).toEqual({ code: 'ABCDEFGHJKLM', orgId: 'o1' });
  });

  it('转入: a refused acceptance (expired) is shown clearly', async () => {
    setup((op) => {
      if (op.operationName === 'TransferLetterByCode') return { data: { transferLetterByCode: FOUND } };
      if (op.operationName === 'AcceptTransferLetter')
        return { data: null, errors: [{ message: '输入有误', path: ['acceptTransferLetter'], extensions: { code: 'VALIDATION', fields: { code: '介绍信已过期' } } }] };
      return null;
    });
    fireEvent.change(await screen.findByTestId('letter-code-input'), { target: { value: 'ABCD-EFGH-JKLM' } });
    fireEvent.click(screen.getByTestId('letter-lookup'));
    await screen.findByTestId('letter-preview');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '接收组织' }));
    fireEvent.click(await screen.findByTitle(/^第一党支部/));
    await waitFor(() => expect(screen.getByTestId('letter-accept')).toBeEnabled());
    fireEvent.click(screen.getByTestId('letter-accept'));
    fireEvent.click(within(await popconfirm()).getByRole('button', { name: '接收' }));
    expect((await screen.findAllByText('介绍信已过期')).length).toBeGreaterThan(0);
    expect(screen.queryByTestId('letter-accepted')).toBeNull();
  });

  it('转出: lists letters with their status and the receipt of an accepted one', async () => {
    setup((op) => (op.operationName === 'TransferLetters' ? { data: { transferLetters: [LETTER, { ...LETTER, id: 'l2', memberName: '王有效', status: 'ISSUED', receipt: null, acceptedAt: null }] } } : null), '/transfers');
    const items = await screen.findAllByTestId('letter-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('letter-status')).toHaveTextContent('已接收');
    expect(within(items[0]).getByTestId('letter-receipt')).toHaveTextContent('乙公司 · 乙公司第二党支部');
    expect(within(items[0]).queryByTestId('letter-cancel')).toBeNull();
    expect(within(items[1]).getByTestId('letter-status')).toHaveTextContent('有效');
    expect(within(items[1]).getByTestId('letter-code')).toHaveTextContent('ABCD-EFGH-JKLM');
    expect(within(items[1]).getByTestId('letter-cancel')).toBeInTheDocument();
    fireEvent.click(within(items[1]).getByTestId('letter-open'));
    const view = await screen.findByTestId('letter-view');
    expect(view).toHaveTextContent('中国共产党党员组织关系介绍信');
    expect(view).toHaveTextContent('王有效');
  });
});
