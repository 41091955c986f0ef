//! The shared path for `messageAdded`: a subscription whose selection holds only fields that
//! read the same for every viewer is checked by the executor (validation, arguments, access),
//! then followed here. Each message is rendered once per node and selection, and every socket
//! gets the same text with its own operation id, instead of the executor resolving and
//! serialising the message again for each of 10,000 subscribers.
//!
//! Selections with viewer-dependent fields (`mentionsViewer`, `attachment`), fragments or
//! directives take the executor's ordinary path, so both paths answer alike.

use crate::graphql::{
    TongxinSchema,
    chat::{Probe, RenderOne},
    context::RequestData,
    limits,
};
use async_graphql::{
    Request, Variables,
    parser::types::{DocumentOperations, OperationType, Selection, SelectionSet},
};
use futures::{StreamExt, stream::BoxStream};
use serde::Deserialize;
use std::sync::Arc;
use tongxin_core::{AppError, chat::hub::Delivery};

/// Fields of `Message` (and of its `author` and `readCount`) that read the same for everyone.
const SHARED_FIELDS: &[&str] = &[
    "__typename",
    "id",
    "seq",
    "body",
    "createdAt",
    "replyToSeq",
    "recalledAt",
    "conversationId",
    "recalledBy",
    "mentionIds",
    "mentionsAll",
];
const AUTHOR_FIELDS: &[&str] = &["__typename", "id", "name"];
const READ_COUNT_FIELDS: &[&str] = &["__typename", "read", "of"];

/// A `subscribe` (or legacy `start`) that can take the shared path.
pub struct Candidate {
    /// The operation id.
    pub id: String,
    request: Request,
    /// The operation name and document: the rendering key.
    key: Arc<str>,
}

#[derive(Deserialize)]
struct Subscribe {
    #[serde(rename = "type")]
    kind: String,
    id: String,
    payload: Request,
}

/// Whether a client message subscribes to `messageAdded` with a shared selection.
pub fn candidate(text: &str) -> Option<Candidate> {
    if !text.contains("messageAdded") {
        return None;
    }
    let msg: Subscribe = serde_json::from_str(text).ok()?;
    if msg.kind != "subscribe" && msg.kind != "start" {
        return None;
    }
    let doc = async_graphql::parser::parse_query(&msg.payload.query).ok()?;
    if !doc.fragments.is_empty() {
        return None;
    }
    let op = match (&doc.operations, msg.payload.operation_name.as_deref()) {
        (DocumentOperations::Single(op), None) => op,
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name)?,
        (DocumentOperations::Single(_), Some(_)) | (DocumentOperations::Multiple(_), None) => {
            return None;
        }
    };
    let op = &op.node;
    if op.ty != OperationType::Subscription || !op.directives.is_empty() {
        return None;
    }
    let [item] = op.selection_set.node.items.as_slice() else {
        return None;
    };
    let Selection::Field(root) = &item.node else {
        return None;
    };
    let root = &root.node;
    if root.name.node != "messageAdded" || !root.directives.is_empty() {
        return None;
    }
    if !shared_only(&root.selection_set.node) {
        return None;
    }
    let key = format!(
        "{}\n{}",
        msg.payload.operation_name.as_deref().unwrap_or(""),
        msg.payload.query
    );
    let mut request = msg.payload;
    request.set_parsed_query(doc);
    Some(Candidate {
        id: msg.id,
        request,
        key: key.into(),
    })
}

/// Whether a `Message` selection holds only fields that read the same for every viewer.
fn shared_only(set: &SelectionSet) -> bool {
    set.items.iter().all(|item| {
        let Selection::Field(f) = &item.node else {
            return false;
        };
        let f = &f.node;
        if !f.directives.is_empty() || !f.arguments.is_empty() {
            return false;
        }
        let name = f.name.node.as_str();
        let sub = &f.selection_set.node;
        match name {
            "author" => leaves_in(sub, AUTHOR_FIELDS),
            "readCount" => leaves_in(sub, READ_COUNT_FIELDS),
            _ => SHARED_FIELDS.contains(&name) && sub.items.is_empty(),
        }
    })
}

fn leaves_in(set: &SelectionSet, allowed: &[&str]) -> bool {
    !set.items.is_empty()
        && set.items.iter().all(|item| match &item.node {
            Selection::Field(f) => {
                let f = &f.node;
                f.directives.is_empty()
                    && f.arguments.is_empty()
                    && f.selection_set.node.items.is_empty()
                    && allowed.contains(&f.name.node.as_str())
            }
            _ => false,
        })
}

/// What a rendering needs of the subscriber's request.
#[derive(Clone)]
struct Template {
    query: String,
    operation_name: Option<String>,
    variables: Variables,
}

impl Template {
    fn request(&self) -> Request {
        let mut req = Request::new(self.query.clone()).variables(self.variables.clone());
        if let Some(op) = &self.operation_name {
            req = req.operation_name(op.clone());
        }
        req
    }
}

