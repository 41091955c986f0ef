#!/usr/bin/env bash
# `make cluster`: three API nodes and two workers on one private PostgreSQL and one private
# Redis, behind a private nginx (Debian's), with an SMTP sink for mail jobs. The driver
# (tests/src/bin/cluster.rs) starts the nodes and workers, runs queries, mutations, chat over
# WebSocket, notices and jobs through nginx, restarts every API node one by one and a worker
# under that load, prints the figures and fails when a target is missed. Everything started
# here is stopped on exit, whatever the outcome.
#
# Arguments are passed to the driver (e.g. `--drain-ms 0`; see `target/debug/cluster --help`).
# env: KEEP_TMP=1             keep the temp dir (logs, nginx access log) for a look afterwards
#      CLUSTER_SKIP_BUILD=1   the binaries are built already (make test builds them earlier)
#      TONGXIN_TEST_SMTP_URL and TONGXIN_TEST_MAILDIR   an SMTP sink to reuse (else one is started)
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="cluster"
SCRIPTS="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
cd "$(repo_root)"

TMP="$(mktemp -d /tmp/tongxin-cluster.XXXXXX)"
# nginx's worker (an unprivileged user when started as root) reads below it.
chmod 755 "$TMP"
started_pg=0
started_redis=0
started_smtp=0
nginx_pid=""

# Stops a process by pid: SIGTERM, up to 5 s, then SIGKILL.
stop_pid() {
  local pid="$1"
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # The driver stops its nodes and workers itself; these are the ones a killed driver left.
  if [ -f "$TMP/pids" ]; then
    while read -r pid; do
      [ -n "$pid" ] && stop_pid "$pid"
    done <"$TMP/pids"
  fi
  if [ -n "$nginx_pid" ]; then
    stop_pid "$nginx_pid"
  fi
  if [ "$rc" -ne 0 ]; then
    log "failed (exit $rc); last lines of each log:"
    for f in "$TMP"/logs/*.log "$TMP"/nginx/error.log; do
      [ -s "$f" ] || continue
      printf -- '--- %s\n' "$f" >&2
      tail -n 15 "$f" >&2 || true
    done
  fi
  if [ "$started_smtp" = 1 ]; then
    bash "$SCRIPTS/smtp.sh" stop "$TMP/smtp" || true
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

started_at=$SECONDS
ensure_cargo_on_path
if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ]; then
  log "cargo build --workspace --bins"
  cargo build --workspace --bins
fi
for bin in tongxin-api tongxin-worker cluster; do
  [ -x "target/debug/$bin" ] || die "target/debug/$bin is missing (cargo build --workspace --bins)"
done

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  ensure_apt_package nginx
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# One private PostgreSQL and Redis for the whole cluster (never the machine's own).
started_pg=1
export_lines <<<"$(PG_FAST=1 bash "$SCRIPTS/pg.sh" start "$TMP/pg")"
started_redis=1
export_lines <<<"$(bash "$SCRIPTS/redis.sh" start "$TMP/redis")"
if [ -n "${TONGXIN_TEST_SMTP_URL:-}" ] && [ -d "${TONGXIN_TEST_MAILDIR:-/nonexistent}" ]; then
  log "reusing the SMTP sink at $TONGXIN_TEST_SMTP_URL"
else
  started_smtp=1
  export_lines <<<"$(bash "$SCRIPTS/smtp.sh" start "$TMP/smtp")"
fi
mkdir -p "$TMP/data" "$TMP/logs"
export TONGXIN_DATA_DIR="$TMP/data"
RUST_LOG=warn target/debug/tongxin-api migrate

# nginx on a free loopback port, round robin over three node ports chosen now.
lb_port="$(free_port)"
ports=()
upstreams=""
for _ in 1 2 3; do
  p="$(free_port)"
  ports+=("$p")
  upstreams+="        server 127.0.0.1:$p max_fails=1 fail_timeout=2s;"$'\n'
done
mkdir -p "$TMP/nginx/tmp"
chmod 755 "$TMP/nginx" "$TMP/nginx/tmp"
python3 - "$SCRIPTS/nginx/cluster.conf.template" "$TMP/nginx/nginx.conf" "$TMP/nginx" "$lb_port" "$upstreams" <<'PY'
import sys
template, out, directory, port, upstreams = sys.argv[1:]
text = open(template).read()
text = text.replace("@DIR@", directory).replace("@PORT@", port).replace("@UPSTREAMS@", upstreams.rstrip("\n"))
open(out, "w").write(text)
PY
nginx_args=(-p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log")
"$NGINX" -t -q "${nginx_args[@]}"
"$NGINX" "${nginx_args[@]}" &
nginx_pid=$!
for _ in $(seq 1 100); do
  port_is_free "$lb_port" || break
  sleep 0.1
done
port_is_free "$lb_port" && die "nginx did not listen on $lb_port (see $TMP/nginx/error.log)"
log "nginx (pid $nginx_pid) on 127.0.0.1:$lb_port -> ${ports[*]}"
log "set-up took $((SECONDS - started_at)) s"

# The driver is bounded; a driver that overstays is stopped and its processes with it.
timeout --signal=TERM 150 target/debug/cluster \
  --lb "http://127.0.0.1:$lb_port" \
  --ports "$(IFS=,; echo "${ports[*]}")" \
  --logs "$TMP/logs" \
  --pids "$TMP/pids" \
  --nginx-log "$TMP/nginx/access.log" "$@"
log "cluster run passed in $((SECONDS - started_at)) s"
