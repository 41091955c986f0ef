//! Rich text shared by notices and articles: one sanitiser, so that whatever a member may
//! write in one place is cleaned exactly as in the other, and the plain text of a body for
//! search and word checks.

use std::collections::HashSet;

/// Cleans a rich-text body: formatting, lists, tables and safe links stay; scripts, styles,
/// event handlers, forms, frames and every image or other remote resource go (an image from
/// another server would tell it who opened the notice, and when). Links open in a new tab
/// without a referrer.
pub fn sanitize(html: &str) -> String {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "s",
        "del",
        "sub",
        "sup",
        "h1",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "hr",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "span",
        "div",
    ]
    .into_iter()
    .collect();
    let schemes: HashSet<&str> = ["http", "https", "mailto"].into_iter().collect();
    ammonia::Builder::empty()
        .tags(tags)
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("td", ["colspan", "rowspan"])
        .add_tag_attributes("th", ["colspan", "rowspan"])
        .url_schemes(schemes)
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer nofollow"))
        .set_tag_attribute_value("a", "target", "_blank")
        .clean(html)
        .to_string()
}

/// Plain text made safe to place inside HTML (`&`, `<`, `>` and quotes escaped).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The text of a (sanitised) body without its tags, entities decoded, whitespace collapsed.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_tags_and_decodes_entities() {
        assert_eq!(
            plain_text("<p>学习 <strong>二十大</strong></p><p>a &amp; b&nbsp;c</p>"),
            "学习 二十大 a & b c"
        );
    }

    #[test]
    fn escaped_text_survives_the_sanitiser_and_reads_back_as_written() {
        let text = "<b>\"三会一课\"</b> & '主题党日'";
        let html = format!("<p>{}</p>", escape(text));
        assert_eq!(plain_text(&sanitize(&html)), text);
        assert!(!sanitize(&html).contains("<b>"));
    }

    #[test]
    fn the_sanitiser_drops_scripts_and_images() {
        let out = sanitize(
            "<p onclick=\"x()\">hi<script>alert(1)</script><img src=\"http://x/y.png\"></p>",
        );
        assert_eq!(out, "<p>hi</p>");
    }
}
