#!/usr/bin/env bash
# A private S3 server (moto from PyPI, in a venv) for the tests of the S3 file path.
#   scripts/s3.sh start DIR   prints TONGXIN_TEST_S3_URL=…
#   scripts/s3.sh stop DIR
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="s3"

cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: s3.sh start|stop DIR"

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ ! -x "$dir/venv/bin/moto_server" ]; then
      if ! python3 -m venv "$dir/venv" >/dev/null 2>&1; then
        ensure_apt_package python3-venv
        rm -rf "$dir/venv"
        python3 -m venv "$dir/venv"
      fi
      "$dir/venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==5.2.5" >&2
    fi
    port="$(free_port)"
    "$dir/venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$dir/s3.log" 2>&1 &
    echo $! >"$dir/s3.pid"
    for _ in $(seq 1 200); do
      if ! port_is_free "$port"; then break; fi
      sleep 0.1
    done
    port_is_free "$port" && die "moto_server did not start (see $dir/s3.log)"
    log "S3 (moto) on 127.0.0.1:$port"
    echo "TONGXIN_TEST_S3_URL=http://127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$dir/s3.pid" ]; then
      pid="$(cat "$dir/s3.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/s3.pid"
    fi
    ;;
  *) die "usage: s3.sh start|stop DIR" ;;
esac
