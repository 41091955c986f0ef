import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { currentMonth } from './dues';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { BaseImportDialog } from './BaseImportDialog';

function setup(answer: Reply) {
  const onImported = vi.fn();
  const mock = mockClient((op: SentOperation) => (op.operationName === 'ImportDuesBases' ? answer : { data: null }));
  renderPage(<BaseImportDialog open line="UNION" onClose={() => undefined} onImported={onImported} />, { client: mock.client });
  return { ...mock, onImported };
}

function choose(name: string, text: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

describe('BaseImportDialog (导入基数)', () => {
  it('sends the file with the line and month, and lists the problems by row', async () => {
    const { sent, onImported } = setup({
      data: {
        importDuesBases: {
          total: 2,
          imported: 0,
          errors: [{ row: 3, column: '基数（元）', message: '请输入金额（元），最多两位小数' }],
        },
      },
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('会费')).toBeInTheDocument();
    choose('bases.csv', '姓名,手机,类别,基数（元）\n李强,13800000000,在职,3000\n张明,13900000000,在职,abc\n');
    fireEvent.click(await within(dialog).findByTestId('dues-import-run'));
    const result = await within(dialog).findByTestId('dues-import-result');
    expect(result).toHaveTextContent('共 2 行，导入 0 条基数，1 处问题');
    expect(within(result).getByRole('row', { name: /3 基数（元） 请输入金额/ })).toBeInTheDocument();
    const input = named(sent, 'ImportDuesBases')[0].variables.input as Record<string, string>;
    expect(input).toMatchObject({ fileName: 'bases.csv', line: 'UNION', fromMonth: currentMonth() });
    expect(atob(input.contentBase64).length).toBeGreaterThan(20);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('refuses other file types before sending', async () => {
    const { sent } = setup({ data: null });
    choose('bases.pdf', 'x');
    fireEvent.click(await screen.findByTestId('dues-import-run'));
    expect(await screen.findByText('只支持 .csv 和 .xlsx 文件')).toBeInTheDocument();
    await waitFor(() => expect(named(sent, 'ImportDuesBases')).toHaveLength(0));
  });
});
