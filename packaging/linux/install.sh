#!/usr/bin/env bash
# Install ccwdiff's desktop integration (menu entry, file associations, icons, AppStream
# metadata) into a prefix, for a ccwdiff-gui that is on PATH (pip install, or a link to the
# PyInstaller folder: see packaging/README.md).
# Usage: packaging/linux/install.sh [PREFIX]     (default: ~/.local; /usr/local as root)
#        DESTDIR=/tmp/stage packaging/linux/install.sh /usr   (for distribution packages)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id="io.github.ccwdiff"
if [ "$(id -u)" = 0 ]; then default_prefix=/usr/local; else default_prefix="$HOME/.local"; fi
prefix="${1:-$default_prefix}"
share="${DESTDIR:-}$prefix/share"

install -Dm644 "$here/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$root/resources/icons/app.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$root"/resources/icons/app-*.png; do
  size="$(basename "$png" .png)"; size="${size#app-}"
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

# Refresh the caches when installing for this machine (not when staging into DESTDIR).
if [ -z "${DESTDIR:-}" ]; then
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "installed desktop integration for $app_id under $share"
