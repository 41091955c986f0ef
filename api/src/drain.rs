//! Graceful shutdown of a node behind a load balancer.
//!
//! On the stop signal a node drains before it stops: `/readyz` answers 503 at once (so a
//! load balancer or Kubernetes takes it out of rotation), responses carry `Connection: close`
//! (so the balancer's kept-alive connections to it end after their next answer instead of
//! idling), WebSockets close with 1001 and new upgrades are refused with 503 (clients
//! reconnect to another node and resume with `afterSeq`). After `http.shutdown_drain_ms` the
//! listener stops: connections the kernel has already queued are still taken (their clients
//! may have sent a request on them), then new ones are refused, which a balancer retries on
//! another node even for a POST because nothing was sent. In-flight requests finish within
//! `http.shutdown_grace_ms`; then the process ends regardless.

use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::Response,
    serve::Listener,
};
use std::{net::SocketAddr, sync::Arc, time::Duration};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{oneshot, watch},
};

/// How long freshly accepted connections get to deliver their request before the idle ones
/// are closed: a connection taken from the kernel's queue at the last moment usually carries
/// a request already, and closing it unread would fail that request at the balancer.
pub const IDLE_LINGER: Duration = Duration::from_millis(500);

/// A node's drain state, shared by the readiness probe, the WebSockets and the shutdown
/// sequence.
#[derive(Clone)]
pub struct Drain {
    draining: Arc<watch::Sender<bool>>,
    sockets: Arc<watch::Sender<()>>,
}

impl Default for Drain {
    fn default() -> Self {
        Self {
            draining: Arc::new(watch::channel(false).0),
            sockets: Arc::new(watch::channel(()).0),
        }
    }
}

impl Drain {
    /// Whether the node is shutting down.
    pub fn is_draining(&self) -> bool {
        *self.draining.borrow()
    }

    /// Starts draining: readiness fails, responses close their connections, sockets close.
    pub fn start(&self) {
        self.draining.send_replace(true);
    }

    /// Resolves once draining has started.
    pub fn started(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut rx = self.draining.subscribe();
        async move {
            let _ = rx.wait_for(|d| *d).await;
        }
    }

    /// A token an open WebSocket holds until it ends, so shutdown can wait for the sockets.
    pub fn socket(&self) -> SocketToken {
        SocketToken(self.sockets.subscribe())
    }

    /// WebSockets open now.
    pub fn open_sockets(&self) -> usize {
        self.sockets.receiver_count()
    }

    /// Resolves when no WebSocket is open.
    pub async fn sockets_closed(&self) {
        self.sockets.closed().await;
    }
}

/// Held by an open WebSocket (see [`Drain::socket`]).
pub struct SocketToken(#[allow(dead_code)] watch::Receiver<()>);

/// Marks every response but a protocol switch `Connection: close` while the node drains, so a
/// load balancer's kept-alive connection to it ends right after an answer rather than idling
/// until the node closes it, when the balancer may be sending on it at that very moment.
pub async fn close_connections(State(drain): State<Drain>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    if drain.is_draining() && res.status() != StatusCode::SWITCHING_PROTOCOLS {
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}

/// A listener that, when told to stop, takes what the kernel has queued and then closes, so
/// that later connection attempts are refused (safe to retry elsewhere) rather than reset after
/// the client has sent its request.
pub struct Closing {
    live: Option<TcpListener>,
    /// The same socket, out of the runtime, while its queue is emptied.
    queue: Option<std::net::TcpListener>,
    stop: watch::Receiver<bool>,
    closed: Option<oneshot::Sender<()>>,
}

impl Closing {
    /// Wraps `listener`; it stops when `stop` turns true and then reports on `closed`.
    pub fn new(
        listener: TcpListener,
        stop: watch::Receiver<bool>,
        closed: oneshot::Sender<()>,
    ) -> Self {
        Self {
            live: Some(listener),
            queue: None,
            stop,
            closed: Some(closed),
        }
    }

    /// Accepts one queued connection without waiting (a plain non-blocking `accept`, which
    /// does not depend on the runtime having seen the socket's readiness yet); `None` once
    /// the queue is empty, and then the socket is closed.
    fn take_queued(&mut self) -> Option<(TcpStream, SocketAddr)> {
        if let Some(live) = self.live.take() {
            match live.into_std() {
                Ok(std) => self.queue = Some(std),
                Err(e) => tracing::warn!(error = %e, "could not empty the listener's queue"),
            }
        }
        while let Some(queue) = self.queue.as_ref() {
            match queue.accept() {
                Ok((stream, addr)) => {
                    if let Ok(stream) = stream
                        .set_nonblocking(true)
                        .and_then(|()| TcpStream::from_std(stream))
                    {
                        return Some((stream, addr));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => self.queue = None,
            }
        }
        if let Some(closed) = self.closed.take() {
            let _ = closed.send(());
        }
        None
    }
}

impl Listener for Closing {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        loop {
            let stopping = *self.stop.borrow();
            if stopping {
                if let Some(conn) = self.take_queued() {
                    return conn;
                }
                return std::future::pending().await;
            }
            let Some(listener) = self.live.as_ref() else {
                return std::future::pending().await;
            };
            let stop = &mut self.stop;
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(conn) => return conn,
                    Err(e) => {
                        // Per-connection errors (a client gone before accept) need no pause;
                        // others (out of descriptors) do, as axum's own listener does.
                        if !matches!(
                            e.kind(),
                            std::io::ErrorKind::ConnectionAborted
                                | std::io::ErrorKind::ConnectionReset
                                | std::io::ErrorKind::ConnectionRefused
                        ) {
                            tracing::error!(error = %e, "accept failed");
                            tokio::time::sleep(Duration::from_secs(1)).await;
                        }
                    }
                },
                () = async {
                    // A closed channel means the signal is gone: nobody can stop us any more.
                    if stop.wait_for(|s| *s).await.is_err() {
                        std::future::pending::<()>().await;
                    }
                } => {}
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<SocketAddr> {
        match (&self.live, &self.queue) {
            (Some(l), _) => l.local_addr(),
            (None, Some(q)) => q.local_addr(),
            (None, None) => Err(std::io::Error::other("the listener is closed")),
        }
    }
}
