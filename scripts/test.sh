#!/usr/bin/env bash
# `make test`: private PostgreSQL + Redis in a temp dir, then fmt, build, migrate, clippy, tests, web checks.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="test"
SCRIPTS="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
cd "$(repo_root)"

TMP="$(mktemp -d /tmp/tongxin-test.XXXXXX)"
chmod 755 "$TMP"
started_pg=0
started_redis=0
started_smtp=0
started_s3=0
current_step=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$rc" -ne 0 ] && [ -n "$current_step" ]; then
    log "FAILED at step: $current_step (exit $rc)"
    if [ "$started_pg" = 1 ] && [ -f "$TMP/pg/log" ]; then
      log "last lines of the PostgreSQL log:"
      tail -n 20 "$TMP/pg/log" >&2 || true
    fi
  fi
  if [ "$started_smtp" = 1 ]; then
    bash "$SCRIPTS/smtp.sh" stop "$TMP/smtp" || true
  fi
  if [ "$started_s3" = 1 ]; then
    bash "$SCRIPTS/s3.sh" stop "$TMP/s3" || true
  fi
  if [ "$started_redis" = 1 ]; then
    bash "$SCRIPTS/redis.sh" stop "$TMP/redis" || true
  fi
  if [ "$started_pg" = 1 ]; then
    bash "$SCRIPTS/pg.sh" stop "$TMP/pg" || true
  fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    log "KEEP_TMP=1: leaving $TMP"
  else
    rm -rf -- "$TMP"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  current_step="$*"
  printf '==> %s\n' "$*" >&2
}

# Services.
if [ -z "${TONGXIN_DATABASE__URL:-}" ]; then
  step "start private PostgreSQL"
  started_pg=1
  pg_env="$(PG_FAST=1 bash "$SCRIPTS/pg.sh" start "$TMP/pg")"
  export_lines <<<"$pg_env"
else
  log "using TONGXIN_DATABASE__URL from the environment"
fi
step "start private Redis"
started_redis=1
redis_env="$(bash "$SCRIPTS/redis.sh" start "$TMP/redis")"
export_lines <<<"$redis_env"
step "start private SMTP sink"
started_smtp=1
smtp_env="$(bash "$SCRIPTS/smtp.sh" start "$TMP/smtp")"
export_lines <<<"$smtp_env"
step "start private S3 server"
started_s3=1
s3_env="$(bash "$SCRIPTS/s3.sh" start "$TMP/s3")"
export_lines <<<"$s3_env"
mkdir -p "$TMP/data"
export TONGXIN_DATA_DIR="$TMP/data"

# Needs no build: Helm's lint and template engine, the Kubernetes schemas and hadolint.
step "chart and image checks"
bash "$SCRIPTS/chart.sh" check "$TMP/chart"

ensure_cargo_on_path
# A test run builds from scratch on CI: incremental compilation data would only double the
# target directory (about 8 of 16 GB) without ever being reused there.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step "cargo fmt --all --check"
cargo fmt --all --check

# Clippy before the build: clippy re-runs the build scripts under its wrapper, which made the
# test step compile the API crate and everything above it a second time when it came after.
step "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo build --workspace --all-targets"
cargo build --workspace --all-targets

step "tongxin-api migrate"
target/debug/tongxin-api migrate

test_args=()
if [ -n "${TEST_ARGS:-}" ]; then
  read -r -a test_args <<<"$TEST_ARGS"
fi
step "cargo test --workspace${test_args[*]:+ ${test_args[*]}}"
cargo test --workspace "${test_args[@]}" 2>&1 | tee "$TMP/cargo-test.log"
# One closing line for the whole Rust run (the last runner block is the empty doc-tests one).
read -r rust_passed rust_failed < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$TMP/cargo-test.log")

# Three API nodes and two workers behind nginx, each node restarted under load (its own
# PostgreSQL and Redis; the SMTP sink above is reused; the binaries were built above).
step "cluster: rolling restart behind nginx"
CLUSTER_SKIP_BUILD=1 bash "$SCRIPTS/cluster.sh"

# The committed query descriptions (.sqlx/) must match the queries and the migrated schema.
# After the Rust tests: the check touches the workspace's sources, which would make cargo
# rebuild them for the tests.
step "cargo sqlx prepare --workspace --check"
ensure_sqlx_cli
DATABASE_URL="$TONGXIN_DATABASE__URL" SQLX_OFFLINE=false cargo sqlx prepare --workspace --check

if [ -f web/package.json ]; then
  # Browsers come from Debian packages, never from a download at install time.
  export PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ ! -d web/node_modules ]; then
    step "npm ci (web)"
    (cd web && npm ci)
  fi
  step "npm run check (web)"
  (cd web && npm run check)
  step "npm test (web)"
  (cd web && npm test)
  if node -e 'const p = require("./web/package.json"); process.exit(p.scripts && p.scripts.e2e ? 0 : 1)'; then
    if [ ! -x /usr/bin/chromium ]; then
      step "install chromium for e2e"
      ensure_apt_package chromium fonts-wqy-microhei
    fi
    export CHROMIUM_PATH=/usr/bin/chromium
    step "npm run e2e (web)"
    (cd web && TX_E2E_REPORT="$TMP/e2e-report.json" npm run e2e)
  fi
fi

current_step=""
echo "make test: all steps passed"
echo "tests: ${rust_passed:-0} passed, ${rust_failed:-0} failed"
# Playwright retries a failed browser test once; every test that passed only on that retry is
# named here, at the very end, so a rescue is never lost in the scroll-back.
if [ -f "$TMP/e2e-report.json" ]; then
  node web/scripts/e2e-rescued.mjs "$TMP/e2e-report.json"
fi
