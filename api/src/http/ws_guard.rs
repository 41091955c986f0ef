//! The protocol rules async-graphql leaves to the server, checked on each client message
//! before it reaches the executor: subscribe only after the ack (4401), no two live
//! operations with one id (4409), at most [`MAX_SUBSCRIPTIONS`] per connection.
//!
//! One guard lives as long as its connection and knows its live operations, so it also keeps
//! the node's `tongxin_ws_connections` and `tongxin_ws_subscriptions` gauges.

use serde::Deserialize;
use std::collections::HashSet;

/// Live operations one connection may hold.
pub const MAX_SUBSCRIPTIONS: usize = 100;

/// Close code: a subscribe before the connection was acknowledged.
pub const UNAUTHORIZED: u16 = 4401;
/// Close code: `connection_init` did not arrive in time.
pub const INIT_TIMEOUT: u16 = 4408;
/// Close code: a subscribe with the id of a live operation.
pub const DUPLICATE_ID: u16 = 4409;

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(rename = "type", borrow)]
    kind: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    id: Option<std::borrow::Cow<'a, str>>,
}

/// The id a client `complete` (or legacy `stop`) message ends.
pub fn completes(text: &str) -> Option<String> {
    let msg = serde_json::from_str::<Envelope>(text).ok()?;
    matches!(msg.kind.as_ref(), "complete" | "stop")
        .then(|| msg.id.map(|id| id.into_owned()))
        .flatten()
}

/// What to do with a client message.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Pass it on.
    Forward,
    /// Close the connection with this code and reason.
    Close(u16, String),
    /// Refuse this one operation with an `error` message for its id (the connection stays).
    Refuse(String, String),
}

/// A connection's protocol state.
#[derive(Debug)]
pub struct Guard {
    acked: bool,
    live: HashSet<String>,
}

impl Default for Guard {
    fn default() -> Self {
        metrics::gauge!("tongxin_ws_connections").increment(1.0);
        Self {
            acked: false,
            live: HashSet::new(),
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        metrics::gauge!("tongxin_ws_connections").decrement(1.0);
        metrics::gauge!("tongxin_ws_subscriptions").decrement(self.live.len() as f64);
    }
}

impl Guard {
    /// Starts following an operation (counted in `tongxin_ws_subscriptions`).
    fn open(&mut self, id: String) {
        if self.live.insert(id) {
            metrics::gauge!("tongxin_ws_subscriptions").increment(1.0);
        }
    }

    /// Stops following an operation, if it was live.
    fn end(&mut self, id: &str) {
        if self.live.remove(id) {
            metrics::gauge!("tongxin_ws_subscriptions").decrement(1.0);
        }
    }

    /// Whether the connection has been acknowledged.
    pub fn acked(&self) -> bool {
        self.acked
    }

    /// Checks a client message (unparseable ones pass on: the executor closes with 1002).
    pub fn client(&mut self, text: &str) -> Verdict {
        let Ok(msg) = serde_json::from_str::<Envelope>(text) else {
            return Verdict::Forward;
        };
        match (msg.kind.as_ref(), msg.id) {
            ("subscribe" | "start", Some(id)) => {
                if !self.acked {
                    return Verdict::Close(UNAUTHORIZED, "Unauthorized".into());
                }
                if self.live.contains(id.as_ref()) {
                    return Verdict::Close(
                        DUPLICATE_ID,
                        format!("Subscriber for {id} already exists"),
                    );
                }
                if self.live.len() >= MAX_SUBSCRIPTIONS {
                    return Verdict::Refuse(
                        id.into_owned(),
                        format!("每个连接最多 {MAX_SUBSCRIPTIONS} 个订阅"),
                    );
                }
                self.open(id.into_owned());
                Verdict::Forward
            }
            ("complete" | "stop", Some(id)) => {
                self.end(id.as_ref());
                Verdict::Forward
            }
            _ => Verdict::Forward,
        }
    }

    /// Notes a server message: the ack, and operations that ended on the server's side.
    pub fn server(&mut self, text: &str) {
        // Only the rare control messages are parsed; `next`/`data` pass untouched.
        if text.starts_with(r#"{"type":"connection_ack""#) {
            self.acked = true;
        } else if (text.starts_with(r#"{"type":"complete""#)
            || text.starts_with(r#"{"type":"error""#))
            && let Ok(msg) = serde_json::from_str::<Envelope>(text)
            && let Some(id) = msg.id
        {
            self.end(id.as_ref());
        }
    }

    /// The `error` message refusing one operation.
    pub fn refusal(protocol_legacy: bool, id: &str, message: &str) -> String {
        let payload =
            serde_json::json!([{ "message": message, "extensions": { "code": "RATE_LIMITED" } }]);
        let payload = if protocol_legacy {
            payload[0].clone()
        } else {
            payload
        };
        serde_json::json!({ "type": "error", "id": id, "payload": payload }).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acked() -> Guard {
        let mut g = Guard::default();
        g.server(r#"{"type":"connection_ack"}"#);
        g
    }

    #[test]
    fn a_subscribe_before_the_ack_closes_with_4401() {
        let mut g = Guard::default();
        assert_eq!(
            g.client(r#"{"type":"subscribe","id":"1","payload":{}}"#),
            Verdict::Close(UNAUTHORIZED, "Unauthorized".into())
        );
    }

    #[test]
    fn a_live_id_used_again_closes_with_4409_but_a_completed_one_is_free() {
        let mut g = acked();
        assert_eq!(
            g.client(r#"{"type":"subscribe","id":"a","payload":{}}"#),
            Verdict::Forward
        );
        assert!(matches!(
            g.client(r#"{"type":"subscribe","id":"a","payload":{}}"#),
            Verdict::Close(DUPLICATE_ID, _)
        ));
        g.client(r#"{"type":"complete","id":"a"}"#);
        assert_eq!(
            g.client(r#"{"type":"subscribe","id":"a","payload":{}}"#),
            Verdict::Forward
        );
        g.server(r#"{"type":"complete","id":"a"}"#);
        assert_eq!(
            g.client(r#"{"type":"start","id":"a","payload":{}}"#),
            Verdict::Forward
        );
    }

    #[test]
    fn the_hundred_and_first_subscription_is_refused_alone() {
        let mut g = acked();
        for i in 0..MAX_SUBSCRIPTIONS {
            assert_eq!(
                g.client(&format!(
                    r#"{{"type":"subscribe","id":"{i}","payload":{{}}}}"#
                )),
                Verdict::Forward
            );
        }
        assert!(matches!(
            g.client(r#"{"type":"subscribe","id":"x","payload":{}}"#),
            Verdict::Refuse(id, _) if id == "x"
        ));
        let refusal = Guard::refusal(false, "x", "too many");
        assert!(refusal.contains(r#""type":"error""#) && refusal.contains(r#""id":"x""#));
    }
}
