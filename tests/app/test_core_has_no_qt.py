"""The core never imports Qt or the ui package, and importing it has no side effects."""

import subprocess
import sys
from pathlib import Path

import app

PROBE = """
import importlib, pkgutil, sys
import app
names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
for name in names:
    if name.endswith("__main__"):
        continue
    importlib.import_module(name)
offenders = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(len(names))
print(",".join(offenders))
"""


def test_importing_every_core_module_loads_no_qt(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=Path(app.__file__).parent.parent,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    count, offenders = done.stdout.splitlines()
    assert int(count) > 20
    assert offenders == ""
    # Importing must not create the per-user database or its folder.
    assert list(tmp_path.iterdir()) == []


def test_no_core_source_mentions_pyside() -> None:
    root = Path(app.__file__).parent
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "PySide6" not in text, source
        assert "import ui" not in text and "from ui" not in text, source
