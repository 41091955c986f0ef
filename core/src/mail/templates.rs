//! Email templates in Simplified Chinese and English, HTML and plain text, with the
//! tenant's name in the header.

use super::Mail;

/// A language an email can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Simplified Chinese (the default).
    ZhCn,
    /// English.
    En,
}

impl Lang {
    /// From a member's language setting; anything unknown is Chinese.
    pub fn from_tag(tag: &str) -> Self {
        if tag.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::ZhCn
        }
    }
}

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn html_page(
    tenant: &str,
    heading: &str,
    paragraphs: &[String],
    link: &str,
    button: &str,
) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    format!(
        "<!doctype html><html><body style=\"font-family:sans-serif;color:#222\">\
         <div style=\"background:#c8161d;color:#fff;padding:12px 16px;font-size:18px\">{tenant}</div>\
         <div style=\"padding:16px\"><h2>{heading}</h2>{body}\
         <p><a href=\"{link}\" style=\"background:#c8161d;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px\">{button}</a></p>\
         <p style=\"color:#888;font-size:12px\">{link}</p></div></body></html>",
        tenant = escape(tenant),
        heading = escape(heading),
        link = escape(link),
        button = escape(button),
    )
}

/// The invitation email with its link.
pub fn invitation(
    lang: Lang,
    key: String,
    to: &str,
    tenant: &str,
    invitee: &str,
    org: &str,
    link: &str,
) -> Mail {
    let (subject, heading, paragraphs, button) = match lang {
        Lang::ZhCn => (
            format!("{tenant} 邀请您加入同心"),
            format!("{invitee}，您好"),
            vec![
                format!("{tenant} 邀请您加入“{org}”。"),
                "点击下面的按钮设置密码并完成加入。链接 7 天内有效，仅可使用一次。".to_string(),
            ],
            "接受邀请",
        ),
        Lang::En => (
            format!("{tenant} invites you to Tongxin"),
            format!("Hello {invitee}"),
            vec![
                format!("{tenant} invites you to join \u{201c}{org}\u{201d}."),
                "Use the button below to set your password and join. The link works once, for 7 days.".to_string(),
            ],
            "Accept invitation",
        ),
    };
    let text = format!("{heading}\n\n{}\n\n{link}\n", paragraphs.join("\n"));
    let html = html_page(tenant, &heading, &paragraphs, link, button);
    Mail {
        key,
        to: to.to_string(),
        subject,
        text,
        html,
        bulk: false,
    }
}

/// The password-reset email.
pub fn password_reset(lang: Lang, key: String, to: &str, link: &str, minutes: i64) -> Mail {
    let (subject, heading, paragraphs, button) = match lang {
        Lang::ZhCn => (
            "重置您的同心密码".to_string(),
            "重置密码".to_string(),
            vec![
                format!("我们收到了重置密码的请求。链接 {minutes} 分钟内有效，仅可使用一次。"),
                "如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。".to_string(),
            ],
            "设置新密码",
        ),
        Lang::En => (
            "Reset your Tongxin password".to_string(),
            "Reset your password".to_string(),
            vec![
                format!(
                    "We received a request to reset your password. The link works once, for {minutes} minutes."
                ),
                "If you did not ask for this, ignore this email; your password stays as it is."
                    .to_string(),
            ],
            "Choose a new password",
        ),
    };
    let text = format!("{heading}\n\n{}\n\n{link}\n", paragraphs.join("\n"));
    let html = html_page("同心 Tongxin", &heading, &paragraphs, link, button);
    Mail {
        key,
        to: to.to_string(),
        subject,
        text,
        html,
        bulk: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_carries_its_link_in_both_bodies_and_escapes_names() {
        let m = invitation(
            Lang::ZhCn,
            "k".into(),
            "a@b.cn",
            "<同心>",
            "王芳",
            "第一党支部",
            "https://x/invite/t",
        );
        assert!(m.text.contains("https://x/invite/t"));
        assert!(m.html.contains("https://x/invite/t"));
        assert!(m.html.contains("&lt;同心&gt;"));
        assert!(m.subject.contains("邀请"));
    }

    #[test]
    fn english_is_chosen_by_the_member_language() {
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag("zh-CN"), Lang::ZhCn);
        let m = password_reset(Lang::En, "k".into(), "a@b.cn", "https://x/reset/t", 30);
        assert!(m.subject.starts_with("Reset"));
    }
}
