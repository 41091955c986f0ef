import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Grid, Image, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { GridCaseAction, GridFileFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { formatDateTime } from '../../lib/format';
import { GridCaseQuery } from './operations';
import { CaseActionDialog } from './CaseActionDialog';
import { TimeLeftTag } from './TimeLeftTag';
import { CASE_ACTIONS } from './grid';

/** Thumbnails that open large. */
export function PhotoStrip({ photos, label }: { photos: GridFileFieldsFragment[]; label: string }) {
  if (photos.length === 0) return null;
  return (
    <div aria-label={label} role="group" className="tx-grid-photo-strip">
      <Image.PreviewGroup>
        <Space wrap>
          {photos.map((p) => (
            <Image key={p.fileId} src={p.url} alt={p.fileName} width={72} height={72} style={{ objectFit: 'cover' }} />
          ))}
        </Space>
      </Image.PreviewGroup>
    </div>
  );
}

/** A case's state as a coloured tag. */
export function StateTag({ state, label }: { state: string; label: string }) {
  const color: Record<string, string> = {
    REPORTED: 'blue',
    ACCEPTED: 'cyan',
    DISPATCHED: 'geekblue',
    IN_PROGRESS: 'orange',
    FEEDBACK: 'purple',
    CLOSED: 'green',
    RATED: 'green',
    CANCELLED: 'default',
  };
  return (
    <Tag color={color[state]} data-testid="grid-case-state">
      {label}
    </Tag>
  );
}

/** The case's facts, photos, timeline and the buttons for what the viewer may do now. */
export function CaseDetail({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GridCaseQuery, variables: { id: caseId } });
  const [action, setAction] = useState<GridCaseAction | null>(null);
  const c = data?.gridCase;
  if (!c) {
    if (error) return <Alert type="error" showIcon message={serverErrorText(error, t)} />;
    return fetching ? <Spin /> : <Empty />;
  }
  const actions = CASE_ACTIONS.filter((a) => c.actions.includes(a));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="grid-case-detail">
      <Space wrap>
        <StateTag state={c.state} label={c.stateLabel} />
        <Typography.Text type="secondary">{c.number}</Typography.Text>
        <TimeLeftTag dueAt={c.currentDueAt} />
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
      <PhotoStrip photos={c.photos} label={t('grid.fields.photos')} />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'grid', label: t('grid.fields.grid'), children: c.gridName },
          { key: 'category', label: t('grid.fields.category'), children: c.categoryName },
          {
            key: 'reporter',
            label: t('grid.fields.reporter'),
            children: c.reporterHidden && !c.reporterName ? t('grid.reporterHidden') : (c.reporterName ?? '—'),
          },
          { key: 'reportedAt', label: t('grid.fields.reportedAt'), children: formatDateTime(c.reportedAt) },
          { key: 'location', label: t('grid.fields.location'), children: locationText(c.location) },
          { key: 'assignee', label: t('grid.fields.assignee'), children: c.assigneeName ?? '—' },
          { key: 'dueAt', label: t('grid.fields.dueAt'), children: c.dueAt ? formatDateTime(c.dueAt) : '—' },
          ...(c.resolved !== null && c.resolved !== undefined
            ? [{ key: 'resolved', label: t('grid.fields.resolved'), children: c.resolved ? t('grid.yes') : t('grid.no') }]
            : []),
          ...(c.rating ? [{ key: 'rating', label: t('grid.fields.rating'), children: `${c.rating} / 5 ${c.ratingComment ?? ''}` }] : []),
        ]}
      />
      {actions.length > 0 && (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={a === 'CANCEL' ? 'default' : 'primary'} danger={a === 'CANCEL'} onClick={() => setAction(a)}>
              {t(`grid.actions.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Typography.Title level={5}>{t('grid.timeline')}</Typography.Title>
      <Timeline
        items={c.timeline.map((e) => ({
          key: e.id,
          color: e.kind === 'OVERDUE' || e.kind === 'ESCALATED' ? 'red' : e.kind === 'WARNED' ? 'orange' : 'blue',
          children: (
            <div data-testid="grid-timeline-entry">
              <Typography.Text strong>{t(`grid.events.${e.kind}`)}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                {formatDateTime(e.createdAt)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </Typography.Text>
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              <PhotoStrip photos={e.files} label={t('grid.fields.photos')} />
            </div>
          ),
        }))}
      />
      <CaseActionDialog
        action={action}
        target={action ? { caseId: c.id, number: c.number, title: c.title } : null}
        onClose={() => setAction(null)}
        onDone={() => {
          refetch({ requestPolicy: 'network-only' });
          onChanged?.();
        }}
      />
    </Space>
  );
}

/** 「地址（纬度, 经度）」 or whatever of it there is. */
export function locationText(l: { latitude?: number | null; longitude?: number | null; address?: string | null } | null | undefined): string {
  if (!l) return '—';
  const coords = l.latitude != null && l.longitude != null ? `${l.latitude.toFixed(5)}, ${l.longitude.toFixed(5)}` : '';
  if (l.address && coords) return `${l.address}（${coords}）`;
  return l.address || coords || '—';
}

/** The case in a drawer (from the board or a list). */
export function CaseDrawer({ caseId, title, onClose, onChanged }: { caseId: string | null; title?: string; onClose: () => void; onChanged?: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={!!caseId} onClose={onClose} title={title ?? t('grid.caseDetail')} size={screens.md === false ? '100%' : 520} destroyOnHidden>
      {caseId && <CaseDetail caseId={caseId} onChanged={onChanged} />}
    </Drawer>
  );
}
