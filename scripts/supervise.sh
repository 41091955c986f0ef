#!/usr/bin/env bash
# Keeps one process running for `make run`: `supervise.sh NAME CMD [ARGS...]`.
# When CMD ends without being asked to (a crash, a kill), it is started again after a back-off
# (1 s doubling to 30 s, back to 1 s after a minute of running) and the restart is logged.
# SIGTERM or SIGINT to this script stops CMD (SIGTERM, then SIGKILL after 10 s) and ends it.
set -uo pipefail

[ $# -ge 2 ] || { echo "usage: supervise.sh NAME CMD [ARGS...]" >&2; exit 2; }
name="$1"
shift

child=""
stopping=0

stop() {
  stopping=1
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$child" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$child" 2>/dev/null || true
  fi
  exit 0
}
trap stop TERM INT

say() { printf '[supervise] %s %s: %s\n' "$(date '+%H:%M:%S')" "$name" "$*" >&2; }

backoff=1
while [ "$stopping" = 0 ]; do
  started=$SECONDS
  "$@" &
  child=$!
  say "started (pid $child)"
  # `wait` returns early when a trapped signal arrives; the trap then stops the child.
  wait "$child"
  rc=$?
  [ "$stopping" = 0 ] || break
  if [ $((SECONDS - started)) -ge 60 ]; then
    backoff=1
  fi
  say "exited with status $rc; restarting in ${backoff}s"
  sleep "$backoff" &
  wait $!
  backoff=$((backoff * 2))
  [ "$backoff" -le 30 ] || backoff=30
done
