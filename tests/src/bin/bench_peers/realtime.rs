//! Realtime, Tongxin beside graphql-yoga: one message to every member of the fan-out group
//! (and the idle memory those connections hold), many groups talking at a steady rate, and a
//! subscriber on one node receiving what was sent on another through Redis. Every subscriber
//! is a real graphql-transport-ws connection with its own credential, on a fresh server.

use crate::{
    Args,
    accounts::Setup,
    fanout::{self, Seen, Subscribe},
    servers::{Server, System},
    stats::{Spread, pct_ms, ratios},
};
use serde_json::{Value, json};
use std::{
    collections::HashMap,
    time::{Duration, Instant},
};
use tongxin_api::graphql::ids::{NodeType, encode};
use uuid::Uuid;

const SYSTEMS: [System; 2] = [System::Tongxin, System::Yoga];
// Without `afterSeq` a Tongxin subscription first replays the whole history, as a client
// that has seen nothing needs; clients pass the last seq they hold, and so does this one.
const TONGXIN_SUBSCRIBE: &str = "subscription Live($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq body } }";
const TONGXIN_SEND: &str = "mutation Send($c: ID!, $b: String!, $k: String!) { sendMessage(input: { conversationId: $c, body: $b, clientMessageId: $k }) { message { seq } } }";

/// How one system is spoken to.
struct Speaker<'a> {
    setup: &'a Setup,
    system: System,
}

impl Speaker<'_> {
    fn conv(&self, id: Uuid) -> String {
        match self.system {
            System::Tongxin => encode(NodeType::Conversation, id).0,
            _ => id.to_string(),
        }
    }

    /// The subscription to `group` (Tongxin's resumes after the group's newest message).
    async fn subscription(&self, server: &Server, group: Uuid) -> anyhow::Result<Subscribe> {
        Ok(match self.system {
            System::Tongxin => Subscribe {
                url: server.ws_url(),
                query: TONGXIN_SUBSCRIBE.to_string(),
                variables: json!({ "c": self.conv(group), "a": self.last_seq(group).await? }),
            },
            _ => Subscribe {
                url: server.ws_url(),
                query: self.setup.queries.yoga_subscribe.clone(),
                variables: json!({ "c": self.conv(group) }),
            },
        })
    }

    /// The `connection_init` payload of fan-out member `i`.
    fn init(&self, i: usize) -> Value {
        let (session, jwt) = &self.setup.fanout[i];
        match self.system {
            System::Tongxin => json!({ "token": session }),
            _ => json!({ "authorization": format!("Bearer {jwt}") }),
        }
    }

    /// The admin's Authorization header and the send mutation.
    fn sender(&self) -> (String, String) {
        let (session, jwt) = &self.setup.admins[0];
        match self.system {
            System::Tongxin => (format!("Bearer {session}"), TONGXIN_SEND.to_string()),
            _ => (
                format!("Bearer {jwt}"),
                self.setup.queries.yoga_send.clone(),
            ),
        }
    }

    async fn last_seq(&self, group: Uuid) -> anyhow::Result<i64> {
        crate::dataset::last_seq(
            &crate::env("TONGXIN_DATABASE__URL")?,
            self.setup.data.tenants[0].id,
            group,
        )
        .await
    }

    /// Sends one timed message to `group` through `server`, as tenant 0's admin; the
    /// future owns what it needs, so many can be in flight.
    fn send(&self, server: &Server, group: Uuid) -> impl Future<Output = bool> + 'static {
        let (auth, query) = self.sender();
        let (http, url, conv) = (self.setup.http.clone(), server.url(), self.conv(group));
        async move {
            fanout::send(
                &http,
                &url,
                &auth,
                &query,
                move |b, k| json!({ "c": conv, "b": b, "k": k }),
            )
            .await
        }
    }
}

