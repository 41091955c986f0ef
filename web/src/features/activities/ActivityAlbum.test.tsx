import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
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

function setup(canAdd: boolean, photos: unknown[]) {
  const mock = mockClient((op) =>
    op.operationName === 'ActivityPhotos'
      ? { data: { activity: { __typename: 'Activity', id: 'a1', viewerCanAddPhotos: canAdd, photos } } }
      : { data: null },
  );
  renderPage(<ActivityAlbum activityId="a1" />, { client: mock.client, viewer: MEMBER_VIEWER });
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
});
