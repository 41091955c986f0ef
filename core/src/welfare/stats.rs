//! The union's figures: the year's welfare per category and per giving org, a campaign's
//! orders, and their .xlsx.

use super::{
    campaign::require_org,
    model::{OrderStatus, TotalRow},
    orders::this_year,
    rules, store,
};
use crate::{App, AppError, AppResult, Ctx};
use uuid::Uuid;

/// The year's welfare given in an org's sub-tree.
#[derive(Debug, Clone)]
pub struct Statistics {
    /// The year.
    pub year: i32,
    /// The org.
    pub org_id: Uuid,
    /// Per category, over the sub-tree.
    pub categories: Vec<TotalRow>,
    /// Per giving org and category.
    pub orgs: Vec<TotalRow>,
}

/// The year's figures of an org's sub-tree (`welfare` read there); this year when absent.
pub async fn statistics(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: Option<i32>,
) -> AppResult<Statistics> {
    let year = year.unwrap_or_else(this_year);
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "年度须在 2000–2100 之间"));
    }
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let path = require_org(ctx, app, &mut tx, org, "read").await?;
    let rows = store::totals(&mut tx, &path, year).await?;
    tx.commit().await?;
    let (categories, orgs) = rows.into_iter().partition(|r| r.org_id.is_none());
    Ok(Statistics {
        year,
        org_id: org,
        categories,
        orgs,
    })
}

/// The figures as .xlsx: a sheet per category and a sheet per giving org.
pub async fn export_xlsx(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: Option<i32>,
) -> AppResult<(String, Vec<u8>)> {
    let s = statistics(ctx, app, org, year).await?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let yuan = |fen: i64| fen as f64 / rules::FEN_PER_YUAN as f64;
    let sheet = book.add_worksheet().set_name("按类别").map_err(xl)?;
    for (c, h) in ["类别", "工会支出（元）", "个人支付（元）", "受惠人数"]
        .iter()
        .enumerate()
    {
        sheet
            .write_with_format(0, c as u16, *h, &bold)
            .map_err(xl)?;
    }
    for (r, t) in s.categories.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write(r, 0, t.category.label()).map_err(xl)?;
        sheet.write(r, 1, yuan(t.subsidy_fen)).map_err(xl)?;
        sheet.write(r, 2, yuan(t.member_pay_fen)).map_err(xl)?;
        sheet.write(r, 3, t.member_count as f64).map_err(xl)?;
    }
    let sheet = book.add_worksheet().set_name("按组织").map_err(xl)?;
    for (c, h) in [
        "组织",
        "类别",
        "工会支出（元）",
        "个人支付（元）",
        "受惠人数",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_with_format(0, c as u16, *h, &bold)
            .map_err(xl)?;
    }
    for (r, t) in s.orgs.iter().enumerate() {
        let r = r as u32 + 1;
        sheet
            .write(r, 0, t.org_name.as_deref().unwrap_or_default())
            .map_err(xl)?;
        sheet.write(r, 1, t.category.label()).map_err(xl)?;
        sheet.write(r, 2, yuan(t.subsidy_fen)).map_err(xl)?;
        sheet.write(r, 3, yuan(t.member_pay_fen)).map_err(xl)?;
        sheet.write(r, 4, t.member_count as f64).map_err(xl)?;
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("工会福利统计-{}.xlsx", s.year), bytes))
}

/// The most orders one export lists.
pub const EXPORT_MAX_ORDERS: i64 = 20_000;

/// A campaign's orders as .xlsx for purchasing and handing out (`welfare` read at its org):
/// one row per order, oldest first, with the member's share and the union's subsidy.
pub async fn export_orders_xlsx(
    ctx: &Ctx,
    app: &App,
    campaign: Uuid,
) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let c = store::campaign(&mut tx, campaign)
        .await?
        .ok_or(AppError::NotFound)?;
    require_org(ctx, app, &mut tx, c.org_id, "read").await?;
    let mut orders = store::orders_of(&mut tx, campaign, None, EXPORT_MAX_ORDERS).await?;
    tx.commit().await?;
    orders.reverse();
    let mut book = rust_xlsxwriter::Workbook::new();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let yuan = |fen: i64| fen as f64 / rules::FEN_PER_YUAN as f64;
    let sheet = book.add_worksheet().set_name("订单").map_err(xl)?;
    let heads = [
        "成员",
        "物品",
        "数量",
        "单价（元）",
        "工会补贴（元）",
        "个人支付（元）",
        "状态",
        "退款（元）",
        "下单时间",
    ];
    for (col, h) in heads.iter().enumerate() {
        sheet
            .write_with_format(0, col as u16, *h, &bold)
            .map_err(xl)?;
    }
    for (r, o) in orders.iter().enumerate() {
        let r = r as u32 + 1;
        let status = match o.status {
            OrderStatus::Pending => "待成团",
            OrderStatus::Confirmed => "已确认",
            OrderStatus::Cancelled => "已取消",
        };
        sheet.write(r, 0, &o.member_name).map_err(xl)?;
        sheet.write(r, 1, &o.item_name).map_err(xl)?;
        sheet.write(r, 2, o.quantity).map_err(xl)?;
        sheet.write(r, 3, yuan(o.price_fen)).map_err(xl)?;
        sheet
            .write(r, 4, yuan(o.subsidy_fen * i64::from(o.quantity)))
            .map_err(xl)?;
        sheet.write(r, 5, yuan(o.member_pay_fen())).map_err(xl)?;
        sheet.write(r, 6, status).map_err(xl)?;
        if let Some(refund) = o.refund_fen {
            sheet.write(r, 7, yuan(refund)).map_err(xl)?;
        }
        let at = o
            .created_at
            .with_timezone(&chrono_tz::Asia::Shanghai)
            .format("%Y-%m-%d %H:%M")
            .to_string();
        sheet.write(r, 8, at).map_err(xl)?;
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("福利订单-{}.xlsx", c.title), bytes))
}
