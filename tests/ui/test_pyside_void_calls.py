"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call.

After a few thousand calls None's refcount reaches zero and the interpreter aborts with
``Fatal Python error: none_dealloc``; that is why pyproject.toml pins 6.11.3. These tests
fail on such a build: the first measures the leak in-process, the second lets a child
process run into the abort so the test runner survives to report it.
"""

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable

import PySide6
import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS_PER_METHOD = 5_000
# Stop measuring once drift passes this: a leaking build must fail here, not abort the runner.
DRIFT_LIMIT = 50
CHUNK = 100


def none_refcount_drift(void_call: Callable[[], None]) -> tuple[int, int]:
    """Call ``void_call`` up to CALLS_PER_METHOD times; return (refcount drift of None, calls)."""
    void_call()  # first call may cache something legitimately
    before = sys.getrefcount(None)
    made = 0
    while made < CALLS_PER_METHOD:
        for _ in range(CHUNK):
            void_call()
        made += CHUNK
        drift = sys.getrefcount(None) - before
        if abs(drift) >= DRIFT_LIMIT:
            return drift, made
    return sys.getrefcount(None) - before, made


@pytest.mark.parametrize(
    "method",
    ["QObject.setObjectName", "QWidget.setEnabled", "QWidget.resize", "QTimer.setInterval"],
)
def test_void_qt_calls_keep_none_alive(qtbot: QtBot, method: str) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    plain_object = QObject()
    timer = QTimer()
    void_calls: dict[str, Callable[[], None]] = {
        "QObject.setObjectName": lambda: plain_object.setObjectName("account"),
        "QWidget.setEnabled": lambda: widget.setEnabled(True),
        "QWidget.resize": lambda: widget.resize(320, 200),
        "QTimer.setInterval": lambda: timer.setInterval(250),
    }

    drift, made = none_refcount_drift(void_calls[method])

    assert abs(drift) < DRIFT_LIMIT, (
        f"{method} moved sys.getrefcount(None) by {drift:+d} in {made} calls: "
        f"PySide6 {PySide6.__version__} leaks None on void calls; keep the 6.11.3 pin"
    )


CHILD_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    qt_app = QApplication([])
    plain_object, widget, timer = QObject(), QWidget(), QTimer()
    for _ in range(50_000):
        plain_object.setObjectName("account")
        widget.setEnabled(True)
        widget.resize(320, 200)
        timer.setInterval(250)
    """
)


def test_two_hundred_thousand_void_calls_do_not_abort_python() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", CHILD_SCRIPT],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert child.returncode == 0, (
        f"a child making 200,000 void Qt calls exited with {child.returncode} "
        f"(PySide6 {PySide6.__version__}):\n{child.stderr[-2000:]}"
    )
