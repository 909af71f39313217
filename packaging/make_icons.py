"""Derive the raster icons from ``resources/icons/app.svg`` (a development tool).

Run it after changing the SVG; the outputs are committed, so builders need neither Qt's
SVG module at build time nor Pillow:

- ``resources/icons/app-<N>.png`` for N in :data:`PNG_SIZES` (the window icon and the
  Linux hicolor theme, see ``packaging/linux/install.sh``);
- ``packaging/windows/ccwdiff.ico`` (16..256, what Explorer and the taskbar pick from);
- ``packaging/macos/ccwdiff.icns`` (16..1024, the Finder and Dock icon).

The SVG is rendered with Qt (QtSvg ships with PySide6-Essentials) because it is the
renderer the application itself uses, so the PNGs look like the window icon. The .ico and
.icns containers are written with Pillow (HPND licence), used only here.

Usage: ``python packaging/make_icons.py`` from the checkout.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    """Where the committed PNG of one size lives."""
    return ROOT / "resources" / "icons" / f"app-{size}.png"


def render_png(size: int) -> bytes:
    """The SVG rendered at ``size`` x ``size`` pixels, as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    """Write every derived icon; returns the process exit code."""
    # QImage/QPainter need a QGuiApplication for font and colour handling; no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        from PIL import Image
    except ImportError:
        print("make_icons: Pillow is needed for .ico/.icns (pip install pillow)", file=sys.stderr)
        return 1

    rendered: dict[int, Image.Image] = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)):
        # Render each size from the vector source rather than scaling one bitmap: small
        # sizes stay sharp.
        data = render_png(size)
        rendered[size] = Image.open(io.BytesIO(data)).convert("RGBA")
        if size in PNG_SIZES:
            png_path(size).write_bytes(data)
            print(f"wrote {png_path(size).relative_to(ROOT)}")

    ico = ROOT / "packaging" / "windows" / "ccwdiff.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    biggest = rendered[max(ICO_SIZES)]
    biggest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[rendered[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print(f"wrote {ico.relative_to(ROOT)}")

    icns = ROOT / "packaging" / "macos" / "ccwdiff.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    rendered[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[rendered[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print(f"wrote {icns.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
