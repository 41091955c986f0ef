import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { ActivityAlbum } from './ActivityAlbum';

function photo(id: string, caption: string, removable: boolean) {
  return {
    __typename: 'ActivityPhoto',
    id,
    url: `/files/${id}.png`,
    caption,
    addedByName: '周志愿',
    addedAt: '2026-12-06T02:00:00Z',
    viewerCanRemove: removable,
    file: { __typename: 'File', id: `f-${id}`, name: `${id}.png` },
  };
}

const COLUMN = {
  __typename: 'Column',
  id: 'c1',
  name: '支部动态',
  description: '',
  organizationId: null,
  organizationName: null,
  submitPolicy: 'ANY_MEMBER',
  secondReview: false,
  isPublic: false,
  viewerCanSubmit: true,
  viewerCanReview: false,
  archivedAt: null,
};

function setup(canAdd: boolean, photos: unknown[], manage = false) {
  const mock = mockClient((op) => {
    switch (op.operationName) {
      case 'ActivityPhotos':
        return { data: { activity: { __typename: 'Activity', id: 'a1', viewerCanAddPhotos: canAdd, viewerCanManage: manage, photos } } };
      case 'PublishingColumns':
        return { data: { columns: [COLUMN] } };
      case 'DraftArticleFromAlbum':
        return { data: { draftArticleFromAlbum: { __typename: 'ArticlePayload', article: { __typename: 'Article', id: 'art1' } } } };
      default:
        return { data: null };
    }
  });
  renderPage(<ActivityAlbum activityId="a1" />, { client: mock.client, viewer: MEMBER_VIEWER, route: '/' });
  return mock;
}

describe('ActivityAlbum (活动相册)', () => {
  it('shows the photos with captions and offers removal only where the viewer may', async () => {
    setup(false, [photo('p1', '合影', false), photo('p2', '清理绿化带', true)]);
    expect(await screen.findByText('活动相册（2）')).toBeInTheDocument();
    expect(screen.getAllByTestId('album-photo')).toHaveLength(2);
    expect(screen.getByAltText('合影')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '删除照片' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /上传照片/ })).not.toBeInTheDocument();
  });

  it('offers the upload to organisers and attendees, and says who may add when empty', async () => {
    setup(true, []);
    expect(await screen.findByRole('button', { name: /上传照片/ })).toBeInTheDocument();
    expect(screen.getByText(/活动开始后组织者和已签到的成员可以上传/)).toBeInTheDocument();
  });

  it('lets an organiser turn the album into a draft with the photos ticked, in album order, and opens the editor', async () => {
    const mock = setup(true, [photo('p1', '合影', true), photo('p2', '清理绿化带', true)], true);
    fireEvent.click(await screen.findByTestId('album-to-article'));
    expect(await screen.findByText('选择照片（已选 2/10）')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: '合影' }));
    expect(await screen.findByText('选择照片（已选 1/10）')).toBeInTheDocument();
    await screen.findByText('支部动态');
    fireEvent.click(screen.getByTestId('album-article-ok'));
    await waitFor(() => expect(named(mock.sent, 'DraftArticleFromAlbum')).toHaveLength(1));
    expect(named(mock.sent, 'DraftArticleFromAlbum')[0].variables).toEqual({ input: { activityId: 'a1', columnId: 'c1', photoIds: ['p2'] } });
    expect(await screen.findByTestId('location')).toHaveTextContent('/publishing/articles/art1/edit');
  });

  it('offers no draft to members who do not run the activity', async () => {
    setup(true, [photo('p1', '合影', true)]);
    await screen.findByText('活动相册（1）');
    expect(screen.queryByTestId('album-to-article')).not.toBeInTheDocument();
  });
});
