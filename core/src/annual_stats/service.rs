//! Computing an org's annual statistics on a date, and their workbook.

use super::{
    rules::{self, Flow, Person},
    sheet,
    store::{self, OrgRow, PersonRow},
    table::{Check, Table, Unit},
};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::catalog,
    member_profile::{Education, Ethnicity, Occupation},
    org::model::{Kind, Line},
};
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// Something the tables could not count precisely: unrecorded fields, and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What is missing (`出生日期`, `学历`, …).
    pub message: String,
    /// How many people it concerns.
    pub count: i64,
}

/// An org's annual statistics.
#[derive(Debug, Clone)]
pub struct Statistics {
    /// The org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its line: the party's, the union's or the league's returns.
    pub line: Line,
    /// The date counted.
    pub as_of: NaiveDate,
    /// The tables.
    pub tables: Vec<Table>,
    /// The consistency checks, all of which should pass.
    pub checks: Vec<Check>,
    /// Unrecorded data that the tables count as 未登记.
    pub warnings: Vec<Warning>,
}

impl Statistics {
    /// Whether every check passed.
    pub fn consistent(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }
}

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

/// The units of the tables: the org's own members (本级) and one per child org on its line.
/// Returns the units and a function from a path under the org to its unit.
fn units(org: &OrgRow, orgs: &[OrgRow]) -> (Vec<Unit>, HashMap<String, usize>) {
    let mut units = vec![Unit {
        label: format!("本级（{}）", org.name),
        org_id: org.id,
    }];
    let mut by_path = HashMap::from([(org.path.clone(), 0)]);
    let prefix = format!("{}.", org.path);
    for o in orgs {
        let Some(rest) = o.path.strip_prefix(&prefix) else {
            continue;
        };
        if !rest.contains('.') {
            by_path.insert(o.path.clone(), units.len());
            units.push(Unit {
                label: o.name.clone(),
                org_id: o.id,
            });
        }
    }
    (units, by_path)
}

/// The unit of a path under the org: its child on the way down, else 本级.
fn unit_of(org_path: &str, by_path: &HashMap<String, usize>, path: &str) -> usize {
    let Some(rest) = path
        .strip_prefix(org_path)
        .and_then(|r| r.strip_prefix('.'))
    else {
        return 0;
    };
    let first = rest.split('.').next().unwrap_or(rest);
    by_path
        .get(&format!("{org_path}.{first}"))
        .copied()
        .unwrap_or(0)
}

const PARTY: [&str; 2] = ["PROBATIONARY", "FULL_MEMBER"];

fn within(day: Option<NaiveDate>, from: NaiveDate, to: NaiveDate) -> bool {
    day.is_some_and(|d| d >= from && d <= to)
}

/// The person a row stands for on `as_of`, if they count on the line then.
fn person(line: Line, r: &PersonRow, as_of: NaiveDate) -> Option<Person> {
    let year_start = NaiveDate::from_ymd_opt(as_of.year(), 1, 1)?;
    let party_now = PARTY.contains(&r.political_status.as_str());
    let (counts, probationary, joined_on) = match line {
        Line::Party => {
            let stage = if r.has_stages {
                r.stage_then.as_deref()
            } else {
                Some(r.political_status.as_str())
            };
            let joined = r.probationary_on.or(r.party_joined_on);
            let counts =
                stage.is_some_and(|s| PARTY.contains(&s)) && joined.is_none_or(|d| d <= as_of);
            (counts, stage == Some("PROBATIONARY"), joined)
        }
        Line::Union => (
            r.union_joined_on.is_none_or(|d| d <= as_of),
            false,
            r.union_joined_on,
        ),
        _ => (
            r.political_status == "LEAGUE_MEMBER" && r.league_joined_on.is_none_or(|d| d <= as_of),
            false,
            r.league_joined_on,
        ),
    };
    counts.then(|| Person {
        female: r.gender.as_deref() == Some("FEMALE"),
        age: r.birth_date.map(|b| rules::age_on(b, as_of)),
        ethnicity: r.ethnicity.as_deref().and_then(Ethnicity::parse),
        education: r
            .education
            .as_deref()
            .and_then(|e| e.parse::<Education>().ok()),
        occupation: r
            .occupation
            .as_deref()
            .and_then(|o| o.parse::<Occupation>().ok()),
        probationary,
        party_member: party_now,
        joined_on,
        joined_this_year: within(joined_on, year_start, as_of),
    })
}

fn unrecorded(
    warnings: &mut Vec<Warning>,
    people: &[(usize, Person)],
    who: &str,
    what: &str,
    missing: impl Fn(&Person) -> bool,
) {
    let count = people.iter().filter(|(_, p)| missing(p)).count() as i64;
    if count > 0 {
        warnings.push(Warning {
            message: format!("{count} 名{who}未登记{what}，计入「未登记」栏"),
            count,
        });
    }
}

