//! HTTP load: closed loops at rising concurrency (throughput at a latency bound) and an open
//! loop at a fixed rate (latency counted from each request's scheduled start).

use crate::stats::pct_ms;
use std::{
    rc::Rc,
    time::{Duration, Instant},
};

/// One request shape against one server: the requests rotate over `requests` (one per
/// tenant), so every tenant is read and no single plan or cache line is favoured.
#[derive(Clone)]
pub struct Target {
    pub client: reqwest::Client,
    pub url: String,
    /// (Authorization header, JSON body) pairs.
    pub requests: Rc<Vec<(String, String)>>,
    /// A text every good answer holds (an error answer has `"errors"` and lacks it).
    pub expect: &'static str,
}

impl Target {
    /// The answer to the first request, to show when a target answers wrongly.
    pub async fn probe(&self) -> String {
        match self.send(0).await {
            Ok(r) => r.text().await.unwrap_or_default(),
            Err(e) => e.to_string(),
        }
    }

    /// Sends request `i` (rotating over the prepared ones).
    async fn send(&self, i: usize) -> reqwest::Result<reqwest::Response> {
        let (auth, body) = &self.requests[i % self.requests.len()];
        self.client
            .post(&self.url)
            .header("authorization", auth)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
    }

    async fn once(&self, i: usize) -> bool {
        match self.send(i).await {
            Ok(r) if r.status().is_success() => {
                let bytes = r.bytes().await.unwrap_or_default();
                let text = String::from_utf8_lossy(&bytes);
                !text.contains("\"errors\"") && text.contains(self.expect)
            }
            _ => false,
        }
    }
}

/// What one run measured.
#[derive(Default, Clone)]
pub struct Run {
    pub requests: usize,
    pub errors: usize,
    pub seconds: f64,
    /// Sorted latencies in µs.
    pub latencies: Vec<u64>,
}

impl Run {
    pub fn rps(&self) -> f64 {
        (self.requests - self.errors) as f64 / self.seconds
    }
    pub fn p99(&self) -> f64 {
        pct_ms(&self.latencies, 0.99)
    }
    pub fn p50(&self) -> f64 {
        pct_ms(&self.latencies, 0.5)
    }
}

fn finish(mut latencies: Vec<u64>, errors: usize, started: Instant) -> Run {
    latencies.sort_unstable();
    Run {
        requests: latencies.len(),
        errors,
        seconds: started.elapsed().as_secs_f64(),
        latencies,
    }
}

/// `concurrency` clients, each sending its next request when the last is answered.
pub async fn closed_loop(t: &Target, concurrency: usize, seconds: f64) -> Run {
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for c in 0..concurrency {
        let t = t.clone();
        tasks.push(tokio::task::spawn_local(async move {
            let (mut lat, mut errors, mut i) = (Vec::new(), 0, c);
            while Instant::now() < deadline {
                let s = Instant::now();
                if !t.once(i).await {
                    errors += 1;
                }
                lat.push(s.elapsed().as_micros() as u64);
                i += concurrency;
            }
            (lat, errors)
        }));
    }
    let (mut all, mut errors) = (Vec::new(), 0);
    for task in tasks {
        let (lat, e) = task.await.unwrap_or_default();
        all.extend(lat);
        errors += e;
    }
    finish(all, errors, started)
}

/// Requests start every 1/rate s whether or not earlier ones are answered (at most 1,024 in
/// flight: past that the server is long past its bound and the run fails anyway).
pub async fn open_loop(t: &Target, rate: u64, seconds: f64) -> Run {
    let total = (rate as f64 * seconds) as usize;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let started = Instant::now();
    let limit = Rc::new(tokio::sync::Semaphore::new(1024));
    let mut tasks = Vec::with_capacity(total);
    for i in 0..total {
        let scheduled = started + interval * i as u32;
        tokio::time::sleep_until(scheduled.into()).await;
        let (t, limit) = (t.clone(), limit.clone());
        tasks.push(tokio::task::spawn_local(async move {
            let _permit = limit.acquire().await;
            let ok = t.once(i).await;
            (scheduled.elapsed().as_micros() as u64, ok)
        }));
    }
    let (mut all, mut errors) = (Vec::with_capacity(total), 0);
    for task in tasks {
        let (lat, ok) = task.await.unwrap_or((0, false));
        all.push(lat);
        errors += usize::from(!ok);
    }
    finish(all, errors, started)
}

/// The best throughput whose p99 stays within `bound_ms`, trying rising concurrency and
/// stopping at the first level past the bound. Returns (that run, its concurrency, every
/// run's errors and requests).
pub async fn throughput_at_bound(
    t: &Target,
    levels: &[usize],
    seconds: f64,
    bound_ms: f64,
) -> (Run, usize, (usize, usize)) {
    let (mut best, mut at) = (Run::default(), 0);
    let mut tally = (0, 0);
    for &c in levels {
        let run = closed_loop(t, c, seconds).await;
        tally.0 += run.errors;
        tally.1 += run.requests;
        if run.p99() > bound_ms {
            break;
        }
        if best.requests == 0 || run.rps() > best.rps() {
            (best, at) = (run, c);
        }
    }
    (best, at, tally)
}
