//! Hostile strings — a NUL, a lone surrogate, a megabyte — in every string input of the schema,
//! found by introspection: the edge refuses them with `VALIDATION` naming the field, nothing
//! answers `INTERNAL` or a 5xx, and nothing is stored.

use serde_json::{Value, json};
use sqlx::PgPool;
use std::collections::{BTreeMap, HashMap};
use tongxin_api::graphql::strings::kind_of;
use tongxin_tests::{TestApp, tenant_id_of, ws};

const MB: usize = 1024 * 1024;

/// Stands in for a hostile value that is spliced into the request text afterwards.
const SPLICE: &str = "@@HOSTILE@@";

const INTROSPECTION: &str = r#"
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
fragment V on __InputValue { name defaultValue type { ...T } }
{ __schema {
    queryType { fields { name args { ...V } type { ...T } } }
    mutationType { fields { name args { ...V } type { ...T } } }
    subscriptionType { fields { name args { ...V } type { ...T } } }
    types { name kind inputFields { ...V } enumValues { name } }
} }"#;

/// A type reference as introspection gives it.
#[derive(Debug, Clone)]
enum Ty {
    NonNull(Box<Ty>),
    List(Box<Ty>),
    Named { name: String, kind: String },
}

impl Ty {
    fn parse(v: &Value) -> Ty {
        match v["kind"].as_str() {
            Some("NON_NULL") => Ty::NonNull(Box::new(Ty::parse(&v["ofType"]))),
            Some("LIST") => Ty::List(Box::new(Ty::parse(&v["ofType"]))),
            _ => Ty::Named {
                name: v["name"].as_str().unwrap_or_default().to_string(),
                kind: v["kind"].as_str().unwrap_or_default().to_string(),
            },
        }
    }

    fn named(&self) -> (&str, &str) {
        match self {
            Ty::NonNull(t) | Ty::List(t) => t.named(),
            Ty::Named { name, kind } => (name, kind),
        }
    }

    fn sdl(&self) -> String {
        match self {
            Ty::NonNull(t) => format!("{}!", t.sdl()),
            Ty::List(t) => format!("[{}]", t.sdl()),
            Ty::Named { name, .. } => name.clone(),
        }
    }

    fn holds_strings(&self) -> bool {
        matches!(self.named().0, "String" | "ID" | "JSON")
    }
}

/// An argument or input field.
struct Input {
    name: String,
    ty: Ty,
    has_default: bool,
}

impl Input {
    fn parse(v: &Value) -> Input {
        Input {
            name: v["name"].as_str().unwrap().to_string(),
            ty: Ty::parse(&v["type"]),
            has_default: !v["defaultValue"].is_null(),
        }
    }

    fn required(&self) -> bool {
        matches!(self.ty, Ty::NonNull(_)) && !self.has_default
    }
}

/// A root field with its arguments.
struct Field {
    name: String,
    args: Vec<Input>,
    returns_object: bool,
}

/// A value to send, rendered either as JSON (variables) or as a GraphQL literal.
#[derive(Debug, Clone)]
enum Lit {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Enum(String),
    List(Vec<Lit>),
    Obj(Vec<(String, Lit)>),
}

impl Lit {
    fn json(&self) -> Value {
        match self {
            Lit::Str(s) | Lit::Enum(s) => json!(s),
            Lit::Int(i) => json!(i),
            Lit::Float(f) => json!(f),
            Lit::Bool(b) => json!(b),
            Lit::List(items) => Value::Array(items.iter().map(Lit::json).collect()),
            Lit::Obj(fields) => {
                Value::Object(fields.iter().map(|(k, v)| (k.clone(), v.json())).collect())
            }
        }
    }

    fn graphql(&self) -> String {
        match self {
            // A JSON string is a valid GraphQL string (`\u0000` included).
            Lit::Str(s) => serde_json::to_string(s).unwrap(),
            Lit::Enum(s) => s.clone(),
            Lit::Int(i) => i.to_string(),
            Lit::Float(f) => format!("{f:.1}"),
            Lit::Bool(b) => b.to_string(),
            Lit::List(items) => {
                let items: Vec<_> = items.iter().map(Lit::graphql).collect();
                format!("[{}]", items.join(", "))
            }
            Lit::Obj(fields) => {
                let fields: Vec<_> = fields
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.graphql()))
                    .collect();
                format!("{{{}}}", fields.join(", "))
            }
        }
    }
}

/// The schema, as introspection shows it to a tenant admin.
struct Schema {
    queries: Vec<Field>,
    mutations: Vec<Field>,
    subscriptions: Vec<Field>,
    inputs: HashMap<String, Vec<Input>>,
    enums: HashMap<String, String>,
}

