//! Pure rules of personal data exports: the sections and their order, the reason an
//! administrator gives, progress, the file list's size limit, and the ZIP itself (README,
//! JSON per section, the workbook with a sheet per section, the uploaded files).

use crate::{AppError, AppResult};
use serde_json::Value;
use std::io::Write;

/// How long a ready export stays downloadable.
pub const KEEP_DAYS: i64 = 7;
/// The uploaded files' bytes go into the ZIP when they total at most this; else only the list.
pub const MAX_FILES_BYTES: i64 = 50 * 1024 * 1024;
/// The workbook's name inside the ZIP.
pub const WORKBOOK: &str = "personal-data.xlsx";

/// One section of an export: its code (the JSON file's name without `.json`), its sheet's name
/// and what it holds (for `README.txt`).
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// Code, e.g. `profile`.
    pub code: &'static str,
    /// The sheet's name (Chinese, at most 31 characters).
    pub label: &'static str,
    /// What the file holds.
    pub about: &'static str,
}

/// The sections, in the order they are collected (the most important first).
pub const SECTIONS: [Section; 16] = [
    Section {
        code: "profile",
        label: "基本信息",
        about: "您的成员档案：姓名、性别、出生日期、手机、邮箱、政治面貌、所在组织、职务等全部字段",
    },
    Section {
        code: "positions",
        label: "任职",
        about: "您在各组织担任的职务与任期",
    },
    Section {
        code: "stages",
        label: "发展阶段",
        about: "入党（入团）发展流程中您经历的各阶段及开始日期",
    },
    Section {
        code: "transfers",
        label: "组织关系转接",
        about: "为您开具的组织关系介绍信及其状态",
    },
    Section {
        code: "dues",
        label: "党费团费会费",
        about: "您的缴费记录：应缴、缴纳与更正",
    },
    Section {
        code: "meetings",
        label: "会议与签到",
        about: "通知您参加的会议、请假与签到记录",
    },
    Section {
        code: "notices",
        label: "通知与回执",
        about: "发给您的通知、阅读与确认时间及您的回复",
    },
    Section {
        code: "messages",
        label: "聊天消息",
        about: "您在群聊和私聊中发出的消息（不含他人的消息）",
    },
    Section {
        code: "files",
        label: "上传的文件",
        about: "您上传的文件清单；总大小不超过 50 MB 时文件本身在 files/ 目录中",
    },
    Section {
        code: "points",
        label: "积分",
        about: "您的积分明细",
    },
    Section {
        code: "votes",
        label: "投票参与",
        about: "您参与的投票及是否已投、投票日期；从不包含您的选择（无记名投票的选择任何人都无法得知）",
    },
    Section {
        code: "surveys",
        label: "问卷",
        about: "您参与的问卷；实名问卷包含您的答案，匿名问卷只有是否参与",
    },
    Section {
        code: "activities",
        label: "活动报名",
        about: "您报名的活动、审核与签到、志愿时长",
    },
    Section {
        code: "study",
        label: "学习进度",
        about: "您的学习资料进度与完成时间",
    },
    Section {
        code: "welfare",
        label: "工会福利",
        about: "您的拼团、众筹订单与退款记录",
    },
    Section {
        code: "reports",
        label: "实名检举控告",
        about: "您实名提交的检举控告的编号、状态与时间（内容加密保存，不在此导出；匿名提交的不在其中）",
    },
];

/// The administrator's reason: trimmed, 2–200 characters, no control characters.
pub fn check_reason(raw: &str) -> AppResult<String> {
    let s = crate::text::checked("reason", raw, 200, true, false)?;
    if s.chars().count() < 2 {
        return Err(AppError::field("reason", "事由至少 2 个字符"));
    }
    Ok(s)
}

/// Progress after `done` of `total` sections: the sections take 0–90, storing the ZIP the rest.
pub fn progress(done: usize, total: usize) -> i32 {
    if total == 0 {
        return 90;
    }
    i32::try_from(done.min(total) * 90 / total).unwrap_or(90)
}

