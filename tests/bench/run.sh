#!/usr/bin/env bash
# `make bench`: provisions private PostgreSQL, builds the harnesses in release mode and prints
# the API and job benchmarks as Markdown. Loopback only; a few minutes of load.
# BENCH=api or BENCH=jobs runs one of them; BENCH_ARGS / JOBS_ARGS pass flags through.
set -euo pipefail
cd "$(dirname "$0")/../.."
TMP="$(mktemp -d /tmp/tongxin-bench.XXXXXX)"
chmod 755 "$TMP"
cleanup() { bash scripts/pg.sh stop "$TMP/pg" >/dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT
if [ -z "${TONGXIN_DATABASE__URL:-}" ]; then
  set -a
  # shellcheck disable=SC1090
  . <(bash scripts/pg.sh start "$TMP/pg")
  set +a
fi
export TONGXIN_DATA_DIR="$TMP/data" RUST_LOG=warn
cargo build --release -p tongxin-tests --bin bench_api --bin bench_jobs
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
if [ "${BENCH:-all}" != jobs ]; then
  echo "command: make bench (target/release/bench_api ${BENCH_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_api ${BENCH_ARGS:-}
fi
if [ "${BENCH:-all}" != api ]; then
  echo
  echo "command: make bench (target/release/bench_jobs ${JOBS_ARGS:-})"
  # shellcheck disable=SC2086
  target/release/bench_jobs ${JOBS_ARGS:-}
fi
