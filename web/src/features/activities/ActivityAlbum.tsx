import { useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Image, Input, Popconfirm, Progress, Space, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivityPhotosQuery, AddActivityPhotosMutation, RemoveActivityPhotoMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { formatDateTime } from '../../lib/format';
import { useUploads } from '../../lib/useUploads';
import { AlbumArticleDialog } from './AlbumArticleDialog';

/** Most photos in one album (as the server). */
export const MAX_PHOTOS = 100;
/** Longest caption, in characters. */
const MAX_CAPTION = 200;

/**
 * 活动相册: the photos of an activity, opened large on a tap; once it has started its organisers
 * and the members who attended add photos from the phone (each uploaded at once, with one
 * caption), and whoever added a photo (or an organiser) can take it out. Organisers turn the
 * album into an article draft (生成稿件).
 */
export function ActivityAlbum({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [drafting, setDrafting] = useState(false);
  const [{ data, error }, reload] = useQuery({ query: ActivityPhotosQuery, variables: { id: activityId }, requestPolicy: 'cache-and-network' });
  const [added, add] = useMutation(AddActivityPhotosMutation);
  const [removal, remove] = useMutation(RemoveActivityPhotoMutation);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const uploads = useUploads((file) => {
    void add({ input: { activityId, fileIds: [file.id], caption } }).then((res) => res.data && refresh());
  });
  const album = data?.activity;
  const photos = album?.photos ?? [];
  const failure = describeError(error ?? added.error ?? removal.error, t);
  const room = MAX_PHOTOS - photos.length - uploads.uploading;

  return (
    <Card title={t('activities.album.title', { count: photos.length })} style={{ marginTop: 12 }} data-testid="activity-album">
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 12 }} />}
      {album?.viewerCanAddPhotos && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label={t('activities.album.caption')}
            placeholder={t('activities.album.caption')}
            maxLength={MAX_CAPTION}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            style={{ maxWidth: 260 }}
          />
          <input
            ref={input}
            type="file"
            accept="image/*"
            multiple
            className="tx-sr-only"
            tabIndex={-1}
            aria-hidden
            data-testid="album-input"
            onChange={(e) => {
              const chosen = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (chosen.length > 0) uploads.add(chosen, room, t('activities.album.full', { max: MAX_PHOTOS }));
            }}
          />
          <Button icon={<CameraOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={room <= 0}>
            {t('activities.album.add')}
          </Button>
        </Space>
      )}
      {album?.viewerCanManage && photos.length > 0 && (
        <Button icon={<FileTextOutlined aria-hidden />} onClick={() => setDrafting(true)} style={{ marginBottom: 12 }} data-testid="album-to-article">
          {t('activities.album.toArticle')}
        </Button>
      )}
      {drafting && <AlbumArticleDialog activityId={activityId} photos={photos} open onClose={() => setDrafting(false)} />}
      {uploads.tasks.map((task) =>
        task.status === 'uploading' ? (
          <Progress key={task.key} percent={task.percent} size="small" status="active" aria-label={t('activities.album.uploading', { name: task.name })} />
        ) : (
          <Typography.Text key={task.key} type="danger" role="alert" style={{ display: 'block' }}>
            {task.name}：{task.message}
          </Typography.Text>
        ),
      )}
      {photos.length === 0 ? (
        <Empty description={t(album?.viewerCanAddPhotos ? 'activities.album.emptyCanAdd' : 'activities.album.empty')} />
      ) : (
        <Image.PreviewGroup>
          <div className="tx-album">
            {photos.map((p) => (
              <figure key={p.id} className="tx-album-photo" data-testid="album-photo">
                <Image src={p.url} alt={p.caption || p.file.name} width={104} height={104} style={{ objectFit: 'cover' }} />
                <figcaption>
                  <Typography.Text ellipsis style={{ maxWidth: 104, display: 'block' }}>
                    {p.caption || '\u00a0'}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} title={formatDateTime(p.addedAt)}>
                    {p.addedByName}
                  </Typography.Text>
                  {p.viewerCanRemove && (
                    <Popconfirm
                      title={t('activities.album.removeConfirm')}
                      okText={t('activities.album.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => (await remove({ input: { photoId: p.id } })).data && refresh()}
                    >
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('activities.album.remove')} />
                    </Popconfirm>
                  )}
                </figcaption>
              </figure>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