/// An org's annual statistics on `as_of`: the party's tables for a party org, the union's
/// for a union org, the league's for a league org. Needs `member_sensitive` read at the org (the figures come from sensitive fields).
pub async fn compute(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    as_of: NaiveDate,
) -> AppResult<Statistics> {
    if as_of > today() {
        return Err(AppError::field("asOf", "统计日期不能晚于今天"));
    }
    if as_of.year() < 1950 {
        return Err(AppError::field("asOf", "统计日期不能早于1950年"));
    }
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org_id, catalog::MEMBER_SENSITIVE, "read")
        .await?;
    let org = store::org(&mut tx, org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let line = Line::from_code(&org.line)?;
    if !matches!(line, Line::Party | Line::Union | Line::Youth) {
        return Err(AppError::field(
            "organizationId",
            "请选择党组织、工会组织或团组织：年报按条线统计",
        ));
    }
    let orgs = store::orgs_under(&mut tx, &path, &org.line).await?;
    let rows = store::people(&mut tx, &path, &org.line, as_of).await?;
    let year_start = NaiveDate::from_ymd_opt(as_of.year(), 1, 1).ok_or(AppError::NotFound)?;
    let transfers = if line == Line::Party {
        let zone = chrono_tz::Asia::Shanghai;
        let from = zone
            .from_local_datetime(&year_start.and_hms_opt(0, 0, 0).unwrap_or_default())
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or(AppError::NotFound)?;
        let to = zone
            .from_local_datetime(
                &as_of
                    .succ_opt()
                    .unwrap_or(as_of)
                    .and_hms_opt(0, 0, 0)
                    .unwrap_or_default(),
            )
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or(AppError::NotFound)?;
        store::party_transfers(&mut tx, &path, from, to).await?
    } else {
        vec![]
    };
    tx.commit().await?;

    let (units, by_path) = units(&org, &orgs);
    let at = |p: &str| unit_of(&org.path, &by_path, p);
    let people: Vec<(usize, Person)> = rows
        .iter()
        .filter_map(|r| person(line, r, as_of).map(|p| (at(&r.path), p)))
        .collect();
    let org_items: Vec<(usize, Kind)> = orgs
        .iter()
        .filter_map(|o| Kind::from_code(&o.kind).ok().map(|k| (at(&o.path), k)))
        .collect();

    let mut tables = Vec::new();
    let mut checks = Vec::new();
    let mut add = |(t, c): (Table, Vec<Check>)| {
        tables.push(t);
        checks.extend(c);
    };
    let mut warnings = Vec::new();
    let who = match line {
        Line::Party => "党员",
        Line::Union => "会员",
        _ => "团员",
    };
    match line {
        Line::Party => {
            add(rules::party_members().count(&units, &people));
            add(rules::party_education().count(&units, &people));
            add(rules::party_occupation().count(&units, &people));
            add(rules::party_joined().count(&units, &people));
            let developed: Vec<(usize, Person)> = rows
                .iter()
                .filter(|r| within(r.probationary_on, year_start, as_of))
                .filter_map(|r| {
                    let mut p = person(Line::Party, r, as_of)?;
                    p.probationary = true;
                    Some((at(&r.path), p))
                })
                .collect();
            add(rules::party_developed().count(&units, &developed));
            let mut flows: Vec<(usize, Flow)> = developed
                .iter()
                .map(|(u, _)| (*u, Flow::Developed))
                .collect();
            flows.extend(
                rows.iter()
                    .filter(|r| within(r.full_on, year_start, as_of))
                    .map(|r| (at(&r.path), Flow::Confirmed)),
            );
            flows.extend(transfers.iter().map(|t| {
                let flow = if t.inbound {
                    Flow::TransferredIn
                } else {
                    Flow::TransferredOut
                };
                (at(&t.path), flow)
            }));
            add(rules::party_flows().count(&units, &flows));
            add(rules::party_orgs().count(&units, &org_items));
            unrecorded(&mut warnings, &people, who, "入党日期", |p| {
                p.joined_on.is_none()
            });
            unrecorded(&mut warnings, &people, who, "职业（岗位）", |p| {
                p.occupation.is_none()
            });
        }
        Line::Union => {
            add(rules::union_members().count(&units, &people));
            add(rules::union_orgs().count(&units, &org_items));
            unrecorded(&mut warnings, &people, who, "入会日期", |p| {
                p.joined_on.is_none()
            });
        }
        _ => {
            add(rules::league_members().count(&units, &people));
            add(rules::league_orgs().count(&units, &org_items));
            unrecorded(&mut warnings, &people, who, "入团日期", |p| {
                p.joined_on.is_none()
            });
        }
    }
    unrecorded(&mut warnings, &people, who, "出生日期", |p| {
        p.age.is_none()
    });
    unrecorded(&mut warnings, &people, who, "民族", |p| {
        p.ethnicity.is_none()
    });
    unrecorded(&mut warnings, &people, who, "学历", |p| {
        p.education.is_none()
    });
    let ids: std::collections::HashSet<Uuid> = rows
        .iter()
        .filter(|r| person(line, r, as_of).is_some())
        .map(|r| r.id)
        .collect();
    checks.push(Check {
        description: format!("每名{who}只计一次（{} 人）", ids.len()),
        passed: ids.len() == people.len(),
    });
    Ok(Statistics {
        org_id,
        org_name: org.name,
        line,
        as_of,
        tables,
        checks,
        warnings,
    })
}

