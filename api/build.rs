//! The web app is embedded from `web/dist`; when it has not been built (a fresh clone), a
//! placeholder page stands in so that the API still compiles and serves.

use std::{fs, path::Path};

fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../web/dist");
    let index = dist.join("index.html");
    println!("cargo:rerun-if-changed={}", index.display());
    if !index.exists() {
        fs::create_dir_all(&dist).expect("create web/dist");
        fs::write(&index, PLACEHOLDER).expect("write the placeholder web/dist/index.html");
    }
}

const PLACEHOLDER: &str = r#"<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>同心 · 党工团一体化平台</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>同心 Tongxin</h1>
<p>网页端尚未构建：运行 <code>make run</code> 会先构建它。GraphQL 接口在 <code>/graphql</code>。</p>
</body>
</html>
"#;
