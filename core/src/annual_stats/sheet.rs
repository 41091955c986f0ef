//! The tables as an `.xlsx` in the returns' layout: a title row and a caption row merged over
//! the table, two header rows (the unit and total columns merged down, each group's label
//! merged over its columns), a row per unit and the 合计 row, all bordered.

use super::{service::Statistics, table::Table};
use crate::{AppError, AppResult};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

fn xl(e: XlsxError) -> AppError {
    AppError::Internal(e.into())
}

/// The first data row (after the title, the caption and two header rows).
pub const FIRST_DATA_ROW: u32 = 4;

/// Writes one table on its own sheet.
fn write_table(sheet: &mut Worksheet, stats: &Statistics, t: &Table) -> Result<(), XlsxError> {
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let caption = Format::new().set_align(FormatAlign::Left);
    let head = Format::new()
        .set_bold()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap();
    let cell = Format::new().set_border(FormatBorder::Thin);
    let total = Format::new().set_bold().set_border(FormatBorder::Thin);

    let width: u16 = t.groups.iter().map(|g| g.columns.len() as u16).sum::<u16>() + 1;
    let last_col = width;
    sheet.merge_range(0, 0, 0, last_col, t.title, &title)?;
    sheet.merge_range(
        1,
        0,
        1,
        last_col,
        &format!(
            "填报单位：{}　　统计截止日期：{}",
            stats.org_name,
            stats.as_of.format("%Y年%-m月%-d日")
        ),
        &caption,
    )?;
    sheet.merge_range(2, 0, 3, 0, t.unit_label, &head)?;
    sheet.merge_range(2, 1, 3, 1, t.total_label, &head)?;
    let mut col: u16 = 2;
    for g in &t.groups {
        let span = g.columns.len() as u16;
        if span == 1 {
            sheet.write_string_with_format(2, col, g.label, &head)?;
        } else {
            sheet.merge_range(2, col, 2, col + span - 1, g.label, &head)?;
        }
        for (i, c) in g.columns.iter().enumerate() {
            sheet.write_string_with_format(3, col + i as u16, c.label, &head)?;
        }
        col += span;
    }
    let mut row = FIRST_DATA_ROW;
    for r in &t.rows {
        sheet.write_string_with_format(row, 0, &r.unit.label, &cell)?;
        for (i, v) in r.values.iter().enumerate() {
            sheet.write_number_with_format(row, 1 + i as u16, *v as f64, &cell)?;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "合计", &total)?;
    for (i, v) in t.totals.iter().enumerate() {
        sheet.write_number_with_format(row, 1 + i as u16, *v as f64, &total)?;
    }
    sheet.set_column_width(0, 24)?;
    sheet.set_row_height(3, 42)?;
    sheet.set_freeze_panes(FIRST_DATA_ROW, 1)?;
    Ok(())
}

/// The workbook: one sheet per table, then a sheet of the checks.
pub fn workbook(stats: &Statistics) -> AppResult<Vec<u8>> {
    let mut book = Workbook::new();
    for t in &stats.tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.title).map_err(xl)?;
        write_table(sheet, stats, t).map_err(xl)?;
    }
    let sheet = book.add_worksheet();
    sheet.set_name("校验").map_err(xl)?;
    let bold = Format::new().set_bold();
    sheet
        .write_string_with_format(0, 0, "校验项", &bold)
        .map_err(xl)?;
    sheet
        .write_string_with_format(0, 1, "结果", &bold)
        .map_err(xl)?;
    for (i, c) in stats.checks.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &c.description).map_err(xl)?;
        sheet
            .write_string(row, 1, if c.passed { "通过" } else { "不通过" })
            .map_err(xl)?;
    }
    let after = stats.checks.len() as u32 + 2;
    for (i, w) in stats.warnings.iter().enumerate() {
        sheet
            .write_string(after + i as u32, 0, format!("提示：{}", w.message))
            .map_err(xl)?;
    }
    sheet.set_column_width(0, 60).map_err(xl)?;
    book.save_to_buffer().map_err(xl)
}
