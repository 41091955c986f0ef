//! A year of dues on every line: bases imported from a payroll file, twelve months of bills
//! by the tenant's rules, and the payments made, most by payroll, with a few members behind.

use super::{Demo, at, store};
use crate::{
    App, AppResult,
    dues::{self, NewPayment},
};
use chrono::{Datelike, Months, NaiveDate, Utc};
use rand::{RngExt, rngs::StdRng};
use std::{collections::HashMap, fmt::Write};
use uuid::Uuid;

/// Months billed, the current one included (the dues overview shows as many).
const MONTHS: u32 = 12;

/// How a member pays.
#[derive(Debug, Clone, Copy)]
struct Habit {
    method: &'static str,
    /// Day of the month they pay on.
    day: u32,
    /// The latest months (the current one counted) left unpaid.
    behind: u32,
}

fn habit(rng: &mut StdRng) -> Habit {
    let method = match rng.random_range(0..10) {
        0..=6 => "PAYROLL",
        7..=8 => "TRANSFER",
        _ => "CASH",
    };
    // Payroll deducts as the month is billed; others pay in its first weeks.
    let day = if method == "PAYROLL" {
        1
    } else {
        rng.random_range(2..=15)
    };
    let behind = match rng.random_range(0..100) {
        0..=87 => 0,
        88..=92 => 1,
        93..=95 => 2,
        96..=97 => 3,
        _ => 4,
    };
    Habit {
        method,
        day,
        behind,
    }
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let this_month = dues::current_month(Utc::now());
    let first = this_month - Months::new(MONTHS - 1);
    let salaries: Vec<i64> = demo
        .people
        .iter()
        .map(|_| rng.random_range(45..=180) * 10_000)
        .collect();

    // Bases as the payroll office sends them: one file per line, by email.
    for line in ["PARTY", "UNION", "YOUTH"] {
        let mut csv = dues::IMPORT_HEADERS.join(",");
        for (p, salary) in demo.people.iter().zip(&salaries) {
            let on_line = match line {
                "PARTY" => matches!(p.status, "FULL_MEMBER" | "PROBATIONARY"),
                "UNION" => true,
                _ => p.league_branch.is_some(),
            };
            if on_line {
                let _ = write!(
                    csv,
                    "\n{},,{},在职,{}.{:02}",
                    p.name,
                    p.email,
                    salary / 100,
                    salary % 100
                );
            }
        }
        let report = dues::import_bases(
            &demo.admin,
            app,
            &format!("{}年度缴费基数.csv", first.year()),
            csv.as_bytes(),
            line,
            &first.format("%Y-%m").to_string(),
        )
        .await?;
        if let Some(e) = report.errors.first() {
            return Err(
                anyhow::anyhow!("demo bases refused at row {}: {}", e.row, e.message).into(),
            );
        }
    }

    // The monthly run on each first of the month, as the worker does it.
    let mut month = first;
    while month <= this_month {
        dues::bill_tenant(app, demo.tenant, month).await?;
        month = month + Months::new(1);
    }

    // Payments of the months gone by, on the day each member pays (every line at once); the
    // current month only by those whose day has come. The latest months of the few who fell
    // behind stay unpaid.
    // One party member of the first branch (not an officer) has paid nothing for four months,
    // so 脱离组织预警 (membership.lapse) shows its first warning in the demo.
    let lapsing = demo
        .in_branch(0, &["FULL_MEMBER"])
        .into_iter()
        .find(|i| !demo.branch_officers[0].contains(i));
    let habits: HashMap<Uuid, (usize, Habit)> = demo
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut h = habit(rng);
            if Some(i) == lapsing {
                h.behind = 4;
            }
            (p.id, (i, h))
        })
        .collect();
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    let mut bills = store::bills(&mut tx, first).await?;
    tx.commit().await?;
    bills.retain(|b| b.amount_fen > 0 && habits.contains_key(&b.member));
    bills.sort_by_key(|b| (habits[&b.member].0, b.month, b.line.clone()));
    let now = Utc::now();
    let mut receipts = 0;
    let mut receipt = |month: NaiveDate| {
        receipts += 1;
        format!("DF{}{:02}-{receipts:04}", month.year(), month.month())
    };
    let mut paid = Vec::new();
    let mut coming = Vec::new();
    for b in bills {
        let h = habits[&b.member].1;
        let months_ago = (this_month.year() - b.month.year()) * 12 + this_month.month() as i32
            - b.month.month() as i32;
        if months_ago < h.behind as i32 {
            continue;
        }
        let day =
            NaiveDate::from_ymd_opt(b.month.year(), b.month.month(), h.day).unwrap_or(b.month);
        let when = at(day, 9 + h.day % 8, (h.day * 7) % 60);
        if when > now {
            if h.method == "CASH" {
                coming.push(b);
            }
            continue;
        }
        paid.push(store::PastPayment {
            receipt_no: (h.method == "CASH").then(|| receipt(b.month)),
            bill: b,
            method: h.method,
            paid_at: when,
        });
    }
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    store::insert_payments(&mut tx, &paid, demo.admin_id).await?;
    tx.commit().await?;

    // Today at the office: two who pay in cash came early this month, recorded by hand.
    let mut early: Vec<Uuid> = coming.iter().map(|b| b.member).collect();
    early.dedup();
    early.truncate(2);
    for b in coming.into_iter().filter(|b| early.contains(&b.member)) {
        dues::record_payment(
            &demo.admin,
            app,
            NewPayment {
                member_id: b.member,
                line: b.line,
                month: this_month.format("%Y-%m").to_string(),
                amount_fen: b.amount_fen,
                method: "CASH".into(),
                receipt_no: Some(receipt(this_month)),
                note: None,
            },
        )
        .await?;
    }
    Ok(())
}
