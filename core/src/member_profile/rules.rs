//! The profile's input, parsed: known codes only, join dates neither in the future nor before
//! the organisation existed.

use super::codes::{Education, Ethnicity, Occupation};
use crate::{AppError, AppResult};
use chrono::NaiveDate;

/// A member's statutory profile, as entered (every field optional: unknown stays unrecorded).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileInput {
    /// 民族.
    pub ethnicity: Option<Ethnicity>,
    /// 学历.
    pub education: Option<Education>,
    /// 职业/岗位.
    pub occupation: Option<Occupation>,
    /// 入党日期 (for members admitted before their stage history was kept).
    pub party_joined_on: Option<NaiveDate>,
    /// 入团日期.
    pub league_joined_on: Option<NaiveDate>,
    /// 入会日期.
    pub union_joined_on: Option<NaiveDate>,
}

/// The party's, the league's and the union's founding dates: nobody joined before them.
const FOUNDED: [(&str, &str, (i32, u32, u32)); 3] = [
    ("partyJoinedOn", "入党日期", (1921, 7, 1)),
    ("leagueJoinedOn", "入团日期", (1922, 5, 5)),
    ("unionJoinedOn", "入会日期", (1925, 5, 1)),
];

impl ProfileInput {
    /// Checks the dates against `today` (Beijing): none in the future, none before the
    /// organisation was founded.
    pub fn check_dates(&self, today: NaiveDate) -> AppResult<()> {
        let dates = [
            self.party_joined_on,
            self.league_joined_on,
            self.union_joined_on,
        ];
        for ((field, label, (y, m, d)), date) in FOUNDED.into_iter().zip(dates) {
            let Some(date) = date else { continue };
            let founded = NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
            if date > today {
                return Err(AppError::field(field, format!("{label}不能晚于今天")));
            }
            if date < founded {
                return Err(AppError::field(
                    field,
                    format!("{label}不能早于{}", founded.format("%Y年%-m月%-d日")),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_join_date_today_or_on_the_founding_day_is_accepted() {
        let input = ProfileInput {
            party_joined_on: Some(day(1921, 7, 1)),
            league_joined_on: Some(day(2026, 12, 7)),
            ..Default::default()
        };
        assert!(input.check_dates(day(2026, 12, 7)).is_ok());
    }

    #[test]
    fn a_join_date_tomorrow_or_before_the_founding_is_refused_on_its_field() {
        let tomorrow = ProfileInput {
            union_joined_on: Some(day(2026, 12, 8)),
            ..Default::default()
        };
        let early = ProfileInput {
            party_joined_on: Some(day(1921, 6, 30)),
            ..Default::default()
        };
        for (input, field) in [(tomorrow, "unionJoinedOn"), (early, "partyJoinedOn")] {
            match input.check_dates(day(2026, 12, 7)) {
                Err(AppError::Validation { fields, .. }) => {
                    assert!(fields.contains_key(field), "{fields:?}")
                }
                other => panic!("expected a validation error, got {other:?}"),
            }
        }
    }
}
