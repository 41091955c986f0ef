//! One helper per common operation of the tests' arrange steps. Each asserts that the
//! operation succeeded (printing the response if not) and returns what later steps need, so a
//! test spells out only what it is about.

use serde_json::{Value, json};

use crate::{PASSWORD, Tenant, TestApp, assert_ok, nodes, unique_slug, uuid_of};

impl TestApp {
    /// Posts a GraphQL request, asserts it had no errors and returns its `data`.
    pub async fn gql_ok(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        assert_ok!(self.gql(token, query, variables).await)
    }

    /// Signs up a fresh tenant with a unique slug; its admin uses [`PASSWORD`].
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

    /// Logs `email` in with [`PASSWORD`] (into `tenant_slug` when the account is in several
    /// tenants); returns the session token.
    pub async fn log_in(&self, email: &str, tenant_slug: Option<&str>) -> String {
        let data = self
            .gql_ok(
                None,
                "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
                json!({ "i": { "email": email, "password": PASSWORD, "tenantSlug": tenant_slug } }),
            )
            .await;
        data["logIn"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("no token: {data}"))
            .to_string()
    }

    /// The id of the tenant `token` acts in.
    pub async fn tenant_id(&self, token: &str) -> uuid::Uuid {
        let data = self
            .gql_ok(Some(token), "{ viewer { tenant { id } } }", json!({}))
            .await;
        uuid_of(
            data["viewer"]["tenant"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("no tenant: {data}")),
        )
    }

    /// Creates an org unit; returns its global id.
    pub async fn create_org(
        &self,
        token: &str,
        parent: Option<&str>,
        name: &str,
        line: &str,
    ) -> String {
        self.create_org_with(
            token,
            json!({ "parentId": parent, "name": name, "line": line }),
        )
        .await
    }

    /// Creates an org unit of a given kind (e.g. `PARTY_BRANCH`); returns its global id.
    pub async fn create_org_of(
        &self,
        token: &str,
        parent: Option<&str>,
        name: &str,
        line: &str,
        kind: &str,
    ) -> String {
        self.create_org_with(
            token,
            json!({ "parentId": parent, "name": name, "line": line, "kind": kind }),
        )
        .await
    }

    async fn create_org_with(&self, token: &str, input: Value) -> String {
        let body = self
            .gql(
                Some(token),
                "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }",
                json!({ "i": input }),
            )
            .await;
        body["data"]["createOrganization"]["organization"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("create org failed: {body}"))
            .to_string()
    }

    /// Invites `email` as `name` into `org` on behalf of `admin`; returns the invitation token.
    pub async fn invite(&self, admin: &str, org: &str, email: &str, name: &str) -> String {
        let data = self
            .gql_ok(
                Some(admin),
                "mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationToken } }",
                json!({ "i": { "email": email, "name": name, "organizationId": org } }),
            )
            .await;
        data["inviteMember"]["invitationToken"]
            .as_str()
            .unwrap_or_else(|| panic!("no invitation token: {data}"))
            .to_string()
    }

    /// Accepts an invitation with [`PASSWORD`]; returns the new member's session token and
    /// member id.
    pub async fn accept(&self, invitation: &str) -> (String, String) {
        let data = self
            .gql_ok(
                None,
                "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token viewer { member { id } } } }",
                json!({ "i": { "token": invitation, "password": PASSWORD } }),
            )
            .await;
        let accepted = &data["acceptInvitation"];
        match (
            accepted["token"].as_str(),
            accepted["viewer"]["member"]["id"].as_str(),
        ) {
            (Some(token), Some(member)) => (token.to_string(), member.to_string()),
            _ => panic!("acceptance without a token or member: {data}"),
        }
    }

    /// Invites a person named `name` into `org` as `admin` and accepts; returns the new
    /// member's session token and member id.
    pub async fn join(&self, admin: &str, org: &str, name: &str) -> (String, String) {
        let email = format!("j@{}.cn", unique_slug());
        self.join_as(admin, org, &email, name).await
    }

