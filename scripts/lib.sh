# Shared helpers for the Tongxin provisioning scripts (source it; do not run it).
# shellcheck shell=bash

# Logs go to stderr so that stdout stays machine-readable (NAME=value lines).
log() { printf '[%s] %s\n' "${LOG_TAG:-tongxin}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Absolute path of a directory (created if missing).
abs_dir() {
  mkdir -p -- "$1"
  (cd -- "$1" && pwd -P)
}

# A TCP port on 127.0.0.1 that is free right now.
free_port() {
  python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# Succeeds when nobody listens on 127.0.0.1:PORT. SO_REUSEADDR (which servers set too)
# keeps lingering TIME_WAIT connections of a just-stopped server from counting as "in use".
port_is_free() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
}

# Installs the Debian packages among NAME... that are not installed yet.
# Runs `apt-get update` at most once per script tree (_TX_APT_UPDATED is inherited).
ensure_apt_package() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0

  command -v apt-get >/dev/null 2>&1 \
    || die "packages ${missing[*]} are missing and apt-get is not available; install them by hand"
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 \
      || die "packages ${missing[*]} are missing; run as root or install them: apt-get install ${missing[*]}"
    sudo=(sudo)
  fi

  export DEBIAN_FRONTEND=noninteractive
  local apt_opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
  if [ -z "${_TX_APT_UPDATED:-}" ]; then
    log "apt-get update"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q update >&2
    export _TX_APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_opts[@]}" -q install -y --no-install-recommends "${missing[@]}" >&2
}

# Runs CMD... as the user that owns PostgreSQL clusters: `postgres` when we are root
# (initdb/postgres/pg_ctl refuse to run as root), otherwise the current user.
# The command runs from / so that an unreadable working directory does not matter.
as_pg_user() {
  if is_root; then
    getent passwd postgres >/dev/null 2>&1 \
      || die "running as root but there is no 'postgres' user (is the postgresql package installed?)"
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The owner (user:group) for files that the PostgreSQL server must write.
pg_owner() {
  if is_root; then
    printf 'postgres:%s\n' "$(id -gn postgres)"
  else
    printf '%s:%s\n' "$(id -un)" "$(id -gn)"
  fi
}

# Prints the directory holding initdb/pg_ctl/postgres/psql, or fails.
find_pg_bin() {
  local d
  # shellcheck disable=SC2012 # fixed, well-formed paths; sort -V picks the newest major version
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then
    printf '%s\n' "$d"
    return 0
  fi
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  fi
  if command -v initdb >/dev/null 2>&1; then
    d="$(dirname -- "$(readlink -f -- "$(command -v initdb)")")"
    printf '%s\n' "$d"
    return 0
  fi
  return 1
}

# Fails with a clear message if the PostgreSQL user cannot traverse DIR's parents.
check_pg_can_traverse() {
  local dir="$1" p
  is_root || return 0
  p="$(dirname -- "$dir")"
  while :; do
    if ! as_pg_user test -x "$p"; then
      die "user 'postgres' cannot traverse $p (mode $(stat -c %A "$p"), owner $(stat -c %U "$p")), \
so PostgreSQL cannot use $dir. Use a data directory under a traversable path (e.g. /tmp) \
or run: chmod o+x $p"
    fi
    [ "$p" = "/" ] && break
    p="$(dirname -- "$p")"
  done
}

# Makes `cargo` findable when rustup installed it but PATH was not updated.
ensure_cargo_on_path() {
  if ! command -v cargo >/dev/null 2>&1 && [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo" ]; then
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  fi
  command -v cargo >/dev/null 2>&1 || die "cargo not found; install the Rust toolchain (rustup)"
}

# Repository root (the parent of scripts/).
repo_root() { (cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P); }

# Installs sqlx-cli 0.9.0 (the `cargo sqlx` subcommand) into the cargo bin dir unless that
# version is there already; later runs on the same machine reuse it.
SQLX_CLI_VERSION="0.9.0"
ensure_sqlx_cli() {
  ensure_cargo_on_path
  if cargo sqlx --version 2>/dev/null | grep -q " ${SQLX_CLI_VERSION}\$"; then
    return 0
  fi
  log "cargo install sqlx-cli ${SQLX_CLI_VERSION} (once per machine)"
  cargo install sqlx-cli --version "$SQLX_CLI_VERSION" --locked \
    --no-default-features --features postgres,rustls >&2
}

# Exports NAME=value lines read from stdin (only TONGXIN_* names are accepted).
export_lines() {
  local line
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    [[ "$line" =~ ^TONGXIN_[A-Z0-9_]+= ]] || die "unexpected output line: $line"
    export "${line?}"
  done
}
