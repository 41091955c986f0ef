//! One reader per live conversation on each node: when a message is added, the room reads it
//! from the database once and hands the same row to every subscriber there, instead of every
//! subscriber querying for it. Rooms also tell subscribers when access may have changed
//! (membership, a member moved, a Redis resync), and they re-check it themselves.
//!
//! A row handed out by a room carries a memo of its renderings, so a node that sends it to
//! 10,000 sockets renders it once per distinct selection rather than once per socket.

use super::{CONVERSATION_CHANGED, MEMBER_MOVED, MESSAGE_ADDED, MessageRow, store};
use crate::{App, AppResult, Ctx, bus};
use futures::Stream;
use std::time::Duration;
use std::{
    collections::{HashMap, VecDeque},
    future::Future,
    sync::{Arc, Mutex, Weak},
};
use tokio::sync::{
    OnceCell,
    broadcast::{self, error::RecvError},
};
use uuid::Uuid;

/// Events a room buffers for a slow subscriber before it must catch up from the database.
const ROOM_CAPACITY: usize = 1024;

/// Distinct renderings memoised per message; further selections render without the memo.
const MEMO_LIMIT: usize = 16;

/// One memoised rendering: the selection it was rendered for, and the text once rendered.
type Rendering = (Arc<str>, Arc<OnceCell<Arc<str>>>);

/// A message read once by a room for all its subscribers, with its renderings.
pub struct SharedRow {
    /// The message.
    pub row: MessageRow,
    memo: Mutex<Vec<Rendering>>,
}

impl std::fmt::Debug for SharedRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedRow")
            .field("seq", &self.row.seq)
            .finish()
    }
}

impl SharedRow {
    /// Wraps a row with an empty memo.
    pub fn new(row: MessageRow) -> Self {
        Self {
            row,
            memo: Mutex::default(),
        }
    }

    /// The rendering of this message under `key` (the selection it was rendered for):
    /// rendered by the first subscriber to ask, then shared.
    pub async fn rendered<F, Fut>(&self, key: &Arc<str>, render: F) -> Arc<str>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Arc<str>>,
    {
        let cell = {
            let mut memo = self.memo.lock().unwrap_or_else(|p| p.into_inner());
            match memo.iter().find(|(k, _)| Arc::ptr_eq(k, key) || k == key) {
                Some((_, cell)) => Some(cell.clone()),
                None if memo.len() < MEMO_LIMIT => {
                    let cell = Arc::new(OnceCell::new());
                    memo.push((key.clone(), cell.clone()));
                    Some(cell)
                }
                None => None,
            }
        };
        match cell {
            Some(cell) => cell.get_or_init(render).await.clone(),
            None => render().await,
        }
    }
}

/// A message as a subscriber receives it.
#[derive(Debug)]
pub enum Delivery {
    /// Read once by the room for everyone.
    Shared(Arc<SharedRow>),
    /// Read for this subscriber alone (replay after `afterSeq`, or a gap).
    Own(Box<MessageRow>),
}

impl Delivery {
    /// The message, owned.
    pub fn into_row(self) -> MessageRow {
        match self {
            Delivery::Shared(s) => s.row.clone(),
            Delivery::Own(r) => *r,
        }
    }
}

/// What a room says to its subscribers.
#[derive(Debug, Clone)]
pub enum RoomEvent {
    /// The next message, read once for everyone.
    Message(Arc<SharedRow>),
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
        let bus = Topics {
            added: app.bus.subscribe_topic(MESSAGE_ADDED),
            changed: app.bus.subscribe_topic(CONVERSATION_CHANGED),
            moved: app.bus.subscribe_topic(MEMBER_MOVED),
        };
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

/// The bus topics a room reader follows.
struct Topics {
    added: broadcast::Receiver<Arc<bus::Event>>,
    changed: broadcast::Receiver<Arc<bus::Event>>,
    moved: broadcast::Receiver<Arc<bus::Event>>,
}

impl Topics {
    async fn recv(&mut self) -> Result<Arc<bus::Event>, RecvError> {
        tokio::select! {
            ev = self.added.recv() => ev,
            ev = self.changed.recv() => ev,
            ev = self.moved.recv() => ev,
        }
    }
}

/// A room's reader: on each new-message event, the rows after the last one it sent.
async fn read(app: App, room: Weak<Room>, mut bus: Topics, tenant: Uuid, conversation: Uuid) {
    let ctx = Ctx::system(tenant);
    // A room whose first read fails (the database is away or saturated) keeps trying while it
    // has subscribers; once it reads, they all read again, since messages may have come while
    // it could not follow them.
    let mut wait = Duration::from_millis(100);
    let mut retried = false;
    let mut last = loop {
        match last_seq(&app, &ctx, conversation).await {
            Ok(s) => break s,
            Err(e) => {
                tracing::warn!(error = %e, "chat room could not start; trying again");
                retried = true;
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
                if room.upgrade().is_none() {
                    return;
                }
            }
        }
    };
    if retried && let Some(room) = room.upgrade() {
        let _ = room.tx.send(RoomEvent::Resync);
    }
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
                let _ = room
                    .tx
                    .send(RoomEvent::Message(Arc::new(SharedRow::new(row))));
            }
            if !full {
                break;
            }
        }
    }
}

