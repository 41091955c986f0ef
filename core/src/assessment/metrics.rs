//! The automatic indicators' figures, computed from the tenant's records for one assessed org
//! and one period, with the records that make each figure.

use super::model::{Figure, Metric, Record};
use super::{rules, store};
use crate::AppResult;
use crate::db::TenantTx;
use crate::meeting::types;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// What a figure is computed over.
pub(super) struct Scope<'a> {
    /// The assessed org.
    pub org: &'a store::Target,
    /// Its kind.
    pub kind: &'a str,
    /// The period's first and last local day.
    pub window: (NaiveDate, NaiveDate),
    /// The tenant's zone.
    pub zone: Tz,
    /// The instant of the computation.
    pub now: DateTime<Utc>,
}

impl Scope<'_> {
    /// The period as instants: from its first local midnight to the one after its last day.
    fn instants(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let at = |d: NaiveDate| {
            self.zone
                .from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        let end = self.window.1.succ_opt().unwrap_or(self.window.1);
        (at(self.window.0), at(end))
    }

    fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.zone).date_naive()
    }
}

/// The figure of `metric` for the scope.
pub(super) async fn figure(tx: &mut TenantTx, metric: Metric, s: &Scope<'_>) -> AppResult<Figure> {
    match metric {
        Metric::MeetingCompliance => meetings(tx, s).await,
        Metric::DuesCollection => dues(tx, s).await,
        Metric::PointsPerMember => points(tx, s).await,
        Metric::NoticeAcknowledgement => notices(tx, s).await,
        Metric::GridOnTime => grid(tx, s).await,
        Metric::StudyCompletion => study(tx, s).await,
    }
}

fn yuan(fen: i64) -> String {
    format!("¥{}.{:02}", fen / 100, (fen % 100).abs())
}

/// Of the periods each required meeting type was due in (its statutory frequency), those with
/// a meeting held.
async fn meetings(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let Ok(kind) = crate::org::model::Kind::from_code(s.kind) else {
        return Ok(Figure {
            numerator: 0,
            denominator: 0,
            records: vec![],
        });
    };
    let (from, to) = s.instants();
    let held = store::meetings(tx, s.org.id, from, to).await?;
    let created = s.org.created_at.with_timezone(&s.zone).date_naive();
    let today = s.today();
    let mut records = Vec::new();
    let (mut done, mut due) = (0, 0);
    for t in types::required_for(kind) {
        let Some(key) = t.frequency_rule else {
            continue;
        };
        let rule = crate::statute::get_in(tx, key).await?;
        let Some(months) = t.frequency_months(rule.effective()) else {
            continue;
        };
        let mine: Vec<&store::MeetingFact> = held.iter().filter(|m| m.kind == t.code).collect();
        let days: Vec<NaiveDate> = mine
            .iter()
            .map(|m| m.starts_at.with_timezone(&s.zone).date_naive())
            .collect();
        for p in rules::due_periods(s.window, months, created, today, &days) {
            due += 1;
            let meeting = p.held_on.and_then(|d| {
                mine.iter()
                    .find(|m| m.starts_at.with_timezone(&s.zone).date_naive() == d)
            });
            if meeting.is_some() {
                done += 1;
            }
            records.push(Record {
                kind: "MEETING_PERIOD".into(),
                id: meeting.map(|m| m.id),
                title: match meeting {
                    Some(m) => format!("{}：{}", t.label, m.title),
                    None => t.label.to_string(),
                },
                on: Some(p.start),
                counted: meeting.is_some(),
                note: format!(
                    "{} 至 {}：{}",
                    p.start,
                    p.end,
                    if meeting.is_some() {
                        "已召开"
                    } else {
                        "未召开"
                    }
                ),
            });
        }
    }
    Ok(Figure {
        numerator: done,
        denominator: due,
        records,
    })
}

/// The line an org kind's members pay dues on (every line for kinds of no line).
fn dues_line(kind: &str) -> Option<&'static str> {
    if kind.starts_with("PARTY_") {
        Some("PARTY")
    } else if kind.starts_with("UNION_") {
        Some("UNION")
    } else if kind.starts_with("YOUTH_") {
        Some("YOUTH")
    } else {
        None
    }
}

