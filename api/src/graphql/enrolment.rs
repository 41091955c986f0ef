//! The enrolment guard: a session whose tenant requires a second factor the account has not
//! enrolled may only read `viewer`, enrol (`beginTotpEnrolment`, `confirmTotpEnrolment`) and
//! `logOut`; every other operation is answered `SECOND_FACTOR_ENROLMENT_REQUIRED` before the
//! schema runs it. It is checked here, on the parsed document, for both transports (see
//! [`super::limits::refusal`]), so no resolver needs to know about it.

use super::context::RequestData;
use async_graphql::{
    Data, Request, Response, ServerError,
    parser::types::{ExecutableDocument, Selection, SelectionSet},
};
use std::any::TypeId;
use tongxin_core::{AppError, identity::Principal};

/// The root fields such a session may still select.
const ALLOWED: &[&str] = &["viewer", "logOut", "__typename"];

/// Whether the caller is a session that must enrol first.
pub fn needs_enrolment(principal: Option<&Principal>) -> bool {
    matches!(principal, Some(Principal::Member(s)) if s.needs_second_factor)
}

/// The caller of a request, from the request's own data or the connection's (WebSocket).
pub fn request_needs_enrolment(request: &Request, session: Option<&Data>) -> bool {
    let find = |data: &Data| {
        data.get(&TypeId::of::<RequestData>())
            .and_then(|d| d.downcast_ref::<RequestData>())
            .map(|d| needs_enrolment(d.principal.as_ref()))
    };
    find(&request.data)
        .or_else(|| session.and_then(find))
        .unwrap_or(false)
}

fn allowed(doc: &ExecutableDocument, set: &SelectionSet, depth: usize) -> bool {
    // Fragments at the root nest at most a few levels in any real client; a deep chain is
    // refused rather than followed.
    if depth > 8 {
        return false;
    }
    set.items.iter().all(|s| match &s.node {
        Selection::Field(f) => {
            let name = f.node.name.node.as_str();
            ALLOWED.contains(&name) || super::second_factor::ENROLMENT_FIELDS.contains(&name)
        }
        Selection::InlineFragment(i) => allowed(doc, &i.node.selection_set.node, depth + 1),
        Selection::FragmentSpread(spread) => doc
            .fragments
            .get(&spread.node.fragment_name.node)
            .is_some_and(|f| allowed(doc, &f.node.selection_set.node, depth + 1)),
    })
}

/// The refusal of a document that selects anything beyond what enrolment allows, in any of
/// its operations.
pub fn refusal(doc: &ExecutableDocument) -> Option<Response> {
    let ok = doc
        .operations
        .iter()
        .all(|(_, op)| allowed(doc, &op.node.selection_set.node, 0));
    (!ok).then(|| {
        let e = AppError::SecondFactorEnrolmentRequired;
        let mut err = ServerError::new(e.to_string(), None);
        let mut ext = async_graphql::ErrorExtensionValues::default();
        ext.set("code", e.code());
        err.extensions = Some(ext);
        Response::from_errors(vec![err])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(query: &str) -> bool {
        let mut req = Request::new(query);
        refusal(req.parsed_query().unwrap()).is_some()
    }

    #[test]
    fn the_viewer_enrolment_and_log_out_pass() {
        assert!(!refused("{ viewer { secondFactor { required enabled } } }"));
        assert!(!refused(
            "mutation { beginTotpEnrolment { secret otpauthUri } }"
        ));
        assert!(!refused(
            r#"mutation { confirmTotpEnrolment(input: { code: "123456" }) }"#
        ));
        assert!(!refused("mutation { logOut }"));
        assert!(!refused("query { __typename viewer { member { id } } }"));
    }

    #[test]
    fn anything_else_is_refused_also_behind_aliases_and_fragments() {
        assert!(refused("{ apiKeys { id } }"));
        assert!(refused("{ viewer: apiKeys { id } }"));
        assert!(refused("{ ...F } fragment F on Query { apiKeys { id } }"));
        assert!(refused("{ ... on Query { apiKeys { id } } }"));
        assert!(refused(
            "query A { viewer { member { id } } } query B { apiKeys { id } }"
        ));
        assert!(refused(
            r#"mutation { disableTotp(input: { password: "x", code: "1" }) }"#
        ));
        assert!(refused("subscription { notifications { id } }"));
    }

    #[test]
    fn only_sessions_marked_for_enrolment_are_guarded() {
        assert!(!needs_enrolment(None));
        let mut s = tongxin_core::system::SessionInfo {
            session_id: uuid::Uuid::nil(),
            tenant_id: uuid::Uuid::nil(),
            member_id: uuid::Uuid::nil(),
            account_id: uuid::Uuid::nil(),
            needs_second_factor: false,
        };
        assert!(!needs_enrolment(Some(&Principal::Member(s.clone()))));
        s.needs_second_factor = true;
        assert!(needs_enrolment(Some(&Principal::Member(s))));
    }
}
