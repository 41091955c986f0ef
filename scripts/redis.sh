#!/usr/bin/env bash
# Runs a private, non-persistent Redis in DIR: `redis.sh start DIR [PORT]`, `redis.sh stop DIR`.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=redis

usage() {
  cat >&2 <<'EOF'
usage: redis.sh start DIR [PORT]   start a private Redis on 127.0.0.1, print TONGXIN_REDIS__URL=...
       redis.sh stop DIR           stop it (no-op when not running)
EOF
  exit 2
}

# PING over TCP: redis-cli when available, else a tiny python3 client.
ping_redis() {
  local port="$1"
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]
  else
    python3 - "$port" <<'PY'
import socket, sys
try:
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1) as s:
        s.sendall(b"PING\r\n")
        sys.exit(0 if s.recv(64).startswith(b"+PONG") else 1)
except OSError:
    sys.exit(1)
PY
  fi
}

# The pid from DIR/redis.pid if that process is alive and is a redis-server.
live_pid() {
  local pid
  [ -s "$DIR/redis.pid" ] || return 1
  pid="$(tr -dc '0-9' <"$DIR/redis.pid")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  grep -q redis "/proc/$pid/comm" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}

stop_pid() {
  local pid="$1"
  log "stopping Redis (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "Redis did not exit after 10s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.2
  fi
  rm -f -- "$DIR/redis.pid"
}

cmd_start() {
  local wanted="${1:-}" port pid
  if ! command -v redis-server >/dev/null 2>&1; then
    log "redis-server not found; installing"
    ensure_apt_package redis-server
    command -v redis-server >/dev/null 2>&1 || die "redis-server still not found after installing it"
  fi

  if pid="$(live_pid)"; then
    port="$(cat "$DIR/port" 2>/dev/null || true)"
    if [ -n "$port" ] && { [ -z "$wanted" ] || [ "$wanted" = "$port" ]; } && ping_redis "$port"; then
      log "reusing running Redis (pid $pid) on port $port"
      printf 'TONGXIN_REDIS__URL=redis://127.0.0.1:%s/\n' "$port"
      return 0
    fi
    stop_pid "$pid"
  fi

  if [ -n "$wanted" ]; then
    port="$wanted"
    port_is_free "$port" || die "port $port on 127.0.0.1 is already in use"
  elif [ -s "$DIR/port" ] && port_is_free "$(cat "$DIR/port")"; then
    port="$(cat "$DIR/port")"
  else
    port="$(free_port)"
  fi

  rm -f -- "$DIR/redis.pid"
  log "starting Redis on 127.0.0.1:$port (log: $DIR/redis.log)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$DIR" --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" >&2
  printf '%s\n' "$port" >"$DIR/port"

  for _ in $(seq 1 100); do
    ping_redis "$port" && break
    sleep 0.1
  done
  if ! ping_redis "$port"; then
    tail -n 20 "$DIR/redis.log" >&2 || true
    die "Redis did not answer PING on port $port within 10s (see $DIR/redis.log)"
  fi
  printf 'TONGXIN_REDIS__URL=redis://127.0.0.1:%s/\n' "$port"
}

cmd_stop() {
  local pid
  if pid="$(live_pid)"; then
    stop_pid "$pid"
  else
    log "no Redis running in $DIR"
    rm -f -- "$DIR/redis.pid"
  fi
}

[ $# -ge 2 ] || usage
action="$1"
case "$action" in
  start) [ $# -le 3 ] || usage ;;
  stop) [ $# -eq 2 ] || usage ;;
  *) usage ;;
esac
if [ "$action" = start ]; then
  DIR="$(abs_dir "$2")"
else
  [ -d "$2" ] || exit 0
  DIR="$(cd -- "$2" && pwd -P)"
fi
shift 2
if [ -n "${1:-}" ] && ! [[ "$1" =~ ^[0-9]+$ ]]; then
  die "PORT must be a number, got '$1'"
fi
"cmd_$action" "$@"
