//! Points of the demo: the meetings held (三会一课) pay their attendees through the same event
//! interface the meeting module calls; activity attendance and adopted articles earn through
//! their services as the seed runs. Here: a manual award by the first branch's secretary and
//! an appeal a member of that branch raised, waiting in the secretary's queue.

use super::{Demo, store::PastCheckIn};
use crate::db::TenantTx;
use crate::meeting::MeetingRow;
use crate::page::PageArgs;
use crate::points::{self, Event, PointAction, SourceKind};
use crate::{App, AppResult, Ctx};

/// Pays the check-ins of a meeting held (三会一课 only), dated at the meeting.
pub(super) async fn meeting_held(
    tx: &mut TenantTx,
    ctx: &Ctx,
    m: &MeetingRow,
    checks: &[PastCheckIn],
) -> AppResult<()> {
    if !matches!(
        m.kind.as_str(),
        "BRANCH_GENERAL_MEETING" | "BRANCH_COMMITTEE" | "PARTY_GROUP" | "PARTY_LECTURE"
    ) {
        return Ok(());
    }
    for c in checks {
        points::earn(
            tx,
            ctx,
            &Event {
                member_id: c.member,
                action: PointAction::MeetingAttendance,
                source_kind: SourceKind::Meeting,
                source_id: m.id.to_string(),
                source_title: m.title.clone(),
                occurred_at: m.starts_at,
            },
        )
        .await?;
    }
    Ok(())
}

pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let members: Vec<usize> = demo
        .in_branch(0, &["FULL_MEMBER", "PROBATIONARY"])
        .into_iter()
        .filter(|i| demo.people[*i].id != demo.secretary_id)
        .collect();
    let Some(&awarded) = members.first() else {
        return Ok(());
    };
    points::award(
        &demo.secretary,
        app,
        demo.people[awarded].id,
        5,
        "主动承担社区志愿服务组织工作，表现突出",
    )
    .await?;
    // An appeal on the latest entry of a member who has one.
    let year = points::rules::year_of(chrono::Utc::now());
    let page = PageArgs::parse(20, None)?;
    for &i in members.iter().skip(1) {
        let ctx = demo.as_person(i);
        let ledger = points::ledger(&ctx, app, None, year, &page).await?;
        if let Some(e) = ledger
            .items
            .iter()
            .find(|e| e.source_kind != SourceKind::Correction)
        {
            points::appeal(
                &ctx,
                app,
                e.id,
                "当天我按时到场并签到，系统记录有误，请核实。",
            )
            .await?;
            break;
        }
    }
    Ok(())
}