/// Opens one subscriber per (group, fan-out member index) and waits until all subscribed.
async fn subscribe_all(
    sp: &Speaker<'_>,
    server: &Server,
    wanted: &[(Uuid, usize)],
) -> anyhow::Result<std::rc::Rc<Seen>> {
    let mut per_group: HashMap<Uuid, Subscribe> = HashMap::new();
    let mut subs = Vec::with_capacity(wanted.len());
    for &(group, i) in wanted {
        if let std::collections::hash_map::Entry::Vacant(e) = per_group.entry(group) {
            e.insert(sp.subscription(server, group).await?);
        }
        subs.push((per_group[&group].clone(), sp.init(i)));
    }
    let seen = fanout::open(subs).await;
    anyhow::ensure!(
        seen.ready.get() == wanted.len(),
        "{}: only {} of {} subscribed",
        sp.system.label(),
        seen.ready.get(),
        wanted.len()
    );
    Ok(seen)
}

/// A message to each group; waits until all `expected` deliveries arrived, so that every
/// subscription is live before anything is timed.
async fn warm_up(
    sp: &Speaker<'_>,
    server: &Server,
    groups: &[Uuid],
    seen: &Seen,
    expected: usize,
) -> anyhow::Result<()> {
    for &g in groups {
        anyhow::ensure!(
            sp.send(server, g).await,
            "{}: the warm-up send failed",
            sp.system.label()
        );
    }
    fanout::wait_for(seen, expected, Duration::from_secs(90)).await;
    let got = seen.take().len();
    anyhow::ensure!(
        got == expected,
        "{}: the warm-up reached {got} of {expected}",
        sp.system.label()
    );
    Ok(())
}

async fn close_all(seen: &Seen, n: usize) {
    seen.stop();
    let started = Instant::now();
    while seen.closed.get() < n && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Let the closed sockets' ports and the server's core settle before the next run.
    tokio::time::sleep(Duration::from_secs(2)).await;
}

/// One round's fan-out figures for one system.
#[derive(Default, Clone)]
struct Fanout {
    kib_per_conn: f64,
    p50: f64,
    p99: f64,
    last: f64,
    lost: f64,
}

