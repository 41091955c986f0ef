#!/usr/bin/env bash
# Provisions a private PostgreSQL cluster in DIR: `pg.sh start DIR [PORT]`, `pg.sh stop DIR`, `pg.sh status DIR`.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=pg

usage() {
  cat >&2 <<'EOF'
usage: pg.sh start DIR [PORT]   create (if needed) and start a private cluster, print TONGXIN_DATABASE__* lines
       pg.sh stop DIR           stop it (no-op when not running)
       pg.sh status DIR         exit 0 when it is running, 3 otherwise
env:   PG_FAST=1                fsync/synchronous_commit/full_page_writes off (tests only)
EOF
  exit 2
}

# Sets PG_BIN, installing PostgreSQL from the Debian archive when it is missing.
load_pg_bin() {
  if ! PG_BIN="$(find_pg_bin)"; then
    log "PostgreSQL binaries not found; installing"
    ensure_apt_package postgresql
    PG_BIN="$(find_pg_bin)" || die "PostgreSQL binaries still not found after installing 'postgresql'"
  fi
  PSQL="$PG_BIN/psql"
  [ -x "$PSQL" ] || PSQL="$(command -v psql)" || die "psql not found"
}

is_running() {
  [ -f "$DATA/PG_VERSION" ] || return 1
  as_pg_user "$PG_BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

# The port a running cluster listens on (4th line of postmaster.pid).
running_port() { sed -n 4p "$DATA/postmaster.pid" 2>/dev/null; }

init_cluster() {
  local locale=C
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
    locale=C.UTF-8
  fi
  log "initdb $DATA (locale $locale)"
  if ! as_pg_user "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
      --locale="$locale" >&2; then
    [ "$locale" = C ] && die "initdb failed"
    log "initdb with locale $locale failed; retrying with locale C"
    rm -rf -- "$DATA"
    as_pg_user "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C >&2 || die "initdb failed"
  fi
  printf "\n# Tongxin: settings managed by scripts/pg.sh (rewritten on every start)\ninclude_if_exists = 'tongxin.conf'\n" \
    | as_pg_user tee -a "$DATA/postgresql.conf" >/dev/null
}

write_config() {
  local port="$1" conf
  conf="# Managed by scripts/pg.sh; rewritten on every start.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR/run'
shared_preload_libraries = 'pg_stat_statements'
max_connections = 200
"
  if [ "${PG_FAST:-0}" = 1 ]; then
    conf+="# PG_FAST=1: throwaway test cluster, durability off.
fsync = off
synchronous_commit = off
full_page_writes = off
"
  fi
  printf '%s' "$conf" | as_pg_user tee "$DATA/tongxin.conf" >/dev/null
}

# Chooses the port: explicit argument, else DIR/port (if still free), else a free one.
choose_port() {
  local wanted="${1:-}" port
  if [ -n "$wanted" ]; then
    port="$wanted"
    port_is_free "$port" || die "port $port on 127.0.0.1 is already in use"
  elif [ -s "$DIR/port" ]; then
    port="$(cat "$DIR/port")"
    if ! port_is_free "$port"; then
      log "stored port $port is in use by something else; picking another one"
      port="$(free_port)"
    fi
  else
    port="$(free_port)"
  fi
  printf '%s\n' "$port"
}

# Creates roles, the database and extensions; safe to repeat.
provision() {
  local port="$1"
  local psql=("$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  log "provisioning roles and database tongxin"
  PGCONNECT_TIMEOUT=10 "${psql[@]}" -d postgres >&2 <<'SQL'
SET client_min_messages = warning;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tongxin_owner') THEN
    CREATE ROLE tongxin_owner;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tongxin_app') THEN
    CREATE ROLE tongxin_app;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tongxin_system') THEN
    CREATE ROLE tongxin_system;
  END IF;
END
$$;
ALTER ROLE tongxin_owner LOGIN CREATEDB NOSUPERUSER;
ALTER ROLE tongxin_app LOGIN NOSUPERUSER NOBYPASSRLS;
ALTER ROLE tongxin_system LOGIN NOSUPERUSER BYPASSRLS;
SELECT 'CREATE DATABASE tongxin OWNER tongxin_owner'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'tongxin') \gexec
SQL
  PGCONNECT_TIMEOUT=10 "${psql[@]}" -d tongxin >&2 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE EXTENSION IF NOT EXISTS ltree;
GRANT CREATE ON SCHEMA public TO tongxin_owner;
ALTER SCHEMA public OWNER TO tongxin_owner;
SQL
}

cmd_start() {
  local port
  load_pg_bin
  check_pg_can_traverse "$DIR"
  if is_root; then
    chown "$(pg_owner)" "$DIR"
  fi
  as_pg_user test -w "$DIR" -a -x "$DIR" || die "the PostgreSQL user cannot write $DIR"

  if is_running; then
    port="$(running_port)"
    if [ -n "${1:-}" ] && [ "$1" != "$port" ]; then
      log "cluster runs on port $port but port $1 was requested; restarting it"
      as_pg_user "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w >&2
    else
      log "reusing running cluster $DATA on port $port"
    fi
  fi

  if ! is_running; then
    [ -f "$DATA/PG_VERSION" ] || init_cluster
    port="$(choose_port "${1:-}")"
    local sock="$DIR/run/.s.PGSQL.$port"
    [ "${#sock}" -le 100 ] || die "socket path $sock is too long for a Unix socket; use a shorter DIR"
    mkdir -p -- "$DIR/run"
    touch "$DIR/log"
    if is_root; then
      chown "$(pg_owner)" "$DIR/run" "$DIR/log"
    fi
    write_config "$port"
    log "starting PostgreSQL on 127.0.0.1:$port (log: $DIR/log${PG_FAST:+, PG_FAST=$PG_FAST})"
    if ! as_pg_user "$PG_BIN/pg_ctl" start -D "$DATA" -l "$DIR/log" -w -t 60 >&2; then
      tail -n 30 "$DIR/log" >&2 || true
      die "PostgreSQL failed to start (see $DIR/log)"
    fi
  fi
  printf '%s\n' "$port" >"$DIR/port"

  provision "$port"

  printf 'TONGXIN_DATABASE__URL=postgres://tongxin_owner@127.0.0.1:%s/tongxin\n' "$port"
  printf 'TONGXIN_DATABASE__APP_URL=postgres://tongxin_app@127.0.0.1:%s/tongxin\n' "$port"
  printf 'TONGXIN_DATABASE__SYSTEM_URL=postgres://tongxin_system@127.0.0.1:%s/tongxin\n' "$port"
  printf 'TONGXIN_DATABASE__ADMIN_URL=postgres://postgres@127.0.0.1:%s/postgres\n' "$port"
}

cmd_stop() {
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "no cluster in $DATA; nothing to stop"
    return 0
  fi
  load_pg_bin
  if is_running; then
    log "stopping PostgreSQL in $DATA"
    as_pg_user "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >&2
  else
    log "PostgreSQL in $DATA is not running"
  fi
}

cmd_status() {
  [ -f "$DATA/PG_VERSION" ] || exit 3
  load_pg_bin
  is_running || exit 3
}

[ $# -ge 2 ] || usage
action="$1"
case "$action" in
  start) [ $# -le 3 ] || usage ;;
  stop | status) [ $# -eq 2 ] || usage ;;
  *) usage ;;
esac
if [ "$action" = start ]; then
  DIR="$(abs_dir "$2")"
else
  # Do not create anything when only stopping or querying.
  [ -d "$2" ] || { [ "$action" = stop ] && exit 0; exit 3; }
  DIR="$(cd -- "$2" && pwd -P)"
fi
DATA="$DIR/data"
shift 2
if [ -n "${1:-}" ] && ! [[ "$1" =~ ^[0-9]+$ ]]; then
  die "PORT must be a number, got '$1'"
fi
"cmd_$action" "$@"