/// One string input to make hostile: a root field, its argument, and the input fields below.
struct Target<'s> {
    field: &'s Field,
    arg: &'s Input,
    path: Vec<String>,
    /// The declared named type of the string input itself.
    ty: String,
}

impl Target<'_> {
    /// The name `extensions.fields` must carry: the nearest input field, or the argument.
    fn name(&self) -> &str {
        self.path.last().unwrap_or(&self.arg.name)
    }

    fn describe(&self) -> String {
        let mut s = format!("{}({}", self.field.name, self.arg.name);
        for p in &self.path {
            s.push('.');
            s.push_str(p);
        }
        s.push(')');
        s
    }
}

impl Schema {
    async fn load(app: &TestApp, token: &str) -> Schema {
        let body = app.gql(Some(token), INTROSPECTION, json!({})).await;
        let s = &body["data"]["__schema"];
        assert!(s.is_object(), "introspection: {body}");
        let fields = |root: &str| -> Vec<Field> {
            s[root]["fields"]
                .as_array()
                .map(|fields| {
                    fields
                        .iter()
                        .map(|f| Field {
                            name: f["name"].as_str().unwrap().to_string(),
                            args: f["args"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .map(Input::parse)
                                .collect(),
                            returns_object: matches!(
                                Ty::parse(&f["type"]).named().1,
                                "OBJECT" | "INTERFACE" | "UNION"
                            ),
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut inputs = HashMap::new();
        let mut enums = HashMap::new();
        for t in s["types"].as_array().unwrap() {
            let name = t["name"].as_str().unwrap().to_string();
            match t["kind"].as_str() {
                Some("INPUT_OBJECT") => {
                    let fields = t["inputFields"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(Input::parse)
                        .collect();
                    inputs.insert(name, fields);
                }
                Some("ENUM") => {
                    let first = t["enumValues"][0]["name"].as_str().unwrap().to_string();
                    enums.insert(name, first);
                }
                _ => {}
            }
        }
        Schema {
            queries: fields("queryType"),
            mutations: fields("mutationType"),
            subscriptions: fields("subscriptionType"),
            inputs,
            enums,
        }
    }

    /// Every string input below `ty`, as paths of input field names.
    fn paths(&self, ty: &Ty, prefix: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        let (name, kind) = ty.named();
        if ty.holds_strings() {
            out.push((prefix.clone(), name.to_string()));
        } else if kind == "INPUT_OBJECT" && prefix.len() < 6 {
            for f in &self.inputs[name] {
                prefix.push(f.name.clone());
                self.paths(&f.ty, prefix, out);
                prefix.pop();
            }
        }
    }

    fn targets<'s>(&'s self, fields: &'s [Field]) -> Vec<Target<'s>> {
        let mut out = Vec::new();
        for field in fields {
            for arg in &field.args {
                let mut paths = Vec::new();
                self.paths(&arg.ty, &mut Vec::new(), &mut paths);
                out.extend(paths.into_iter().map(|(path, ty)| Target {
                    field,
                    arg,
                    path,
                    ty,
                }));
            }
        }
        out
    }

    /// A value of type `ty`: `hostile` at the end of `path` when one is given, every other
    /// required value plausible (strings `x`, numbers 1, `false`, an enum's first value, empty
    /// lists) and optional ones left out.
    fn value(&self, ty: &Ty, path: Option<&[String]>, hostile: &Lit) -> Lit {
        match ty {
            Ty::NonNull(t) => self.value(t, path, hostile),
            // A list holds the hostile value, or is empty: the fewest lookups before a write.
            Ty::List(t) => match path {
                Some(_) => Lit::List(vec![self.value(t, path, hostile)]),
                None => Lit::List(vec![]),
            },
            Ty::Named { name, kind } => match (path, kind.as_str()) {
                (Some([]), _) if ty.holds_strings() => hostile.clone(),
                (_, "INPUT_OBJECT") => Lit::Obj(
                    self.inputs[name]
                        .iter()
                        .filter_map(|f| match path {
                            Some([first, rest @ ..]) if *first == f.name => {
                                Some((f.name.clone(), self.value(&f.ty, Some(rest), hostile)))
                            }
                            _ if f.required() => {
                                Some((f.name.clone(), self.value(&f.ty, None, hostile)))
                            }
                            _ => None,
                        })
                        .collect(),
                ),
                (_, "ENUM") => Lit::Enum(self.enums[name].clone()),
                _ => match name.as_str() {
                    "Int" => Lit::Int(1),
                    "Float" => Lit::Float(1.0),
                    "Boolean" => Lit::Bool(false),
                    "DateTime" => Lit::Str("2030-01-01T08:00:00Z".into()),
                    "NaiveDate" => Lit::Str("2030-01-01".into()),
                    "JSON" => Lit::Obj(vec![]),
                    _ => Lit::Str("x".into()),
                },
            },
        }
    }

    /// The arguments of the target's field: the target's own made hostile, other required ones
    /// plausible.
    fn args<'t>(&self, target: &'t Target<'_>, hostile: &Lit) -> Vec<(&'t Input, Lit)> {
        target
            .field
            .args
            .iter()
            .filter_map(|a| {
                if a.name == target.arg.name {
                    Some((a, self.value(&a.ty, Some(&target.path), hostile)))
                } else if a.required() {
                    Some((a, self.value(&a.ty, None, hostile)))
                } else {
                    None
                }
            })
            .collect()
    }
}

/// The operation for a target with its hostile value in the variables.
fn with_variables(
    schema: &Schema,
    op: &str,
    target: &Target<'_>,
    hostile: &Lit,
    selection: &str,
) -> Value {
    let args = schema.args(target, hostile);
    let defs: Vec<_> = args
        .iter()
        .map(|(a, _)| format!("${}: {}", a.name, a.ty.sdl()))
        .collect();
    let uses: Vec<_> = args
        .iter()
        .map(|(a, _)| format!("{0}: ${0}", a.name))
        .collect();
    let vars: serde_json::Map<String, Value> = args
        .iter()
        .map(|(a, v)| (a.name.clone(), v.json()))
        .collect();
    let defs = if defs.is_empty() {
        String::new()
    } else {
        format!("({})", defs.join(", "))
    };
    json!({
        "query": format!("{op} Walk{defs} {{ {}({}) {selection} }}", target.field.name, uses.join(", ")),
        "variables": vars,
    })
}

/// The operation for a target with every value written into the document.
fn with_literals(
    schema: &Schema,
    op: &str,
    target: &Target<'_>,
    hostile: &Lit,
    selection: &str,
) -> String {
    let args: Vec<_> = schema
        .args(target, hostile)
        .iter()
        .map(|(a, v)| format!("{}: {}", a.name, v.graphql()))
        .collect();
    format!(
        "{op} {{ {}({}) {selection} }}",
        target.field.name,
        args.join(", ")
    )
}

fn selection(field: &Field) -> &'static str {
    if field.returns_object {
        "{ __typename }"
    } else {
        ""
    }
}

/// Posts raw bytes as JSON; the status and the body (`null` when it is not JSON).
async fn post(app: &TestApp, token: &str, body: Vec<u8>) -> (u16, Value) {
    let res = app
        .http
        .post(format!("{}/graphql", app.base))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("request");
    let status = res.status().as_u16();
    let bytes = res.bytes().await.expect("body");
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn errors(body: &Value) -> Vec<Value> {
    match body {
        Value::Array(list) => list.clone(),
        _ => body["errors"].as_array().cloned().unwrap_or_default(),
    }
}

/// Problems with an answer that must not be internal: a 5xx, an `INTERNAL` error, no JSON.
fn not_internal(status: u16, body: &Value) -> Option<String> {
    if status >= 500 || body.is_null() {
        return Some(format!("HTTP {status}: {body}"));
    }
    errors(body)
        .iter()
        .any(|e| e["extensions"]["code"] == "INTERNAL")
        .then(|| format!("INTERNAL: {body}"))
}

/// Problems with an answer that must be `VALIDATION` naming `field`.
fn validation_naming(status: u16, body: &Value, field: &str) -> Option<String> {
    if let Some(problem) = not_internal(status, body) {
        return Some(problem);
    }
    let first = errors(body).into_iter().next().unwrap_or(Value::Null);
    let named = first["extensions"]["fields"]
        .as_object()
        .is_some_and(|f| f.contains_key(field));
    (status != 200 || first["extensions"]["code"] != "VALIDATION" || !named)
        .then(|| format!("expected VALIDATION on `{field}`, HTTP {status}: {body}"))
}

/// Problems with an answer to a body that is not valid JSON or UTF-8: a typed 4xx.
fn typed_client_error(status: u16, body: &Value) -> Option<String> {
    if let Some(problem) = not_internal(status, body) {
        return Some(problem);
    }
    let code = errors(body)
        .first()
        .and_then(|e| e["extensions"]["code"].as_str().map(str::to_owned));
    (!(400..500).contains(&status) || code.is_none())
        .then(|| format!("expected a typed 4xx, HTTP {status}: {body}"))
}

/// Row counts of every table in schema `public`, read as the owner.
///
/// Tables under row-level security are counted as the walking tenant sees them, exactly. The
/// few platform tables without it (`account`, `mail_outbox`, `login_throttle`, …) are shared
/// with the tests running beside this one in the same binary, so their totals move for reasons
/// unrelated to the walk; for them the count is of rows carrying `marker`, which every hostile
/// value holds.
async fn row_counts(pool: &PgPool, tenant: uuid::Uuid, marker: &str) -> BTreeMap<String, i64> {
    let tables: Vec<(String, bool)> = sqlx::query_as(
        "select c.relname::text, c.relrowsecurity from pg_class c
           join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
          order by 1",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut tx = pool.begin().await.expect("transaction");
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .expect("tenant setting");
    let mut counts = BTreeMap::new();
    for (table, rls) in tables {
        let count: i64 = if rls {
            // The table names come from the catalog, not from input.
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                r#"select count(*) from "{table}""#
            )))
            .fetch_one(&mut *tx)
            .await
        } else {
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                r#"select count(*) from "{table}" t where t::text like '%' || $1 || '%'"#
            )))
            .bind(marker)
            .fetch_one(&mut *tx)
            .await
        }
        .unwrap_or_else(|e| panic!("count {table}: {e}"));
        counts.insert(table, count);
    }
    tx.rollback().await.expect("rollback");
    counts
}

fn marker() -> String {
    format!("hx{}", uuid::Uuid::now_v7().simple())
}

fn megabyte(marker: &str, len: usize) -> String {
    let mut s = String::with_capacity(len);
    s.push_str(marker);
    s.extend(std::iter::repeat_n('x', len - marker.len()));
    s
}

#[tokio::test]
async fn every_mutation_refuses_a_nul_a_surrogate_and_a_megabyte_in_each_string_argument_and_stores_nothing()
 {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let schema = Schema::load(&app, &t.token).await;
    let targets = schema.targets(&schema.mutations);
    assert!(targets.len() > 100, "only {} targets", targets.len());
    let owner = PgPool::connect(
        &tongxin_core::Config::load()
            .expect("configuration")
            .database
            .url,
    )
    .await
    .expect("owner connection");
    let tenant = tenant_id_of(&app, &t).await;
    let marker = marker();
    let nul = Lit::Str(format!("x\u{0}{marker}"));
    let splice = Lit::Str(SPLICE.into());
    let big = Lit::Str(megabyte(&marker, MB));
    let before = row_counts(&owner, tenant, &marker).await;
    let mut problems = Vec::new();
    let mut requests = 0;

    // Act
    for target in &targets {
        let sel = selection(target.field);
        let name = target.name();
        let mut note = |what: &str, problem: Option<String>| {
            requests += 1;
            if let Some(p) = problem {
                problems.push(format!("{} {what}: {p}", target.describe()));
            }
        };

        // A NUL in the variables, then written into the document.
        let body = with_variables(&schema, "mutation", target, &nul, sel);
        let (status, answer) = post(&app, &t.token, body.to_string().into_bytes()).await;
        note("NUL variable", validation_naming(status, &answer, name));
        let query = with_literals(&schema, "mutation", target, &nul, sel);
        let body = json!({ "query": query }).to_string().into_bytes();
        let (status, answer) = post(&app, &t.token, body).await;
        note("NUL literal", validation_naming(status, &answer, name));

        // A lone surrogate: as a JSON escape, as raw bytes (ED A0 80), as a GraphQL escape.
        let body = with_variables(&schema, "mutation", target, &splice, sel).to_string();
        let escaped = body.replace(SPLICE, &format!("x\\ud800{marker}"));
        let (status, answer) = post(&app, &t.token, escaped.into_bytes()).await;
        note("surrogate escape", typed_client_error(status, &answer));
        let mut raw = Vec::new();
        for (i, part) in body.split(SPLICE).enumerate() {
            if i > 0 {
                raw.extend_from_slice(b"x\xED\xA0\x80");
                raw.extend_from_slice(marker.as_bytes());
            }
            raw.extend_from_slice(part.as_bytes());
        }
        let (status, answer) = post(&app, &t.token, raw).await;
        note("surrogate bytes", typed_client_error(status, &answer));
        let query = with_literals(&schema, "mutation", target, &splice, sel)
            .replace(SPLICE, &format!("x\\ud800{marker}"));
        let body = json!({ "query": query }).to_string().into_bytes();
        let (status, answer) = post(&app, &t.token, body).await;
        note("surrogate literal", not_internal(status, &answer));

        // A megabyte; a file's base64 may be longer, so it is refused one past its own limit.
        let limit = kind_of(name, Some(&target.ty)).max_chars();
        let body = with_variables(&schema, "mutation", target, &big, sel);
        let (status, answer) = post(&app, &t.token, body.to_string().into_bytes()).await;
        if limit < MB {
            note("1 MB", validation_naming(status, &answer, name));
        } else {
            note("1 MB", not_internal(status, &answer));
            let over = Lit::Str(megabyte(&marker, limit + 1));
            let body = with_variables(&schema, "mutation", target, &over, sel);
            let (status, answer) = post(&app, &t.token, body.to_string().into_bytes()).await;
            note("over its limit", validation_naming(status, &answer, name));
        }
    }
    let after = row_counts(&owner, tenant, &marker).await;

    // Assert
    assert!(
        problems.is_empty(),
        "{} of {requests} answers were wrong:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let changed: Vec<_> = after
        .iter()
        .filter(|(table, n)| before.get(*table) != Some(n))
        .map(|(table, n)| format!("{table}: {:?} → {n}", before.get(table)))
        .collect();
    assert!(changed.is_empty(), "rows were stored: {changed:?}");
}

#[tokio::test]
async fn every_query_refuses_a_nul_in_each_string_argument_over_post_and_get() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let schema = Schema::load(&app, &t.token).await;
    let targets = schema.targets(&schema.queries);
    assert!(targets.len() > 20, "only {} targets", targets.len());
    let nul = Lit::Str(format!("x\u{0}{}", marker()));
    let mut problems = Vec::new();

    // Act
    for target in &targets {
        let sel = selection(target.field);
        let body = with_variables(&schema, "query", target, &nul, sel);
        let (status, answer) = post(&app, &t.token, body.to_string().into_bytes()).await;
        if let Some(p) = validation_naming(status, &answer, target.name()) {
            problems.push(format!("{} POST: {p}", target.describe()));
        }
        let query = with_literals(&schema, "query", target, &nul, sel);
        let res = app
            .http
            .get(format!("{}/graphql", app.base))
            .bearer_auth(&t.token)
            .query(&[("query", query.as_str())])
            .send()
            .await
            .expect("request");
        let status = res.status().as_u16();
        let answer: Value = res.json().await.unwrap_or(Value::Null);
        if let Some(p) = validation_naming(status, &answer, target.name()) {
            problems.push(format!("{} GET: {p}", target.describe()));
        }
    }

    // Assert
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn every_subscription_refuses_a_nul_in_each_string_argument_over_the_websocket() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let schema = Schema::load(&app, &t.token).await;
    let targets = schema.targets(&schema.subscriptions);
    assert!(!targets.is_empty());
    let nul = Lit::Str(format!("x\u{0}{}", marker()));
    let url = format!("{}/graphql/ws", app.base.replace("http://", "ws://"));
    let mut socket = ws::open(&url, json!({ "token": t.token }))
        .await
        .expect("connection_ack");
    // Each target once through the executor; `messageAdded` also with a selection that takes
    // the shared rendering path (`http::ws_shared`) and one that does not.
    let mut sent = Vec::new();
    for target in &targets {
        let mut selections = vec![selection(target.field)];
        if target.field.name == "messageAdded" {
            selections = vec!["{ seq body }", "{ seq mentionsViewer }"];
        }
        for sel in selections {
            sent.push((target.describe(), target.name().to_string(), sel));
            let id = sent.len().to_string();
            let payload = with_variables(&schema, "subscription", target, &nul, sel);

            // Act
            ws::send(
                &mut socket,
                json!({ "id": id, "type": "subscribe", "payload": payload }),
            )
            .await;
        }
    }
    let mut answers: HashMap<String, Value> = HashMap::new();
    while answers.len() < sent.len() {
        let Some(frame) = ws::next(&mut socket, 10).await else {
            break;
        };
        if let Some(id) = frame["id"].as_str()
            && frame["type"] != "complete"
        {
            answers.entry(id.to_string()).or_insert(frame);
        }
    }

    // Assert
    let mut problems = Vec::new();
    for (i, (describe, name, sel)) in sent.iter().enumerate() {
        let id = (i + 1).to_string();
        let frame = answers.get(&id).cloned().unwrap_or(Value::Null);
        if let Some(p) = validation_naming(200, &frame["payload"], name) {
            problems.push(format!("{describe} {sel}: {p}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
