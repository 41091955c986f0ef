//! Tongxin API: axum + async-graphql transport over `tongxin-core`.

pub mod edge;
pub mod graphql;
pub mod http;

use std::net::{IpAddr, SocketAddr};
use tokio::net::TcpListener;
use tongxin_core::{App, Config};

/// A bound, ready-to-serve API node.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    app: App,
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
        let router = http::router(http::AppState {
            app: app.clone(),
            schema,
            introspection,
            limiter,
            trusted_proxies,
        });
        let listener = listen(&addr).await?;
        http::prometheus();
        Ok(Self {
            listener,
            router,
            app,
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

    /// Serves until the future completes.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    }
}
