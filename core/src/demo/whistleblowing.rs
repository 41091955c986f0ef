//! Demo 检举控告: a discipline inspector who can log in (纪检委员 of the party committee), an
//! anonymous report waiting for acceptance, a real-name one under 谈话函询, and a concluded
//! one whose result went back to its reporter.

use super::{Demo, INSPECTOR_EMAIL, today};
use crate::identity::{self, ClientInfo};
use crate::whistleblowing::{
    ReportAction,
    service::{self, NewReport, Subject},
};
use crate::{App, AppResult, member, org};

/// Seeds the inspector and three reports through the real services.
pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let client = ClientInfo {
        request_id: "seed-demo".into(),
        ..ClientInfo::default()
    };
    let (_, token) =
        identity::invite_member(&demo.admin, app, INSPECTOR_EMAIL, "钱纪检", demo.committee)
            .await?;
    let inspector = identity::accept_invitation(
        app,
        &token,
        super::ADMIN_PASSWORD,
        None,
        &identity::LoginFactor::default(),
        &client,
    )
    .await?;
    member::update(
        &demo.admin,
        app,
        inspector.member_id,
        member::MemberUpdate {
            political_status: Some("FULL_MEMBER".into()),
            organization_ids: Some(vec![demo.departments[0], demo.committee]),
            ..member::MemberUpdate::default()
        },
    )
    .await?;
    let start = today();
    org::assign_position(
        &demo.admin,
        app,
        demo.committee,
        inspector.member_id,
        "纪检委员",
        Some(crate::authz::catalog::INSPECTOR_ROLE),
        start,
        None,
    )
    .await?;
    let inspector = inspector.ctx(&client);

    // Reporters and accused from the branches' people (never the inspector's own unit head).
    let in_unit = |unit: usize| {
        demo.people
            .iter()
            .enumerate()
            .filter(move |(i, p)| {
                p.unit == unit
                    && p.status == "FULL_MEMBER"
                    && !demo.branch_officers[unit].contains(i)
            })
            .map(|(i, _)| i)
    };
    let reporters: Vec<usize> = in_unit(1).take(2).collect();
    let accused: Vec<usize> = in_unit(2).take(2).collect();
    if reporters.len() < 2 || accused.len() < 2 || demo.branches.len() < 3 {
        return Ok(());
    }

    service::submit(
        &demo.as_person(reporters[0]),
        app,
        NewReport {
            subject: Subject::Org(demo.branches[2]),
            anonymous: true,
            title: "反映第三党支部党费收缴不规范".into(),
            body: "第三党支部近半年存在代缴党费、收缴不及时的情况，部分党员未按月交纳，\
                   支部未按规定公示党费收缴情况。请予以核实。"
                .into(),
            file_tokens: vec![],
        },
    )
    .await?;

    let named = service::submit(
        &demo.as_person(reporters[1]),
        app,
        NewReport {
            subject: Subject::Member(demo.people[accused[0]].id),
            anonymous: false,
            title: "反映有关党员违规收受礼品问题".into(),
            body: "该同志在负责物资采购期间，多次收受供应商赠送的购物卡，\
                   金额合计约三千元。具体时间和经手人员见后续补充材料。"
                .into(),
            file_tokens: vec![],
        },
    )
    .await?;
    let named_id = named
        .report
        .and_then(|r| r.id)
        .expect("a real-name report has an id");
    service::handle(&inspector, app, named_id, ReportAction::Accept, None).await?;
    service::handle(
        &inspector,
        app,
        named_id,
        ReportAction::TalkInquiry,
        Some("拟由纪委书记进行谈话函询，要求本人作出书面说明。"),
    )
    .await?;

    let done = service::submit(
        &demo.as_person(reporters[0]),
        app,
        NewReport {
            subject: Subject::Member(demo.people[accused[1]].id),
            anonymous: false,
            title: "反映考勤记录弄虚作假".into(),
            body: "该同志多次由他人代为打卡，实际未到岗。".into(),
            file_tokens: vec![],
        },
    )
    .await?;
    let done_id = done
        .report
        .and_then(|r| r.id)
        .expect("a real-name report has an id");
    service::handle(&inspector, app, done_id, ReportAction::Accept, None).await?;
    service::handle(
        &inspector,
        app,
        done_id,
        ReportAction::PreliminaryVerification,
        Some("调取门禁与考勤记录进行比对。"),
    )
    .await?;
    service::handle(
        &inspector,
        app,
        done_id,
        ReportAction::Conclude,
        Some("经核实，代打卡情况属实，已责令其作出检查并扣减当月绩效。"),
    )
    .await?;
    service::send_message(
        &inspector,
        app,
        done_id,
        "经初步核实，您反映的代打卡问题属实，已对当事人进行批评教育并按制度处理。感谢您的监督。",
        true,
    )
    .await?;
    Ok(())
}
