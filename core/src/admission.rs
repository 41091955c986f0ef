//! Admission control for bursts of work that would otherwise fight over the database: at most
//! `concurrency` run at once, at most `queue` wait their turn (each for at most `wait`), and the
//! rest are refused at once with [`AppError::Unavailable`], which clients retry with back-off.
//! Subscription set-up uses it, so that thousands of sockets reconnecting after a restart queue
//! up instead of starving requests of connections or failing with pool time-outs.

use crate::{AppError, AppResult};
use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A gate with a bounded queue. Cheap to clone; clones share the gate.
#[derive(Clone)]
pub struct Admission {
    permits: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    queue: usize,
    wait: Duration,
    name: &'static str,
}

/// The right to run, held until dropped.
pub struct Admitted(#[allow(dead_code)] OwnedSemaphorePermit);

/// Takes one off the waiting count when a waiter leaves, however it leaves.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Admission {
    /// A gate letting `concurrency` in at once, with `queue` places to wait up to `wait` each.
    pub fn new(name: &'static str, concurrency: usize, queue: usize, wait: Duration) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            waiting: Arc::default(),
            queue,
            wait,
            name,
        }
    }

    /// Waits for a turn; refused with `UNAVAILABLE` when the queue is full or the wait is over.
    pub async fn enter(&self) -> AppResult<Admitted> {
        if let Ok(permit) = self.permits.clone().try_acquire_owned() {
            return Ok(Admitted(permit));
        }
        let before = self.waiting.fetch_add(1, Ordering::SeqCst);
        let _waiting = Waiting(&self.waiting);
        if before >= self.queue {
            metrics::counter!("tongxin_admission_refused_total", "gate" => self.name, "why" => "queue_full")
                .increment(1);
            return Err(AppError::Unavailable);
        }
        match tokio::time::timeout(self.wait, self.permits.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(Admitted(permit)),
            _ => {
                metrics::counter!("tongxin_admission_refused_total", "gate" => self.name, "why" => "waited_too_long")
                    .increment(1);
                Err(AppError::Unavailable)
            }
        }
    }

    /// How many are waiting now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn no_more_than_the_concurrency_run_at_once_under_parallel_entries() {
        // Arrange
        let gate = Admission::new("test", 3, 100, Duration::from_secs(5));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));

        // Act
        let tasks: Vec<_> = (0..40)
            .map(|_| {
                let (gate, running, most) = (gate.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    let _turn = gate.enter().await.expect("admitted");
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    tokio::task::yield_now().await;
                    tokio::time::sleep(Duration::from_millis(2)).await;
                    running.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect();
        for t in tasks {
            t.await.expect("task");
        }

        // Assert
        assert_eq!(most.load(Ordering::SeqCst), 3);
        assert_eq!(gate.waiting(), 0);
    }

    #[tokio::test]
    async fn an_entry_past_a_full_queue_is_refused_as_unavailable_at_once() {
        // Arrange
        let gate = Admission::new("test", 1, 1, Duration::from_secs(5));
        let _running = gate.enter().await.expect("first runs");
        let queued = {
            let gate = gate.clone();
            tokio::spawn(async move { gate.enter().await.map(|_| ()) })
        };
        while gate.waiting() < 1 {
            tokio::task::yield_now().await;
        }

        // Act
        let refused = gate.enter().await;

        // Assert
        assert!(matches!(refused, Err(AppError::Unavailable)));
        queued.abort();
    }

    #[tokio::test]
    async fn a_waiter_whose_turn_does_not_come_in_time_is_refused_and_leaves_the_queue() {
        // Arrange
        let gate = Admission::new("test", 1, 10, Duration::from_millis(30));
        let _running = gate.enter().await.expect("first runs");

        // Act
        let late = gate.enter().await;

        // Assert
        assert!(matches!(late, Err(AppError::Unavailable)));
        assert_eq!(gate.waiting(), 0);
    }
}
