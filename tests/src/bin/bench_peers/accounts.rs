//! Credentials for every system: a Tongxin session per admin and per fan-out member (written
//! as `identity::token` does at login), and the same people as JWTs for the Node peers.

use crate::{
    Args,
    dataset::{self, Dataset, Shape},
    env, jwt,
    servers::{Env, Placement, Server, System},
};
use sqlx::{Connection, PgConnection};
use tongxin_core::identity::token;
use uuid::Uuid;

/// The peers' operation texts (`tests/bench/peers/queries.json`).
pub struct PeerQueries {
    pub postgraphile_member_page: String,
    pub postgraphile_history: String,
    pub yoga_member_page: String,
    pub yoga_history: String,
    pub yoga_send: String,
    pub yoga_subscribe: String,
}

impl PeerQueries {
    fn load() -> anyhow::Result<Self> {
        let path = crate::servers::peers_dir().join("queries.json");
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let get = |sys: &str, op: &str| -> anyhow::Result<String> {
            v[sys][op]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| anyhow::anyhow!("{} has no {sys}.{op}", path.display()))
        };
        Ok(Self {
            postgraphile_member_page: get("postgraphile", "memberPage")?,
            postgraphile_history: get("postgraphile", "history")?,
            yoga_member_page: get("yoga", "memberPage")?,
            yoga_history: get("yoga", "history")?,
            yoga_send: get("yoga", "send")?,
            yoga_subscribe: get("yoga", "subscribe")?,
        })
    }
}

/// Everything the measures share.
pub struct Setup {
    pub env: Env,
    pub place: Placement,
    pub data: Dataset,
    /// Per tenant: (Tongxin session token, peer JWT) of its admin.
    pub admins: Vec<(String, String)>,
    /// Per fan-out member: (Tongxin session token, peer JWT).
    pub fanout: Vec<(String, String)>,
    pub queries: PeerQueries,
    pub http: reqwest::Client,
}

impl Setup {
    pub async fn make(args: &Args, place: Placement) -> anyhow::Result<Self> {
        let owner_url = env("TONGXIN_DATABASE__URL")?;
        let system_url = env("TONGXIN_DATABASE__SYSTEM_URL")?;
        tongxin_core::db::migrate(&owner_url).await?;
        let env = Env {
            app_url: env("TONGXIN_DATABASE__APP_URL")?,
            jwt_secret: format!("peer-bench-{}", Uuid::new_v4().simple()),
            redis_url: std::env::var("TONGXIN_REDIS__URL").ok(),
        };
        let http = reqwest::Client::builder()
            .no_proxy()
            .pool_max_idle_per_host(256)
            .build()?;
        let shape = Shape {
            tenants: args.tenants,
            members: args.members,
            groups: args.groups,
            messages: args.messages,
            fanout: args.fanout,
        };
        let data = {
            // Sign-up goes through the API, so one Tongxin node serves while the data is made.
            let api = Server::start(System::Tongxin, &place, &env, false).await?;
            dataset::ensure(
                &owner_url,
                &system_url,
                &http,
                &api.url(),
                &shape,
                args.seed,
            )
            .await?
        };
        let mut owner = PgConnection::connect(&owner_url).await?;
        let mut admins = Vec::new();
        for t in &data.tenants {
            let session = sessions(&mut owner, t.id, &[t.admin]).await?.remove(0);
            admins.push((session, jwt::token(&env.jwt_secret, t.id, t.admin)));
        }
        let t0 = data.tenants[0].id;
        let members = &data.fanout_members[..args.subscribers.min(data.fanout_members.len())];
        let fanout = sessions(&mut owner, t0, members)
            .await?
            .into_iter()
            .zip(members)
            .map(|(s, &m)| (s, jwt::token(&env.jwt_secret, t0, m)))
            .collect();
        Ok(Self {
            env,
            place,
            data,
            admins,
            fanout,
            queries: PeerQueries::load()?,
            http,
        })
    }
}

/// Opens one Tongxin session for each member (who must have an account); returns the tokens.
async fn sessions(
    owner: &mut PgConnection,
    tenant: Uuid,
    members: &[Uuid],
) -> anyhow::Result<Vec<String>> {
    let tokens: Vec<String> = members
        .iter()
        .map(|_| token::generate(token::SESSION))
        .collect();
    let hashes: Vec<Vec<u8>> = tokens.iter().map(|t| token::digest(t)).collect();
    let ids: Vec<Uuid> = members.iter().map(|_| tongxin_core::new_id()).collect();
    let mut tx = owner.begin().await?;
    sqlx::query("select set_config('app.tenant_id', $1::text, true)")
        .bind(tenant)
        .execute(&mut *tx)
        .await?;
    let written = sqlx::query(
        "insert into session (tenant_id, id, account_id, member_id, token_hash, user_agent,
                              expires_at)
         select $1, s, m.account_id, m.id, h, 'bench_peers', now() + interval '1 day'
           from unnest($2::uuid[], $3::uuid[], $4::bytea[]) as u(s, mid, h)
           join member m on m.tenant_id = $1 and m.id = u.mid",
    )
    .bind(tenant)
    .bind(&ids)
    .bind(members)
    .bind(&hashes)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    anyhow::ensure!(
        written as usize == members.len(),
        "only {written} of {} sessions written (members without accounts?)",
        members.len()
    );
    Ok(tokens)
}
