//! HS256 tokens for the Node peers: they take the tenant from a JWT claim, as is usual there.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;
use uuid::Uuid;

/// A signed token carrying `tenant_id` and `member_id`, valid for a day.
pub fn token(secret: &str, tenant: Uuid, member: Uuid) -> String {
    let header = URL_SAFE_NO_PAD.encode(json!({ "alg": "HS256", "typ": "JWT" }).to_string());
    let exp = chrono::Utc::now().timestamp() + 86_400;
    let claims = URL_SAFE_NO_PAD.encode(
        json!({ "tenant_id": tenant, "member_id": member, "exp": exp, "aud": "postgraphile" })
            .to_string(),
    );
    let signing = format!("{header}.{claims}");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(signing.as_bytes());
    format!(
        "{signing}.{}",
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    )
}
