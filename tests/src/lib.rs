//! Test harness: spawns real API nodes on port 0 against the provisioned PostgreSQL (connected
//! as `tongxin_app`, so row-level security is exercised) and talks to them over HTTP.

pub mod bench;
pub mod procfs;
pub mod ws;

use serde_json::{Value, json};
use tokio::sync::OnceCell;
use tongxin_core::Config;

static MIGRATED: OnceCell<()> = OnceCell::const_new();

/// The configuration `make test` provisioned, on a free port.
pub fn config() -> Config {
    let mut c = Config::load().expect("configuration (run through `make test`)");
    c.http.port = 0;
    c.auth.per_address_per_minute = 10_000;
    c.database.max_connections = 5;
    c.normalised()
}

/// A running API node.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// HTTP client.
    pub http: reqwest::Client,
    /// The node's services, for set-up that has no API yet.
    pub app: tongxin_core::App,
}

impl TestApp {
    /// Spawns a node with the default test configuration.
    pub async fn spawn() -> Self {
        Self::spawn_with(config()).await
    }

    /// Spawns a node with a given configuration.
    pub async fn spawn_with(config: Config) -> Self {
        MIGRATED
            .get_or_init(|| async {
                tongxin_core::db::migrate(&config.database.url)
                    .await
                    .expect("migrations");
            })
            .await;
        Self::spawn_on_migrated(config).await
    }

    /// Spawns a node on a database the caller has migrated (a private cluster of its own).
    pub async fn spawn_on_migrated(config: Config) -> Self {
        let application = tongxin_api::Application::build(config)
            .await
            .expect("build app");
        let port = application.port();
        let app = application.app().clone();
        tokio::spawn(application.run_until(std::future::pending()));
        Self {
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("client"),
            app,
        }
    }

    /// Posts a GraphQL request, optionally with a bearer token; returns the JSON body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
            .await
            .expect("request")
            .json()
            .await
            .expect("json body")
    }

    /// Invites a person named `name` into `org` as `admin` and accepts; returns the new
    /// member's session token and member id.
    pub async fn join(&self, admin: &str, org: &str, name: &str) -> (String, String) {
        let email = format!("j@{}.cn", unique_slug());
        let inv = self
            .gql(
                Some(admin),
                "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationToken } }",
                json!({ "i": { "email": email, "name": name, "organizationId": org } }),
            )
            .await;
        let acc = self
            .gql(
                None,
                "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token viewer { member { id } } } }",
                json!({ "i": { "token": inv["data"]["inviteMember"]["invitationToken"], "password": PASSWORD } }),
            )
            .await;
        let token = acc["data"]["acceptInvitation"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("{inv} {acc}"))
            .to_string();
        let member = acc["data"]["acceptInvitation"]["viewer"]["member"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{acc}"))
            .to_string();
        (token, member)
    }

    /// Signs up a fresh tenant; returns `(token, slug, admin email)`.
    pub async fn sign_up(&self) -> Tenant {
        let slug = unique_slug();
        let email = format!("admin@{slug}.example.cn");
        let body = self
            .gql(
                None,
                "mutation($i: SignUpInput!) { signUp(input: $i) { token viewer { member { id name } tenant { id slug } } } }",
                json!({ "i": { "tenantName": format!("测试企业 {slug}"), "tenantSlug": slug, "adminName": "管理员", "adminEmail": email, "adminPassword": PASSWORD } }),
            )
            .await;
        let token = body["data"]["signUp"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("sign-up failed: {body}"))
            .to_string();
        let member_id = body["data"]["signUp"]["viewer"]["member"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        Tenant {
            token,
            slug,
            email,
            member_id,
        }
    }

    /// Creates an org unit; returns its global id.
    pub async fn create_org(
        &self,
        token: &str,
        parent: Option<&str>,
        name: &str,
        line: &str,
    ) -> String {
        let body = self
            .gql(
                Some(token),
                "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id path } } }",
                json!({ "i": { "parentId": parent, "name": name, "line": line } }),
            )
            .await;
        body["data"]["createOrganization"]["organization"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("create org failed: {body}"))
            .to_string()
    }
}

impl TestApp {
    /// Creates an org unit of a given kind (e.g. `PARTY_BRANCH`); returns its global id.
    pub async fn create_org_of(
        &self,
        token: &str,
        parent: Option<&str>,
        name: &str,
        line: &str,
        kind: &str,
    ) -> String {
        let body = self
            .gql(
                Some(token),
                "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }",
                json!({ "i": { "parentId": parent, "name": name, "line": line, "kind": kind } }),
            )
            .await;
        body["data"]["createOrganization"]["organization"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("create org failed: {body}"))
            .to_string()
    }
}

/// A signed-up tenant.
pub struct Tenant {
    /// Admin's session token.
    pub token: String,
    /// Slug.
    pub slug: String,
    /// Admin's email.
    pub email: String,
    /// Admin's member global id.
    pub member_id: String,
}

/// The password every test account uses.
pub const PASSWORD: &str = "Passw0rd-test";

/// The uuid inside a global ID.
pub fn uuid_of(global: &str) -> uuid::Uuid {
    tongxin_api::graphql::ids::decode_any(global)
        .unwrap_or_else(|| panic!("not a global ID: {global}"))
        .1
}

/// The tenant's id, as the signed-up admin sees it.
pub async fn tenant_id_of(app: &TestApp, t: &Tenant) -> uuid::Uuid {
    let body = app
        .gql(Some(&t.token), "{ viewer { tenant { id } } }", json!({}))
        .await;
    uuid_of(body["data"]["viewer"]["tenant"]["id"].as_str().unwrap())
}

/// A slug nobody else has.
pub fn unique_slug() -> String {
    format!("t{}", &uuid::Uuid::now_v7().simple().to_string()[20..])
}

/// The `extensions.code` of the first error, if any.
pub fn code(body: &Value) -> Option<&str> {
    body["errors"][0]["extensions"]["code"].as_str()
}
