//! Introspection for integrators' tools.
//!
//! The query that GraphiQL, graphql-js's `getIntrospectionQuery()`, Apollo, codegen and Postman
//! send nests `ofType` deeper than the depth limit allows for data queries. As the common
//! depth-limit plugins do, a document that asks only for introspection (`__schema`, `__type`,
//! `__typename` at its root) is not held to that limit: it runs on a schema that answers
//! introspection only, under bounds of its own. What makes an introspection document
//! expensive is lists nested in lists (`types { fields { type { fields … } } }` grows with
//! the schema at every level), so that nesting is bounded, beside a generous depth.
//!
//! Every other document runs with introspection turned off, so `__schema` inside a data query
//! is refused whoever asks; who may introspect is the `graphql.introspection` setting.

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet,
};
use tongxin_core::{config::IntrospectionAccess, identity::Principal};

/// Depth allowed to an introspection document (the standard query needs about 14).
pub const MAX_DEPTH: usize = 30;
/// Lists within lists allowed to an introspection document: the standard query has
/// `types { fields { args } }`, three.
pub const MAX_LIST_NESTING: usize = 3;

/// Introspection fields that return lists.
const LIST_FIELDS: [&str; 8] = [
    "types",
    "fields",
    "inputFields",
    "interfaces",
    "possibleTypes",
    "enumValues",
    "args",
    "directives",
];

/// How a document is to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A data query, mutation or subscription: the regular schema, introspection off.
    Regular,
    /// Introspection only, by a caller allowed to: the introspection schema.
    Introspection,
    /// Introspection the caller may not send, or beyond its bounds: the message to answer.
    Refused(String),
}

/// How `doc` should run for `caller`, given the tenant's setting.
pub fn route(
    doc: &ExecutableDocument,
    operation_name: Option<&str>,
    access: IntrospectionAccess,
    caller: Option<&Principal>,
) -> Route {
    let Some(set) = selected_query(doc, operation_name) else {
        return Route::Regular;
    };
    let mut roots = Vec::new();
    root_fields(doc, set, &mut roots, 0);
    let introspects = roots.iter().any(|f| *f == "__schema" || *f == "__type");
    if !introspects || roots.iter().any(|f| !f.starts_with("__")) {
        return Route::Regular;
    }
    let allowed = match access {
        IntrospectionAccess::Everyone => true,
        IntrospectionAccess::ApiKeys => matches!(caller, Some(Principal::ApiKey { .. })),
        IntrospectionAccess::Nobody => false,
    };
    if !allowed {
        return Route::Refused("introspection is not available to this caller".into());
    }
    let nesting = list_nesting(doc, set, 0);
    if nesting > MAX_LIST_NESTING {
        return Route::Refused(format!(
            "introspection nests lists too deeply: {nesting} > {MAX_LIST_NESTING}"
        ));
    }
    Route::Introspection
}

/// The selection set of the query operation that will run, if the document names one
/// unambiguously and it is a query.
fn selected_query<'a>(
    doc: &'a ExecutableDocument,
    operation_name: Option<&str>,
) -> Option<&'a SelectionSet> {
    let op = match (&doc.operations, operation_name) {
        (DocumentOperations::Single(op), _) => op,
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name)?,
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => ops.values().next()?,
        _ => return None,
    };
    (op.node.ty == OperationType::Query).then_some(&op.node.selection_set.node)
}

/// Fragment spreads are followed at most this deep (a cycle is the validator's to report).
const MAX_SPREADS: usize = 16;

/// The names of the root fields, through fragments.
fn root_fields<'a>(
    doc: &'a ExecutableDocument,
    set: &'a SelectionSet,
    out: &mut Vec<&'a str>,
    spreads: usize,
) {
    for item in &set.items {
        match &item.node {
            Selection::Field(f) => out.push(f.node.name.node.as_str()),
            Selection::InlineFragment(i) => {
                root_fields(doc, &i.node.selection_set.node, out, spreads)
            }
            Selection::FragmentSpread(s) => {
                if spreads < MAX_SPREADS
                    && let Some(frag) = doc.fragments.get(&s.node.fragment_name.node)
                {
                    root_fields(doc, &frag.node.selection_set.node, out, spreads + 1);
                }
            }
        }
    }
}

