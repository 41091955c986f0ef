// Meetings (三会一课 / 组织生活), compliance and the calendar feed. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A meeting as lists and the calendar show it. */
export const MeetingListFields = graphql(`
  fragment MeetingListFields on Meeting {
    id
    orgId
    orgName
    line
    type
    typeLabel
    title
    startsAt
    endsAt
    location
    isElection
    status
    held
    checkInOpen
    minutesStatus
    canManage
    myAttendance {
      memberId
      state
    }
  }
`);

/** One invitee's attendance. */
export const MeetingAttendeeFields = graphql(`
  fragment MeetingAttendeeFields on MeetingAttendee {
    memberId
    name
    state
    voting
    leaveReason
    leaveRefused
    checkedInAt
    checkInMethod
  }
`);

/** The attendance counts (and the quorum, for the types that have one). */
export const MeetingAttendanceFields = graphql(`
  fragment MeetingAttendanceFields on MeetingAttendance {
    expected
    present
    onLeave
    leavePending
    absent
    quorumShare
    quorumInclusive
    quorumMet
    quorumRuleSource
  }
`);

/** A meeting in full: facts, attendance, minutes, amendments. */
export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingListFields
    agenda
    geofence {
      latitude
      longitude
      radiusMeters
    }
    cancelReason
    minutes
    resolutions
    approvedAt
    approvedByName
    attachments {
      fileId
      fileName
      contentType
      size
      url
    }
    amendments {
      id
      text
      authorName
      createdAt
    }
    attendance {
      ...MeetingAttendanceFields
    }
    attendees {
      ...MeetingAttendeeFields
    }
    myAttendance {
      ...MeetingAttendeeFields
    }
    createdAt
  }
`);

/** The meeting types with the tenant's frequency and quorum rules. */
export const MeetingTypesQuery = graphql(`
  query MeetingTypes {
    meetingTypes {
      type
      label
      line
      frequencyMonths
      ruleKey
      ruleSource
      general
      committeeOnly
    }
  }
`);

/** Meetings the viewer may see (mine: invited to; orgId: that org and below), newest start first. */
export const MeetingsQuery = graphql(`
  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {
    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {
      edges {
        cursor
        node {
          ...MeetingListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

/** What the big screen shows: the title, time and the present count. */
export const MeetingScreenQuery = graphql(`
  query MeetingScreen($id: ID!) {
    meeting(id: $id) {
      id
      title
      orgName
      startsAt
      endsAt
      location
      status
      checkInOpen
      canManage
      attendance {
        ...MeetingAttendanceFields
      }
    }
  }
`);

/** The rotating check-in code (managers only): fetch a new one after `refreshInSeconds`. */
export const MeetingCheckInCodeQuery = graphql(`
  query MeetingCheckInCode($meetingId: ID!) {
    meetingCheckInCode(meetingId: $meetingId) {
      code
      url
      expiresAt
      refreshInSeconds
    }
  }
`);

/** Per org and required type, the current period (orgId null: every org the viewer may read). */
export const MeetingComplianceQuery = graphql(`
  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {
    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {
      orgId
      orgName
      type
      typeLabel
      frequencyMonths
      periodStart
      periodEnd
      daysLeft
      status
      warning
      lastHeldAt
      nextMeetingId
      missedLast12Months
      ruleSource
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const RequestMeetingLeaveMutation = graphql(`
  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {
    requestMeetingLeave(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const DecideMeetingLeaveMutation = graphql(`
  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {
    decideMeetingLeave(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 扫码签到 with the code from the QR (and the position when the meeting has a geofence). */
export const CheckInToMeetingMutation = graphql(`
  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {
    checkInToMeeting(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 补签 (present: true) or undoing a check-in (present: false), by a manager. */
export const RecordMeetingAttendanceMutation = graphql(`
  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {
    recordMeetingAttendance(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

export const SaveMeetingMinutesMutation = graphql(`
  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {
    saveMeetingMinutes(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 审定纪要: the minutes become read only (amendments only, after). */
export const ApproveMeetingMinutesMutation = graphql(`
  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {
    approveMeetingMinutes(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** 补充说明 to approved minutes. */
export const AmendMeetingRecordMutation = graphql(`
  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {
    amendMeetingRecord(input: $input) {
      meeting {
        ...MeetingFields
      }
    }
  }
`);

/** The meeting now, then after every attendance change (managers only). */
export const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

/** The big screen's present count, live. */
export const MeetingCountsChangedSubscription = graphql(`
  subscription MeetingCountsChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
      id
      checkInOpen
      attendance {
        ...MeetingAttendanceFields
      }
    }
  }
`);

/** The viewer's calendar subscription (null when none). */
export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

/** A new secret feed link (shown once); any earlier link stops working. */
export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      feed {
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
