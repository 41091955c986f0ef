// 工作概览 and 数据大屏. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      memberTotal
      membersByLine {
        key
        count
      }
      membersByPoliticalStatus {
        key
        count
      }
      organizationsByLine {
        key
        count
      }
    }
  }
`);

export const OrgDashboardFields = graphql(`
  fragment OrgDashboardFields on OrgDashboard {
    organization {
      id
      name
    }
    generatedAt
    asOf
    members {
      total
      byLine {
        key
        count
      }
      byPoliticalStatus {
        key
        count
      }
      byGender {
        key
        count
      }
      byAgeBand {
        key
        count
      }
      byEducation {
        key
        count
      }
      byJoinYear {
        key
        count
      }
    }
    pipeline {
      stage
      members
      overdue
      dueSoon
    }
    meetings {
      required
      done
      scheduled
      due
      overdue
      missedLast12Months
      complianceRate
    }
    dues {
      year
      dueFen
      paidFen
      collectionRate
      arrearsMembers
      arrearsFen
    }
    notices {
      notices
      required
      acknowledged
      acknowledgementRate
    }
    participation {
      votes
      voteEligible
      voteVoted
      surveys
      surveyAsked
      surveyResponded
      activities
      activityRegistered
      activityCheckedIn
      participants
      members
      participationRate
    }
    study {
      plans
      assigned
      completed
      completionRate
    }
    points {
      year
      yearTotal
      total
      earners
    }
    grid {
      total
      open
      closed
      overdue
      withFeedback
      onTime
      onTimeRate
    }
    engagement {
      weekStart
      label
      active
    }
  }
`);

export const OrgDashboardQuery = graphql(`
  query OrgDashboard($organizationId: ID) {
    orgDashboard(organizationId: $organizationId) {
      ...OrgDashboardFields
    }
  }
`);

export const OrgDashboardUpdatedSubscription = graphql(`
  subscription OrgDashboardUpdated($organizationId: ID!) {
    orgDashboardUpdated(organizationId: $organizationId) {
      ...OrgDashboardFields
    }
  }
`);