async fn last_seq(app: &App, ctx: &Ctx, conversation: Uuid) -> crate::AppResult<i64> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let seq = store::lock_free_last_seq(&mut tx, conversation).await?;
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
    let rows = store::messages_after(&mut tx, conversation, after, 200).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Messages a subscriber's replay reads at a time.
pub const REPLAY_PAGE: i64 = 100;

/// A subscription that has had its turn, passed the access check and read its first page of
/// replay; [`follow`] turns it into the stream.
pub struct Opened {
    room: Membership,
    ctx: Ctx,
    conversation: Uuid,
    after: i64,
    first: Vec<MessageRow>,
}

/// Sets up a subscriber of `conversation` after `after`. It joins the room before reading, so
/// nothing sent in between is missed, then waits its turn in the node's set-up queue
/// ([`App::setups`]), which checks access and reads the first page of replay for many
/// subscribers at once. `NOT_FOUND` when the actor may not read the conversation;
/// `UNAVAILABLE`, which clients retry, when too many are waiting.
pub async fn open(app: &App, ctx: Ctx, conversation: Uuid, after: i64) -> AppResult<Opened> {
    let room = app.rooms.join(app, ctx.tenant_id, conversation);
    let after = after.max(0);
    let first = app.setups.open(&ctx, conversation, Some(after)).await?;
    Ok(Opened {
        room,
        ctx,
        conversation,
        after,
        first,
    })
}

/// Whether the actor may read `conversation`, checked through the set-up queue (for
/// subscriptions that replay nothing).
pub async fn check(app: &App, ctx: &Ctx, conversation: Uuid) -> AppResult<()> {
    app.setups.open(ctx, conversation, None).await.map(drop)
}

/// A subscriber's stream of a conversation's messages after the point it was opened at: first
/// those already stored, then live, in `seq` order without gaps or duplicates. Access is
/// checked again on every database read, and when it ends the stream yields that error and
/// ends.
pub fn follow(
    app: App,
    opened: Opened,
) -> impl Stream<Item = AppResult<Delivery>> + Send + 'static {
    let Opened {
        room,
        ctx,
        conversation,
        after,
        first,
    } = opened;
    let state = Replay {
        room,
        app,
        ctx,
        conversation,
        seen: first.last().map_or(after, |m| m.seq),
        poke: first.len() as i64 == REPLAY_PAGE,
        queue: first.into(),
        ended: false,
    };
    futures::stream::unfold(state, Replay::next)
}

/// A subscriber's position: what it has been sent, what is queued, whether to read again.
struct Replay {
    room: Membership,
    app: App,
    ctx: Ctx,
    conversation: Uuid,
    seen: i64,
    queue: VecDeque<MessageRow>,
    poke: bool,
    ended: bool,
}

impl Replay {
    async fn next(mut self) -> Option<(AppResult<Delivery>, Self)> {
        if self.ended {
            return None;
        }
        loop {
            if let Some(m) = self.queue.pop_front() {
                return Some((Ok(Delivery::Own(Box::new(m))), self));
            }
            if self.poke {
                match super::messages_after(
                    &self.ctx,
                    &self.app,
                    self.conversation,
                    self.seen,
                    REPLAY_PAGE,
                )
                .await
                {
                    Ok(rows) => {
                        self.poke = rows.len() as i64 == REPLAY_PAGE;
                        if let Some(last) = rows.last() {
                            self.seen = last.seq;
                        }
                        self.queue.extend(rows);
                        continue;
                    }
                    // Access ended (left the group, disabled): one error, then the end.
                    Err(e) => {
                        self.ended = true;
                        return Some((Err(e), self));
                    }
                }
            }
            match self.room.events.recv().await {
                // The next message, read once by the room: passed on without a query.
                Ok(RoomEvent::Message(row)) if row.row.seq == self.seen + 1 => {
                    self.seen = row.row.seq;
                    return Some((Ok(Delivery::Shared(row)), self));
                }
                Ok(RoomEvent::Message(row)) if row.row.seq <= self.seen => {}
                // A gap (joined mid-way, or missed): read it from the database.
                Ok(RoomEvent::Message(_)) | Ok(RoomEvent::Resync) => self.poke = true,
                Ok(RoomEvent::Recheck(who)) => {
                    if who.is_none() || who == self.ctx.member_id() {
                        self.poke = true;
                    }
                }
                Err(RecvError::Lagged(_)) => self.poke = true,
                Err(RecvError::Closed) => return None,
            }
        }
    }
}
