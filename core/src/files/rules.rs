//! Pure rules of uploads: which types are accepted, how large, what a file may be called and
//! where its object lives.

use crate::AppError;
use chrono::{DateTime, Utc};
use uuid::Uuid;

const MIB: i64 = 1024 * 1024;

/// Largest image.
pub const MAX_IMAGE_BYTES: i64 = 10 * MIB;
/// Largest other file.
pub const MAX_FILE_BYTES: i64 = 50 * MIB;

/// Accepted types: images shown inline, documents downloaded. No SVG or HTML (they can carry
/// scripts) and nothing executable.
const IMAGES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];
const DOCUMENTS: &[&str] = &[
    "application/pdf",
    "text/plain",
    "application/zip",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
];

/// Whether a content type is an image shown inline.
pub fn is_image(content_type: &str) -> bool {
    IMAGES.contains(&content_type)
}

/// A file about to be uploaded, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    /// Display name, without any path.
    pub name: String,
    /// Content type, lower case, without parameters.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
}

/// Checks name, type and size, with a message that says what is allowed.
pub fn parse(name: &str, content_type: &str, size: i64) -> Result<NewFile, AppError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = base.chars().filter(|c| !c.is_control()).collect();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::field("name", "文件名应为 1–200 个字"));
    }
    let content_type = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let limit = if is_image(&content_type) {
        MAX_IMAGE_BYTES
    } else if DOCUMENTS.contains(&content_type.as_str()) {
        MAX_FILE_BYTES
    } else {
        return Err(AppError::field(
            "contentType",
            "不支持的文件类型：可上传 PNG、JPEG、GIF、WebP 图片，PDF、Word、Excel、PowerPoint、TXT 文档和 ZIP 压缩包",
        ));
    };
    if size <= 0 {
        return Err(AppError::field("size", "文件是空的"));
    }
    if size > limit {
        return Err(AppError::field(
            "size",
            format!(
                "文件过大：{:.1} MB，{}最大 {} MB",
                size as f64 / MIB as f64,
                if limit == MAX_IMAGE_BYTES {
                    "图片"
                } else {
                    "文件"
                },
                limit / MIB
            ),
        ));
    }
    Ok(NewFile {
        name: name.to_string(),
        content_type,
        size,
    })
}

/// The object key: under the tenant's prefix, by month, named by id only (no user input).
pub fn storage_key(tenant: Uuid, id: Uuid, now: DateTime<Utc>) -> String {
    format!("{tenant}/{}/{id}", now.format("%Y-%m"))
}

/// A `Content-Disposition` value: images inline, other files as downloads, the name in
/// RFC 5987 form so Chinese names survive.
pub fn content_disposition(name: &str, content_type: &str) -> String {
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let how = if is_image(content_type) {
        "inline"
    } else {
        "attachment"
    };
    format!("{how}; filename=\"file\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_types_are_bounded_by_kind_with_clear_messages() {
        let ok = parse(
            "支部会议纪要.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            1000,
        )
        .unwrap();
        assert_eq!(ok.name, "支部会议纪要.docx");
        assert!(parse("a.png", "image/png", MAX_IMAGE_BYTES).is_ok());
        let big = parse("a.png", "image/png", MAX_IMAGE_BYTES + 1).unwrap_err();
        assert!(big.to_string().contains("图片最大 10 MB"));
        assert!(parse("a.pdf", "application/pdf", MAX_IMAGE_BYTES + 1).is_ok());
        assert!(parse("x.svg", "image/svg+xml", 10).is_err());
        assert!(parse("x.html", "text/html", 10).is_err());
        assert!(parse("a.pdf", "application/pdf", 0).is_err());
    }

    #[test]
    fn names_lose_paths_and_control_characters() {
        let f = parse("../../etc/pa\u{0}ss.txt", "text/plain; charset=utf-8", 5).unwrap();
        assert_eq!(f.name, "pass.txt");
        assert_eq!(f.content_type, "text/plain");
        assert!(parse("dir/", "text/plain", 5).is_err());
    }

    #[test]
    fn keys_start_with_the_tenant_and_carry_no_user_input() {
        let t = Uuid::from_u128(7);
        let id = Uuid::from_u128(9);
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let key = storage_key(t, id, now);
        assert!(key.starts_with(&format!("{t}/2023-11/")));
        assert!(key.ends_with(&id.to_string()));
    }

    #[test]
    fn chinese_names_are_encoded_and_images_shown_inline() {
        let d = content_disposition("纪要 1.pdf", "application/pdf");
        assert!(d.starts_with("attachment;"));
        assert!(d.contains("UTF-8''%E7%BA%AA%E8%A6%81%201.pdf"));
        assert!(content_disposition("a.png", "image/png").starts_with("inline;"));
    }
}
