// graphile-worker peer of tests/src/bin/bench_jobs.rs: no-op job throughput and pick-up latency
// at a fixed enqueue rate. Prints one JSON line on stdout; everything else goes to stderr.
// Env: DATABASE_URL = a database of its own, owner role (graphile_worker makes its own schema).
// Args: --jobs N --rate R --seconds S --concurrency C --poll-ms P
'use strict';
const { EventEmitter } = require('node:events');
const { performance } = require('node:perf_hooks');
const { Pool } = require('pg');
const { run, runMigrations, Logger } = require('graphile-worker');

// graphile-worker formats an info line per completed job; production setups turn that off.
process.env.NO_LOG_SUCCESS = '1';

function args() {
  const opts = { jobs: 2000, rate: 500, seconds: 10, concurrency: 16, 'poll-ms': 250 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in opts) || !(Number(argv[i + 1]) > 0)) {
      console.error(`usage: worker.js [--jobs N] [--rate R] [--seconds S] [--concurrency C] [--poll-ms P]`);
      process.exit(2);
    }
    opts[name] = Number(argv[i + 1]);
  }
  return opts;
}

const opts = args();
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}

// Warnings and errors to stderr; stdout stays the one JSON line.
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[graphile-worker] ${level}: ${message}`);
});
// Wall-clock ms with sub-ms resolution, comparable between the enqueuer and the task.
const nowMs = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The pick-up task records how long after its scheduled enqueue time it started.
const latencies = [];
const taskList = {
  noop: async () => {},
  pickup: async ({ t }) => {
    latencies.push(nowMs() - t);
  },
};
// Passed to run() so no event is missed while the runner starts.
const events = new EventEmitter();

function runner() {
  return run({
    connectionString,
    concurrency: opts.concurrency,
    maxPoolSize: opts.concurrency + 2, // one connection per concurrent job, plus LISTEN and spare
    pollInterval: opts['poll-ms'],
    noHandleSignals: true,
    taskList,
    logger,
    events,
  });
}

async function main() {
  const pool = new Pool({ connectionString, max: 8 }); // the enqueuer's own pool (8, as bench_jobs.rs)
  await runMigrations({ connectionString, logger });
  await pool.query('delete from graphile_worker._private_jobs');
  await pool.query('delete from graphile_worker._private_job_queues');

  // (a) Throughput: N jobs queued in one statement before the runner starts.
  const n = opts.jobs;
  await pool.query(`select graphile_worker.add_job('noop', json_build_object('i', i)) from generate_series(1, $1) i`, [n]);
  let done = 0;
  let allDone;
  const finished = new Promise((r) => (allDone = r));
  // job:complete fires after the completion is written, i.e. the job has left the queue.
  events.on('job:complete', ({ job }) => {
    if (job.task_identifier === 'noop' && ++done === n) allDone();
  });
  const t0 = performance.now();
  const r1 = await runner();
  await finished;
  const noopSeconds = (performance.now() - t0) / 1000;
  await r1.stop();
  console.error(`noop: ${n} jobs in ${noopSeconds.toFixed(3)} s`);

  // (b) Pick-up latency: open loop at R jobs/s for S seconds, one job per statement.
  const total = Math.round(opts.rate * opts.seconds);
  const r2 = await runner();
  await sleep(1000); // let the runner settle (connections, LISTEN) as bench_jobs.rs does
  const start = nowMs();
  const interval = 1000 / opts.rate;
  const inserts = [];
  let failed = 0;
  for (let i = 0; i < total; i++) {
    const scheduled = start + i * interval;
    const wait = scheduled - nowMs();
    if (wait > 1) await sleep(wait);
    // Not awaited: a slow insert must not delay the next one (scheduled times, no back-pressure).
    inserts.push(
      pool
        .query(`select graphile_worker.add_job('pickup', json_build_object('t', $1::float8))`, [scheduled])
        .catch((e) => {
          failed++;
          console.error('enqueue failed:', e.message);
        }),
    );
  }
  await Promise.all(inserts);
  const enqueued = total - failed;
  const deadline = nowMs() + 30_000;
  while (latencies.length < enqueued && nowMs() < deadline) await sleep(5);
  await r2.stop();
  await pool.end();

  const sorted = latencies.slice().sort((a, b) => a - b);
  const pct = (p) => (sorted.length ? sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] : null);
  const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
  console.log(
    JSON.stringify({
      noop_jobs: n,
      noop_seconds: Math.round(noopSeconds * 1000) / 1000,
      noop_per_s: Math.round(n / noopSeconds),
      pickup_enqueued: enqueued,
      pickup_picked: latencies.length,
      pickup_p50_ms: round(pct(0.5)),
      pickup_p99_ms: round(pct(0.99)),
      pickup_max_ms: round(sorted[sorted.length - 1]),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
