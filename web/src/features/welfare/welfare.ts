import type { Dayjs } from 'dayjs';
import type {
  CreateWelfareCampaignInput,
  WelfareCampaignKind,
  WelfareCampaignListFieldsFragment,
  WelfareCampaignStatus,
  WelfareCategory,
  WelfareOrderStatus,
  WelfareThresholdKind,
} from '../../gql/graphql';
import { pickerToIso } from '../../lib/format';
import { formatYuan, yuanToFen } from '../dues/dues';
import { detailGlobalId } from '../../lib/notificationDetail';

/**
 * The pure parts of 工会福利: the enums in the order the pages offer them, progress and time
 * left of a campaign, caps used, the export's address and the creation form's values as the
 * API's input (yuan typed, fen sent).
 */

/** 节日慰问, 生日慰问, 其他 (`welfare.categories.*`). */
export const WELFARE_CATEGORIES: WelfareCategory[] = ['HOLIDAY', 'BIRTHDAY', 'OTHER'];
/** 拼团, 众筹 (`welfare.kinds.*`). */
export const CAMPAIGN_KINDS: WelfareCampaignKind[] = ['GROUP_BUY', 'CROWDFUND'];
/** 成团人数, 众筹金额 (`welfare.thresholdKinds.*`). */
export const THRESHOLD_KINDS: WelfareThresholdKind[] = ['PARTICIPANTS', 'AMOUNT'];
/** 进行中, 已成团, 未成团, 已取消 (`welfare.statuses.*`). */
export const CAMPAIGN_STATUSES: WelfareCampaignStatus[] = ['OPEN', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
/** 待成团, 已确认, 已取消 (`welfare.orderStatuses.*`). */
export const ORDER_STATUSES: WelfareOrderStatus[] = ['PENDING', 'CONFIRMED', 'CANCELLED'];

export const CAMPAIGN_STATUS_COLORS: Record<WelfareCampaignStatus, string> = {
  OPEN: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'warning',
  CANCELLED: 'default',
};
export const ORDER_STATUS_COLORS: Record<WelfareOrderStatus, string> = {
  PENDING: 'processing',
  CONFIRMED: 'success',
  CANCELLED: 'default',
};
export const KIND_COLORS: Record<WelfareCampaignKind, string> = { GROUP_BUY: 'red', CROWDFUND: 'purple' };

/** Page sizes of the lists. */
export const CAMPAIGN_PAGE = 20;
export const ORDER_PAGE = 50;
export const DISTRIBUTION_PAGE = 20;

/** Longest title, description, item name and note the server takes, in characters. */
export const MAX_TITLE = 100;
export const MAX_DESCRIPTION = 2000;
export const MAX_ITEM_NAME = 100;
export const MAX_NOTE = 500;
/** Items a campaign may have. */
export const MAX_ITEMS = 20;

/** This year and the four before it, for the year pickers. */
export function welfareYears(now = new Date()): number[] {
  const y = now.getFullYear();
  return [y, y - 1, y - 2, y - 3, y - 4];
}

type Progress = Pick<WelfareCampaignListFieldsFragment, 'thresholdKind' | 'threshold' | 'participantCount' | 'amountFen'>;

/** Where a campaign stands against its threshold: 「12 / 30」 people, or 「¥1,200.00 / ¥5,000.00」. */
export function progressFigures(c: Progress): { reached: string; threshold: string } {
  return c.thresholdKind === 'AMOUNT'
    ? { reached: formatYuan(c.amountFen), threshold: formatYuan(c.threshold) }
    : { reached: String(c.participantCount), threshold: String(c.threshold) };
}

/** Seconds until `deadline` (whole minutes once more than a minute is left); 0 once it passed. */
export function secondsLeft(deadline: string, now: number = Date.now()): number {
  const s = Math.floor((new Date(deadline).getTime() - now) / 1000);
  if (!Number.isFinite(s) || s <= 0) return 0;
  return s > 60 ? s - (s % 60) : s;
}

/** How much of a cap is used, in percent (0–100); null without a cap. */
export function capPercent(usedFen: number, capFen: number | null | undefined): number | null {
  if (capFen == null) return null;
  if (capFen <= 0) return usedFen > 0 ? 100 : 0;
  return Math.min(100, Math.round((usedFen * 100) / capFen));
}

/** 导出 .xlsx: the statistics of an org's sub-tree for a year. */
export function statisticsExportUrl(organizationId: string, year: number): string {
  const q = new URLSearchParams({ organization: organizationId, year: String(year) });
  return `/export/welfare-statistics.xlsx?${q.toString()}`;
}

/** Where a campaign's orders download as .xlsx. */
export function ordersExportUrl(campaignId: string): string {
  return `/export/welfare-orders.xlsx?${new URLSearchParams({ campaign: campaignId }).toString()}`;
}

/** The creation form's values: amounts as typed in yuan. */
export interface ItemValues {
  name: string;
  description?: string;
  price: string;
  subsidy: string;
  perMemberLimit: number;
  cashLike?: boolean;
}

export interface CampaignValues {
  kind: WelfareCampaignKind;
  category: WelfareCategory;
  title: string;
  description?: string;
  thresholdKind: WelfareThresholdKind;
  /** People (PARTICIPANTS). */
  participants?: number | null;
  /** Yuan as typed (AMOUNT). */
  amount?: string;
  deadline: Dayjs;
  items: ItemValues[];
}

/** The threshold the form asks for: people, or the amount in fen; null when not given. */
export function thresholdOf(v: Pick<CampaignValues, 'thresholdKind' | 'participants' | 'amount'>): number | null {
  if (v.thresholdKind === 'AMOUNT') return yuanToFen(v.amount ?? '');
  return v.participants ?? null;
}

/**
 * The form's values as `createWelfareCampaign`'s input: yuan read digit by digit into fen,
 * the deadline read in the tenant's time zone. The form has checked every amount first.
 */
export function campaignInput(organizationId: string, v: CampaignValues): CreateWelfareCampaignInput {
  return {
    organizationId,
    kind: v.kind,
    category: v.category,
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    thresholdKind: v.thresholdKind,
    threshold: thresholdOf(v) ?? 0,
    deadline: pickerToIso(v.deadline) ?? '',
    items: v.items.map((i) => ({
      name: i.name.trim(),
      description: i.description?.trim() ?? '',
      priceFen: yuanToFen(i.price) ?? 0,
      subsidyFen: yuanToFen(i.subsidy) ?? 0,
      cashLike: !!i.cashLike,
      perMemberLimit: i.perMemberLimit,
    })),
  };
}

/** What the member pays per unit of an item being written (price − subsidy); null until both are amounts. */
export function memberPriceFen(price: string | undefined, subsidy: string | undefined): number | null {
  const p = yuanToFen(price ?? '');
  const s = yuanToFen(subsidy ?? '');
  return p === null || s === null ? null : p - s;
}

/** Where a welfare notification leads: the campaign it is about. */
export function welfareNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'WELFARE') return null;
  const id = detailGlobalId(n.detail, 'campaign', 'WelfareCampaign');
  return id ? `/welfare/${encodeURIComponent(id)}` : '/welfare';
}
