"""Render the one icon source into the hicolor theme's PNG sizes (a build step, never committed).

Usage: python packaging/make_icons.py [OUTPUT_DIR]   (default: build/icons)
Writes OUTPUT_DIR/hicolor/<n>x<n>/apps/kamdesk.png and hicolor/scalable/apps/kamdesk.svg.
"""

import os
import shutil
import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "kamdesk"


def icon_source() -> Path:
    """The SVG every size is rendered from."""
    return Path(str(files("resources.icons").joinpath(f"{ICON_NAME}.svg")))


def render_png(svg_data: bytes, size: int) -> QImage:
    """The icon drawn on a transparent square of ``size`` pixels; ValueError for a bad SVG."""
    renderer = QSvgRenderer(svg_data)
    if not renderer.isValid():
        raise ValueError("the icon SVG cannot be parsed")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def make_icons(output: Path) -> list[Path]:
    """Write every hicolor size plus the scalable SVG under ``output``; return the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _keep = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts and painters
    source = icon_source()
    svg_data = source.read_bytes()
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = output / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render_png(svg_data, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    scalable = output / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")
    for path in make_icons(root):
        print(path)
