"""Make the Windows icon (``.ico``) from ``resources/lagmote.svg`` at build time.

Run by installer/lagmote.spec: ``python installer/make_icon.py SVG OUT.ico``. Qt draws the
SVG at each size as PNG; the ICO file holds those PNGs as they are (Windows Vista and newer
read PNG entries), so nothing but PySide6 is needed and no binary icon is committed.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def ico_bytes(pngs: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file of ``(size, png)`` square images: header, one directory entry each, data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pngs)
    entries, data = [], []
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in a directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        data.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(data)


def render_pngs(svg: Path, sizes: Sequence[int] = SIZES) -> list[tuple[int, bytes]]:
    """The SVG drawn square at each size, as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icon: not a valid SVG: {svg}")
    pngs = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes
        pngs.append((size, bytes(array.data())))
    return pngs


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2:
        print("usage: make_icon.py SVG OUT.ico", file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico_bytes(render_pngs(svg)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
