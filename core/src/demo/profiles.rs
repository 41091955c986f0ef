//! The statutory profile of the demo's members (民族, 学历, 职业/岗位, join dates) so that the
//! annual returns show real figures: most recorded, a few left unrecorded as in any roster, so
//! the returns' warnings show too.

use super::{Demo, today};
use crate::{
    App, AppResult,
    member_profile::{Education, Ethnicity, Occupation, ProfileInput},
};
use chrono::{Datelike, NaiveDate};
use rand::{RngExt, SeedableRng, rngs::StdRng};

/// Ethnicities by weight: mostly 汉族, some of the larger minorities.
const ETHNICITIES: [(&str, u32); 6] = [
    ("01", 88),
    ("03", 4),
    ("08", 3),
    ("11", 2),
    ("06", 2),
    ("02", 1),
];

fn weighted<'a>(rng: &mut StdRng, items: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (item, w) in items {
        if roll < *w {
            return item;
        }
        roll -= w;
    }
    items[0].0
}

pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let mut rng = StdRng::seed_from_u64(20261207);
    let this_year = today().year();
    for p in &demo.people {
        // One in twelve is left unrecorded, as the warnings of the returns will say.
        if rng.random_range(0..12) == 0 {
            continue;
        }
        let education = match p.age {
            ..=30 => [
                Education::Master,
                Education::Bachelor,
                Education::Bachelor,
                Education::JuniorCollege,
            ][rng.random_range(0..4)],
            31..=45 => [
                Education::Master,
                Education::Bachelor,
                Education::JuniorCollege,
                Education::SecondaryVocational,
            ][rng.random_range(0..4)],
            _ => [
                Education::Bachelor,
                Education::JuniorCollege,
                Education::HighSchool,
                Education::JuniorHighOrBelow,
            ][rng.random_range(0..4)],
        };
        let occupation = match p.unit {
            // 综合办公室, 生产运营部, 研发中心.
            0 => Occupation::Manager,
            1 => Occupation::Worker,
            _ => Occupation::Professional,
        };
        // Full members admitted before the stage history was kept carry a recorded date.
        let party_joined_on = (p.status == "FULL_MEMBER")
            .then(|| {
                let years_ago = rng.random_range(1..=(p.age - 18).max(1));
                NaiveDate::from_ymd_opt(this_year - years_ago, rng.random_range(1..=12), 1)
            })
            .flatten();
        let league_joined_on = (p.status == "LEAGUE_MEMBER")
            .then(|| NaiveDate::from_ymd_opt(this_year - p.age + 15, 5, 4))
            .flatten();
        let union_joined_on = NaiveDate::from_ymd_opt(
            this_year - rng.random_range(0..=(p.age - 20).clamp(0, 20)),
            rng.random_range(1..=12),
            1,
        )
        .filter(|d| *d <= today());
        let input = ProfileInput {
            ethnicity: Ethnicity::parse(weighted(&mut rng, &ETHNICITIES)),
            education: Some(education),
            occupation: Some(occupation),
            party_joined_on,
            league_joined_on,
            union_joined_on,
        };
        crate::member::update_profile(&demo.admin, app, p.id, input).await?;
    }
    Ok(())
}