/// A response's JSON text, as the executor's WebSocket layer writes it.
fn response_text(response: async_graphql::Response) -> Arc<str> {
    serde_json::to_string(&limits::typed(response))
        .unwrap_or_else(|_| r#"{"data":null}"#.into())
        .into()
}

/// Renders one message (or the error ending the subscription) for this selection.
async fn render(
    schema: &TongxinSchema,
    template: &Template,
    item: Result<tongxin_core::chat::MessageRow, AppError>,
) -> Arc<str> {
    let req = template.request().data(RenderOne::new(item));
    match schema.execute_stream(req).next().await {
        Some(resp) => response_text(resp),
        None => r#"{"data":null}"#.into(),
    }
}

/// The payloads of one shared subscription: the probe's error, or each message's rendering.
/// The stream ends where the executor's would (an error ending access, or the room closing).
pub fn follow(
    schema: TongxinSchema,
    data: RequestData,
    candidate: Candidate,
) -> BoxStream<'static, Arc<str>> {
    let Candidate {
        mut request, key, ..
    } = candidate;
    let needs_enrolment = crate::graphql::enrolment::needs_enrolment(data.principal.as_ref());
    if let Some(refused) = limits::refusal(
        &mut request,
        data.app.config.graphql.max_aliases,
        needs_enrolment,
    ) {
        return futures::stream::once(async move { response_text(refused) }).boxed();
    }
    let template = Template {
        query: request.query.clone(),
        operation_name: request.operation_name.clone(),
        variables: request.variables.clone(),
    };
    let app = data.app.clone();
    let probe = async move {
        let probe = Probe::default();
        let req = request.data(data).data(probe.clone());
        let first = schema.execute_stream(req).next().await;
        if let Some(resp) = first {
            // Refused (validation, arguments, access): answered as the executor answers.
            return futures::stream::once(async move { response_text(resp) }).boxed();
        }
        let Some(opened) = probe.accepted() else {
            return futures::stream::empty().boxed();
        };
        let schema = Arc::new(schema);
        let template = Arc::new(template);
        tongxin_core::chat::hub::follow(app, opened)
            .then(move |item| {
                let (schema, template, key) = (schema.clone(), template.clone(), key.clone());
                async move {
                    match item {
                        Ok(Delivery::Shared(shared)) => {
                            shared
                                .rendered(&key, || {
                                    render(&schema, &template, Ok(shared.row.clone()))
                                })
                                .await
                        }
                        Ok(Delivery::Own(row)) => render(&schema, &template, Ok(*row)).await,
                        Err(e) => render(&schema, &template, Err(e)).await,
                    }
                }
            })
            .boxed()
    };
    futures::stream::once(probe).flatten().boxed()
}

/// The `next` (or legacy `data`) frame of a payload for one operation.
pub fn frame(legacy: bool, id: &str, payload: &str) -> String {
    let id = serde_json::to_string(id).unwrap_or_else(|_| "\"\"".into());
    let kind = if legacy { "data" } else { "next" };
    format!(r#"{{"type":"{kind}","id":{id},"payload":{payload}}}"#)
}

/// The `complete` frame of an operation.
pub fn complete(id: &str) -> String {
    serde_json::json!({ "type": "complete", "id": id }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subscribe(query: &str) -> String {
        serde_json::json!({ "type": "subscribe", "id": "7", "payload": {
            "query": query, "variables": { "c": "x" } } })
        .to_string()
    }

    #[test]
    fn a_selection_of_fields_that_read_alike_for_everyone_takes_the_shared_path() {
        let c = candidate(&subscribe(
            "subscription($c: ID!) { messageAdded(conversationId: $c) { id seq body author { id name } readCount { read of } } }",
        ));
        assert_eq!(c.map(|c| c.id), Some("7".to_string()));
    }

    #[test]
    fn viewer_dependent_fields_fragments_and_directives_take_the_ordinary_path() {
        for query in [
            "subscription($c: ID!) { messageAdded(conversationId: $c) { seq mentionsViewer } }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { seq attachment { url } } }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { ...F } } fragment F on Message { seq }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { seq body @include(if: false) } }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { ... on Message { seq } } }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { seq } notificationAdded { id } }",
            "subscription($c: ID!) { messageAdded(conversationId: $c) { author } }",
            "query { viewer { id } }",
            "subscription { notificationAdded { id } }",
        ] {
            assert!(candidate(&subscribe(query)).is_none(), "{query}");
        }
    }

    #[test]
    fn a_frame_carries_the_operation_id_escaped_and_the_payload_as_it_is() {
        assert_eq!(
            frame(false, "a\"b", r#"{"data":{"messageAdded":{"seq":1}}}"#),
            r#"{"type":"next","id":"a\"b","payload":{"data":{"messageAdded":{"seq":1}}}}"#
        );
        assert!(frame(true, "1", "{}").starts_with(r#"{"type":"data""#));
    }
}
