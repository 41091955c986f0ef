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
    html_page_with(tenant, heading, paragraphs, "", link, button, None)
}

/// The shared layout: the tenant's name in the header, paragraphs, optional pre-rendered HTML
/// (`extra`, already escaped), a button, and an optional unsubscribe footer.
pub(crate) fn html_page_with(
    tenant: &str,
    heading: &str,
    paragraphs: &[String],
    extra: &str,
    link: &str,
    button: &str,
    footer: Option<(&str, &str)>,
) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let footer = footer
        .map(|(text, url)| {
            format!(
                "<p style=\"color:#888;font-size:12px\"><a href=\"{}\" style=\"color:#888\">{}</a></p>",
                escape(url),
                escape(text)
            )
        })
        .unwrap_or_default();
    format!(
        "<!doctype html><html><body style=\"font-family:sans-serif;color:#222\">\
         <div style=\"background:#c8161d;color:#fff;padding:12px 16px;font-size:18px\">{tenant}</div>\
         <div style=\"padding:16px\"><h2>{heading}</h2>{body}{extra}\
         <p><a href=\"{link}\" style=\"background:#c8161d;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px\">{button}</a></p>\
         <p style=\"color:#888;font-size:12px\">{link}</p>{footer}</div></body></html>",
        tenant = escape(tenant),
        heading = escape(heading),
        link = escape(link),
        button = escape(button),
    )
}

/// A notification sent by email because the member chose email for its category.
pub fn notification(
    lang: Lang,
    key: String,
    to: &str,
    tenant: &str,
    title: &str,
    body: &str,
    link: &str,
) -> Mail {
    let (hint, button) = match lang {
        Lang::ZhCn => (
            "您在“通知设置”中选择了以邮件接收此类通知，可随时更改。",
            "在同心中查看",
        ),
        Lang::En => (
            "You chose to receive this kind of notification by email; change it any time in your notification settings.",
            "Open in Tongxin",
        ),
    };
    let paragraphs = vec![body.to_string(), hint.to_string()];
    Mail {
        key,
        to: to.to_string(),
        subject: format!("【{tenant}】{title}"),
        text: format!("{title}\n\n{body}\n\n{link}\n\n{hint}\n"),
        html: html_page(tenant, title, &paragraphs, link, button),
        bulk: false,
        unsubscribe: None,
    }
}

/// Where and when a login happened.
#[derive(Debug)]
pub struct LoginFacts<'a> {
    /// Local time.
    pub when: &'a str,
    /// Client address.
    pub ip: &'a str,
    /// User agent.
    pub device: &'a str,
}

/// The alert sent when a member logs in from a device not seen before.
pub fn new_device_login(
    lang: Lang,
    key: String,
    to: &str,
    tenant: &str,
    facts: &LoginFacts<'_>,
    link: &str,
) -> Mail {
    let LoginFacts { when, ip, device } = facts;
    let (subject, heading, paragraphs, button) = match lang {
        Lang::ZhCn => (
            format!("【{tenant}】新设备登录提醒"),
            "您的账号在新设备上登录".to_string(),
            vec![
                format!("时间：{when}"),
                format!("IP 地址：{ip}"),
                format!("设备：{device}"),
                "如果这是您本人，无需处理。如果不是，请立即修改密码，并在“账号安全”中结束可疑的会话。".to_string(),
            ],
            "查看登录会话",
        ),
        Lang::En => (
            format!("[{tenant}] New sign-in to your account"),
            "Your account was used on a new device".to_string(),
            vec![
                format!("Time: {when}"),
                format!("IP address: {ip}"),
                format!("Device: {device}"),
                "If this was you, there is nothing to do. If not, change your password now and end unknown sessions under Security.".to_string(),
            ],
            "Review sessions",
        ),
    };
    Mail {
        key,
        to: to.to_string(),
        subject,
        text: format!("{heading}\n\n{}\n\n{link}\n", paragraphs.join("\n")),
        html: html_page(tenant, &heading, &paragraphs, link, button),
        bulk: false,
        unsubscribe: None,
    }
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
        unsubscribe: None,
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
        unsubscribe: None,
    }
}

/// A change to an account's second factor, told to its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactorEvent {
    /// Two-step verification was turned on.
    Enabled,
    /// Two-step verification was turned off.
    Disabled,
    /// A recovery code was used to log in.
    RecoveryCodeUsed,
}

impl SecondFactorEvent {
    /// A short code for mail keys.
    pub fn code(self) -> &'static str {
        match self {
            SecondFactorEvent::Enabled => "enabled",
            SecondFactorEvent::Disabled => "disabled",
            SecondFactorEvent::RecoveryCodeUsed => "recovery-code",
        }
    }
}

