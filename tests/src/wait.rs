//! Waiting for a condition instead of sleeping a fixed time: a test that polls is as fast as
//! the system under test and fails with a message naming what never happened.

use std::fmt::Display;
use std::future::Future;
use std::time::{Duration, Instant};

/// How often a condition is polled: short enough not to slow tests down, long enough not to
/// flood a node that is shared by many tests.
pub const POLL: Duration = Duration::from_millis(50);

/// Polls `check` every [`POLL`] until it yields `Some`, and returns that value; panics naming
/// `what` if `timeout` passes first. The condition is always checked at least once, and once
/// more after the deadline, so a slow last poll is not mistaken for a timeout.
pub async fn wait_for<T, F, Fut>(timeout: Duration, what: impl Display, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        let past_deadline = Instant::now() >= deadline;
        if let Some(v) = check().await {
            return v;
        }
        if past_deadline {
            panic!("timed out after {timeout:?} waiting for {what}");
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Polls `check` every [`POLL`] until it is true; panics naming `what` if `timeout` passes
/// first.
///
/// ```ignore
/// wait_until(Duration::from_secs(15), "the invitation email", || async {
///     !mail::containing(&email).is_empty()
/// })
/// .await;
/// ```
pub async fn wait_until<F, Fut>(timeout: Duration, what: impl Display, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    wait_for(timeout, what, || {
        let fut = check();
        async move { fut.await.then_some(()) }
    })
    .await
}
