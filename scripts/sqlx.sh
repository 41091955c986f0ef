#!/usr/bin/env bash
# `make sqlx`: refreshes the committed query descriptions in .sqlx/ after a query or a migration
# changed. A private PostgreSQL in a temp dir, the migrations, then `cargo sqlx prepare`.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="sqlx"
SCRIPTS="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
cd "$(repo_root)"

TMP="$(mktemp -d /tmp/tongxin-sqlx.XXXXXX)"
chmod 755 "$TMP"
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  bash "$SCRIPTS/pg.sh" stop "$TMP/pg" >/dev/null 2>&1 || true
  rm -rf -- "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_sqlx_cli
owner_url="$(PG_FAST=1 bash "$SCRIPTS/pg.sh" start "$TMP/pg" | sed -n 's/^TONGXIN_DATABASE__URL=//p')"
[ -n "$owner_url" ] || die "pg.sh printed no TONGXIN_DATABASE__URL"

# The project's migrations only: the job queue's own tables are read with unchecked queries.
DATABASE_URL="$owner_url" cargo sqlx migrate run --source migrations
DATABASE_URL="$owner_url" SQLX_OFFLINE=false cargo sqlx prepare --workspace
log "wrote .sqlx/ ($(find .sqlx -name 'query-*.json' | wc -l) queries)"
