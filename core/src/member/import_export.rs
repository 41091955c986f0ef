//! Bulk import of members from CSV or .xlsx with a per-row report, and export to .xlsx.

use super::{
    model::{MemberRow, MemberStatus},
    service::{MemberUpdate, to_new},
    store,
};
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog},
    member_profile::{self, Education, Ethnicity, Occupation, ProfileInput},
    org::{self, model::Line},
};
use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use serde_json::json;
use std::{collections::HashMap, io::Cursor};
use uuid::Uuid;

/// Column headers, in export order; import accepts them in any order.
pub const HEADERS: [&str; 14] = [
    "姓名",
    "性别",
    "出生日期",
    "手机",
    "邮箱",
    "政治面貌",
    "所属组织",
    "状态",
    "民族",
    "学历",
    "职业（岗位）",
    "入党日期",
    "入团日期",
    "入会日期",
];

/// A date cell: empty, `2000-01-31` or `2000/01/31`.
fn date_cell(d: &str) -> Result<Option<NaiveDate>, String> {
    if d.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(d, "%Y/%m/%d"))
        .map(Some)
        .map_err(|_| format!("日期格式应为 2000-01-31：{d}"))
}

/// The statutory profile columns of a row (`None` when all are empty), or the first problem
/// as `(column, message)`.
fn profile_cells(
    cell: &dyn Fn(&str) -> String,
    today: NaiveDate,
) -> Result<Option<ProfileInput>, (&'static str, String)> {
    let text = |c: &'static str| cell(c);
    let code = |c: &'static str, parsed: Option<()>| -> Result<(), (&'static str, String)> {
        match parsed {
            Some(()) => Ok(()),
            None => Err((c, format!("无法识别的{c}：{}", text(c)))),
        }
    };
    let mut p = ProfileInput::default();
    let e = text("民族");
    if !e.is_empty() {
        p.ethnicity = Ethnicity::parse(&e);
        code("民族", p.ethnicity.map(|_| ()))?;
    }
    let e = text("学历");
    if !e.is_empty() {
        p.education = Education::parse_label(&e);
        code("学历", p.education.map(|_| ()))?;
    }
    let o = text("职业（岗位）");
    if !o.is_empty() {
        p.occupation = Occupation::parse_label(&o);
        code("职业（岗位）", p.occupation.map(|_| ()))?;
    }
    for (column, slot) in [
        ("入党日期", &mut p.party_joined_on),
        ("入团日期", &mut p.league_joined_on),
        ("入会日期", &mut p.union_joined_on),
    ] {
        *slot = date_cell(&text(column)).map_err(|m| (column, m))?;
    }
    if p == ProfileInput::default() {
        return Ok(None);
    }
    p.check_dates(today).map_err(|e| match e {
        AppError::Validation { fields, message } => {
            let column = match fields.keys().next().map(String::as_str) {
                Some("partyJoinedOn") => "入党日期",
                Some("leagueJoinedOn") => "入团日期",
                _ => "入会日期",
            };
            (column, message)
        }
        other => ("", other.to_string()),
    })?;
    Ok(Some(p))
}

/// What to do when some rows are bad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Import nothing unless every row is good.
    AllOrNothing,
    /// Import the good rows and report the bad ones.
    ValidRows,
}

/// A problem with one row of an import.
#[derive(Debug, Clone)]
pub struct RowError {
    /// 1-based row number in the file, counting the header as row 1.
    pub row: usize,
    /// Column header.
    pub column: String,
    /// What is wrong.
    pub message: String,
}

/// The outcome of an import.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// Data rows read.
    pub total: usize,
    /// Members created.
    pub imported: usize,
    /// Problems, by row.
    pub errors: Vec<RowError>,
}

/// The rows of a .csv (UTF-8) or .xlsx file (its first sheet), cells trimmed; dates as
/// `YYYY-MM-DD`, whole numbers without a fraction.
pub(crate) fn read_rows(file_name: &str, bytes: &[u8]) -> AppResult<Vec<Vec<String>>> {
    let lower = file_name.to_lowercase();
    if lower.ends_with(".csv") {
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
            .map_err(|_| AppError::field("file", "CSV 文件须为 UTF-8 编码"))?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        reader
            .records()
            .map(|r| {
                r.map(|rec| rec.iter().map(|c| c.trim().to_string()).collect())
                    .map_err(|e| AppError::field("file", format!("CSV 格式错误：{e}")))
            })
            .collect()
    } else if lower.ends_with(".xlsx") {
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec()))
            .map_err(|_| AppError::field("file", "无法读取 .xlsx 文件"))?;
        let range = book
            .worksheet_range_at(0)
            .ok_or_else(|| AppError::field("file", "工作簿中没有工作表"))?
            .map_err(|_| AppError::field("file", "无法读取第一个工作表"))?;
        Ok(range
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Data::DateTime(d) => d
                            .as_datetime()
                            .map(|dt| dt.date().format("%Y-%m-%d").to_string())
                            .unwrap_or_default(),
                        Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
                        other => other.to_string().trim().to_string(),
                    })
                    .collect()
            })
            .collect())
    } else {
        Err(AppError::field("file", "只支持 .csv 和 .xlsx 文件"))
    }
}

