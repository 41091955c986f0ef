#!/usr/bin/env bash
# `make bench`: provisions private PostgreSQL, builds the harnesses in release mode and prints
# the API, job, realtime, notice, subscription set-up and grid board benchmarks as Markdown.
# Loopback only; a few minutes of load. BENCH=api, BENCH=jobs, BENCH=ws, BENCH=notice,
# BENCH=setup, BENCH=grid, BENCH=contest, BENCH=rankings, BENCH=dashboard or BENCH=peers runs one of them; BENCH_ARGS / JOBS_ARGS / WS_ARGS /
# NOTICE_ARGS / SETUP_ARGS / GRID_ARGS / CONTEST_ARGS / RANKINGS_ARGS / DASHBOARD_ARGS / PEERS_ARGS pass flags through. BENCH=peers installs the pinned Node peers (tests/bench/peers) from the npm
# registry first.
set -euo pipefail
cd "$(dirname "$0")/../.."
TMP="$(mktemp -d /tmp/tongxin-bench.XXXXXX)"
chmod 755 "$TMP"
cleanup() {
  bash scripts/redis.sh stop "$TMP/redis" >/dev/null 2>&1 || true
  bash scripts/pg.sh stop "$TMP/pg" >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
if [ -z "${TONGXIN_DATABASE__URL:-}" ]; then
  set -a
  # shellcheck disable=SC1090
  . <(bash scripts/pg.sh start "$TMP/pg")
  set +a
fi
if [ -z "${TONGXIN_REDIS__URL:-}" ]; then
  set -a
  # shellcheck disable=SC1090
  . <(bash scripts/redis.sh start "$TMP/redis")
  set +a
fi
export TONGXIN_DATA_DIR="$TMP/data" RUST_LOG=warn
cargo build --release -p tongxin-api -p tongxin-tests --bin tongxin-api --bin bench_api --bin bench_jobs --bin bench_ws \
  --bin bench_notice --bin bench_setup --bin bench_grid --bin bench_contest --bin bench_rankings --bin bench_dashboard --bin bench_peers
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = api ]; then
  echo "command: make bench (target/release/bench_api ${BENCH_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_api ${BENCH_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = jobs ]; then
  echo
  echo "command: make bench (target/release/bench_jobs ${JOBS_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_jobs ${JOBS_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = ws ]; then
  echo
  echo "command: make bench (target/release/bench_ws ${WS_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_ws ${WS_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = notice ]; then
  echo
  echo "command: make bench (target/release/bench_notice ${NOTICE_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_notice ${NOTICE_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = setup ]; then
  echo
  # One socket per member on each side (the node inherits the limit): more than the default.
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  echo "command: make bench (target/release/bench_setup ${SETUP_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_setup ${SETUP_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = grid ]; then
  echo
  echo "command: make bench (target/release/bench_grid ${GRID_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_grid ${GRID_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = contest ]; then
  echo
  # A thousand participants' sockets on each side: more than the default limit.
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  echo "command: make bench (target/release/bench_contest ${CONTEST_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_contest ${CONTEST_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = rankings ]; then
  echo
  echo "command: make bench (target/release/bench_rankings ${RANKINGS_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_rankings ${RANKINGS_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = dashboard ]; then
  echo
  echo "command: make bench (target/release/bench_dashboard ${DASHBOARD_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_dashboard ${DASHBOARD_ARGS:-}
fi
if [ "${BENCH:-all}" = all ] || [ "${BENCH:-all}" = peers ]; then
  echo
  (cd tests/bench/peers && npm ci --no-audit --no-fund --loglevel=error)
  # The load generator and the servers pin themselves (taskset); more sockets than the default.
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  echo "command: make bench (target/release/bench_peers ${PEERS_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_peers ${PEERS_ARGS:-}
  if [ -z "${PEERS_SKIP_UNPINNED:-}" ]; then
    echo
    echo "command: make bench (target/release/bench_peers ${PEERS_ARGS:-} --unpinned --only http --rounds 3)"
    # shellcheck disable=SC2086
    target/release/bench_peers ${PEERS_ARGS:-} --unpinned --only http --rounds 3
  fi
fi
