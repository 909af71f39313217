#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, then pytest.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh -m "not slow" -x
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/setup.sh" test
venv="$root/.venv/bin"
echo "== ruff"
"$venv/ruff" check ccwdiff tests benchmarks
echo "== mypy (strict)"
"$venv/mypy"
echo "== pytest"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$venv/python" -m pytest "$@"
