"""Benchmark: cold start of the window to an interactive agenda on the 5,000-account
workspace, beside a floor measured in the same run: a script that imports PySide6 and
SQLAlchemy, opens the same database, runs one query and paints a table of its rows.

    python bench/startup_bench.py [--runs 5]

Whole-process wall time from spawn to "ready", and each process's peak memory. Targets
(DESIGN §9): at most 1.5x the floor; peak memory under 200 MB.
"""

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from bench.workspace import TODAY, benchmark_workspace

FLOOR = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import create_engine, text

app = QApplication([])
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as connection:
    rows = connection.execute(text(
        "SELECT customer_number, name, city, tier FROM account ORDER BY name")).all()


class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(rows[index.row()][index.column()])
        return None


view = QTableView()
model = Rows()
view.setModel(model)
view.resize(1200, 800)
view.show()
QTimer.singleShot(0, app.quit)  # after the first paint
app.exec()
import resource
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

APP = """
import gc, sys, tempfile
from datetime import date
from PySide6.QtCore import QSettings, QTimer
from app.bootstrap import open_workspace
from ui.main import application
from ui.main_window import MainWindow, PageId

qt_app = application()
workspace = open_workspace(sys.argv[1])
gc.freeze()
settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
window = MainWindow(workspace, date.fromisoformat(sys.argv[2]), settings, "en")
window.resize(1200, 800)
window.show()
agenda = window.page(PageId.AGENDA)
agenda.loaded.connect(lambda: QTimer.singleShot(0, qt_app.quit))  # after the first paint
qt_app.exec()
window.worker.stop()
workspace.close()
import resource
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *args: str) -> tuple[float, float]:
    """Wall seconds from spawn to exit, and the child's peak resident memory in MB."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or "ready" not in done.stdout:
        raise SystemExit(f"benchmark child failed:\n{done.stderr[-2000:]}")
    peak_kb = int(done.stdout.split("ready", 1)[1].split()[0])
    return elapsed, peak_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = str(benchmark_workspace())
    floors, starts, floor_peak, app_peak = [], [], 0.0, 0.0
    for _ in range(args.runs):
        seconds, peak = run(FLOOR, path)
        floors.append(seconds)
        floor_peak = max(floor_peak, peak)
        seconds, peak = run(APP, path, TODAY.isoformat())
        starts.append(seconds)
        app_peak = max(app_peak, peak)
    floor, start = sorted(floors)[len(floors) // 2], sorted(starts)[len(starts) // 2]
    print(f"cold start to an interactive agenda (median of {args.runs}): {start:.2f} s")
    print(f"floor: PySide6 + SQLAlchemy, one query, a painted table:   {floor:.2f} s")
    print(f"ratio: {start / floor:.2f}x   (target 1.5x)")
    print(f"peak memory: window {app_peak:.0f} MB, floor {floor_peak:.0f} MB (target 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
