#!/usr/bin/env bash
# Set up everything ccwdiff needs in ./.venv (idempotent, quick when nothing changed).
# Usage: scripts/setup.sh [app|test]
#   app  - Python packages plus, on Debian/Ubuntu as root, Qt's runtime libraries
#   test - the same plus test tools (pytest, Xvfb, poppler-utils)
set -euo pipefail
mode="${1:-app}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup: Python 3.10 or newer is needed (set PYTHON=/path/to/python3)." >&2
  exit 1
fi

# System libraries Qt needs to open a window (and, for tests, a virtual display and
# a PDF renderer). Installed only where we can (Debian-like system, as root).
qt_libs=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0)
test_tools=(xvfb xauth poppler-utils desktop-file-utils appstream)
want=("${qt_libs[@]}")
[ "$mode" = test ] && want+=("${test_tools[@]}")
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: please install these system packages (sudo apt-get install ${missing[*]})" >&2
    fi
  fi
fi

venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.ccwdiff-installed-$mode"
digest="$(cat pyproject.toml setup.py 2>/dev/null | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  echo "setup: installing ccwdiff and its dependencies into .venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  # The packaging extra (PyInstaller, build) is needed by the packaging tests.
  extras=""
  [ "$mode" = test ] && extras="test,packaging"
  # The accelerators (the `fast` extra) are prebuilt wheels for the common platforms;
  # where one is missing, ccwdiff runs on the pure-Python packages, with the same results.
  if ! "$venv/bin/python" -m pip install -q -e ".[${extras:+$extras,}fast]"; then
    echo "setup: the optional accelerators could not be installed; using pure Python" >&2
    "$venv/bin/python" -m pip install -q -e ".${extras:+[$extras]}"
  fi
  echo "$digest" > "$stamp"
fi