/// Whether the uploaded files' bytes go into the ZIP.
pub fn include_file_bytes(sizes: &[i64]) -> bool {
    sizes.iter().sum::<i64>() <= MAX_FILES_BYTES
}

/// The name a file gets under `files/`: its id (names may repeat) and its name made safe for
/// a path (no separators, no control characters, at most 100 characters).
pub fn file_entry_name(id: uuid::Uuid, name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .take(100)
        .collect();
    let safe = safe.trim_start_matches('.');
    format!("files/{id}-{safe}")
}

/// `README.txt`: what each file is, in Chinese.
pub fn readme(member_name: &str, generated: &str, files_included: bool) -> String {
    let mut s = format!(
        "个人信息导出\n\n成员：{member_name}\n生成时间：{generated}\n\n\
         本压缩包包含同心平台中保存的您的个人信息，依据《中华人民共和国个人信息保护法》第四十五条提供。\n\
         每一部分各有一个 JSON 文件（UTF-8 编码），{WORKBOOK} 中每一部分各有一个工作表。\n\n文件说明：\n"
    );
    for sec in SECTIONS {
        s.push_str(&format!(
            "- {}.json（工作表“{}”）：{}\n",
            sec.code, sec.label, sec.about
        ));
    }
    s.push_str(&format!("- {WORKBOOK}：以上各部分的表格版本\n"));
    if files_included {
        s.push_str("- files/：您上传的文件本身，文件名以文件编号开头\n");
    } else {
        s.push_str("- files/：您上传的文件总大小超过 50 MB，本次只在 files.json 中列出清单\n");
    }
    s.push_str(
        "\n说明：投票只记录您是否参与，从不记录您的选择；匿名问卷和匿名检举控告不会出现在这里。\n\
         下载链接在生成后 7 天内有效，过期后文件将被删除，可以重新申请。\n",
    );
    s
}

/// A cell's text for the workbook: strings as they are, numbers and booleans written out,
/// arrays and objects as JSON; at most Excel's 32,767 characters.
fn cell(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::Bool(true) => "是".into(),
        Value::Bool(false) => "否".into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    };
    s.chars().take(32_767).collect()
}

/// The columns of a section's sheet: every key of its rows, in the order first seen.
pub fn columns(rows: &[Value]) -> Vec<String> {
    let mut cols: Vec<String> = vec![];
    for r in rows {
        if let Value::Object(m) = r {
            for k in m.keys() {
                if !cols.iter().any(|c| c == k) {
                    cols.push(k.clone());
                }
            }
        }
    }
    cols
}

/// The workbook: one sheet per section, a header row of its columns, a row per record.
pub fn workbook(sections: &[(Section, Vec<Value>)]) -> AppResult<Vec<u8>> {
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (sec, rows) in sections {
        let sheet = book.add_worksheet();
        sheet.set_name(sec.label).map_err(xl)?;
        let cols = columns(rows);
        if cols.is_empty() {
            sheet.write_string(0, 0, "（无记录）").map_err(xl)?;
            continue;
        }
        for (c, name) in cols.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            sheet
                .write_string_with_format(0, c, name, &bold)
                .map_err(xl)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, name) in cols.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                let v = row.get(name).unwrap_or(&Value::Null);
                if let Some(n) = number(v) {
                    sheet.write_number(r, c, n).map_err(xl)?;
                } else {
                    sheet.write_string(r, c, cell(v)).map_err(xl)?;
                }
            }
        }
    }
    book.save_to_buffer().map_err(xl)
}

/// A JSON number as a spreadsheet number, when it fits without losing digits.
fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) if n.is_f64() => n.as_f64(),
        Value::Number(n) => n
            .as_i64()
            .filter(|n| n.abs() < (1_i64 << 53))
            .map(|n| n as f64),
        _ => None,
    }
}

/// One entry of the ZIP: its path and bytes.
pub type Entry = (String, Vec<u8>);