async fn fanout_round(args: &Args, setup: &Setup, system: System) -> anyhow::Result<Fanout> {
    let sp = Speaker { setup, system };
    let server = Server::start(system, &setup.place, &setup.env, false).await?;
    let group = setup.data.fanout_group;
    let wanted: Vec<(Uuid, usize)> = (0..setup.fanout.len()).map(|i| (group, i)).collect();
    let n = wanted.len();
    // Before: the server has started and answered; its heap is what an idle node holds.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = tongxin_tests::procfs::rss_kib(server.pid());
    let seen = subscribe_all(&sp, &server, &wanted).await?;
    warm_up(&sp, &server, &[group], &seen, n).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle = tongxin_tests::procfs::rss_kib(server.pid());
    let mut per_message = Vec::new();
    for _ in 0..args.fanout_messages {
        sp.send(&server, group).await;
        fanout::wait_for(&seen, n, Duration::from_secs(30)).await;
        let lat = seen.take();
        per_message.push(Fanout {
            kib_per_conn: 0.0,
            p50: pct_ms(&lat, 0.5),
            p99: pct_ms(&lat, 0.99),
            last: pct_ms(&lat, 1.0),
            lost: n.saturating_sub(lat.len()) as f64,
        });
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    close_all(&seen, n).await;
    let med = |pick: fn(&Fanout) -> f64| {
        Spread::of(&per_message.iter().map(pick).collect::<Vec<_>>()).median
    };
    let f = Fanout {
        kib_per_conn: idle.saturating_sub(before) as f64 / n as f64,
        p50: med(|x| x.p50),
        p99: med(|x| x.p99),
        last: med(|x| x.last),
        lost: per_message.iter().map(|x| x.lost).sum(),
    };
    eprintln!(
        "fan-out {}: {:.1} KiB/conn; p50 {:.1} p99 {:.1} last {:.1} ms; lost {}",
        system.label(),
        f.kib_per_conn,
        f.p50,
        f.p99,
        f.last,
        f.lost
    );
    Ok(f)
}

/// One round's steady-rate figures for one system.
#[derive(Default, Clone)]
struct Steady {
    p50: f64,
    p99: f64,
    delivered: f64,
    expected: f64,
}

async fn steady_round(args: &Args, setup: &Setup, system: System) -> anyhow::Result<Steady> {
    let sp = Speaker { setup, system };
    let server = Server::start(system, &setup.place, &setup.env, false).await?;
    let index: HashMap<Uuid, usize> = setup.data.fanout_members[..setup.fanout.len()]
        .iter()
        .enumerate()
        .map(|(i, m)| (*m, i))
        .collect();
    let mut wanted = Vec::new();
    let mut sizes = Vec::new();
    for (g, members) in &setup.data.steady_groups {
        let mine: Vec<usize> = members
            .iter()
            .filter_map(|m| index.get(m).copied())
            .collect();
        sizes.push((*g, mine.len()));
        wanted.extend(mine.into_iter().map(|i| (*g, i)));
    }
    let groups: Vec<Uuid> = sizes.iter().map(|(g, _)| *g).collect();
    let seen = subscribe_all(&sp, &server, &wanted).await?;
    warm_up(&sp, &server, &groups, &seen, wanted.len()).await?;
    // Open loop: a message every 1/rate s, round robin over the groups.
    let total = (args.steady_rate as f64 * args.steady_seconds) as usize;
    let interval = Duration::from_secs_f64(1.0 / args.steady_rate as f64);
    let started = Instant::now();
    let mut expected = 0;
    let mut sends = Vec::with_capacity(total);
    for k in 0..total {
        tokio::time::sleep_until((started + interval * k as u32).into()).await;
        let (g, size) = sizes[k % sizes.len()];
        expected += size;
        sends.push(tokio::task::spawn_local(sp.send(&server, g)));
    }
    for s in sends {
        let _ = s.await;
    }
    fanout::wait_for(&seen, expected, Duration::from_secs(15)).await;
    let lat = seen.take();
    close_all(&seen, wanted.len()).await;
    let s = Steady {
        p50: pct_ms(&lat, 0.5),
        p99: pct_ms(&lat, 0.99),
        delivered: lat.len() as f64,
        expected: expected as f64,
    };
    eprintln!(
        "steady {}: {} of {} delivered; p50 {:.1} p99 {:.1} ms",
        system.label(),
        s.delivered,
        s.expected,
        s.p50,
        s.p99
    );
    Ok(s)
}

/// One round's cross-node figures for one system: p99 sent on the subscribers' node, and sent
/// on the other node.
#[derive(Default, Clone)]
struct Cross {
    same_p50: f64,
    same_p99: f64,
    cross_p50: f64,
    cross_p99: f64,
}

async fn cross_round(args: &Args, setup: &Setup, system: System) -> anyhow::Result<Cross> {
    let sp = Speaker { setup, system };
    let a = Server::start(system, &setup.place, &setup.env, true).await?;
    let b = Server::start(system, &setup.place, &setup.env, true).await?;
    let group = setup.data.fanout_group;
    let n = args.cross.min(setup.fanout.len());
    let wanted: Vec<(Uuid, usize)> = (0..n).map(|i| (group, i)).collect();
    let seen = subscribe_all(&sp, &b, &wanted).await?;
    warm_up(&sp, &a, &[group], &seen, n).await?;
    let timed = |lat: Vec<u64>| (pct_ms(&lat, 0.5), pct_ms(&lat, 0.99));
    let mut same = Vec::new();
    let mut cross = Vec::new();
    for _ in 0..args.cross_messages {
        for (via, out) in [(&b, &mut same), (&a, &mut cross)] {
            sp.send(via, group).await;
            fanout::wait_for(&seen, n, Duration::from_secs(10)).await;
            out.extend(seen.take());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    close_all(&seen, n).await;
    same.sort_unstable();
    cross.sort_unstable();
    let (same_p50, same_p99) = timed(same);
    let (cross_p50, cross_p99) = timed(cross);
    eprintln!(
        "cross-node {}: same node p50 {same_p50:.1} p99 {same_p99:.1}; through Redis p50 {cross_p50:.1} p99 {cross_p99:.1} ms",
        system.label()
    );
    Ok(Cross {
        same_p50,
        same_p99,
        cross_p50,
        cross_p99,
    })
}

fn spread<T>(rows: &[T], pick: fn(&T) -> f64) -> Spread {
    Spread::of(&rows.iter().map(pick).collect::<Vec<_>>())
}

fn col<T>(rows: &[T], pick: fn(&T) -> f64) -> Vec<f64> {
    rows.iter().map(pick).collect()
}

/// Runs the rounds (systems interleaved) and prints the tables.
pub async fn run(args: &Args, setup: &Setup) -> anyhow::Result<()> {
    let mut fan: [Vec<Fanout>; 2] = Default::default();
    let mut steady: [Vec<Steady>; 2] = Default::default();
    let mut cross: [Vec<Cross>; 2] = Default::default();
    let redis = setup.env.redis_url.is_some();
    for round in 0..args.rounds {
        for k in 0..SYSTEMS.len() {
            let si = (round + k) % SYSTEMS.len();
            fan[si].push(fanout_round(args, setup, SYSTEMS[si]).await?);
            steady[si].push(steady_round(args, setup, SYSTEMS[si]).await?);
            if redis {
                cross[si].push(cross_round(args, setup, SYSTEMS[si]).await?);
            }
        }
    }
    let n = setup.fanout.len();
    println!("\n#### Fan-out to {n} subscribers, idle memory\n");
    println!(
        "| system | idle memory per subscribed connection (KiB) | one message to {n}: p50 / p99 / last delivery (ms) | lost |"
    );
    println!("|---|---|---|---|");
    for (si, sys) in SYSTEMS.into_iter().enumerate() {
        let f = &fan[si];
        println!(
            "| {} | {} | {} / {} / {} | {:.0} |",
            sys.label(),
            spread(f, |x| x.kib_per_conn).show(1),
            spread(f, |x| x.p50).show(1),
            spread(f, |x| x.p99).show(1),
            spread(f, |x| x.last).show(1),
            f.iter().map(|x| x.lost).sum::<f64>()
        );
    }
    let groups = setup.data.steady_groups.len();
    println!(
        "\n#### {groups} groups × {} subscribers, {} messages/s for {} s\n",
        n / groups.max(1),
        args.steady_rate,
        args.steady_seconds
    );
    println!("| system | p50 / p99 ms | delivered / expected |");
    println!("|---|---|---|");
    for (si, sys) in SYSTEMS.into_iter().enumerate() {
        let s = &steady[si];
        println!(
            "| {} | {} / {} | {:.0} / {:.0} |",
            sys.label(),
            spread(s, |x| x.p50).show(1),
            spread(s, |x| x.p99).show(1),
            s.iter().map(|x| x.delivered).sum::<f64>(),
            s.iter().map(|x| x.expected).sum::<f64>()
        );
    }
    if redis {
        println!(
            "\n#### Two nodes through Redis: {} subscribers on node B\n",
            args.cross.min(n)
        );
        println!("| system | sent on B: p50 / p99 ms | sent on A: p50 / p99 ms |");
        println!("|---|---|---|");
        for (si, sys) in SYSTEMS.into_iter().enumerate() {
            let c = &cross[si];
            println!(
                "| {} | {} / {} | {} / {} |",
                sys.label(),
                spread(c, |x| x.same_p50).show(1),
                spread(c, |x| x.same_p99).show(1),
                spread(c, |x| x.cross_p50).show(1),
                spread(c, |x| x.cross_p99).show(1),
            );
        }
    }
    println!();
    println!("| ratio Tongxin ÷ yoga (per round, median (min–max)) | value |");
    println!("|---|---|");
    println!(
        "| fan-out p99 | {} |",
        ratios(&col(&fan[0], |x| x.p99), &col(&fan[1], |x| x.p99)).show(2)
    );
    println!(
        "| idle memory per connection | {} |",
        ratios(
            &col(&fan[0], |x| x.kib_per_conn),
            &col(&fan[1], |x| x.kib_per_conn)
        )
        .show(2)
    );
    println!(
        "| steady-rate p99 | {} |",
        ratios(&col(&steady[0], |x| x.p99), &col(&steady[1], |x| x.p99)).show(2)
    );
    if redis {
        println!(
            "| cross-node p99 | {} |",
            ratios(
                &col(&cross[0], |x| x.cross_p99),
                &col(&cross[1], |x| x.cross_p99)
            )
            .show(2)
        );
    }
    Ok(())
}
