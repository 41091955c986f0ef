//! Devices a member logs in from. A browser keeps a long-lived random device cookie; a
//! session opened from a device the member has not used before, when they have used others,
//! emails them an alert (unless the tenant turned alerts off).

use super::{ClientInfo, token};
use crate::db::TenantTx;
use crate::{
    App,
    mail::{self, templates},
};
use uuid::Uuid;

/// The device cookie's name.
pub const COOKIE: &str = "tx_device";

/// Whether a cookie value looks like one we issued (anything else is ignored, not trusted).
pub fn plausible(value: &str) -> bool {
    (16..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Records the device of a session being opened; returns a new device id for the client to
/// keep when it brought none.
pub(crate) async fn note(
    tx: &mut TenantTx,
    app: &App,
    member: Uuid,
    client: &ClientInfo,
) -> sqlx::Result<Option<String>> {
    let tenant = tx.tenant();
    let (device, issued) = match client.device.as_deref().filter(|d| plausible(d)) {
        Some(d) => (d.to_string(), None),
        None => {
            let d = hex::encode(Uuid::new_v4().as_bytes());
            (d.clone(), Some(d))
        }
    };
    let hash = hex::encode(token::digest(&device));
    let seen = store::seen(tx, member).await?;
    let first = store::upsert(tx, member, &hash, client).await?;
    if first
        && seen.known > 0
        && seen.alerts
        && let Some(to) = seen.email.as_deref().filter(|e| !e.is_empty())
    {
        let when = chrono::Utc::now()
            .with_timezone(&seen.time_zone.parse().unwrap_or(chrono_tz::Asia::Shanghai))
            .format("%Y-%m-%d %H:%M")
            .to_string();
        let mail = templates::new_device_login(
            templates::Lang::from_tag(&seen.language),
            format!("new-device:{tenant}:{member}:{hash}"),
            to,
            &seen.tenant_name,
            &templates::LoginFacts {
                when: &when,
                ip: client.ip.as_deref().unwrap_or("未知"),
                device: client.user_agent.as_deref().unwrap_or("未知设备"),
            },
            &format!("{}/security", app.config.public_url()),
        );
        mail::enqueue(tx, &mail).await?;
    }
    Ok(issued)
}

mod store {
    use super::ClientInfo;
    use crate::db::TenantTx;
    use uuid::Uuid;

    #[derive(Debug, sqlx::FromRow)]
    pub(super) struct Seen {
        pub known: i64,
        pub alerts: bool,
        pub email: Option<String>,
        pub language: String,
        pub tenant_name: String,
        pub time_zone: String,
    }

    pub(super) async fn seen(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Seen> {
        let tenant = tx.tenant();
        sqlx::query_as!(
            Seen,
            r#"select (select count(*) from known_device d where d.tenant_id = $1 and d.member_id = $2) as "known!",
                    t.login_alerts as alerts, m.email, m.language, t.name as tenant_name, t.time_zone
               from member m join tenant t on t.id = m.tenant_id
              where m.tenant_id = $1 and m.id = $2"#,
            tenant,
            member,
        )
        .fetch_one(tx.conn())
        .await
    }

    /// True when the device is new to the member.
    pub(super) async fn upsert(
        tx: &mut TenantTx,
        member: Uuid,
        hash: &str,
        client: &ClientInfo,
    ) -> sqlx::Result<bool> {
        let tenant = tx.tenant();
        sqlx::query_scalar!(
            r#"insert into known_device (tenant_id, member_id, device_hash, user_agent, ip)
             values ($1, $2, $3, $4, $5)
             on conflict (tenant_id, member_id, device_hash)
             do update set last_seen = now(), user_agent = excluded.user_agent, ip = excluded.ip
             returning (xmax = 0) as "inserted!""#,
            tenant,
            member,
            hash,
            client.user_agent.as_deref(),
            client.ip.as_deref(),
        )
        .fetch_one(tx.conn())
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cookie_values_shaped_like_ours_are_taken() {
        assert!(plausible(&hex::encode([7u8; 16])));
        assert!(!plausible("short"));
        assert!(!plausible("has spaces and is long enough"));
        assert!(!plausible(&"a".repeat(65)));
    }
}
