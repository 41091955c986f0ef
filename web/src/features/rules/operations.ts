// Statutory rules and the working-day calendar (节假日与调休). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const RulesQuery = graphql(`
  query Rules {
    rules {
      key
      area
      title
      source
      defaultParams
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const OverrideRuleMutation = graphql(`
  mutation OverrideRule($input: OverrideRuleInput!) {
    overrideRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const ResetRuleMutation = graphql(`
  mutation ResetRule($input: ResetRuleInput!) {
    resetRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

// ---- 节假日与调休: the tenant's working-day calendar ----------------------------------------

/** A day of the working calendar as the page shows it. */
export const CalendarDayFields = graphql(`
  fragment CalendarDayFields on CalendarDay {
    date
    kind
    name
    source
    overridden
    nationalKind
  }
`);

export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      seeded
      source
      days {
        ...CalendarDayFields
      }
    }
  }
`);

export const WorkingDayDeadlineQuery = graphql(`
  query WorkingDayDeadline($from: DateTime!, $workingDays: Int!) {
    workingDayDeadline(from: $from, workingDays: $workingDays)
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      ...CalendarDayFields
    }
  }
`);

export const ResetCalendarDayMutation = graphql(`
  mutation ResetCalendarDay($date: NaiveDate!) {
    resetCalendarDay(date: $date) {
      ...CalendarDayFields
    }
  }
`);
