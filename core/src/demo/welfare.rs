//! Union welfare of the company union: a 春节 group-buy open now with a dozen orders, a
//! crowdfunding for the workers' library, last month's 中秋 group-buy settled as a success, and
//! birthday distributions earlier in the year.

use super::{Demo, at, store, today};
use crate::{
    App, AppResult,
    welfare::{
        self, CampaignInput, CampaignKind, DistributionInput, ItemInput, SettleJob, ThresholdKind,
        WelfareCategory,
    },
};
use chrono::{Datelike, Duration};

fn item(name: &str, price_fen: i64, subsidy_fen: i64, limit: i32) -> ItemInput {
    ItemInput {
        name: name.into(),
        description: None,
        price_fen,
        subsidy_fen,
        cash_like: false,
        per_member_limit: limit,
    }
}

pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<()> {
    let Some(chair) = demo.committee_secretary else {
        return Ok(());
    };
    let chair = demo.as_person(chair);
    let day = today();
    let campaign = |kind, category, title: &str, threshold_kind, threshold, days: i64, items| {
        CampaignInput {
            org_id: demo.union,
            kind,
            category,
            title: title.into(),
            description: Some(
                "由公司工会统一采购，工会按标准补贴，个人支付差价；截止时达成条件即确认订单，未达成自动取消并退款。"
                    .into(),
            ),
            threshold_kind,
            threshold,
            deadline: at(day + Duration::days(days), 18, 0),
            items,
        }
    };

    // Last month's 中秋 group-buy: ordered, then settled at its deadline.
    let autumn = welfare::campaign::create(
        &chair,
        app,
        campaign(
            CampaignKind::GroupBuy,
            WelfareCategory::Holiday,
            "中秋月饼团购",
            ThresholdKind::Participants,
            10,
            1,
            vec![item("广式月饼礼盒", 16_800, 10_000, 2)],
        ),
    )
    .await?;
    let autumn_id = autumn.campaign.id;
    let autumn_item = autumn.items[0].id;
    for p in demo.people.iter().take(24) {
        welfare::orders::place(&demo.as_member(p.id), app, autumn_id, autumn_item, 1).await?;
    }
    let mut tx = app.db.begin_tenant(&demo.admin).await?;
    store::past_deadline(&mut tx, autumn_id, at(day - Duration::days(30), 18, 0)).await?;
    tx.commit().await?;
    welfare::run_settle(
        app,
        &SettleJob {
            tenant_id: demo.tenant,
            campaign_id: autumn_id,
        },
    )
    .await?;

    // The 春节 group-buy open now, with a dozen orders.
    let spring = welfare::campaign::create(
        &chair,
        app,
        campaign(
            CampaignKind::GroupBuy,
            WelfareCategory::Holiday,
            "春节慰问品拼团",
            ThresholdKind::Participants,
            30,
            10,
            vec![
                item("坚果礼盒", 19_800, 10_000, 2),
                item("有机大米 10kg", 12_900, 6_000, 1),
            ],
        ),
    )
    .await?;
    for (n, p) in demo
        .people
        .iter()
        .filter(|p| p.id != demo.secretary_id)
        .skip(30)
        .take(12)
        .enumerate()
    {
        let it = &spring.items[n % 2];
        welfare::orders::place(&demo.as_member(p.id), app, spring.campaign.id, it.id, 1).await?;
    }

    // The workers' library crowdfunding.
    let books = welfare::campaign::create(
        &chair,
        app,
        campaign(
            CampaignKind::Crowdfund,
            WelfareCategory::Other,
            "职工书屋众筹",
            ThresholdKind::Amount,
            500_000,
            20,
            vec![item("图书认购（每份）", 5_000, 2_000, 5)],
        ),
    )
    .await?;
    for p in demo
        .people
        .iter()
        .filter(|p| p.id != demo.secretary_id)
        .skip(50)
        .take(6)
    {
        welfare::orders::place(
            &demo.as_member(p.id),
            app,
            books.campaign.id,
            books.items[0].id,
            2,
        )
        .await?;
    }

    // Birthday cake vouchers handed out earlier this year.
    let year_start = day.with_ordinal(1).unwrap_or(day);
    for (n, p) in demo.people.iter().skip(60).take(8).enumerate() {
        let on = (year_start + Duration::days(n as i64 * 20)).min(day);
        welfare::distribution::record(
            &chair,
            app,
            DistributionInput {
                org_id: demo.union,
                member_id: p.id,
                category: WelfareCategory::Birthday,
                item_name: "生日蛋糕券".into(),
                value_fen: 20_000,
                cash_like: false,
                distributed_on: on,
                note: Some("生日慰问".into()),
            },
        )
        .await?;
    }
    Ok(())
}
