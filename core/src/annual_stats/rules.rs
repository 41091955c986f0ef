//! The layouts of the annual returns: the party's 党内统计 tables, the union's 会员 and 组织
//! tables and the league's 团员 and 团组织 tables, with the bands they count by.

use super::table::{Column, Group, Layout, partition_by};
use crate::{
    member_profile::{Education, Ethnicity, Occupation},
    org::model::Kind,
};
use chrono::{Datelike, NaiveDate};

/// A counted person, as of the statistics' date.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// Recorded as female.
    pub female: bool,
    /// Whole years of age on the date, if the birth date is known.
    pub age: Option<u32>,
    /// 民族.
    pub ethnicity: Option<Ethnicity>,
    /// 学历.
    pub education: Option<Education>,
    /// 职业/岗位.
    pub occupation: Option<Occupation>,
    /// A probationary (预备) rather than a full party member on the date.
    pub probationary: bool,
    /// A party member (for the union's and the league's 其中党员).
    pub party_member: bool,
    /// Joined the party, the union or the league (the line of the table) on this date.
    pub joined_on: Option<NaiveDate>,
    /// Joined within the statistics' year (up to the date).
    pub joined_this_year: bool,
}

/// A movement of a party member within the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// 发展: admitted as a probationary member.
    Developed,
    /// 转正: became a full member.
    Confirmed,
    /// 转入: received by a transfer letter.
    TransferredIn,
    /// 转出: left with a transfer letter.
    TransferredOut,
}

