#!/usr/bin/env bash
# `make bench`: provisions private PostgreSQL (and Redis), builds the harness in release mode
# and prints the API benchmark as Markdown. Loopback only; about a minute of load.
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
cargo build --release -p tongxin-tests --bin bench_api
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr)"
echo "command: make bench (target/release/bench_api ${BENCH_ARGS:-})"
# shellcheck disable=SC2086
target/release/bench_api ${BENCH_ARGS:-}
