import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER_VIEWER, notice } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import NoticeComposePage from './NoticeComposePage';

const DRAFT = notice({
  id: 'd1',
  status: 'DRAFT',
  publishedAt: null,
  myReceipt: null,
  viewerCanManage: true,
  recipientCount: 0,
  attachments: [{ id: 'f1', name: '活动方案.pdf', contentType: 'application/pdf', size: 2048, isImage: false, url: '/files/f1' }],
});

const ORGS = {
  data: {
    organizations: {
      edges: [
        {
          node: {
            id: 'o1',
            name: '第一党支部',
            line: 'PARTY',
            kind: 'PARTY_BRANCH',
            kindLabel: '党支部',
            path: 'a',
            depth: 1,
            isJoint: false,
            isVirtual: false,
            archivedAt: null,
            createdAt: '2026-01-01T00:00:00Z',
          },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

function setup(publish: (vars: Record<string, unknown>) => Reply) {
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'Notice':
        return { data: { notice: DRAFT } };
      case 'Organizations':
        return ORGS;
      case 'NoticeAudienceCount':
        return { data: { noticeAudienceCount: 12 } };
      case 'MemberSearch':
        return { data: { members: { edges: [] } } };
      case 'PublishNotice':
        return publish(op.variables);
      default:
        return { data: null };
    }
  });
  renderPage(<NoticeComposePage />, { client: mock.client, path: '/notices/d1/edit', route: '/notices/:id/edit', viewer: OFFICER_VIEWER });
  return mock;
}

describe('NoticeComposePage on a draft', () => {
  it('shows the draft, counts its audience, asks before publishing and puts server messages on the fields', async () => {
    let calls = 0;
    const { sent } = setup(() => {
      calls++;
      if (calls === 1) {
        return {
          data: null,
          errors: [{ message: '输入有误', path: ['publishNotice'], extensions: { code: 'VALIDATION', fields: { title: '已有同名通知' } } }],
        };
      }
      return { data: { publishNotice: { notice: { id: 'd1', status: 'PUBLISHED', recipientCount: 12 } } } };
    });
    expect(await screen.findByRole('heading', { level: 2, name: '编辑草稿' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '标题' })).toHaveValue('关于开展主题党日活动的通知');
    expect(screen.getByRole('textbox', { name: '正文' }).innerHTML).toContain('<b>本周五</b>');
    expect(screen.getByTestId('notice-file')).toHaveTextContent('活动方案.pdf');
    // The audience in words and the live count.
    expect(await screen.findByTestId('audience-summary')).toHaveTextContent('发送范围：第一党支部（含下级）');
    expect(await screen.findByTestId('audience-count', {}, { timeout: 3000 })).toHaveTextContent('12');

    // 发布 asks first, naming the count.
    fireEvent.click(screen.getByTestId('notice-publish'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('确认发布？');
    expect(dialog).toHaveTextContent('将发送给 12 人');
    fireEvent.click(within(dialog).getByRole('button', { name: '发布' }));

    // Refused: the message lands on the title field.
    expect(await screen.findByText('已有同名通知')).toBeInTheDocument();
    const input = named(sent, 'PublishNotice')[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      draftId: 'd1',
      issuerOrgId: 'o1',
      title: '关于开展主题党日活动的通知',
      category: 'NOTICE',
      importance: 'NORMAL',
      ackRequired: true,
      ackDeadline: '2099-06-20T10:00:00.000Z',
      attachmentIds: ['f1'],
      scheduledAt: null,
      reviewerId: null,
      audience: { orgs: [{ orgId: 'o1', includeSubtree: true }], lines: [], roles: [], politicalStatuses: [], memberIds: [], excludeMemberIds: [] },
    });

    // Again: published, on to the board.
    fireEvent.click(screen.getByTestId('notice-publish'));
    // The new question's OK (the first one's, still fading out, reads 「loading 发布」).
    fireEvent.click(await screen.findByRole('button', { name: '发布' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/notices/d1/board');
    // The longest page test (the whole compose form, two confirmations): give it room on a
    // loaded machine rather than the suite's 20 s.
  }, 60_000);
});