/// Dues paid of dues billed (after corrections) for the months of the period up to this one,
/// in fen, per member; payments beyond a member's bills do not make up for another's.
async fn dues(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let first = s.window.0;
    let this_month = crate::meeting::rules::period_containing(s.today(), 1).0;
    let last = crate::meeting::rules::period_containing(s.window.1, 1)
        .0
        .min(this_month);
    if last < first {
        return Ok(Figure {
            numerator: 0,
            denominator: 0,
            records: vec![],
        });
    }
    let rows = store::dues(tx, &s.org.path, dues_line(s.kind), first, last).await?;
    let (mut done, mut due) = (0, 0);
    let mut records = Vec::with_capacity(rows.len());
    for r in rows {
        let owed = r.due_fen.max(0);
        let paid = r.paid_fen.clamp(0, owed);
        due += owed;
        done += paid;
        records.push(Record {
            kind: "DUES_MEMBER".into(),
            id: Some(r.member_id),
            title: r.member_name,
            on: None,
            counted: owed > 0 && paid >= owed,
            note: format!("应缴 {} 实缴 {}", yuan(owed), yuan(r.paid_fen.max(0))),
        });
    }
    Ok(Figure {
        numerator: done,
        denominator: due,
        records,
    })
}

/// The points of the period of the members placed under the org, and how many they are.
async fn points(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let (from, to) = s.instants();
    let rows = store::points(tx, &s.org.path, from, to).await?;
    let mut records = Vec::with_capacity(rows.len());
    let mut total = 0;
    for r in &rows {
        total += r.points;
        records.push(Record {
            kind: "MEMBER_POINTS".into(),
            id: Some(r.member_id),
            title: r.member_name.clone(),
            on: None,
            counted: r.points > 0,
            note: format!("{} 分", r.points),
        });
    }
    Ok(Figure {
        numerator: total.max(0),
        denominator: rows.len() as i64,
        records,
    })
}

/// Receipts acknowledged by their deadline, of the receipts due, of notices asking for it.
async fn notices(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let (from, to) = s.instants();
    let rows = store::receipts(tx, &s.org.path, from, to, s.now).await?;
    let done = rows.iter().filter(|r| r.on_time).count() as i64;
    let records = rows
        .into_iter()
        .map(|r| Record {
            kind: "NOTICE_RECEIPT".into(),
            id: Some(r.notice_id),
            title: format!("{}（{}）", r.title, r.member_name),
            on: Some(r.published_at.with_timezone(&s.zone).date_naive()),
            counted: r.on_time,
            note: if r.on_time {
                "按时确认".into()
            } else {
                "未按时确认".into()
            },
        })
        .collect::<Vec<_>>();
    Ok(Figure {
        numerator: done,
        denominator: records.len() as i64,
        records,
    })
}

/// Study plan assignments of members placed under the org completed by the plan's deadline,
/// of the assignments whose deadline fell in the period and has passed or that are complete.
async fn study(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let (from, to) = s.instants();
    let rows = store::study(tx, &s.org.path, from, to).await?;
    let mut records = Vec::with_capacity(rows.len());
    let mut done = 0;
    for r in rows {
        let complete = r.total > 0 && r.done >= r.total;
        if !complete && r.deadline >= s.now {
            continue;
        }
        done += i64::from(complete);
        records.push(Record {
            kind: "STUDY_ASSIGNMENT".into(),
            id: Some(r.plan_id),
            title: format!("{}（{}）", r.title, r.member_name),
            on: Some(r.deadline.with_timezone(&s.zone).date_naive()),
            counted: complete,
            note: format!("按期完成 {}/{} 项", r.done, r.total),
        });
    }
    Ok(Figure {
        numerator: done,
        denominator: records.len() as i64,
        records,
    })
}

/// Grid cases fed back by their deadline, of the cases due in the period.
async fn grid(tx: &mut TenantTx, s: &Scope<'_>) -> AppResult<Figure> {
    let (from, to) = s.instants();
    let rows = store::cases(tx, &s.org.path, from, to, s.now).await?;
    let done = rows.iter().filter(|r| r.on_time).count() as i64;
    let records = rows
        .into_iter()
        .map(|r| Record {
            kind: "GRID_CASE".into(),
            id: Some(r.id),
            title: format!("{} {}", r.number, r.title),
            on: Some(r.due_at.with_timezone(&s.zone).date_naive()),
            counted: r.on_time,
            note: if r.on_time {
                "按时办结".into()
            } else {
                "逾期".into()
            },
        })
        .collect::<Vec<_>>();
    Ok(Figure {
        numerator: done,
        denominator: records.len() as i64,
        records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dues_are_read_on_the_line_of_the_org_kind() {
        assert_eq!(dues_line("PARTY_BRANCH"), Some("PARTY"));
        assert_eq!(dues_line("UNION_COMMITTEE"), Some("UNION"));
        assert_eq!(dues_line("YOUTH_BRANCH"), Some("YOUTH"));
        assert_eq!(dues_line("DEPARTMENT"), None);
    }

    #[test]
    fn fen_are_shown_as_yuan() {
        assert_eq!(yuan(3050), "¥30.50");
        assert_eq!(yuan(5), "¥0.05");
    }
}
