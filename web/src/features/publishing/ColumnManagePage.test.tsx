import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type Reply } from '../../test/render';
import ColumnManagePage from './ColumnManagePage';

function column(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Column',
    id,
    name,
    description: '',
    organizationId: null,
    organizationName: null,
    submitPolicy: 'CORRESPONDENT',
    secondReview: false,
    isPublic: false,
    viewerCanSubmit: true,
    viewerCanReview: true,
    archivedAt: null,
    ...extra,
  };
}

function setup(archiveReply: Reply = { data: { archiveColumn: { __typename: 'ColumnPayload', column: column('c1', '新闻动态', { archivedAt: '2026-12-06T02:00:00Z' }) } } }) {
  const mock = mockClient((op) => {
    switch (op.operationName) {
      case 'PublishingColumns':
        return { data: { columns: [column('c1', '新闻动态', { secondReview: true }), column('c2', '通知公告', { viewerCanReview: false })] } };
      case 'ArchivedColumns':
        return { data: { archivedColumns: [column('c9', '旧栏目', { archivedAt: '2026-11-01T02:00:00Z' })] } };
      case 'ArchiveColumn':
        return archiveReply;
      case 'RestoreColumn':
        return { data: { restoreColumn: { __typename: 'ColumnPayload', column: column('c9', '旧栏目') } } };
      case 'UpdateColumn':
        return { data: { updateColumn: { __typename: 'ColumnPayload', column: column('c1', '要闻') } } };
      default:
        return { data: null };
    }
  });
  renderPage(<ColumnManagePage />, { client: mock.client, viewer: OFFICER_VIEWER });
  return mock;
}

describe('ColumnManagePage (栏目管理)', () => {
  it('lists only the columns the viewer reviews, with their policy and flags, and the archived ones', async () => {
    setup();
    expect(await screen.findByText('新闻动态')).toBeInTheDocument();
    expect(screen.queryByText('通知公告')).not.toBeInTheDocument();
    expect(screen.getByText('信息员')).toBeInTheDocument();
    expect(screen.getByText('二审')).toBeInTheDocument();
    expect(await screen.findByText('旧栏目')).toBeInTheDocument();
  });

  it('archives only after a confirmation and shows the refusal when articles still wait', async () => {
    const mock = setup({ errors: [{ message: '栏目中还有 2 篇稿件在审核或待发布，请先处理后再归档', extensions: { code: 'CONFLICT' } }] });
    fireEvent.click(await screen.findByTestId('column-archive-新闻动态'));
    expect(named(mock.sent, 'ArchiveColumn')).toHaveLength(0);
    fireEvent.click(await screen.findByTestId('column-archive-confirm'));
    await waitFor(() => expect(named(mock.sent, 'ArchiveColumn')).toHaveLength(1));
    expect(named(mock.sent, 'ArchiveColumn')[0].variables).toEqual({ input: { columnId: 'c1' } });
    expect(await screen.findByTestId('column-action-error')).toHaveTextContent('还有 2 篇稿件');
  });

  it('restores an archived column', async () => {
    const mock = setup();
    fireEvent.click(await screen.findByTestId('column-restore-旧栏目'));
    await waitFor(() => expect(named(mock.sent, 'RestoreColumn')).toHaveLength(1));
    expect(named(mock.sent, 'RestoreColumn')[0].variables).toEqual({ input: { columnId: 'c9' } });
  });

  it('edits a column keeping its owner and sends the whole form', async () => {
    const mock = setup();
    fireEvent.click(await screen.findByTestId('column-edit-新闻动态'));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: '栏目名称' });
    fireEvent.change(name, { target: { value: '要闻' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(named(mock.sent, 'UpdateColumn')).toHaveLength(1));
    expect(named(mock.sent, 'UpdateColumn')[0].variables).toEqual({
      input: { columnId: 'c1', name: '要闻', description: null, submitPolicy: 'CORRESPONDENT', secondReview: true, isPublic: false },
    });
  });
});