/// The statistics as an `.xlsx` in the returns' layout, with a sheet of the checks; the
/// export is audited. Returns the file name and the bytes.
pub async fn export_xlsx(
    ctx: &Ctx,
    app: &App,
    org_id: Uuid,
    as_of: NaiveDate,
) -> AppResult<(String, Vec<u8>)> {
    let stats = compute(ctx, app, org_id, as_of).await?;
    let bytes = sheet::workbook(&stats)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "statistics.export",
        "org",
        org_id,
        json!({ "asOf": as_of, "line": stats.line.code(), "consistent": stats.consistent() }),
    )
    .await?;
    tx.commit().await?;
    let kind = match stats.line {
        Line::Party => "党内统计年报",
        Line::Union => "工会统计年报",
        _ => "共青团统计年报",
    };
    Ok((
        format!("{kind}-{}-{}.xlsx", stats.org_name, as_of.format("%Y%m%d")),
        bytes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(path: &str, name: &str) -> OrgRow {
        OrgRow {
            id: Uuid::nil(),
            name: name.into(),
            kind: "PARTY_BRANCH".into(),
            line: "PARTY".into(),
            path: path.into(),
        }
    }

    #[test]
    fn members_fall_in_the_child_on_their_way_down_or_in_the_orgs_own_row() {
        let top = org("1.2", "党委");
        let orgs = [
            top.clone(),
            org("1.2.3", "一支部"),
            org("1.2.3.9", "党小组"),
            org("1.2.4", "二支部"),
        ];
        let (units, by_path) = units(&top, &orgs);
        assert_eq!(units.len(), 3);
        assert_eq!(unit_of("1.2", &by_path, "1.2"), 0);
        assert_eq!(unit_of("1.2", &by_path, "1.2.3.9"), 1);
        assert_eq!(unit_of("1.2", &by_path, "1.2.4"), 2);
        // A path through a child of another line (not a unit) counts in the org's own row.
        assert_eq!(unit_of("1.2", &by_path, "1.2.7.8"), 0);
        // 1.2 is not a prefix of 1.23.
        assert_eq!(unit_of("1.2", &by_path, "1.23"), 0);
    }

    fn row(status: &str) -> PersonRow {
        PersonRow {
            id: Uuid::nil(),
            path: "1".into(),
            gender: None,
            birth_date: None,
            political_status: status.into(),
            stage_then: None,
            has_stages: false,
            probationary_on: None,
            full_on: None,
            ethnicity: None,
            education: None,
            occupation: None,
            party_joined_on: None,
            league_joined_on: None,
            union_joined_on: None,
        }
    }

    #[test]
    fn a_party_member_counts_by_the_stage_held_on_the_date() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let mut r = row("FULL_MEMBER");
        assert!(person(Line::Party, &r, day(6, 30)).is_some());
        r.has_stages = true;
        r.stage_then = Some("DEVELOPMENT_TARGET".into());
        assert!(person(Line::Party, &r, day(6, 30)).is_none());
        r.stage_then = Some("PROBATIONARY".into());
        r.probationary_on = Some(day(3, 1));
        let p = person(Line::Party, &r, day(6, 30)).unwrap();
        assert!(p.probationary && p.joined_this_year);
        let mut m = row("MASSES");
        m.party_joined_on = Some(day(1, 1));
        assert!(person(Line::Party, &m, day(6, 30)).is_none());
    }

    #[test]
    fn nobody_counts_before_they_joined() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let mut r = row("LEAGUE_MEMBER");
        r.league_joined_on = Some(day(7, 1));
        assert!(person(Line::Youth, &r, day(6, 30)).is_none());
        assert!(person(Line::Youth, &r, day(7, 1)).is_some());
        r.union_joined_on = Some(day(7, 1));
        assert!(person(Line::Union, &r, day(6, 30)).is_none());
    }
}
