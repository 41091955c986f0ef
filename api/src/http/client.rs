//! Who is calling: the client address (trusting `X-Forwarded-For` only from configured
//! proxies) and the bearer token or session cookie.

use crate::edge::cookies;
use axum::http::HeaderMap;
use std::net::{IpAddr, SocketAddr};

/// The client address: the peer, or — when the peer is a trusted proxy — the right-most
/// `X-Forwarded-For` entry that is not itself a trusted proxy.
pub fn client_ip(peer: SocketAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> String {
    let peer_ip = peer.ip();
    if !trusted.contains(&peer_ip) {
        return peer_ip.to_string();
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    forwarded
        .iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .copied()
        .unwrap_or(peer_ip)
        .to_string()
}

/// The value of cookie `name`, if sent.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The token from `Authorization: Bearer …` or the session cookie.
pub fn token(headers: &HeaderMap) -> Option<String> {
    if let Some(v) = headers.get("authorization").and_then(|v| v.to_str().ok())
        && let Some(t) = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
    {
        return Some(t.trim().to_string());
    }
    cookie(headers, cookies::SESSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", xff.parse().unwrap());
        h
    }

    #[test]
    fn forwarded_for_is_ignored_from_an_untrusted_peer() {
        let peer: SocketAddr = "203.0.113.9:5000".parse().unwrap();
        assert_eq!(client_ip(peer, &headers("1.2.3.4"), &[]), "203.0.113.9");
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client_behind_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let peer = SocketAddr::new(proxy, 80);
        // A client that spoofs a left-most entry does not get to choose its address.
        assert_eq!(
            client_ip(peer, &headers("6.6.6.6, 198.51.100.7"), &[proxy]),
            "198.51.100.7"
        );
    }

    #[test]
    fn bearer_wins_over_cookie() {
        let mut h = HeaderMap::new();
        h.insert("authorization", "Bearer abc".parse().unwrap());
        h.insert("cookie", "tx_session=def".parse().unwrap());
        assert_eq!(token(&h).as_deref(), Some("abc"));
        h.remove("authorization");
        assert_eq!(token(&h).as_deref(), Some("def"));
    }
}
