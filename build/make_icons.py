"""Draw Regiestoel's application icon: resources/icons/regiestoel.svg, PNGs, .ico and .icns.

The picture is the director's chair the program shows in its own screens (Material Design
Icons' "chair-rolling", Apache-2.0, the font qtawesome ships) in white on a rounded square of
the accent colour. The files it writes are committed; run it again only to change the icon:
``QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_icons.py``.
"""

from __future__ import annotations

import json
import struct
import sys
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "regiestoel"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold a PNG: size in pixels -> OSType (retina types too).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))
CANVAS, MARGIN, RADIUS, GLYPH_HEIGHT = 512, 24, 104, 304
TOP, BOTTOM = "#2b8a7c", "#1f6f64"  # ui.theme.ACCENT at the bottom


def chair_path() -> QPainterPath:
    fonts = Path(find_spec("qtawesome").origin).parent / "fonts"  # type: ignore[union-attr]
    charmap = json.loads((fonts / "materialdesignicons6-webfont-charmap-6.9.96.json")
                         .read_text(encoding="utf-8"))
    family_id = QFontDatabase.addApplicationFont(
        str(fonts / "materialdesignicons6-webfont-6.9.96.ttf"))
    font = QFont(QFontDatabase.applicationFontFamilies(family_id)[0])
    font.setPixelSize(1000)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, chr(int(charmap["chair-rolling"], 16)))
    box = path.boundingRect()
    scale = GLYPH_HEIGHT / box.height()
    place = QTransform()
    place.translate(CANVAS / 2, CANVAS / 2)
    place.scale(scale, scale)
    place.translate(-box.center().x(), -box.center().y())
    glyph = place.map(path)
    glyph.setFillRule(Qt.FillRule.WindingFill)  # as text is filled (addText leaves odd-even)
    return glyph


def svg_path_data(path: QPainterPath) -> str:
    words: list[str] = []
    index = 0
    while index < path.elementCount():
        element = path.elementAt(index)
        if element.isMoveTo():
            words.append(f"M{element.x:.2f} {element.y:.2f}")
        elif element.isLineTo():
            words.append(f"L{element.x:.2f} {element.y:.2f}")
        elif element.isCurveTo():
            c2, end = path.elementAt(index + 1), path.elementAt(index + 2)
            words.append(f"C{element.x:.2f} {element.y:.2f} {c2.x:.2f} {c2.y:.2f} "
                         f"{end.x:.2f} {end.y:.2f}")
            index += 2
        index += 1
    return "".join(words) + "Z"


def svg_text() -> str:
    chair = chair_path()
    rule = "evenodd" if chair.fillRule() == Qt.FillRule.OddEvenFill else "nonzero"
    side = CANVAS - 2 * MARGIN
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">\n'
        "  <title>Regiestoel</title>\n"
        '  <defs><linearGradient id="accent" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{TOP}"/><stop offset="1" stop-color="{BOTTOM}"/>'
        "</linearGradient></defs>\n"
        f'  <rect x="{MARGIN}" y="{MARGIN}" width="{side}" height="{side}" rx="{RADIUS}" '
        'fill="url(#accent)"/>\n'
        f'  <path fill="#ffffff" fill-rule="{rule}" d="{svg_path_data(chair)}"/>\n'
        "</svg>\n")


def render(svg: bytes, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon of PNG images (Windows Vista and later read PNG in every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data),
                               offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts)
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = svg_text().encode("utf-8")
    (ICONS / f"{NAME}.svg").write_bytes(svg)
    pngs = {size: png_bytes(render(svg, size)) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"{NAME}-{size}.png").write_bytes(pngs[size])
    (ICONS / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    print(f"make_icons: wrote {NAME}.svg, {len(PNG_SIZES)} PNGs, .ico and .icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