    /// Like [`TestApp::join`] with a given email, for tests where the account matters (the
    /// same person in two tenants).
    pub async fn join_as(
        &self,
        admin: &str,
        org: &str,
        email: &str,
        name: &str,
    ) -> (String, String) {
        let invitation = self.invite(admin, org, email, name).await;
        self.accept(&invitation).await
    }

    /// Applies `patch` (an `UpdateMemberInput.patch`) to `member`.
    pub async fn update_member(&self, token: &str, member: &str, patch: Value) {
        self.gql_ok(
            Some(token),
            "mutation($i: UpdateMemberInput!) { updateMember(input: $i) { member { id } } }",
            json!({ "i": { "id": member, "patch": patch } }),
        )
        .await;
    }

    /// Sets `member`'s name and political status (e.g. `FULL_MEMBER`).
    pub async fn set_political_status(&self, token: &str, member: &str, name: &str, status: &str) {
        self.update_member(
            token,
            member,
            json!({ "name": name, "politicalStatus": status }),
        )
        .await;
    }

    /// Places `member` in exactly the org units `orgs` (moving them out of any others).
    pub async fn place(&self, token: &str, member: &str, orgs: &[&str]) {
        self.update_member(token, member, json!({ "organizationIds": orgs }))
            .await;
    }