/// Imports members from a file; with [`ImportMode::AllOrNothing`] any bad row means nothing
/// is written.
pub async fn import_file(
    ctx: &Ctx,
    app: &App,
    file_name: &str,
    bytes: &[u8],
    mode: ImportMode,
) -> AppResult<ImportReport> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::MEMBER, "write")
        .await?;
    if bytes.len() > 5 * 1024 * 1024 {
        return Err(AppError::field("file", "文件不能超过 5 MB"));
    }
    let rows = read_rows(file_name, bytes)?;
    let Some((header, data)) = rows.split_first() else {
        return Err(AppError::field("file", "文件为空"));
    };
    let col: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim(), i))
        .collect();
    if !col.contains_key("姓名") {
        return Err(AppError::field("file", "缺少“姓名”列；请使用导出的表头"));
    }
    if data.len() > 5000 {
        return Err(AppError::field("file", "一次最多导入 5000 行"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let orgs = org::store::page(
        &mut tx,
        &org::store::Filter {
            line: None,
            parent: None,
            include_archived: false,
            search: None,
        },
        None,
        100_000,
    )
    .await?;
    let mut by_name: HashMap<&str, Vec<&org::model::OrgRow>> = HashMap::new();
    for o in &orgs {
        by_name.entry(o.name.as_str()).or_default().push(o);
    }

    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    let mut errors = Vec::new();
    let mut good = Vec::new();
    for (i, r) in data.iter().enumerate() {
        let row_no = i + 2;
        let cell = |name: &str| {
            col.get(name)
                .and_then(|&c| r.get(c))
                .map(String::as_str)
                .unwrap_or("")
                .trim()
        };
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut err = |column: &str, message: String| {
            errors.push(RowError {
                row: row_no,
                column: column.into(),
                message,
            })
        };
        let mut org_ids = Vec::new();
        for name in cell("所属组织")
            .split(['；', ';', '，', ','])
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            match by_name.get(name).map(Vec::as_slice) {
                Some([one]) => org_ids.push(one.id),
                Some(_) => err(
                    "所属组织",
                    format!("有多个名为“{name}”的组织，请在系统中改名后再导入"),
                ),
                None => err("所属组织", format!("找不到组织“{name}”")),
            }
        }
        let birth = date_cell(cell("出生日期")).unwrap_or_else(|m| {
            err("出生日期", m);
            None
        });
        let profile = profile_cells(&|c| cell(c).to_string(), today).unwrap_or_else(|(c, m)| {
            err(c, m);
            None
        });
        let update = MemberUpdate {
            name: Some(cell("姓名").to_string()),
            gender: Some(cell("性别").to_string()),
            birth_date: birth,
            phone: Some(cell("手机").to_string()),
            email: Some(cell("邮箱").to_string()),
            political_status: Some(
                match cell("政治面貌") {
                    "" => "群众",
                    s => s,
                }
                .to_string(),
            ),
            organization_ids: None,
            posts: None,
        };
        let mut row = MemberRow::blank();
        if let Err(e) = super::service::apply_public(&mut row, &update) {
            let (column, message) = match e {
                AppError::Validation { fields, message } => {
                    let f = fields.keys().next().cloned().unwrap_or_default();
                    (column_of(&f).to_string(), message)
                }
                other => ("".into(), other.to_string()),
            };
            err(&column, message);
            continue;
        }
        let mut lines = std::collections::HashSet::new();
        let mut placed = super::model::NewMember::default();
        for id in &org_ids {
            if let Some(o) = orgs.iter().find(|o| o.id == *id) {
                if o.line.0 != Line::Grid && !lines.insert(o.line.0) {
                    err("所属组织", "每条线只能填写一个组织".into());
                }
                placed.place_in(o.line.0, o.id);
            }
        }
        if errors.last().is_some_and(|e| e.row == row_no) {
            continue;
        }
        row.org_id = placed.org_id;
        row.party_org_id = placed.party_org_id;
        row.union_org_id = placed.union_org_id;
        row.youth_org_id = placed.youth_org_id;
        row.department_id = placed.department_id;
        good.push((row, profile));
    }
    let total = good.len()
        + errors
            .iter()
            .map(|e| e.row)
            .collect::<std::collections::HashSet<_>>()
            .len();
    if mode == ImportMode::AllOrNothing && !errors.is_empty() {
        return Ok(ImportReport {
            total,
            imported: 0,
            errors,
        });
    }
    for (row, profile) in &good {
        store::insert(&mut tx, &to_new(row)).await?;
        if let Some(p) = profile {
            member_profile::store::upsert(&mut tx, row.id, p).await?;
        }
    }
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "member.import",
            object_type: "member",
            object_id: None,
            detail: json!({ "file": file_name, "imported": good.len(), "errors": errors.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ImportReport {
        total,
        imported: good.len(),
        errors,
    })
}

/// The profile's export cells, in [`HEADERS`] order (empty when not recorded).
fn profile_columns(p: Option<&member_profile::ProfileRow>) -> [String; 6] {
    let Some(p) = p else {
        return Default::default();
    };
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        p.ethnicity
            .as_deref()
            .and_then(Ethnicity::parse)
            .map(|e| e.label().to_string())
            .unwrap_or_default(),
        p.education
            .map(|e| e.label().to_string())
            .unwrap_or_default(),
        p.occupation
            .map(|o| o.label().to_string())
            .unwrap_or_default(),
        date(p.party_joined_on),
        date(p.league_joined_on),
        date(p.union_joined_on),
    ]
}

fn column_of(field: &str) -> &'static str {
    match field {
        "name" => "姓名",
        "gender" => "性别",
        "birthDate" => "出生日期",
        "phone" => "手机",
        "email" => "邮箱",
        "politicalStatus" => "政治面貌",
        _ => "",
    }
}

