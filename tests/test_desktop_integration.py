"""The program as the Linux desktop sees it: icon files, menu entry, AppStream data, window."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader

from app import APP_ID, APP_NAME
from tests.xserver import have_x_tools, virtual_display, window_properties

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "build" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_icon_size_is_the_drawn_chair_on_the_accent_square(size: int):
    image = QImage(str(ICONS / f"regiestoel-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
    middle = image.pixelColor(size // 2, size * 3 // 4)
    assert middle.alpha() == 255
    edge = image.pixelColor(size // 2, size // 12 + 1)
    assert edge.green() > edge.red() and edge.alpha() == 255  # the teal accent


def test_the_svg_draws_what_the_pngs_show(qapp):
    icon = QIcon(str(ICONS / "regiestoel.svg"))
    drawn = icon.pixmap(128, 128).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    saved = QImage(str(ICONS / "regiestoel-128.png")).convertToFormat(
        QImage.Format.Format_ARGB32)
    differing = sum(
        1 for y in range(0, 128, 4) for x in range(0, 128, 4)
        if _far(drawn.pixelColor(x, y), saved.pixelColor(x, y)))
    assert differing <= 10, "regenerate the icons with build/make_icons.py"


def _far(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()),
               abs(a.alpha() - b.alpha())) > 48


@pytest.mark.parametrize(("name", "file_format", "sizes"), [
    ("regiestoel.ico", b"ico", {16, 24, 32, 48, 64, 128, 256}),
    ("regiestoel.icns", b"icns", {16, 32, 64, 128, 256, 512}),
])
def test_the_windows_and_macos_icons_hold_every_size(qapp, name, file_format, sizes):
    if file_format not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip(f"Qt cannot read {file_format.decode()} here")
    data = QByteArray((ICONS / name).read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, file_format)
    found = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), (name, index)
        found.add(image.width())
    assert sizes <= found


def test_the_menu_entry_starts_the_program_with_its_icon_and_window_class():
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "regiestoel" and entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID  # installed as hicolor/*/apps/<APP_ID>.png and .svg
    # Qt's WM_CLASS class is the application name; Wayland's app id is the desktop file name.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "regiestoel" in scripts["gui-scripts"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_menu_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def _texts(root: ET.Element, path: str) -> dict[str, str]:
    return {element.get(XML_LANG, "en"): " ".join((element.text or "").split())
            for element in root.findall(path)}


def test_the_appstream_data_describes_the_program_in_dutch_and_english():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]["text"]
    assert set(_texts(root, "name")) == {"en", "nl"}
    summaries = _texts(root, "summary")
    assert set(summaries) == {"en", "nl"} and summaries["en"] != summaries["nl"]
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG, "en") for p in paragraphs} == {"en", "nl"}
    binaries = {b.text for b in root.findall("provides/binary")}
    assert binaries == {"regiestoel", "regiestoel-admin"}
    assert root.find("releases/release").get("version") == project["version"]


def test_every_appstream_screenshot_is_one_of_the_programs_own():
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert shots and shots[0].get("type") == "default"
    for shot in shots:
        assert set(_texts(shot, "caption")) == {"en", "nl"}
        url = shot.findtext("image") or ""
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstream")
def test_the_appstream_data_passes_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not (sys.platform.startswith("linux") and have_x_tools()),
                    reason="needs Xvfb, xdotool and xprop")
def test_the_window_on_a_real_x_server_matches_the_menu_entry(tmp_path: Path):
    """What the desktop reads to put the window under the menu entry's icon."""
    env = dict(os.environ, REGIESTOEL_CONFIG_DIR=str(tmp_path / "config"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", QT_QPA_PLATFORM="xcb")
    with virtual_display() as display:
        env["DISPLAY"] = display
        program = subprocess.Popen(
            [sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "data"),
             "--no-crash-dialog"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        try:
            shown = window_properties(display, program.pid, (
                "WM_CLASS", "_GTK_APPLICATION_ID", "_KDE_NET_WM_DESKTOP_FILE", "_NET_WM_ICON"))
        finally:
            program.terminate()
            program.wait(timeout=30)
    assert shown["WM_CLASS"].endswith(f', "{_desktop_entry()["StartupWMClass"]}"')
    assert shown["_GTK_APPLICATION_ID"] == f'_GTK_APPLICATION_ID = "{APP_ID}"'
    assert shown["_KDE_NET_WM_DESKTOP_FILE"] == f'_KDE_NET_WM_DESKTOP_FILE = "{APP_ID}"'
    assert shown["_NET_WM_ICON"].startswith("_NET_WM_ICON = \tIcon ("), shown["_NET_WM_ICON"]
