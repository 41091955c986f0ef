#!/usr/bin/env bash
# `make run`: private PostgreSQL (unless TONGXIN_DATABASE__URL is set), web build, migrate, seed, worker + API.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=run
SCRIPTS="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(repo_root)"

# Resolve the data dir against the caller's directory, then work from the repo root.
TONGXIN_DATA_DIR="$(abs_dir "${TONGXIN_DATA_DIR:-$ROOT/.data}")"
export TONGXIN_DATA_DIR
export TONGXIN_HTTP__PORT="${TONGXIN_HTTP__PORT:-8080}"
cd "$ROOT"

PG_DIR="$TONGXIN_DATA_DIR/pg"
started_pg=0
worker_pid=""
api_pid=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for pid in "$api_pid" "$worker_pid"; do
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for pid in "$api_pid" "$worker_pid"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$started_pg" = 1 ]; then
    bash "$SCRIPTS/pg.sh" stop "$PG_DIR" || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Database.
if [ -z "${TONGXIN_DATABASE__URL:-}" ]; then
  bash "$SCRIPTS/pg.sh" status "$PG_DIR" 2>/dev/null && pg_was_running=1 || pg_was_running=0
  port_arg=()
  if [ ! -s "$PG_DIR/port" ] && port_is_free 5433; then
    port_arg=(5433)
  fi
  pg_env="$(bash "$SCRIPTS/pg.sh" start "$PG_DIR" "${port_arg[@]}")"
  [ "$pg_was_running" = 1 ] || started_pg=1
  export_lines <<<"$pg_env"
else
  log "using TONGXIN_DATABASE__URL from the environment"
fi

# 2. Record the chosen configuration for other shells: `source .data/env`.
compgen -e | grep '^TONGXIN_' | sort | while IFS= read -r name; do
  printf 'export %s=%q\n' "$name" "${!name}"
done >"$TONGXIN_DATA_DIR/env"
log "wrote $TONGXIN_DATA_DIR/env"

# 3. Web app.
if [ -f web/package.json ]; then
  if [ ! -d web/node_modules ] || { [ -f web/package-lock.json ] && [ web/package-lock.json -nt web/node_modules ]; }; then
    log "npm ci (web)"
    (cd web && PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci >&2)
  fi
  log "npm run build (web)"
  (cd web && npm run build >&2)
elif [ ! -f web/dist/index.html ]; then
  log "web/package.json missing; writing a placeholder web/dist/index.html"
  mkdir -p web/dist
  printf '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>Tongxin</title></head>\n<body><p>Tongxin: the web app has not been built yet.</p></body></html>\n' \
    >web/dist/index.html
fi

# 4. Build (optimised, as one evaluating Tongxin would run it; TONGXIN_PROFILE=dev builds the
# faster-to-compile debug profile for development), migrate, seed.
ensure_cargo_on_path
case "${TONGXIN_PROFILE:-release}" in
  release) profile_args=(--release); bin_dir=target/release ;;
  dev) profile_args=(); bin_dir=target/debug ;;
  *) die "TONGXIN_PROFILE must be release or dev, not ${TONGXIN_PROFILE}" ;;
esac
log "cargo build ${profile_args[*]:-(dev profile)}"
cargo build "${profile_args[@]}" --bin tongxin-api --bin tongxin-worker
log "migrate"
"$bin_dir/tongxin-api" migrate
log "seed-demo"
"$bin_dir/tongxin-api" seed-demo

# 5. Worker in the background, API in the foreground (as a waited-on child so signals reach the
# trap). Each runs under scripts/supervise.sh, which restarts it with a back-off if it crashes.
log "starting worker (log: $TONGXIN_DATA_DIR/worker.log)"
bash "$SCRIPTS/supervise.sh" worker "$bin_dir/tongxin-worker" >>"$TONGXIN_DATA_DIR/worker.log" 2>&1 &
worker_pid=$!

log "starting API (Ctrl-C stops the API, the worker and a PostgreSQL started by this script)"
printf 'Tongxin: http://127.0.0.1:%s/\n' "$TONGXIN_HTTP__PORT"
bash "$SCRIPTS/supervise.sh" api "$bin_dir/tongxin-api" serve &
api_pid=$!
wait "$api_pid"
