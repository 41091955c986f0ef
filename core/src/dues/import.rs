//! Monthly bases from a payroll file: one row per member, found by phone or email, all rows or
//! none.

use super::{model::BaseSource, parse_line, parse_month, rules::Category, store};
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog},
    member::{ImportReport, RowError},
};
use serde_json::json;

/// Column headers the file must have (in any order); 手机 or 邮箱 identifies the member.
pub const HEADERS: [&str; 5] = ["姓名", "手机", "邮箱", "类别", "基数（元）"];

/// 类别 labels and their categories.
const CATEGORY_LABELS: [(&str, Category); 6] = [
    ("在职", Category::Employed),
    ("离退休", Category::Retired),
    ("学生", Category::Student),
    ("下岗失业", Category::LaidOff),
    ("依靠救济", Category::Relief),
    ("农民", Category::Farmer),
];

/// Yuan as written in a payroll file (`8000`, `8,000.50`, `¥8000`) to fen.
pub fn parse_yuan(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | '¥' | '￥' | ' '))
        .collect();
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let yuan: i64 = whole.parse().ok()?;
    let fen: i64 = format!("{frac:0<2}").parse().ok()?;
    yuan.checked_mul(100)?.checked_add(fen)
}

/// Imports bases for `line` from `from_month` on: every row must name a member the importer
/// keeps dues for, a category and a base, or nothing is written and the report lists the
/// problems by row.
pub async fn import_bases(
    ctx: &Ctx,
    app: &App,
    file_name: &str,
    bytes: &[u8],
    line: &str,
    from_month: &str,
) -> AppResult<ImportReport> {
    let line = parse_line(line)?;
    let from = parse_month("fromMonth", from_month)?;
    let rows = crate::member::read_rows(file_name, bytes)?;
    let Some((header, data)) = rows.split_first() else {
        return Err(AppError::field("file", "文件是空的"));
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(name_c), Some(cat_c), Some(base_c)) = (col("姓名"), col("类别"), col("基数（元）"))
    else {
        return Err(AppError::field(
            "file",
            format!("表头须包含：{}", HEADERS.join("、")),
        ));
    };
    let (phone_c, email_c) = (col("手机"), col("邮箱"));
    if phone_c.is_none() && email_c.is_none() {
        return Err(AppError::field(
            "file",
            "表头须包含“手机”或“邮箱”以识别成员",
        ));
    }
    let cell = |r: &Vec<String>, c: Option<usize>| {
        c.and_then(|c| r.get(c))
            .map(String::as_str)
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut errors = Vec::new();
    let mut good = Vec::new();
    for (i, r) in data.iter().enumerate() {
        let row = i + 2;
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let err = |column: &str, message: &str| RowError {
            row,
            column: column.into(),
            message: message.into(),
        };
        let (phone, email) = (cell(r, phone_c), cell(r, email_c));
        let found = store::member_by_contact(&mut tx, &phone, &email).await?;
        let Some(member) = found else {
            errors.push(err("手机", "找不到手机或邮箱对应的成员"));
            continue;
        };
        let name = cell(r, Some(name_c));
        if !name.is_empty() && name != member.name {
            errors.push(err(
                "姓名",
                &format!("与成员名册中的姓名“{}”不一致", member.name),
            ));
            continue;
        }
        let scope = member.path.map(Scope::Org).unwrap_or(Scope::Tenant);
        if !app
            .authz
            .allowed(ctx, &scope, catalog::DUES, "write")
            .await?
        {
            errors.push(err("姓名", "您无权管理该成员的党费"));
            continue;
        }
        let label = cell(r, Some(cat_c));
        let Some(category) = CATEGORY_LABELS
            .iter()
            .find(|(l, _)| *l == label)
            .map(|(_, c)| *c)
        else {
            errors.push(err(
                "类别",
                "类别应为：在职、离退休、学生、下岗失业、依靠救济、农民",
            ));
            continue;
        };
        let Some(base) = parse_yuan(&cell(r, Some(base_c))).filter(|b| *b <= 100_000_000) else {
            errors.push(err(
                "基数（元）",
                "基数应为不超过 100 万的金额，最多两位小数",
            ));
            continue;
        };
        good.push((member.id, category, base));
    }
    let total = good.len() + errors.len();
    if !errors.is_empty() {
        return Ok(ImportReport {
            total,
            imported: 0,
            errors,
        });
    }
    for (member, category, base) in &good {
        super::service::apply_base(
            &mut tx,
            ctx,
            &super::service::BaseChange {
                member: *member,
                line,
                category: *category,
                base_fen: *base,
                new_pay_month: from,
                source: BaseSource::Import,
            },
        )
        .await?;
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "dues.import_bases",
            object_type: "dues",
            object_id: None,
            detail: json!({ "line": line, "fromMonth": from, "count": good.len(), "file": file_name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ImportReport {
        total,
        imported: good.len(),
        errors: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payroll_amounts_become_fen_and_nonsense_is_refused() {
        assert_eq!(parse_yuan("8000"), Some(800_000));
        assert_eq!(parse_yuan("8,000.5"), Some(800_050));
        assert_eq!(parse_yuan("¥3000.05"), Some(300_005));
        assert_eq!(parse_yuan("3000.005"), None);
        assert_eq!(parse_yuan("-1"), None);
        assert_eq!(parse_yuan("八千"), None);
        assert_eq!(parse_yuan(""), None);
    }
}