/// The whole roster as an .xlsx workbook (the same columns import reads). Audited, since it
/// carries sensitive fields. The rows come from the read path ([`crate::Db::begin_tenant_read`],
/// a replica when configured); the audit row is written on the primary before the file is made.
pub async fn export_xlsx(ctx: &Ctx, app: &App) -> AppResult<Vec<u8>> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::MEMBER_SENSITIVE, "read")
        .await?;
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let members = store::all(&mut tx).await?;
    let profiles: HashMap<Uuid, member_profile::ProfileRow> = member_profile::store::all(&mut tx)
        .await?
        .into_iter()
        .map(|p| (p.member_id, p))
        .collect();
    let ids: Vec<Uuid> = members
        .iter()
        .flat_map(|m| {
            [
                m.party_org_id,
                m.union_org_id,
                m.youth_org_id,
                m.department_id,
            ]
        })
        .flatten()
        .collect();
    let orgs: HashMap<Uuid, String> = org::store::by_ids(&mut tx, &ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    tx.commit().await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "member.export",
            object_type: "member",
            object_id: None,
            detail: json!({ "count": members.len() }),
        },
    )
    .await?;
    tx.commit().await?;

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    sheet.set_name("成员").map_err(xl)?;
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).map_err(xl)?;
    }
    for (i, m) in members.iter().enumerate() {
        let r = (i + 1) as u32;
        let org_names: Vec<&str> = [
            m.party_org_id,
            m.union_org_id,
            m.youth_org_id,
            m.department_id,
        ]
        .into_iter()
        .flatten()
        .filter_map(|id| orgs.get(&id).map(String::as_str))
        .collect();
        let gender = match m.gender.as_deref() {
            Some("MALE") => "男",
            Some("FEMALE") => "女",
            _ => "",
        };
        let cells = [
            m.name.as_str(),
            gender,
            &m.birth_date.map(|d| d.to_string()).unwrap_or_default(),
            m.phone.as_deref().unwrap_or(""),
            m.email.as_deref().unwrap_or(""),
            m.political_status.label(),
            &org_names.join("；"),
            if m.status == MemberStatus::Active {
                "在册"
            } else {
                "停用"
            },
        ]
        .map(str::to_string)
        .into_iter()
        .chain(profile_columns(profiles.get(&m.id)))
        .collect::<Vec<_>>();
        for (c, v) in cells.iter().enumerate() {
            sheet.write_string(r, c as u16, v).map_err(xl)?;
        }
    }
    sheet.set_column_width(0, 12).map_err(xl)?;
    sheet.set_column_width(6, 40).map_err(xl)?;
    book.save_to_buffer().map_err(xl)
}
