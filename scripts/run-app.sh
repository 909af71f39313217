#!/usr/bin/env bash
# Set up (first time) and start the ccwdiff window.
# Usage: scripts/run-app.sh [OLD NEW]   (no files: the bundled sample pair)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" app
exec "$root/.venv/bin/ccwdiff-gui" "$@"
