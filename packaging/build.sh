#!/usr/bin/env bash
# Build the one-folder application with PyInstaller into dist/ccwdiff/ (and, on macOS,
# dist/ccwdiff.app), then smoke-test it: the built command line exports the bundled
# sample comparison to PDF without a display.
# Usage: packaging/build.sh [--no-smoke] [--python PY] [--dist DIR] [--work DIR]
#   --dist/--work: where the application and PyInstaller's work files go
#   (default: dist/ and build/pyinstaller/ in the checkout).
#   Installs PyInstaller into the Python used (PY, default: .venv/bin/python if it exists,
#   else python3) when it is missing. Windows: run it from Git Bash, or see packaging/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

smoke=1
python=""
dist="$root/dist"
work="$root/build/pyinstaller"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-smoke) smoke=0 ;;
    --python) python="$2"; shift ;;
    --dist) dist="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
    --work) work="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then python=.venv/Scripts/python.exe
  else python=python3
  fi
fi

# The application's own dependencies must be importable by that Python (pip install -e .).
"$python" -c "import ccwdiff, PySide6, jieba, diff_match_patch, pypdf, pypdfium2, docx" 2>/dev/null || {
  echo "build.sh: install ccwdiff first: $python -m pip install -e ." >&2
  exit 1
}
"$python" -c "import PyInstaller" 2>/dev/null \
  || "$python" -m pip install -q "pyinstaller>=6.10"

echo "build.sh: building $dist/ccwdiff with PyInstaller $("$python" -m PyInstaller --version) ..."
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/ccwdiff.spec

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) exe="$dist/ccwdiff/ccwdiff.exe" ;;
  *) exe="$dist/ccwdiff/ccwdiff" ;;
esac
echo "build.sh: built $(du -sh "$dist/ccwdiff" | cut -f1) in $dist/ccwdiff"

if [ "$smoke" = 1 ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  samples="$dist/ccwdiff/_internal/ccwdiff/_resources/samples"
  # No display needed: Qt's offscreen platform lays out and writes the PDF.
  QT_QPA_PLATFORM=offscreen "$exe" compare \
    "$samples/CCW-MSP-2022-7.zh.txt" "$samples/CCW-MSP-2023-7.zh.txt" \
    --format pdf -o "$out/sample.pdf"
  "$python" - "$out/sample.pdf" <<'PY'
import sys
from pypdf import PdfReader

reader = PdfReader(sys.argv[1])
text = "".join(page.extract_text() or "" for page in reader.pages)
if len(reader.pages) == 0 or "CCW" not in text:
    sys.exit(f"build.sh: smoke test failed: {len(reader.pages)} pages, no 'CCW' in the text")
print(f"build.sh: smoke test passed: {len(reader.pages)} pages, {len(text)} characters of text")
PY
fi
