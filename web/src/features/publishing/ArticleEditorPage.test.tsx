import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import ArticleEditorPage from './ArticleEditorPage';

const COLUMN = {
  __typename: 'PublishingColumn',
  id: 'c1',
  name: '新闻动态',
  description: '',
  organizationName: null,
  submitPolicy: 'ANY_MEMBER',
  secondReview: false,
  isPublic: false,
  viewerCanSubmit: true,
  viewerCanReview: false,
};

const ARTICLE = {
  __typename: 'Article',
  id: 'a1',
  title: '党建引领促发展',
  columnName: '新闻动态',
  status: 'DRAFT',
  authorName: '周信息员',
  tags: ['党建'],
  publishedAt: null,
  submittedAt: null,
  viewCount: 0,
  likeCount: 0,
  commentCount: 0,
  columnId: 'c1',
  bodyHtml: '<p>正文</p>',
  contributorId: 'm-contributor',
  contributorName: '吴通讯员',
  isPublic: false,
  visibilityOrganizationId: null,
  visibilityOrganizationName: null,
  visibilityLine: null,
  returnNote: null,
  withdrawReason: null,
  publishAt: null,
  commentsOpen: true,
  viewerLiked: false,
  viewerIsAuthor: true,
  viewerCanEdit: true,
  viewerCanReview: false,
  files: [
    { __typename: 'ArticleFile', id: 'f-cover', fileName: '封面.png', contentType: 'image/png', byteSize: 2048, url: '/f/1', cover: true },
    { __typename: 'ArticleFile', id: 'f-doc', fileName: '材料.pdf', contentType: 'application/pdf', byteSize: 4096, url: '/f/2', cover: false },
  ],
  history: [],
  comments: [],
};

describe('ArticleEditorPage (写稿)', () => {
  it('saves an edit with the article’s cover, attachments and 信息员 kept', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'PublishingColumns') return { data: { columns: [COLUMN] } };
      if (op.operationName === 'PublishingArticle') return { data: { article: ARTICLE } };
      if (op.operationName === 'Organizations') return { data: { organizations: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };
      if (op.operationName === 'UpdateArticle') return { data: { updateArticle: { article: { __typename: 'Article', id: 'a1', status: 'DRAFT' } } } };
      return { data: null };
    });
    renderPage(<ArticleEditorPage />, { client: mock.client, path: '/publishing/articles/a1/edit', route: '/publishing/articles/:id/edit', viewer: MEMBER_VIEWER });

    expect(await screen.findByText(/材料\.pdf/)).toBeInTheDocument();
    expect(await screen.findByTitle('封面.png')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^保\s*存草稿$/ }));

    await waitFor(() => expect(named(mock.sent, 'UpdateArticle')).toHaveLength(1));
    const content = (named(mock.sent, 'UpdateArticle')[0].variables.input as { content: Record<string, unknown> }).content;
    expect(content.coverFileId).toBe('f-cover');
    expect(content.attachmentIds).toEqual(['f-doc']);
    expect(content.contributorId).toBe('m-contributor');
  });
});
