import type { Dayjs } from 'dayjs';
import type { GeofenceInput, MeetingType, ScheduleMeetingInput, UpdateMeetingInput } from '../../gql/graphql';
import type { Meeting } from './useMeeting';
import { DEFAULT_RADIUS, isLatitude, isLongitude } from './meetings';
import { isoToPicker, pickerToIso } from '../../lib/format';

/** Where the meeting is checked in from (when 定位签到 is on). */
export interface GeofenceValues {
  geofenceOn: boolean;
  latitude: number | null;
  longitude: number | null;
  radiusMeters: number | null;
}

/** The facts a reschedule may change. */
export interface MeetingFactValues extends GeofenceValues {
  title: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  location?: string;
  agenda?: string;
}

/** The schedule form's values. */
export interface ScheduleValues extends MeetingFactValues {
  orgId: string | null;
  type: MeetingType | null;
  isElection: boolean;
  includeSubOrgs: boolean;
  extraMemberIds: string[];
}

/** The fields of the forms (server field messages land on them). */
export const FACT_FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'agenda', 'geofenceOn', 'latitude', 'longitude', 'radiusMeters'] as const;
export const SCHEDULE_FIELDS = [...FACT_FIELDS, 'orgId', 'type', 'isElection', 'includeSubOrgs', 'extraMemberIds'] as const;

/** Server input fields the forms name differently. */
export const SCHEDULE_FIELD_MAP: Record<string, string> = {
  geofence: 'geofenceOn',
  'geofence.latitude': 'latitude',
  'geofence.longitude': 'longitude',
  'geofence.radiusMeters': 'radiusMeters',
};

export const NO_GEOFENCE: GeofenceValues = { geofenceOn: false, latitude: null, longitude: null, radiusMeters: DEFAULT_RADIUS };

/** The geofence as the API takes it (null when off or incomplete). */
export function geofenceInput(v: GeofenceValues): GeofenceInput | null {
  if (!v.geofenceOn || !isLatitude(v.latitude) || !isLongitude(v.longitude) || !v.radiusMeters) return null;
  return { latitude: v.latitude, longitude: v.longitude, radiusMeters: Math.round(v.radiusMeters) };
}

const text = (s: string | undefined | null) => s?.trim() || null;

export function scheduleInput(v: ScheduleValues): ScheduleMeetingInput {
  return {
    orgId: v.orgId ?? '',
    type: v.type ?? 'OTHER',
    title: v.title.trim(),
    startsAt: pickerToIso(v.startsAt) ?? '',
    endsAt: pickerToIso(v.endsAt) ?? '',
    location: text(v.location),
    agenda: text(v.agenda),
    isElection: v.isElection,
    geofence: geofenceInput(v),
    includeSubOrgs: v.includeSubOrgs,
    extraMemberIds: v.extraMemberIds ?? [],
  };
}

export function updateInput(meetingId: string, v: MeetingFactValues): UpdateMeetingInput {
  return {
    meetingId,
    title: v.title.trim(),
    startsAt: pickerToIso(v.startsAt) ?? '',
    endsAt: pickerToIso(v.endsAt) ?? '',
    location: text(v.location),
    agenda: text(v.agenda),
    geofence: geofenceInput(v),
  };
}

/** A saved meeting's facts as the reschedule form holds them. */
export function factValues(m: Meeting): MeetingFactValues {
  return {
    title: m.title,
    startsAt: isoToPicker(m.startsAt),
    endsAt: isoToPicker(m.endsAt),
    location: m.location ?? '',
    agenda: m.agenda ?? '',
    geofenceOn: !!m.geofence,
    latitude: m.geofence?.latitude ?? null,
    longitude: m.geofence?.longitude ?? null,
    radiusMeters: m.geofence?.radiusMeters ?? DEFAULT_RADIUS,
  };
}