    /// Appoints `member` to the position `title` in `org` from `term_start` (`YYYY-MM-DD`),
    /// with no end; returns the position's id.
    pub async fn assign_position(
        &self,
        token: &str,
        org: &str,
        member: &str,
        title: &str,
        term_start: &str,
    ) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: AssignPositionInput!) { assignPosition(input: $i) { position { id } } }",
                json!({ "i": { "organizationId": org, "memberId": member, "title": title, "termStart": term_start } }),
            )
            .await;
        data["assignPosition"]["position"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no position: {data}"))
            .to_string()
    }

    /// Publishes a notice (`input` is a `NoticeInput`); returns its id.
    pub async fn publish_notice(&self, token: &str, input: Value) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: NoticeInput!) { publishNotice(input: $i) { notice { id } } }",
                json!({ "i": input }),
            )
            .await;
        data["publishNotice"]["notice"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no notice: {data}"))
            .to_string()
    }

    /// Disables (or re-enables) `member`.
    pub async fn set_member_disabled(&self, token: &str, member: &str, disabled: bool) {
        self.gql_ok(
            Some(token),
            "mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { member { id } } }",
            json!({ "i": { "id": member, "disabled": disabled } }),
        )
        .await;
    }

    /// Grants a role (`input` is a `GrantRoleInput`); returns the grant's id.
    pub async fn grant_role(&self, token: &str, input: Value) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: GrantRoleInput!) { grantRole(input: $i) { grant { id } } }",
                json!({ "i": input }),
            )
            .await;
        data["grantRole"]["grant"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no grant: {data}"))
            .to_string()
    }

    /// Creates an API key named `name` (with `role`, or the default role); returns its secret.
    pub async fn create_api_key(&self, token: &str, name: &str, role: Option<&str>) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }",
                json!({ "i": { "name": name, "role": role } }),
            )
            .await;
        data["createApiKey"]["secret"]
            .as_str()
            .unwrap_or_else(|| panic!("no secret: {data}"))
            .to_string()
    }

    /// Creates a due item (`input` is a `CreateDueItemInput`); returns its id.
    pub async fn create_due_item(&self, token: &str, input: Value) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: CreateDueItemInput!) { createDueItem(input: $i) { id } }",
                json!({ "i": input }),
            )
            .await;
        data["createDueItem"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no due item: {data}"))
            .to_string()
    }

    /// The newest hundred notifications of the member `token` acts for, newest first.
    pub async fn notifications(&self, token: &str) -> Vec<Value> {
        let data = self
            .gql_ok(
                Some(token),
                "{ notifications(first: 100) { edges { node { id kind title body detail readAt meetingId } } } }",
                json!({}),
            )
            .await;
        nodes(&data["notifications"])
    }

    /// Creates a custom group chat titled `title` with `members` besides its creator; returns
    /// the conversation's id.
    pub async fn create_group(&self, token: &str, title: &str, members: &[&str]) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }",
                json!({ "i": { "title": title, "memberIds": members } }),
            )
            .await;
        data["createGroup"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no conversation: {data}"))
            .to_string()
    }

    /// Uploads a small PNG as the member `token` acts for (local storage or S3, whichever the
    /// node uses) and waits until it is READY; returns the file's global id.
    pub async fn upload_image(&self, token: &str) -> String {
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        bytes.extend((0..512u32).map(|i| (i % 251) as u8));
        self.upload_file(token, "现场.png", "image/png", bytes)
            .await
    }

    /// Uploads `bytes` as `name` of `content_type` as the member `token` acts for and waits
    /// until it is READY; returns the file's global id.
    pub async fn upload_file(
        &self,
        token: &str,
        name: &str,
        content_type: &str,
        bytes: Vec<u8>,
    ) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: BeginUploadInput!) { beginUpload(input: $i) { file { id } url headers { name value } needsCompletion } }",
                json!({ "i": { "name": name, "contentType": content_type, "size": bytes.len() } }),
            )
            .await;
        let target = &data["beginUpload"];
        let file = target["file"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no file: {data}"))
            .to_string();
        let url = target["url"].as_str().unwrap_or_default();
        let local = url.starts_with('/');
        let mut req = self
            .http
            .put(if local {
                format!("{}{url}", self.base)
            } else {
                url.to_string()
            })
            .body(bytes);
        for h in target["headers"].as_array().into_iter().flatten() {
            req = req.header(
                h["name"].as_str().unwrap_or_default(),
                h["value"].as_str().unwrap_or_default(),
            );
        }
        if local {
            req = req.bearer_auth(token);
        }
        let status = req.send().await.expect("upload").status();
        assert!(status.is_success(), "upload answered {status}");
        if target["needsCompletion"].as_bool() == Some(true) {
            self.gql_ok(
                Some(token),
                "mutation($f: ID!) { completeUpload(fileId: $f) { id } }",
                json!({ "f": file }),
            )
            .await;
        }
        file
    }

    /// Assigns `member` to `grid` as a grid worker from today; returns the assignment's id.
    pub async fn assign_grid_worker(&self, token: &str, grid: &str, member: &str) -> String {
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { assignment { id } } }",
                json!({ "i": { "gridId": grid, "memberId": member } }),
            )
            .await;
        data["assignGridWorker"]["assignment"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no assignment: {data}"))
            .to_string()
    }

    /// Reports a case on `grid` (category `SAFETY`) titled `title`, with `extra` merged into
    /// the `ReportGridCaseInput`; returns the case's global id and number.
    pub async fn report_grid_case(
        &self,
        token: &str,
        grid: &str,
        title: &str,
        extra: Value,
    ) -> (String, String) {
        let mut input = json!({
            "gridId": grid, "categoryKey": "SAFETY", "title": title,
            "description": "楼道堆放杂物，存在消防隐患",
            "location": { "latitude": 39.91, "longitude": 116.40, "address": "东城区某小区 3 号楼" },
        });
        if let (Some(i), Some(e)) = (input.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                i.insert(k.clone(), v.clone());
            }
        }
        let data = self
            .gql_ok(
                Some(token),
                "mutation($i: ReportGridCaseInput!) { reportGridCase(input: $i) { case { id number } } }",
                json!({ "i": input }),
            )
            .await;
        let case = &data["reportGridCase"]["case"];
        match (case["id"].as_str(), case["number"].as_str()) {
            (Some(id), Some(n)) => (id.to_string(), n.to_string()),
            _ => panic!("no case: {data}"),
        }
    }

    /// Runs a grid case mutation (`acceptGridCase`, `dispatchGridCase`, …) with `input`
    /// (`caseId` included) and returns the whole response, errors and all.
    pub async fn grid_case_step(&self, token: &str, mutation: &str, input: Value) -> Value {
        let input_type = format!("{}{}Input", mutation[..1].to_uppercase(), &mutation[1..]);
        self.gql(
            Some(token),
            &format!(
                "mutation($i: {input_type}!) {{ {mutation}(input: $i) {{ case {{ id state actions }} }} }}"
            ),
            json!({ "i": input }),
        )
        .await
    }
}
