//! The modules that own a kind of due item and remind for it themselves.
//!
//! The engine knows no module: a module whose items need more than the standard reminder (a
//! notice reminds its unacknowledged recipients, a meeting its invitees without leave)
//! registers a handler for its kind when the [`App`] is built, and the engine hands each
//! reminder of such an item to it.

use crate::{App, AppResult};
use futures::future::BoxFuture;
use std::collections::HashMap;
use uuid::Uuid;

/// One reminder of one due item, as the engine hands it to the item's module.
#[derive(Debug, Clone, Copy)]
pub struct Turn {
    /// The tenant the job recorded.
    pub tenant: Uuid,
    /// The due item.
    pub item: Uuid,
    /// Which reminder this is (1-based position among the item's offsets).
    pub position: i32,
    /// Minutes after the due time (negative before it).
    pub offset_minutes: i32,
}

/// Delivers one reminder of a module's own kind; returns how many members were told.
pub type Handler = for<'a> fn(&'a App, Turn) -> BoxFuture<'a, AppResult<usize>>;

/// The handlers by item kind.
#[derive(Clone, Default)]
pub struct Handlers {
    by_kind: HashMap<&'static str, Handler>,
}

impl Handlers {
    /// Lets the module that owns `kind` deliver its reminders.
    ///
    /// # Panics
    /// When two modules claim one kind: a wiring mistake that must not reach a running node.
    pub fn register(&mut self, kind: &'static str, handler: Handler) {
        let previous = self.by_kind.insert(kind, handler);
        assert!(
            previous.is_none(),
            "two reminder handlers for the kind {kind}"
        );
    }

    /// The handler for `kind`, if a module registered one.
    pub(crate) fn get(&self, kind: &str) -> Option<Handler> {
        self.by_kind.get(kind).copied()
    }
}

impl std::fmt::Debug for Handlers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut kinds: Vec<_> = self.by_kind.keys().collect();
        kinds.sort();
        f.debug_struct("Handlers").field("kinds", &kinds).finish()
    }
}