/// Whole years from `birth` to `day` (0 for a birth after the day).
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> u32 {
    let mut years = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

fn minority(p: &Person) -> bool {
    p.ethnicity.is_some_and(Ethnicity::is_minority)
}

fn college(p: &Person) -> bool {
    p.education.is_some_and(Education::college_or_above)
}

/// An age band `[lo, hi]` (inclusive; `u32::MAX` for no upper bound).
fn age_band(key: &'static str, label: &'static str, lo: u32, hi: u32) -> Column<Person> {
    Column::new(key, label, move |p: &Person| {
        p.age.is_some_and(|a| (lo..=hi).contains(&a))
    })
}

fn age_group(bands: &[(&'static str, &'static str, u32, u32)]) -> Group<Person> {
    let mut columns: Vec<_> = bands
        .iter()
        .map(|&(k, l, lo, hi)| age_band(k, l, lo, hi))
        .collect();
    columns.push(Column::new("ageUnknown", "未登记", |p: &Person| {
        p.age.is_none()
    }));
    Group {
        label: "年龄",
        partition: true,
        columns,
    }
}

fn education_group() -> Group<Person> {
    let cols: Vec<_> = Education::ALL
        .iter()
        .map(|&e| (e.as_str(), e.label(), e))
        .collect();
    partition_by("学历", "educationUnknown", |p: &Person| p.education, &cols)
}

/// 党员基本情况: 正式/预备, 女, 少数民族, 大专及以上, and age bands.
pub fn party_members() -> Layout<Person> {
    Layout {
        key: "party.members",
        title: "党员基本情况",
        total_label: "党员总数",
        groups: vec![
            Group {
                label: "党员类别",
                partition: true,
                columns: vec![
                    Column::new("full", "正式党员", |p: &Person| !p.probationary),
                    Column::new("probationary", "预备党员", |p: &Person| p.probationary),
                ],
            },
            Group {
                label: "其中",
                partition: false,
                columns: vec![
                    Column::new("female", "女", |p: &Person| p.female),
                    Column::new("minority", "少数民族", minority),
                    Column::new("college", "大专及以上", college),
                ],
            },
            age_group(&[
                ("age30", "30岁及以下", 0, 30),
                ("age31", "31—35岁", 31, 35),
                ("age36", "36—40岁", 36, 40),
                ("age41", "41—45岁", 41, 45),
                ("age46", "46—50岁", 46, 50),
                ("age51", "51—55岁", 51, 55),
                ("age56", "56—60岁", 56, 60),
                ("age61", "61—70岁", 61, 70),
                ("age71", "71岁及以上", 71, u32::MAX),
            ]),
        ],
    }
}

/// 党员学历.
pub fn party_education() -> Layout<Person> {
    Layout {
        key: "party.education",
        title: "党员学历",
        total_label: "党员总数",
        groups: vec![education_group()],
    }
}

/// 党员职业（岗位）.
pub fn party_occupation() -> Layout<Person> {
    let cols: Vec<_> = Occupation::ALL
        .iter()
        .map(|&o| (o.as_str(), o.label(), o))
        .collect();
    Layout {
        key: "party.occupation",
        title: "党员职业（岗位）",
        total_label: "党员总数",
        groups: vec![partition_by(
            "职业（岗位）",
            "occupationUnknown",
            |p: &Person| p.occupation,
            &cols,
        )],
    }
}

/// The periods of 入党时间 the party statistics count by: `(key, label, first day)`.
pub const JOIN_PERIODS: [(&str, &str, (i32, u32, u32)); 7] = [
    ("before1949", "1949年9月及以前", (1921, 7, 1)),
    ("from1949", "1949年10月至1966年4月", (1949, 10, 1)),
    ("from1966", "1966年5月至1976年10月", (1966, 5, 1)),
    ("from1976", "1976年11月至1978年12月", (1976, 11, 1)),
    ("from1979", "1979年1月至2002年10月", (1979, 1, 1)),
    ("from2002", "2002年11月至2012年10月", (2002, 11, 1)),
    ("from2012", "2012年11月及以后", (2012, 11, 1)),
];

/// The index in [`JOIN_PERIODS`] of the period a join date falls in.
pub fn join_period(day: NaiveDate) -> usize {
    JOIN_PERIODS
        .iter()
        .rposition(|&(_, _, (y, m, d))| {
            NaiveDate::from_ymd_opt(y, m, d).is_some_and(|start| day >= start)
        })
        .unwrap_or(0)
}

/// 党员入党时间.
pub fn party_joined() -> Layout<Person> {
    let cols: Vec<_> = JOIN_PERIODS
        .iter()
        .enumerate()
        .map(|(i, &(k, l, _))| (k, l, i))
        .collect();
    Layout {
        key: "party.joined",
        title: "党员入党时间",
        total_label: "党员总数",
        groups: vec![partition_by(
            "入党时间",
            "joinedUnknown",
            |p: &Person| p.joined_on.map(join_period),
            &cols,
        )],
    }
}

/// 发展党员: those admitted as probationary members this year.
pub fn party_developed() -> Layout<Person> {
    Layout {
        key: "party.developed",
        title: "发展党员",
        total_label: "发展党员数",
        groups: vec![Group {
            label: "其中",
            partition: false,
            columns: vec![
                Column::new("female", "女", |p: &Person| p.female),
                Column::new("minority", "少数民族", minority),
                Column::new("age35", "35岁及以下", |p: &Person| {
                    p.age.is_some_and(|a| a <= 35)
                }),
                Column::new("college", "大专及以上", college),
            ],
        }],
    }
}

/// 党员变动: this year's admissions, confirmations and transfers.
pub fn party_flows() -> Layout<Flow> {
    let col = |key, label, flow: Flow| Column::new(key, label, move |f: &Flow| *f == flow);
    Layout {
        key: "party.flows",
        title: "党员变动",
        total_label: "变动人次",
        groups: vec![Group {
            label: "变动类别",
            partition: true,
            columns: vec![
                col("developed", "发展党员", Flow::Developed),
                col("confirmed", "预备党员转正", Flow::Confirmed),
                col("in", "组织关系转入", Flow::TransferredIn),
                col("out", "组织关系转出", Flow::TransferredOut),
            ],
        }],
    }
}

fn org_layout(key: &'static str, title: &'static str, kinds: &[Kind]) -> Layout<Kind> {
    Layout {
        key,
        title,
        total_label: "组织总数",
        groups: vec![Group {
            label: "组织类别",
            partition: true,
            columns: kinds
                .iter()
                .map(|&k| Column::new(k.code(), k.label(), move |o: &Kind| *o == k))
                .collect(),
        }],
    }
}

/// 党组织: 党委, 党总支, 党支部, 党小组.
pub fn party_orgs() -> Layout<Kind> {
    org_layout(
        "party.orgs",
        "党组织",
        &[
            Kind::PartyCommittee,
            Kind::PartyGeneralBranch,
            Kind::PartyBranch,
            Kind::PartyGroup,
        ],
    )
}

/// 工会会员: 女, 少数民族, 党员, 大专及以上, 本年新入会, and age bands.
pub fn union_members() -> Layout<Person> {
    Layout {
        key: "union.members",
        title: "工会会员基本情况",
        total_label: "会员总数",
        groups: vec![
            Group {
                label: "其中",
                partition: false,
                columns: vec![
                    Column::new("female", "女", |p: &Person| p.female),
                    Column::new("minority", "少数民族", minority),
                    Column::new("party", "中共党员", |p: &Person| p.party_member),
                    Column::new("college", "大专及以上", college),
                    Column::new("joined", "本年新入会", |p: &Person| p.joined_this_year),
                ],
            },
            age_group(&[
                ("age35", "35岁及以下", 0, 35),
                ("age36", "36—45岁", 36, 45),
                ("age46", "46—55岁", 46, 55),
                ("age56", "56岁及以上", 56, u32::MAX),
            ]),
        ],
    }
}

/// 工会组织: 工会, 分会, 工会小组.
pub fn union_orgs() -> Layout<Kind> {
    org_layout(
        "union.orgs",
        "工会组织",
        &[Kind::UnionCommittee, Kind::UnionBranch, Kind::UnionGroup],
    )
}

/// 团员: 女, 少数民族, 大专及以上, 本年新发展, and the league's age bands (over 28 is 超龄).
pub fn league_members() -> Layout<Person> {
    Layout {
        key: "league.members",
        title: "团员基本情况",
        total_label: "团员总数",
        groups: vec![
            Group {
                label: "其中",
                partition: false,
                columns: vec![
                    Column::new("female", "女", |p: &Person| p.female),
                    Column::new("minority", "少数民族", minority),
                    Column::new("college", "大专及以上", college),
                    Column::new("joined", "本年新发展团员", |p: &Person| {
                        p.joined_this_year
                    }),
                ],
            },
            age_group(&[
                ("age18", "18岁及以下", 0, 18),
                ("age19", "19—22岁", 19, 22),
                ("age23", "23—25岁", 23, 25),
                ("age26", "26—28岁", 26, 28),
                ("age29", "28岁以上（超龄）", 29, u32::MAX),
            ]),
        ],
    }
}

/// 团组织: 团委, 团支部.
pub fn league_orgs() -> Layout<Kind> {
    org_layout(
        "league.orgs",
        "团组织",
        &[Kind::YouthCommittee, Kind::YouthBranch],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn age_turns_on_the_birthday_not_the_day_before() {
        assert_eq!(age_on(day(1996, 12, 31), day(2026, 12, 30)), 29);
        assert_eq!(age_on(day(1996, 12, 31), day(2026, 12, 31)), 30);
        assert_eq!(age_on(day(2000, 2, 29), day(2026, 2, 28)), 25);
        assert_eq!(age_on(day(2030, 1, 1), day(2026, 1, 1)), 0);
    }

    #[test]
    fn join_periods_start_on_their_first_day() {
        assert_eq!(join_period(day(1949, 9, 30)), 0);
        assert_eq!(join_period(day(1949, 10, 1)), 1);
        assert_eq!(join_period(day(2012, 10, 31)), 5);
        assert_eq!(join_period(day(2012, 11, 1)), 6);
    }

    #[test]
    fn a_thirty_year_old_is_in_the_first_band_and_thirty_one_in_the_second() {
        let t = party_members();
        let ages = &t.groups[2].columns;
        let at = |age| Person {
            age: Some(age),
            ..Default::default()
        };
        assert!((ages[0].counts)(&at(30)));
        assert!((ages[1].counts)(&at(31)));
        assert!((ages[8].counts)(&at(99)));
        assert!((ages[9].counts)(&Person::default()));
    }

    #[test]
    fn every_layouts_partitions_split_a_varied_crowd_exactly() {
        let crowd: Vec<(usize, Person)> = (0..200u32)
            .map(|i| {
                let p = Person {
                    female: i % 2 == 0,
                    age: (i % 7 != 0).then_some(10 + i % 80),
                    ethnicity: Ethnicity::parse(if i % 5 == 0 { "03" } else { "01" }),
                    education: (i % 9 != 0)
                        .then(|| Education::ALL[i as usize % Education::ALL.len()]),
                    occupation: (i % 4 != 0)
                        .then(|| Occupation::ALL[i as usize % Occupation::ALL.len()]),
                    probationary: i % 3 == 0,
                    party_member: i % 3 != 1,
                    joined_on: (i % 6 != 0).then(|| day(1940 + (i as i32 % 86), 6, 1)),
                    joined_this_year: i % 10 == 0,
                };
                ((i % 3) as usize, p)
            })
            .collect();
        let units: Vec<_> = (0..3)
            .map(|i| super::super::table::Unit {
                label: format!("{i}"),
                org_id: uuid::Uuid::nil(),
            })
            .collect();
        for layout in [
            party_members(),
            party_education(),
            party_occupation(),
            party_joined(),
            party_developed(),
            union_members(),
            league_members(),
        ] {
            let (table, checks) = layout.count(&units, &crowd);
            assert_eq!(table.totals[0], 200, "{}", table.title);
            assert!(checks.iter().all(|c| c.passed), "{checks:?}");
        }
    }
}