/// The deepest nesting of list fields under `set`, through fragments.
fn list_nesting(doc: &ExecutableDocument, set: &SelectionSet, spreads: usize) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(f) => {
                let own = usize::from(LIST_FIELDS.contains(&f.node.name.node.as_str()));
                own + list_nesting(doc, &f.node.selection_set.node, spreads)
            }
            Selection::InlineFragment(i) => list_nesting(doc, &i.node.selection_set.node, spreads),
            Selection::FragmentSpread(s) => match doc.fragments.get(&s.node.fragment_name.node) {
                Some(frag) if spreads < MAX_SPREADS => {
                    list_nesting(doc, &frag.node.selection_set.node, spreads + 1)
                }
                // Too many spreads deep: count it as too deep rather than follow a cycle.
                Some(_) => MAX_LIST_NESTING + 1,
                None => 0,
            },
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;
    use uuid::Uuid;

    fn route_of(q: &str, access: IntrospectionAccess, caller: Option<&Principal>) -> Route {
        route(&parse_query(q).unwrap(), None, access, caller)
    }

    fn key() -> Principal {
        Principal::ApiKey {
            tenant_id: Uuid::nil(),
            key_id: Uuid::nil(),
        }
    }

    const STANDARD: &str = "query IntrospectionQuery { __schema { queryType { name } types { ...FullType } directives { name args { ...InputValue } } } }
      fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
      fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
      fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }";

    #[test]
    fn the_standard_introspection_query_is_introspection_within_bounds() {
        assert_eq!(
            route_of(STANDARD, IntrospectionAccess::Everyone, None),
            Route::Introspection
        );
    }

    #[test]
    fn data_queries_and_mixed_documents_take_the_regular_path() {
        for q in [
            "{ viewer { id } }",
            "{ __typename }",
            "{ viewer { id } __schema { types { name } } }",
            "mutation { logout }",
        ] {
            assert_eq!(
                route_of(q, IntrospectionAccess::Nobody, None),
                Route::Regular,
                "{q}"
            );
        }
    }

    #[test]
    fn api_keys_alone_may_introspect_when_the_setting_says_so() {
        let q = "{ __schema { types { name } } }";
        assert!(matches!(
            route_of(q, IntrospectionAccess::ApiKeys, None),
            Route::Refused(_)
        ));
        assert_eq!(
            route_of(q, IntrospectionAccess::ApiKeys, Some(&key())),
            Route::Introspection
        );
        assert!(matches!(
            route_of(q, IntrospectionAccess::Nobody, Some(&key())),
            Route::Refused(_)
        ));
    }

    #[test]
    fn lists_nested_four_deep_are_refused_even_through_fragments() {
        let direct = "{ __schema { types { fields { type { fields { args { name } } } } } } }";
        assert!(matches!(
            route_of(direct, IntrospectionAccess::Everyone, None),
            Route::Refused(m) if m.contains("4 > 3")
        ));
        let spread = "{ __schema { types { ...F } } } fragment F on __Type { fields { type { interfaces { possibleTypes { name } } } } }";
        assert!(matches!(
            route_of(spread, IntrospectionAccess::Everyone, None),
            Route::Refused(_)
        ));
    }

    #[test]
    fn a_fragment_cycle_does_not_loop() {
        let cyclic = "{ __schema { types { ...A } } } fragment A on __Type { ofType { ...A } }";
        assert!(matches!(
            route_of(cyclic, IntrospectionAccess::Everyone, None),
            Route::Refused(_)
        ));
    }
}
