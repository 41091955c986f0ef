//! SQL lives in `store` modules (a file named `store.rs` or `*_store.rs`, or a `mod store`
//! block at the end of a small module), so a reader finds every statement of a domain in one
//! place and a service reads as rules and steps. The few platform modules that are stores in
//! all but name are listed here with the reason.

use std::{fs, path::Path};

/// Files that are the store of a platform concern.
const PLATFORM_STORES: &[(&str, &str)] = &[
    (
        "db.rs",
        "the pools, the tenant transaction and the runtime-role check",
    ),
    (
        "system.rs",
        "every cross-tenant operation, on the system pool",
    ),
    (
        "jobs/mod.rs",
        "the job queue's SECURITY DEFINER functions and grants",
    ),
    ("mail/mod.rs", "the mail outbox's SECURITY DEFINER function"),
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("read core/src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether a line calls one of sqlx's statement builders (`sqlx::query!`, `sqlx::query(`,
/// `sqlx::query_as…`, `sqlx::query_scalar…`, `sqlx::query::…`): the name alone, as in the
/// telemetry layer that reads sqlx's `sqlx::query` log events, runs no statement.
fn runs_sql(line: &str) -> bool {
    line.match_indices("sqlx::query").any(|(i, m)| {
        matches!(
            line[i + m.len()..].chars().next(),
            Some('!' | '(' | '_' | ':' | '<')
        )
    })
}

#[test]
fn a_statement_builder_counts_and_the_event_target_name_does_not() {
    assert!(runs_sql("    let rows = sqlx::query!(\"select 1\")"));
    assert!(runs_sql("sqlx::query_as::<_, (i64,)>(\"select 1\")"));
    assert!(runs_sql("sqlx::query(\"select 1\")"));
    assert!(!runs_sql(
        "if event.metadata().target() != \"sqlx::query\" {"
    ));
    assert!(!runs_sql("//! (target `sqlx::query`: the statement's text"));
}

#[test]
fn every_sql_statement_of_the_core_is_in_a_store_module() {
    // Arrange
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);

    // Act
    let mut outside = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let name = file.file_name().unwrap().to_string_lossy();
        if name == "store.rs"
            || name.ends_with("_store.rs")
            || PLATFORM_STORES.iter().any(|(p, _)| *p == rel)
        {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        // A trailing `mod store { … }` block is the module's store.
        let body = text.split("\nmod store {").next().unwrap_or(&text);
        for (n, line) in body.lines().enumerate() {
            if runs_sql(line) {
                outside.push(format!("{rel}:{}", n + 1));
            }
        }
    }

    // Assert
    assert!(
        outside.is_empty(),
        "SQL outside a store module (move it into the domain's store.rs): {outside:#?}"
    );
}