/// The ZIP: `README.txt`, `{code}.json` per section (a JSON array, pretty-printed), the
/// workbook and the `extra` entries (uploaded files).
pub fn zip(
    readme: &str,
    sections: &[(Section, Vec<Value>)],
    extra: &[Entry],
) -> AppResult<Vec<u8>> {
    let z = |e: zip::result::ZipError| AppError::Internal(e.into());
    let io = |e: std::io::Error| AppError::Internal(e.into());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("README.txt", opts).map_err(z)?;
    w.write_all(readme.as_bytes()).map_err(io)?;
    for (sec, rows) in sections {
        w.start_file(format!("{}.json", sec.code), opts)
            .map_err(z)?;
        let json = serde_json::to_vec_pretty(rows).map_err(|e| AppError::Internal(e.into()))?;
        w.write_all(&json).map_err(io)?;
    }
    w.start_file(WORKBOOK, opts).map_err(z)?;
    w.write_all(&workbook(sections)?).map_err(io)?;
    for (name, bytes) in extra {
        w.start_file(name.as_str(), opts).map_err(z)?;
        w.write_all(bytes).map_err(io)?;
    }
    Ok(w.finish().map_err(z)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_reason_has_two_to_two_hundred_characters_and_no_control_characters() {
        assert!(check_reason("本").is_err());
        assert_eq!(check_reason(" 本人申请 ").unwrap(), "本人申请");
        assert!(check_reason(&"长".repeat(200)).is_ok());
        assert!(check_reason(&"长".repeat(201)).is_err());
        assert!(check_reason("本人\u{0}申请").is_err());
        assert!(check_reason("   ").is_err());
    }

    #[test]
    fn progress_runs_to_ninety_over_the_sections() {
        assert_eq!(progress(0, 16), 0);
        assert_eq!(progress(8, 16), 45);
        assert_eq!(progress(16, 16), 90);
        assert_eq!(progress(20, 16), 90);
    }

    #[test]
    fn file_bytes_are_included_up_to_fifty_megabytes_in_all() {
        assert!(include_file_bytes(&[MAX_FILES_BYTES]));
        assert!(!include_file_bytes(&[MAX_FILES_BYTES, 1]));
        assert!(include_file_bytes(&[]));
    }

    #[test]
    fn entry_names_cannot_leave_the_files_folder() {
        let id = uuid::Uuid::nil();
        assert_eq!(
            file_entry_name(id, "../a/b.pdf"),
            format!("files/{id}-_a_b.pdf")
        );
        assert_eq!(
            file_entry_name(id, "报告\n.docx"),
            format!("files/{id}-报告_.docx")
        );
    }

    #[test]
    fn sections_have_unique_codes_and_sheet_names_excel_accepts() {
        for (i, a) in SECTIONS.iter().enumerate() {
            assert!(a.label.chars().count() <= 31);
            for b in &SECTIONS[i + 1..] {
                assert_ne!(a.code, b.code);
                assert_ne!(a.label, b.label);
            }
        }
    }

    #[test]
    fn the_zip_holds_the_readme_a_json_per_section_the_workbook_and_the_files() {
        let sections: Vec<_> = SECTIONS
            .iter()
            .map(|s| {
                (
                    *s,
                    vec![json!({ "id": 1, "name": "张三", "ok": true, "tags": ["a"] })],
                )
            })
            .collect();
        let bytes = zip(
            &readme("张三", "2026-12-07", true),
            &sections,
            &[("files/x-a.txt".into(), b"hello".to_vec())],
        )
        .unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let names: Vec<String> = archive
            .file_names()
            .map(|n| n.unwrap().into_owned())
            .collect();
        assert!(names.contains(&"README.txt".to_string()));
        assert!(names.contains(&"profile.json".to_string()));
        assert!(names.contains(&"reports.json".to_string()));
        assert!(names.contains(&WORKBOOK.to_string()));
        assert!(names.contains(&"files/x-a.txt".to_string()));
        let mut profile = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("profile.json").unwrap(), &mut profile)
            .unwrap();
        assert!(profile.contains("张三"));
    }
}