/// The email sent when an account's second factor changes or a recovery code is used.
pub fn second_factor_changed(
    lang: Lang,
    key: String,
    to: &str,
    event: SecondFactorEvent,
    link: &str,
) -> Mail {
    let (subject, paragraph) = match (lang, event) {
        (Lang::ZhCn, SecondFactorEvent::Enabled) => (
            "您的同心账号已启用两步验证",
            "您的账号已启用两步验证。登录时除密码外，还需输入验证器中的 6 位验证码。",
        ),
        (Lang::ZhCn, SecondFactorEvent::Disabled) => (
            "您的同心账号已停用两步验证",
            "您的账号已停用两步验证，登录时只需密码。",
        ),
        (Lang::ZhCn, SecondFactorEvent::RecoveryCodeUsed) => (
            "您的同心账号使用了一个恢复码",
            "刚刚有人使用您的一个恢复码登录了账号，该恢复码已失效。",
        ),
        (Lang::En, SecondFactorEvent::Enabled) => (
            "Two-step verification is on for your Tongxin account",
            "Your account now asks for a 6-digit code from your authenticator app after the password.",
        ),
        (Lang::En, SecondFactorEvent::Disabled) => (
            "Two-step verification is off for your Tongxin account",
            "Your account no longer asks for a code after the password.",
        ),
        (Lang::En, SecondFactorEvent::RecoveryCodeUsed) => (
            "A recovery code was used on your Tongxin account",
            "Someone just logged in to your account with one of your recovery codes; that code no longer works.",
        ),
    };
    let (hint, button) = match lang {
        Lang::ZhCn => (
            "如果这不是您本人的操作，请立即修改密码，并在“账号安全”中检查两步验证和登录会话。",
            "账号安全",
        ),
        Lang::En => (
            "If this was not you, change your password now and review two-step verification and sessions under Security.",
            "Security",
        ),
    };
    let paragraphs = vec![paragraph.to_string(), hint.to_string()];
    Mail {
        key,
        to: to.to_string(),
        subject: subject.to_string(),
        text: format!("{subject}\n\n{paragraph}\n{hint}\n\n{link}\n"),
        html: html_page("同心 Tongxin", subject, &paragraphs, link, button),
        bulk: false,
        unsubscribe: None,
    }
}

/// What goes into a digest email.
#[derive(Debug)]
pub struct DigestContent<'a> {
    /// Outbox key.
    pub key: String,
    /// Recipient.
    pub to: &'a str,
    /// Tenant name (header).
    pub tenant: &'a str,
    /// Member name (greeting).
    pub member: &'a str,
    /// Weekly (else daily).
    pub weekly: bool,
    /// Unread notifications: title and time.
    pub unread: Vec<(String, String)>,
    /// Due items of the coming week: title and due time.
    pub upcoming: Vec<(String, String)>,
    /// Link into the app.
    pub link: &'a str,
    /// Signed one-click unsubscribe URL.
    pub unsubscribe: &'a str,
}

fn list_html(heading: &str, lines: &[(String, String)]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let items: String = lines
        .iter()
        .map(|(t, at)| {
            format!(
                "<li>{} <span style=\"color:#888\">{}</span></li>",
                escape(t),
                escape(at)
            )
        })
        .collect();
    format!("<h3>{}</h3><ul>{items}</ul>", escape(heading))
}

fn list_text(heading: &str, lines: &[(String, String)]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let items: String = lines
        .iter()
        .map(|(t, at)| format!("- {t}（{at}）\n"))
        .collect();
    format!("{heading}\n{items}\n")
}

/// The daily or weekly digest, with a one-click unsubscribe.
pub fn digest(lang: Lang, c: &DigestContent<'_>) -> Mail {
    let (subject, heading, intro, unread_h, upcoming_h, button, unsub) = match lang {
        Lang::ZhCn => (
            format!(
                "【{}】{}：{} 条未读，{} 项即将到期",
                c.tenant,
                if c.weekly {
                    "每周摘要"
                } else {
                    "每日摘要"
                },
                c.unread.len(),
                c.upcoming.len()
            ),
            format!("{}，您好", c.member),
            if c.weekly {
                "这是您上周的同心摘要。"
            } else {
                "这是您昨天的同心摘要。"
            }
            .to_string(),
            "未读通知",
            "未来 7 天到期",
            "打开同心",
            "不再接收摘要邮件（一键退订）",
        ),
        Lang::En => (
            format!(
                "[{}] {} digest: {} unread, {} due soon",
                c.tenant,
                if c.weekly { "Weekly" } else { "Daily" },
                c.unread.len(),
                c.upcoming.len()
            ),
            format!("Hello {}", c.member),
            format!(
                "Here is your {} Tongxin digest.",
                if c.weekly { "weekly" } else { "daily" }
            ),
            "Unread notifications",
            "Due in the next 7 days",
            "Open Tongxin",
            "Stop these digest emails (one click)",
        ),
    };
    let extra = format!(
        "{}{}",
        list_html(unread_h, &c.unread),
        list_html(upcoming_h, &c.upcoming)
    );
    let text = format!(
        "{heading}\n\n{intro}\n\n{}{}{}\n\n{unsub}: {}\n",
        list_text(unread_h, &c.unread),
        list_text(upcoming_h, &c.upcoming),
        c.link,
        c.unsubscribe
    );
    Mail {
        key: c.key.clone(),
        to: c.to.to_string(),
        subject,
        text,
        html: html_page_with(
            c.tenant,
            &heading,
            &[intro],
            &extra,
            c.link,
            button,
            Some((unsub, c.unsubscribe)),
        ),
        bulk: true,
        unsubscribe: Some(c.unsubscribe.to_string()),
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

    #[test]
    fn a_digest_lists_its_lines_escaped_and_carries_the_unsubscribe_link() {
        let m = digest(
            Lang::ZhCn,
            &DigestContent {
                key: "k".into(),
                to: "a@b.cn",
                tenant: "同心",
                member: "王芳",
                weekly: false,
                unread: vec![("<b>通知</b>".into(), "11-20 09:00".into())],
                upcoming: vec![("转正考察".into(), "11-25 18:00".into())],
                link: "https://x/notifications",
                unsubscribe: "https://x/mail/unsubscribe?token=abc",
            },
        );
        assert!(m.subject.contains("1 条未读") && m.subject.contains("1 项即将到期"));
        assert!(m.html.contains("&lt;b&gt;通知") && m.html.contains("转正考察"));
        assert!(m.text.contains("https://x/mail/unsubscribe?token=abc"));
        assert_eq!(
            m.unsubscribe.as_deref(),
            Some("https://x/mail/unsubscribe?token=abc")
        );
        assert!(m.bulk);
    }
}
