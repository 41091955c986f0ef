//! Tongxin API: axum + async-graphql transport over `tongxin-core`.
// The query and mutation roots merge one object per module; async-graphql nests a merged
// object per part, which outgrows the default depth of 128 when their futures are laid out.
#![recursion_limit = "256"]

pub mod drain;
pub mod edge;
pub mod graphql;
pub mod http;

use axum::serve::ListenerExt;
use drain::Drain;
use std::net::{IpAddr, SocketAddr};
use tokio::{
    net::TcpListener,
    sync::{oneshot, watch},
};
use tongxin_core::{App, Config};

/// A bound, ready-to-serve API node.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    app: App,
    drain: Drain,
}

/// Connections the kernel queues for accepting. The default (128) overflows when thousands of
/// clients reconnect at once after a restart, and each overflow costs its client a SYN resend
/// (1 s, then 3 s); the kernel caps the figure at `net.core.somaxconn`.
const LISTEN_BACKLOG: u32 = 4096;

/// Binds `addr` (`host:port`) with [`LISTEN_BACKLOG`].
async fn listen(addr: &str) -> anyhow::Result<TcpListener> {
    let mut last = None;
    for resolved in tokio::net::lookup_host(addr).await? {
        let socket = if resolved.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        socket.set_reuseaddr(true)?;
        match socket
            .bind(resolved)
            .and_then(|()| socket.listen(LISTEN_BACKLOG))
        {
            Ok(listener) => return Ok(listener),
            Err(e) => last = Some(e),
        }
    }
    Err(last.map_or_else(
        || anyhow::anyhow!("{addr} resolves to no address"),
        anyhow::Error::from,
    ))
}

impl Application {
    /// Connects, checks the runtime role and binds the listener (port 0 picks a free one).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let addr = format!("{}:{}", config.http.host, config.http.port);
        let trusted_proxies: Vec<IpAddr> = config
            .http
            .trusted_proxies
            .iter()
            .filter_map(|p| p.parse().ok())
            .collect();
        let schema = graphql::build(&config.graphql, config.is_prod());
        let introspection = graphql::build_introspection(&config.graphql);
        let limiter = edge::ratelimit::AddrLimiter::new(config.auth.per_address_per_minute);
        let app = App::connect(config).await?;
        let drain = Drain::default();
        let router = http::router(http::AppState {
            app: app.clone(),
            schema,
            introspection,
            limiter,
            trusted_proxies,
            drain: drain.clone(),
        })
        .layer(axum::middleware::from_fn_with_state(
            drain.clone(),
            drain::close_connections,
        ));
        let listener = listen(&addr).await?;
        http::prometheus();
        Ok(Self {
            listener,
            router,
            app,
            drain,
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// The services of this node.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// Serves until `shutdown` completes, then drains and stops (see [`drain`]): readiness
    /// fails and WebSockets close with 1001 at once, the listener closes after
    /// `http.shutdown_drain_ms`, and in-flight requests get `http.shutdown_grace_ms` to finish.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let Self {
            listener,
            router,
            app,
            drain,
        } = self;
        let (drain_for, grace) = (
            app.config.http_shutdown_drain(),
            app.config.http_shutdown_grace(),
        );
        let (stop, stop_rx) = watch::channel(false);
        let (closed_tx, closed) = oneshot::channel();
        let (stopping, mut stopping_rx) = watch::channel(false);
        let listener = drain::Closing::new(listener, stop_rx, closed_tx).tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        let sequence = {
            let drain = drain.clone();
            async move {
                shutdown.await;
                tracing::info!(
                    drain_ms = drain_for.as_millis() as u64,
                    grace_ms = grace.as_millis() as u64,
                    sockets = drain.open_sockets(),
                    "stop requested: draining"
                );
                drain.start();
                tokio::time::sleep(drain_for).await;
                stop.send_replace(true);
                stopping.send_replace(true);
                let _ = closed.await;
                tracing::info!("listener closed; finishing in-flight requests");
                tokio::time::sleep(drain::IDLE_LINGER.min(grace)).await;
            }
        };
        let serve = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(sequence);
        let finished = async {
            serve.await?;
            drain.sockets_closed().await;
            Ok::<(), std::io::Error>(())
        };
        let graced = async {
            if stopping_rx.wait_for(|s| *s).await.is_err() {
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            r = finished => {
                tracing::info!("drained; stopping");
                r
            }
            () = graced => {
                tracing::warn!(
                    sockets = drain.open_sockets(),
                    "the shutdown grace period is over; stopping with work in flight"
                );
                Ok(())
            }
        }
    }
}
