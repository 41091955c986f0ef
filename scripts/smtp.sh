#!/usr/bin/env bash
# A private SMTP sink (aiosmtpd from PyPI, in a venv) that stores every message in a Maildir.
#   scripts/smtp.sh start DIR   prints TONGXIN_TEST_SMTP_URL=… and TONGXIN_TEST_MAILDIR=…
#   scripts/smtp.sh stop DIR
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="smtp"

cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: smtp.sh start|stop DIR"

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ ! -x "$dir/venv/bin/python" ]; then
      if ! python3 -m venv "$dir/venv" >/dev/null 2>&1; then
        ensure_apt_package python3-venv
        rm -rf "$dir/venv"
        python3 -m venv "$dir/venv"
      fi
      "$dir/venv/bin/pip" install --quiet --disable-pip-version-check aiosmtpd==1.4.6 >&2
    fi
    mkdir -p "$dir/maildir/cur" "$dir/maildir/new" "$dir/maildir/tmp"
    port="$(free_port)"
    "$dir/venv/bin/python" -m aiosmtpd -n -c aiosmtpd.handlers.Mailbox "$dir/maildir" -l "127.0.0.1:$port" \
      >"$dir/smtp.log" 2>&1 &
    echo $! >"$dir/smtp.pid"
    for _ in $(seq 1 100); do
      if ! port_is_free "$port"; then break; fi
      sleep 0.1
    done
    port_is_free "$port" && die "aiosmtpd did not start (see $dir/smtp.log)"
    log "SMTP sink on 127.0.0.1:$port, Maildir $dir/maildir"
    echo "TONGXIN_TEST_SMTP_URL=smtp://127.0.0.1:$port"
    echo "TONGXIN_TEST_MAILDIR=$dir/maildir"
    ;;
  stop)
    if [ -f "$dir/smtp.pid" ]; then
      pid="$(cat "$dir/smtp.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/smtp.pid"
    fi
    ;;
  *) die "usage: smtp.sh start|stop DIR" ;;
esac
