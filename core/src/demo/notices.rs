//! Notices of the last week, part read and part acknowledged, as a response board looks a
//! few days after publication: the branch's theme day, the committee's dues announcement and
//! the union's health check.

use super::{Demo, store};
use crate::{
    App, AppResult, Ctx,
    notice::{
        self,
        model::{Audience, AudienceOrg, NoticeCategory, NoticeInput},
    },
};
use chrono::{DateTime, Duration, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

const REPLIES: &[Option<&str>] = &[None, None, Some("收到"), Some("收到，准时参加")];

/// A notice and how its recipients have answered so far.
struct Plan<'a> {
    author: Ctx,
    issuer: Uuid,
    title: &'a str,
    body: &'a str,
    /// Acknowledgement required, by this many days from now.
    ack_within_days: Option<i64>,
    audience: Audience,
    published_days_ago: i64,
    /// Per cent of recipients who acknowledged (of those asked to) or read.
    answered: u32,
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let mut plans = vec![
        Plan {
            author: demo.secretary.clone(),
            issuer: demo.branches[0],
            title: "关于开展本月主题党日活动的通知",
            body: "<p>各位党员：</p><p>本月主题党日活动定于周五下午三点在三楼会议室举行，内容为集中学习与志愿服务。请<strong>准时参加</strong>，因故不能参加的请提前向支部请假。</p>",
            ack_within_days: Some(5),
            audience: Audience {
                orgs: vec![AudienceOrg {
                    org_id: demo.branches[0],
                    include_subtree: true,
                }],
                political_statuses: vec!["PROBATIONARY".into(), "FULL_MEMBER".into()],
                ..Default::default()
            },
            published_days_ago: 2,
            answered: 65,
        },
        Plan {
            author: demo.admin.clone(),
            issuer: demo.committee,
            title: "关于做好年度党费收缴工作的公告",
            body: "<p>请各党支部于月底前完成本年度党费收缴核对工作，并按规定标准足额交纳。</p><ul><li>在职党员按月工资基数计算</li><li>离退休党员按离退休费计算</li></ul>",
            ack_within_days: None,
            audience: Audience {
                lines: vec!["PARTY".into()],
                political_statuses: vec!["PROBATIONARY".into(), "FULL_MEMBER".into()],
                ..Default::default()
            },
            published_days_ago: 6,
            answered: 30,
        },
    ];
    if let Some(chair) = demo.committee_secretary {
        plans.push(Plan {
            author: demo.as_person(chair),
            issuer: demo.union_branches[0],
            title: "关于组织机关分会会员健康体检的通知",
            body: "<p>集团工会定于下月组织会员健康体检，机关分会安排在第一批。请各位会员确认是否参加，以便统计人数、预约体检机构。</p>",
            ack_within_days: Some(6),
            audience: Audience {
                orgs: vec![AudienceOrg {
                    org_id: demo.union_branches[0],
                    include_subtree: true,
                }],
                ..Default::default()
            },
            published_days_ago: 1,
            answered: 40,
        });
    }

    let now = Utc::now();
    for p in plans {
        let view = notice::publish(
            &p.author,
            app,
            NoticeInput {
                draft_id: None,
                issuer_org_id: p.issuer,
                title: p.title.into(),
                body: p.body.into(),
                category: if p.ack_within_days.is_some() {
                    NoticeCategory::Notice
                } else {
                    NoticeCategory::Announcement
                },
                urgent: false,
                ack_required: p.ack_within_days.is_some(),
                ack_deadline: p.ack_within_days.map(|d| now + Duration::days(d)),
                audience: p.audience,
                attachment_ids: vec![],
                scheduled_at: None,
                reviewer_id: None,
            },
        )
        .await?;
        let id = view.notice.id;
        let published = now - Duration::days(p.published_days_ago);

        let mut tx = app.db.begin_tenant(&demo.admin).await?;
        let recipients = store::notice_recipients(&mut tx, id).await?;
        tx.commit().await?;
        let mut answers = Vec::new();
        for i in demo.indexes_of(&recipients) {
            let member = demo.people[i].id;
            // The two who log in leave theirs for the visitor to open and acknowledge.
            if member == demo.secretary_id || member == demo.admin_id {
                continue;
            }
            let roll = rng.random_range(0..100);
            if roll >= p.answered + 15 {
                continue;
            }
            let who = demo.as_member(member);
            let read_at = between(rng, published, now);
            let acknowledged = p.ack_within_days.is_some() && roll < p.answered;
            if acknowledged {
                let reply = REPLIES[rng.random_range(0..REPLIES.len())];
                notice::acknowledge(&who, app, id, reply).await?;
            } else {
                notice::open(&who, app, id).await?;
            }
            answers.push(store::NoticeAnswer {
                member,
                read_at,
                acknowledged_at: acknowledged
                    .then(|| between(rng, read_at, read_at + Duration::hours(3)).min(now)),
            });
        }
        // The services wrote today's times; the board should show the days since publication.
        let mut tx = app.db.begin_tenant(&demo.admin).await?;
        store::backdate_notice(&mut tx, id, published, &answers).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// A time between two others, more likely soon after the first (most answer the same day).
fn between(rng: &mut StdRng, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let span = (to - from).num_seconds().max(1);
    let soon = span.min(8 * 3600);
    let secs = if rng.random_range(0..3) < 2 {
        rng.random_range(0..soon)
    } else {
        rng.random_range(0..span)
    };
    from + Duration::seconds(secs)
}
