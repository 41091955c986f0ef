//! Wrong receipt codes per client address: after [`MAX_FAILURES`] in [`WINDOW`], the address
//! is refused until the window ends (each node counts its own).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong codes an address may try per window.
pub const MAX_FAILURES: u32 = 10;
/// The window.
pub const WINDOW: Duration = Duration::from_secs(600);
/// Addresses remembered before the oldest windows are dropped.
const MAX_ADDRESSES: usize = 100_000;

/// Counts wrong receipt codes per address.
#[derive(Debug, Default)]
pub struct ReceiptGuard {
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

impl ReceiptGuard {
    /// Whether the address may try now.
    pub fn allows(&self, addr: &str, now: Instant) -> bool {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        match map.get(addr) {
            Some((start, n)) => now.duration_since(*start) >= WINDOW || *n < MAX_FAILURES,
            None => true,
        }
    }

    /// Counts a wrong code from the address.
    pub fn failed(&self, addr: &str, now: Instant) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_ADDRESSES {
            map.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = map.entry(addr.to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_refused_after_ten_wrong_codes_until_the_window_ends() {
        let guard = ReceiptGuard::default();
        let t0 = Instant::now();
        for _ in 0..MAX_FAILURES {
            assert!(guard.allows("10.0.0.1", t0));
            guard.failed("10.0.0.1", t0);
        }
        assert!(!guard.allows("10.0.0.1", t0));
        assert!(guard.allows("10.0.0.2", t0));
        assert!(guard.allows("10.0.0.1", t0 + WINDOW));
        guard.failed("10.0.0.1", t0 + WINDOW);
        assert!(guard.allows("10.0.0.1", t0 + WINDOW));
    }
}
