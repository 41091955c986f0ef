// Activities (活动). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** An activity as the lists show it. */
export const ActivityListFields = graphql(`
  fragment ActivityListFields on Activity {
    id
    title
    kind
    status
    orgName
    place
    startsAt
    endsAt
    registrationDeadline
    registrationOpen
    capacity
    registeredCount
    waitlistedCount
    volunteerHours
    myRegistration {
      id
      status
      waitlistPosition
      checkedInAt
      hours
    }
  }
`);

/** An activity with everything its page shows. */
export const ActivityFields = graphql(`
  fragment ActivityFields on Activity {
    ...ActivityListFields
    orgId
    description
    approvalRequired
    pendingCount
    cancelReason
    geofence {
      latitude
      longitude
      radiusM
    }
    fields {
      id
      label
      kind
      required
      options
    }
    myRegistration {
      id
      status
      waitlistPosition
      checkedInAt
      hours
      answers {
        fieldId
        label
        value
      }
    }
    viewerInvited
    viewerCanManage
    viewerIsOfficer
    exportUrl
  }
`);

/** Upcoming or past activities: the viewer's own (no org), or an org's (officers). */
export const ActivitiesQuery = graphql(`
  query Activities($orgId: ID, $past: Boolean!, $after: ID) {
    activities(orgId: $orgId, past: $past, first: 20, after: $after) {
      ...ActivityListFields
    }
  }
`);

/** How many activities a page of `ActivitiesQuery` holds. */
export const ACTIVITIES_PAGE = 20;

/** The activities of a window (a calendar month): the viewer's own (no org), or an org's. */
export const ActivitiesInWindowQuery = graphql(`
  query ActivitiesInWindow($orgId: ID, $from: DateTime!, $to: DateTime!) {
    activities(orgId: $orgId, from: $from, to: $to, first: 100) {
      ...ActivityListFields
    }
  }
`);

/** The activities the viewer registered for. */
export const MyActivitiesQuery = graphql(`
  query MyActivities {
    myActivities {
      ...ActivityListFields
    }
  }
`);

/** One activity. */
export const ActivityQuery = graphql(`
  query Activity($id: ID!) {
    activity(id: $id) {
      ...ActivityFields
    }
  }
`);

/** One activity with its registrations and figures (officers). */
export const ActivityRosterQuery = graphql(`
  query ActivityRoster($id: ID!) {
    activity(id: $id) {
      ...ActivityFields
      registrations {
        id
        memberId
        memberName
        status
        seq
        registeredAt
        checkedInAt
        checkInMethod
        hours
        answers {
          fieldId
          label
          value
        }
      }
      statistics {
        registered
        waitlisted
        pending
        attended
        noShows
        rate
        hours
      }
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
      }
    }
  }
`);

export const RegisterForActivityMutation = graphql(`
  mutation RegisterForActivity($input: RegisterForActivityInput!) {
    registerForActivity(input: $input) {
      registration {
        id
        status
        waitlistPosition
      }
      activity {
        ...ActivityFields
      }
    }
  }
`);

export const CancelActivityRegistrationMutation = graphql(`
  mutation CancelActivityRegistration($input: CancelActivityRegistrationInput!) {
    cancelActivityRegistration(input: $input) {
      registration {
        id
        status
      }
      activity {
        ...ActivityFields
      }
    }
  }
`);

export const CancelActivityMutation = graphql(`
  mutation CancelActivity($input: CancelActivityInput!) {
    cancelActivity(input: $input) {
      activity {
        ...ActivityFields
      }
    }
  }
`);

export const DecideActivityRegistrationMutation = graphql(`
  mutation DecideActivityRegistration($input: DecideActivityRegistrationInput!) {
    decideActivityRegistration(input: $input) {
      registration {
        id
        status
      }
    }
  }
`);

export const RecordActivityAttendanceMutation = graphql(`
  mutation RecordActivityAttendance($input: RecordActivityAttendanceInput!) {
    recordActivityAttendance(input: $input) {
      registration {
        id
        checkedInAt
        hours
      }
    }
  }
`);

export const SetVolunteerHoursMutation = graphql(`
  mutation SetVolunteerHours($input: SetVolunteerHoursInput!) {
    setVolunteerHours(input: $input) {
      registration {
        id
        hours
      }
    }
  }
`);

export const CheckInToActivityMutation = graphql(`
  mutation CheckInToActivity($input: CheckInToActivityInput!) {
    checkInToActivity(input: $input) {
      activity {
        ...ActivityFields
      }
    }
  }
`);

export const ActivityCheckInCodeQuery = graphql(`
  query ActivityCheckInCode($activityId: ID!) {
    activityCheckInCode(activityId: $activityId) {
      code
      url
      expiresAt
      refreshInSeconds
    }
  }
`);

export const MyVolunteerHoursQuery = graphql(`
  query MyVolunteerHours($year: Int) {
    myVolunteerHours(year: $year) {
      year
      totalHours
      activities
      entries {
        id
        activityId
        activityTitle
        orgName
        startsAt
        kind
        hours
        reason
        recordedAt
      }
    }
  }
`);

export const ActivityStatisticsQuery = graphql(`
  query ActivityStatistics($orgId: ID!, $year: Int) {
    activityStatistics(orgId: $orgId, year: $year) {
      year
      activities
      totals {
        registered
        attended
        noShows
        rate
        hours
      }
      lines {
        activityId
        title
        kind
        startsAt
        status
        participation {
          registered
          waitlisted
          attended
          noShows
          rate
          hours
        }
      }
      members {
        memberId
        memberName
        activities
        hours
      }
    }
  }
`);

/** 修改活动 (before it starts). */
export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        ...ActivityFields
      }
    }
  }
`);

/** 活动相册: the album of an activity and whether the viewer may add to it. */
export const ActivityPhotosQuery = graphql(`
  query ActivityPhotos($id: ID!) {
    activity(id: $id) {
      id
      viewerCanAddPhotos
      viewerCanManage
      photos {
        id
        url
        caption
        addedByName
        addedAt
        viewerCanRemove
        file {
          id
          name
        }
      }
    }
  }
`);

/** Adds uploaded images to the album. */
export const AddActivityPhotosMutation = graphql(`
  mutation AddActivityPhotos($input: AddActivityPhotosInput!) {
    addActivityPhotos(input: $input) {
      activity {
        id
      }
    }
  }
`);

/** Takes a photo out of the album. */
export const RemoveActivityPhotoMutation = graphql(`
  mutation RemoveActivityPhoto($input: RemoveActivityPhotoInput!) {
    removeActivityPhoto(input: $input) {
      activity {
        id
      }
    }
  }
`);

/** 生成稿件: an article draft from the album. */
export const DraftArticleFromAlbumMutation = graphql(`
  mutation DraftArticleFromAlbum($input: DraftArticleFromAlbumInput!) {
    draftArticleFromAlbum(input: $input) {
      article {
        id
      }
    }
  }
`);
