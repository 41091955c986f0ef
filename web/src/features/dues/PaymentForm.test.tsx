import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { PaymentForm } from './PaymentForm';

function entry(input: Record<string, unknown>) {
  return {
    id: 'e-pay',
    memberId: input.memberId,
    memberName: '李强',
    line: input.line,
    month: input.month,
    kind: 'PAYMENT',
    amountFen: input.amountFen,
    method: input.method,
    receiptNo: input.receiptNo,
    ruleKey: null,
    baseFen: null,
    note: input.note,
    corrects: null,
    recordedBy: 'm-wang',
    createdAt: '2026-06-10T02:00:00Z',
  };
}

function setup(answer: (input: Record<string, unknown>) => Reply, amountFen: number | null = 1500) {
  const onDone = vi.fn();
  const mock = mockClient((op: SentOperation) =>
    op.operationName === 'RecordDuesPayment' ? answer(op.variables.input as Record<string, unknown>) : { data: null },
  );
  renderPage(<PaymentForm memberId="m-li" line="PARTY" month="2026-05" amountFen={amountFen} onDone={onDone} />, { client: mock.client });
  return { ...mock, onDone };
}

const amountBox = () => screen.getByRole('textbox', { name: '金额' });

describe('PaymentForm (登记缴费)', () => {
  it('is prefilled with what is owed first, and records a transfer in fen', async () => {
    const { sent, onDone } = setup((input) => ({ data: { recordDuesPayment: entry(input) } }));
    expect(amountBox()).toHaveValue('15.00');
    expect(screen.getByLabelText('月份')).toHaveValue('2026-05');
    expect(screen.getByRole('radio', { name: '现金' })).toBeChecked();

    fireEvent.change(amountBox(), { target: { value: '4.35' } });
    fireEvent.click(screen.getByRole('radio', { name: '转账' }));
    fireEvent.change(screen.getByRole('textbox', { name: '收据编号' }), { target: { value: ' No.2026-018 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: '备注' }), { target: { value: '补交' } });
    fireEvent.click(screen.getByTestId('dues-pay'));

    expect(await screen.findByText('已登记 2026-05 缴费 ¥4.35')).toBeInTheDocument();
    // 4.35 yuan is 435 fen exactly (not 434.99999999999994).
    expect(named(sent, 'RecordDuesPayment')[0].variables.input).toEqual({
      memberId: 'm-li',
      line: 'PARTY',
      month: '2026-05',
      amountFen: 435,
      method: 'TRANSFER',
      receiptNo: 'No.2026-018',
      note: '补交',
    });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('checks the amount before sending: required, two decimals, positive', async () => {
    const { sent } = setup(() => ({ data: null }), null);
    expect(amountBox()).toHaveValue('');
    fireEvent.click(screen.getByTestId('dues-pay'));
    expect(await screen.findByText('请输入金额')).toBeInTheDocument();

    fireEvent.change(amountBox(), { target: { value: '15.555' } });
    expect(await screen.findByText('请输入金额（元），最多两位小数')).toBeInTheDocument();
    fireEvent.change(amountBox(), { target: { value: '-15' } });
    expect(await screen.findByText('请输入金额（元），最多两位小数')).toBeInTheDocument();
    fireEvent.change(amountBox(), { target: { value: '0' } });
    expect(await screen.findByText('金额应大于 0')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('dues-pay'));
    await waitFor(() => expect(screen.getByText('金额应大于 0')).toBeInTheDocument());
    expect(named(sent, 'RecordDuesPayment')).toHaveLength(0);
  });

  it('puts the server’s field messages on the fields, and shows other refusals above the form', async () => {
    let calls = 0;
    const { onDone } = setup(() => {
      calls++;
      return calls === 1
        ? {
            data: null,
            errors: [
              {
                message: '输入有误',
                path: ['recordDuesPayment'],
                extensions: { code: 'VALIDATION', fields: { amount: '金额应大于 0 且不超过 100 万元', receiptNo: '收据编号不能超过 60 个字符' } },
              },
            ],
          }
        : { data: null, errors: [{ message: 'forbidden', path: ['recordDuesPayment'], extensions: { code: 'FORBIDDEN' } }] };
    });
    fireEvent.click(screen.getByTestId('dues-pay'));
    expect(await screen.findByText('金额应大于 0 且不超过 100 万元')).toBeInTheDocument();
    expect(screen.getByText('收据编号不能超过 60 个字符')).toBeInTheDocument();
    // All placed on fields: no alert.
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(amountBox(), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('dues-pay'));
    expect(await screen.findByRole('alert')).toHaveTextContent('没有权限执行此操作。');
    expect(onDone).not.toHaveBeenCalled();
  });
});
