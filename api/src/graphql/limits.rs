//! A limit on aliases (async-graphql 7.2.1 has none): a document with thousands of aliases of
//! one expensive field would otherwise pass depth and complexity checks cheaply.
//!
//! The limit is checked on the parsed request before the schema runs it, not as a schema
//! extension: with any extension registered the executor wraps every field it resolves in the
//! extension chain, which cost about a fifth of the server's CPU on a member page. The parsed
//! document stays in the request, so the executor does not parse it again.

use super::TongxinSchema;
use async_graphql::{
    Data, Executor, Request, Response, ServerError,
    parser::types::{ExecutableDocument, Selection, SelectionSet},
};
use futures::{StreamExt, stream::BoxStream};
use std::sync::Arc;

fn count(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|s| match &s.node {
            Selection::Field(f) => {
                usize::from(f.node.alias.is_some()) + count(&f.node.selection_set.node)
            }
            Selection::InlineFragment(i) => count(&i.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

/// The aliases in a document: in every operation and every fragment, each counted once.
pub fn aliases(doc: &ExecutableDocument) -> usize {
    doc.operations
        .iter()
        .map(|(_, op)| count(&op.node.selection_set.node))
        .sum::<usize>()
        + doc
            .fragments
            .values()
            .map(|f| count(&f.node.selection_set.node))
            .sum::<usize>()
}

/// The answer to a request whose document has more than `max` aliases, or that carries a
/// string the [`strings`](super::strings) rules refuse, or that a session which must enrol a
/// second factor may not run ([`enrolment`](super::enrolment), when `needs_enrolment`), or
/// `None` to run it.
/// A document that does not parse is answered here, in one line
/// ([`syntax_error`](super::errors::syntax_error)), for both transports.
pub fn refusal(request: &mut Request, max: usize, needs_enrolment: bool) -> Option<Response> {
    let found = match request.parsed_query() {
        Ok(doc) if needs_enrolment => match super::enrolment::refusal(doc) {
            Some(refused) => return Some(refused),
            None => aliases(doc),
        },
        Ok(doc) => aliases(doc),
        Err(e) => {
            return Some(Response::from_errors(vec![super::errors::syntax_error(&e)]));
        }
    };
    if found <= max {
        return super::strings::refusal(request);
    }
    (found > max).then(|| {
        Response::from_errors(vec![ServerError::new(
            format!("too many aliases: {found} > {max}"),
            None,
        )])
    })
}

/// `response` with `extensions.code = "VALIDATION"` on every error that has no code: the
/// executor's own refusals (a document that does not parse or validate, an argument of the
/// wrong type, the depth and complexity limits, the alias limit) are the client's to fix, and
/// every error a client sees carries a code from the one table.
pub fn typed(mut response: Response) -> Response {
    for e in &mut response.errors {
        let ext = e.extensions.get_or_insert_with(Default::default);
        if ext.get("code").is_none() {
            ext.set("code", "VALIDATION");
        }
    }
    response
}

/// The schema behind the alias limit: the WebSocket transport executes through it, with
/// introspection off (integrators' tools introspect over HTTP; see [`super::introspection`]).
#[derive(Clone)]
pub struct Limited {
    schema: TongxinSchema,
    max_aliases: usize,
}

impl Limited {
    /// The schema, refusing documents with more than `max_aliases` aliases.
    pub fn new(schema: TongxinSchema, max_aliases: usize) -> Self {
        Self {
            schema,
            max_aliases,
        }
    }
}

impl Executor for Limited {
    async fn execute(&self, mut request: Request) -> Response {
        let op = super::observe::Operation::of(&mut request);
        let needs = super::enrolment::request_needs_enrolment(&request, None);
        let response = typed(match refusal(&mut request, self.max_aliases, needs) {
            Some(refused) => refused,
            None => {
                op.instrument(self.schema.execute(request.disable_introspection()))
                    .await
            }
        });
        op.finish(&response);
        response
    }

    fn execute_stream(
        &self,
        mut request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let op = super::observe::Operation::of(&mut request);
        let needs = super::enrolment::request_needs_enrolment(&request, session_data.as_deref());
        let responses = match refusal(&mut request, self.max_aliases, needs) {
            Some(refused) => futures::stream::once(async move { typed(refused) }).boxed(),
            None => Executor::execute_stream(
                &self.schema,
                request.disable_introspection(),
                session_data,
            )
            .map(typed)
            .boxed(),
        };
        op.stream(responses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(query: &str) -> Request {
        Request::new(query)
    }

    #[test]
    fn aliases_in_operations_fragments_and_nested_selections_are_all_counted() {
        // Arrange
        let mut req = request(
            "query { a: __typename b: __schema { c: queryType { name } } ...F }
             fragment F on Query { d: __typename }",
        );

        // Act
        let found = aliases(req.parsed_query().unwrap());

        // Assert
        assert_eq!(found, 4);
    }

    #[test]
    fn a_document_over_the_limit_is_refused_and_one_at_the_limit_runs() {
        // Arrange
        let over: String = (0..4).map(|i| format!("a{i}: __typename ")).collect();
        let at: String = (0..3).map(|i| format!("a{i}: __typename ")).collect();

        // Act
        let refused = refusal(&mut request(&format!("{{ {over} }}")), 3, false);
        let runs = refusal(&mut request(&format!("{{ {at} }}")), 3, false);

        // Assert
        let refused = refused.expect("four aliases are over a limit of three");
        assert_eq!(refused.errors[0].message, "too many aliases: 4 > 3");
        assert!(runs.is_none());
    }

    #[test]
    fn a_document_under_the_alias_limit_is_still_refused_for_a_hostile_string() {
        // Arrange
        let mut req = request(r#"{ node(id: "a\u0000b") { id } }"#);

        // Act
        let answer = refusal(&mut req, 30, false);

        // Assert
        let refused = answer.expect("a NUL is refused on the same path as the alias limit");
        let code = refused.errors[0]
            .extensions
            .as_ref()
            .and_then(|e| e.get("code").cloned());
        assert_eq!(code, Some(async_graphql::Value::from("VALIDATION")));
    }

    #[test]
    fn an_error_without_a_code_is_typed_validation_and_one_with_a_code_keeps_it() {
        // Arrange
        let mut coded = ServerError::new("gone", None);
        coded
            .extensions
            .get_or_insert_with(Default::default)
            .set("code", "NOT_FOUND");
        let response = Response::from_errors(vec![ServerError::new("parse error", None), coded]);

        // Act
        let typed = typed(response);

        // Assert
        let codes: Vec<_> = typed
            .errors
            .iter()
            .map(|e| e.extensions.as_ref().and_then(|x| x.get("code").cloned()))
            .collect();
        assert_eq!(
            codes,
            [
                Some(async_graphql::Value::from("VALIDATION")),
                Some(async_graphql::Value::from("NOT_FOUND"))
            ]
        );
    }

    #[test]
    fn a_document_that_does_not_parse_is_refused_in_one_line() {
        // Arrange
        let mut req = request("{ a: ");

        // Act
        let answer = refusal(&mut req, 0, false);

        // Assert
        let refused = answer.expect("a syntax error is answered before the executor");
        assert!(
            refused.errors[0]
                .message
                .starts_with("Syntax error at 1:6: "),
            "{}",
            refused.errors[0].message
        );
    }
}
