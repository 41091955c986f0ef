import type { Dayjs } from 'dayjs';
import type { NoticeCategory, NoticeImportance, NoticeInput, NoticeQuery } from '../../gql/graphql';
import type { PendingFile } from '../../lib/upload';
import { audienceValue, EMPTY_AUDIENCE, toAudienceInput, type AudienceValue } from './notices';
import { isoToPicker, pickerToIso } from '../../lib/format';

/** The compose form's values. */
export interface ComposeValues {
  title: string;
  category: NoticeCategory;
  importance: NoticeImportance;
  issuerOrgId: string | null;
  body: string;
  attachments: PendingFile[];
  audience: AudienceValue;
  ackRequired: boolean;
  ackDeadline: Dayjs | null;
  scheduledAt: Dayjs | null;
  reviewerId: string | null;
}

/** The form's fields (server field messages land on them). */
export const COMPOSE_FIELDS = [
  'title',
  'category',
  'importance',
  'issuerOrgId',
  'body',
  'attachments',
  'audience',
  'ackRequired',
  'ackDeadline',
  'scheduledAt',
  'reviewerId',
] as const;

/** Server input fields the form names differently. */
export const COMPOSE_FIELD_MAP: Record<string, string> = {
  attachmentIds: 'attachments',
  'audience.orgs': 'audience',
  'audience.lines': 'audience',
  'audience.roles': 'audience',
  'audience.politicalStatuses': 'audience',
  'audience.memberIds': 'audience',
  'audience.excludeMemberIds': 'audience',
};

/** A new notice. */
export const NEW_NOTICE: ComposeValues = {
  title: '',
  category: 'NOTICE',
  importance: 'NORMAL',
  issuerOrgId: null,
  body: '',
  attachments: [],
  audience: EMPTY_AUDIENCE,
  ackRequired: false,
  ackDeadline: null,
  scheduledAt: null,
  reviewerId: null,
};

type SavedNotice = NoticeQuery['notice'];

/** A saved draft as the form holds it. */
export function draftValues(n: SavedNotice): ComposeValues {
  return {
    title: n.title,
    category: n.category,
    importance: n.importance,
    issuerOrgId: n.issuer?.id ?? null,
    body: n.body,
    attachments: n.attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, isImage: a.isImage })),
    audience: audienceValue(n.audience),
    ackRequired: n.ackRequired,
    ackDeadline: isoToPicker(n.ackDeadline),
    scheduledAt: isoToPicker(n.scheduledAt),
    reviewerId: n.reviewer?.id ?? null,
  };
}

/** The form's values as the API's input (continuing `draftId` when there is one). */
export function noticeInput(v: ComposeValues, draftId: string | null): NoticeInput {
  return {
    draftId,
    issuerOrgId: v.issuerOrgId ?? '',
    title: v.title.trim(),
    body: v.body ?? '',
    category: v.category,
    importance: v.importance,
    ackRequired: v.ackRequired,
    ackDeadline: v.ackRequired ? pickerToIso(v.ackDeadline) : null,
    audience: toAudienceInput(v.audience ?? EMPTY_AUDIENCE),
    attachmentIds: (v.attachments ?? []).map((f) => f.id),
    scheduledAt: pickerToIso(v.scheduledAt),
    reviewerId: v.reviewerId || null,
  };
}

/** What 发布 can do (`notices.compose.publish.*`, `notices.compose.confirm.*`). */
export const PUBLISH_MODES = ['now', 'review', 'schedule'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** What 发布 does with these values: send for review, schedule, or publish now. */
export function publishMode(v: Pick<ComposeValues, 'reviewerId' | 'scheduledAt'>): PublishMode {
  if (v.reviewerId) return 'review';
  if (v.scheduledAt) return 'schedule';
  return 'now';
}
