import { useState } from 'react';
import { Alert, Checkbox, Form, Image, Modal, Select, Typography, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DraftArticleFromAlbumMutation } from './operations';
import { ColumnsQuery } from '../publishing/operations';
import { describeError, errorText } from '../../api/errors';

/** Most photos one article takes (its attachment limit, as the server). */
export const MAX_ARTICLE_PHOTOS = 10;

/** A photo the dialog offers. */
export interface AlbumPhoto {
  id: string;
  url: string;
  caption: string;
}

/**
 * 生成稿件: an organiser turns the album into an article draft — a column they may submit to and
 * up to ten photos (the first ones ticked to begin with; the first ticked is the cover) — and
 * lands in the editor to finish it and submit it for review.
 */
export function AlbumArticleDialog({ activityId, photos, open, onClose }: { activityId: string; photos: AlbumPhoto[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [columns] = useQuery({ query: ColumnsQuery, pause: !open });
  const writable = (columns.data?.columns ?? []).filter((c) => c.viewerCanSubmit);
  const [columnId, setColumnId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>(() => photos.slice(0, MAX_ARTICLE_PHOTOS).map((p) => p.id));
  const [state, draft] = useMutation(DraftArticleFromAlbumMutation);
  const [missingColumn, setMissingColumn] = useState(false);
  const failure = describeError(state.error, t);
  const column = columnId ?? writable[0]?.id ?? null;
  const ordered = photos.filter((p) => chosen.includes(p.id)).map((p) => p.id);

  const onOk = async () => {
    if (!column) {
      setMissingColumn(true);
      return;
    }
    const res = await draft({ input: { activityId, columnId: column, photoIds: ordered } });
    const id = res.data?.draftArticleFromAlbum.article.id;
    if (id) navigate(`/publishing/articles/${encodeURIComponent(id)}/edit`);
  };

  return (
    <Modal
      open={open}
      title={t('activities.album.toArticle')}
      okText={t('activities.album.toArticleOk')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      okButtonProps={{ disabled: ordered.length === 0, 'data-testid': 'album-article-ok' } as ButtonProps}
      onOk={() => void onOk()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('activities.album.toArticleHint', { max: MAX_ARTICLE_PHOTOS })}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item
          label={t('activities.album.column')}
          validateStatus={missingColumn && !column ? 'error' : undefined}
          help={!columns.fetching && writable.length === 0 ? t('activities.album.noColumn') : undefined}
        >
          <Select
            aria-label={t('activities.album.column')}
            loading={columns.fetching}
            value={column ?? undefined}
            onChange={(v: string) => setColumnId(v)}
            options={writable.map((c) => ({ value: c.id, label: c.organizationName ? `${c.name}（${c.organizationName}）` : c.name }))}
          />
        </Form.Item>
        <Form.Item label={t('activities.album.choose', { count: ordered.length, max: MAX_ARTICLE_PHOTOS })}>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen((v as string[]).slice(0, MAX_ARTICLE_PHOTOS))} className="tx-album">
            {photos.map((p) => (
              <Checkbox key={p.id} value={p.id} disabled={!chosen.includes(p.id) && chosen.length >= MAX_ARTICLE_PHOTOS} aria-label={p.caption || t('activities.album.photo')}>
                <Image src={p.url} alt={p.caption} width={72} height={72} preview={false} style={{ objectFit: 'cover' }} />
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
