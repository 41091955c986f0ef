//! One reader per live conversation on each node: when a message is added, the room reads it
//! from the database once and hands the same row to every subscriber there, instead of every
//! subscriber querying for it. Rooms also tell subscribers when access may have changed
//! (membership, a member moved, a Redis resync), and they re-check it themselves.

use super::{CONVERSATION_CHANGED, MEMBER_MOVED, MESSAGE_ADDED, MessageRow, store};
use crate::{App, Ctx, bus};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex, Weak},
};
use tokio::sync::broadcast::{self, error::RecvError};
use uuid::Uuid;

/// Events a room buffers for a slow subscriber before it must catch up from the database.
const ROOM_CAPACITY: usize = 1024;

/// What a room says to its subscribers.
#[derive(Debug, Clone)]
pub enum RoomEvent {
    /// The next message, read once for everyone.
    Message(Arc<MessageRow>),
    /// Access may have changed: for everyone (`None`) or one member.
    Recheck(Option<Uuid>),
    /// Events may have been missed: read from the database.
    Resync,
}

struct Room {
    tx: broadcast::Sender<RoomEvent>,
}

/// Open rooms by tenant and conversation.
type Rooms = HashMap<(Uuid, Uuid), Weak<Room>>;

/// The node's rooms, by tenant and conversation.
#[derive(Clone, Default)]
pub struct Hub {
    rooms: Arc<Mutex<Rooms>>,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hub")
    }
}

/// A subscriber's place in a room; the room closes when its last membership is dropped.
pub struct Membership {
    _room: Arc<Room>,
    /// The room's events.
    pub events: broadcast::Receiver<RoomEvent>,
}

impl Hub {
    /// Joins the room of a conversation, opening it (and its reader) if needed. The caller
    /// checks access first; the room serves rows without checking.
    pub fn join(&self, app: &App, tenant: Uuid, conversation: Uuid) -> Membership {
        let mut rooms = self.rooms.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(room) = rooms.get(&(tenant, conversation)).and_then(Weak::upgrade) {
            let events = room.tx.subscribe();
            return Membership {
                _room: room,
                events,
            };
        }
        let (tx, events) = broadcast::channel(ROOM_CAPACITY);
        let room = Arc::new(Room { tx });
        rooms.insert((tenant, conversation), Arc::downgrade(&room));
        rooms.retain(|_, r| r.strong_count() > 0);
        // Subscribed here, before the reader starts, so nothing published from now is missed.
        let bus = app.bus.subscribe();
        tokio::spawn(read(
            app.clone(),
            Arc::downgrade(&room),
            bus,
            tenant,
            conversation,
        ));
        Membership {
            _room: room,
            events,
        }
    }

    /// Rooms open on this node.
    pub fn len(&self) -> usize {
        self.rooms
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .filter(|r| r.strong_count() > 0)
            .count()
    }

    /// Whether no room is open.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A room's reader: on each new-message event, the rows after the last one it sent.
async fn read(
    app: App,
    room: Weak<Room>,
    mut bus: broadcast::Receiver<Arc<bus::Event>>,
    tenant: Uuid,
    conversation: Uuid,
) {
    let ctx = Ctx::system(tenant);
    let mut last = match last_seq(&app, &ctx, conversation).await {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "chat room could not start");
            return;
        }
    };
    loop {
        let ev = bus.recv().await;
        let Some(room) = room.upgrade() else { return };
        let fetch = match ev {
            Ok(ev)
                if ev.tenant == tenant
                    && ev.subject == conversation
                    && ev.topic == MESSAGE_ADDED =>
            {
                true
            }
            Ok(ev)
                if ev.tenant == tenant
                    && ev.subject == conversation
                    && ev.topic == CONVERSATION_CHANGED =>
            {
                let _ = room.tx.send(RoomEvent::Recheck(None));
                false
            }
            Ok(ev) if ev.tenant == tenant && ev.topic == MEMBER_MOVED => {
                let _ = room.tx.send(RoomEvent::Recheck(Some(ev.subject)));
                false
            }
            Ok(ev) if ev.topic == bus::RESYNC => {
                let _ = room.tx.send(RoomEvent::Resync);
                true
            }
            Ok(_) => false,
            Err(RecvError::Lagged(_)) => {
                let _ = room.tx.send(RoomEvent::Resync);
                true
            }
            Err(RecvError::Closed) => return,
        };
        if !fetch {
            continue;
        }
        loop {
            let rows = match rows_after(&app, &ctx, conversation, last).await {
                Ok(rows) => rows,
                Err(e) => {
                    tracing::warn!(error = %e, "chat room read failed");
                    let _ = room.tx.send(RoomEvent::Resync);
                    break;
                }
            };
            let full = rows.len() == 200;
            for row in rows {
                last = row.seq;
                let _ = room.tx.send(RoomEvent::Message(Arc::new(row)));
            }
            if !full {
                break;
            }
        }
    }
}

async fn last_seq(app: &App, ctx: &Ctx, conversation: Uuid) -> crate::AppResult<i64> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let seq = store::lock_free_last_seq(&mut tx, ctx.tenant_id, conversation).await?;
    tx.commit().await?;
    Ok(seq)
}

async fn rows_after(
    app: &App,
    ctx: &Ctx,
    conversation: Uuid,
    after: i64,
) -> crate::AppResult<Vec<MessageRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::messages_after(&mut tx, ctx.tenant_id, conversation, after, 200).await?;
    tx.commit().await?;
    Ok(rows)
}
