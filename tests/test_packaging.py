"""The packaging inputs are valid without running PyInstaller (too slow for every CI run).

The validators come from packaging/system-deps.sh --test (desktop-file-utils, appstream).
"""

import importlib.util
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / "org.kamdesk.KamDesk.desktop"
METAINFO = LINUX / "org.kamdesk.KamDesk.metainfo.xml"
ICON = ROOT / "resources" / "icons" / "kamdesk.svg"
PETROL = QColor("#0f4c5c")


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.fail(f"{command[0]} is missing: run packaging/system-deps.sh --test")
    return subprocess.run(command, capture_output=True, text=True, check=False)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP_FILE))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_the_desktop_file_starts_kamdesk_with_the_shipped_icon() -> None:
    entry = desktop_entry()

    assert entry["Exec"] == "kamdesk"
    assert entry["Icon"] == ICON.stem
    assert entry["StartupWMClass"] == "KAM Desk"  # Qt's X11 class is the application name


def test_the_metainfo_passes_appstream_validation() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_launches_the_desktop_file_and_names_the_pyproject_version() -> None:
    component = ElementTree.parse(METAINFO).getroot()

    assert component.findtext("launchable") == DESKTOP_FILE.name
    releases = component.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == project_version()  # newest release first


def test_the_window_registers_under_the_desktop_file_name() -> None:
    from ui.main import DESKTOP_FILE_NAME

    assert f"{DESKTOP_FILE_NAME}.desktop" == DESKTOP_FILE.name


@pytest.mark.parametrize("size", [16, 256])
def test_the_icon_renders_a_petrol_tile_with_a_white_mark(qapp: QApplication, size: int) -> None:
    make_icons = load_script(ROOT / "packaging" / "make_icons.py")

    image: QImage = make_icons.render_png(ICON.read_bytes(), size)

    colours = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
    petrol = sum(1 for c in colours if c.alpha() == 255 and distance(c, PETROL) < 40)
    white = sum(1 for c in colours if c.alpha() == 255 and min(c.red(), c.green(), c.blue()) > 230)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner, transparent
    assert petrol > size * size // 3
    assert white > size * size // 20


def distance(colour: QColor, other: QColor) -> int:
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
    )


def test_the_icon_script_writes_every_hicolor_size(qapp: QApplication, tmp_path: Path) -> None:
    make_icons = load_script(ROOT / "packaging" / "make_icons.py")

    written = make_icons.make_icons(tmp_path)

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "kamdesk.png"))
        assert (png.width(), png.height()) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "kamdesk.svg").read_bytes() == (
        ICON.read_bytes()
    )
    assert len(written) == 9


def test_the_spec_ships_every_file_read_at_run_time() -> None:
    pytest.importorskip("PyInstaller", reason="packaging/build.sh installs PyInstaller")
    spec: dict[str, object] = {"SPECPATH": str(ROOT / "packaging")}
    exec((ROOT / "packaging" / "kamdesk.spec").read_text(encoding="utf-8"), spec)

    datas = spec["DATAS"]
    assert isinstance(datas, list)
    for source, _target in datas:
        assert Path(source).exists(), source
    shipped = {Path(target) / Path(source).name for source, target in datas}
    for needed in (
        "migrations/env.py",
        "migrations/script.py.mako",
        "migrations/versions/0001_initial_schema.py",
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/translations/kamdesk_de.ts",
        "resources/icons/kamdesk.svg",
    ):
        assert Path(needed) in shipped, needed
    entries = spec["ENTRIES"]
    assert isinstance(entries, dict)
    for script, _console in entries.values():
        assert script.exists(), script
