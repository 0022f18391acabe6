"""A server password and an encryption key never reach a log record, a message shown to the
user, a crash report or the settings file, in the window or on the command line."""

import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import ui.main
from app.bootstrap import open_workspace
from app.cli import main as cli_main
from app.errors import KamDeskError
from app.logs import LOG_FILE_NAME, log_folder
from app.storage.location import location_for_path
from app.storage.redaction import REDACTOR, redaction_installed
from tests.helpers.offscreen import ignore_offscreen_warnings

pytestmark = ignore_offscreen_warnings

PASSWORD = "Geh3im:Pa55/wort@42"  # URL-quoting changes it: both forms must be masked
KEY = "x'" + "5e17" * 16 + "'"
FORMS = (PASSWORD, quote(PASSWORD, safe=""), KEY, KEY[2:-1])


def leaks(text: str) -> list[str]:
    return [form for form in FORMS if form in text]


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def server_url(closed_port: int) -> str:
    return f"postgresql+psycopg://anna:{quote(PASSWORD, safe='')}@127.0.0.1:{closed_port}/kamdesk"


@pytest.fixture(autouse=True)
def key_known() -> None:
    REDACTOR.add(KEY[2:-1])  # the key's hex digits, however it is quoted around them
    REDACTOR.add(KEY)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box's texts; modal ones answer with their last button (Quit)."""
    texts: list[str] = []

    def record(box: QMessageBox) -> None:
        texts.extend([box.windowTitle(), box.text(), box.informativeText(), box.detailedText()])

    def answer(box: QMessageBox) -> int:
        record(box)
        box.buttons()[-1].click()
        return 0

    def critical(_parent: object, title: str, text: str, *_rest: object) -> int:
        texts.extend([title, text])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "open", lambda box: record(box))
    return texts


@pytest.fixture
def user_settings(monkeypatch: pytest.MonkeyPatch, settings: QSettings) -> QSettings:
    monkeypatch.setattr(ui.main, "user_settings", lambda: settings)
    return settings


def written_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_dir():
            yield from (path for path in folder.rglob("*") if path.is_file())


def assert_nothing_leaked(
    caplog: pytest.LogCaptureFixture, shown: list[str], settings: QSettings
) -> None:
    settings.sync()
    for record in caplog.records:
        assert leaks(record.getMessage()) == [], record.getMessage()
        assert leaks(record.exc_text or "") == []
    assert leaks(caplog.text) == []
    assert leaks("\n".join(shown)) == []
    for path in [Path(settings.fileName()), *written_files(log_folder())]:
        assert leaks(path.read_text(encoding="utf-8", errors="replace")) == [], path


def test_a_refused_server_says_so_without_its_password(
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    shown: list[str],
    user_settings: QSettings,
    server_url: str,
) -> None:
    assert ui.main.main(["--db", server_url]) == 1

    assert any("cannot reach the team server" in text for text in shown)
    assert_nothing_leaked(caplog, shown, user_settings)


def test_an_uncaught_exception_leaves_a_masked_crash_report_and_log(
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    shown: list[str],
    user_settings: QSettings,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    installed: list[bool] = []

    def boom() -> None:
        raise RuntimeError(f"the driver said password={PASSWORD} key={KEY}")

    def run_event_loop(_app: QApplication) -> int:
        installed.append(redaction_installed())
        logging.getLogger("kamdesk.test").warning("connecting with %s and %s", PASSWORD, KEY)
        QTimer.singleShot(0, boom)  # raised inside Qt's event loop, as a slot would
        qtbot.waitUntil(lambda: any(log_folder().glob("crash-*.txt")))
        return 0

    monkeypatch.setattr(ui.main.QApplication, "exec", run_event_loop)

    assert ui.main.main(["--db", str(db_path)]) == 0

    assert installed == [True]  # the redaction filter was on the root logger at start
    [report] = log_folder().glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: the driver said password=*** key=***" in text
    assert "boom" in text  # the traceback is there, only the secrets are not
    assert any("unexpected error" in line for line in shown)
    assert any(str(report) in line for line in shown)
    log_file = log_folder() / LOG_FILE_NAME
    assert "connecting with *** and ***" in log_file.read_text(encoding="utf-8")
    assert any(record.levelno == logging.CRITICAL for record in caplog.records)
    assert_nothing_leaked(caplog, shown, user_settings)


def test_the_cli_masks_the_password_and_the_key(
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    server_url: str,
    db_path: Path,
) -> None:
    assert cli_main(["--db", server_url, "accounts"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the team server" in err
    assert redaction_installed()

    open_workspace(db_path).close()
    with pytest.raises(KamDeskError) as refused:  # a plain file is refused with the key
        open_workspace(location_for_path(db_path).with_key(KEY))
    logging.getLogger("kamdesk.test").error("refused: %s", refused.value)

    assert leaks(err + str(refused.value) + caplog.text) == []


def test_a_handler_added_after_start_sees_no_secret_either(
    qtbot: QtBot,
    shown: list[str],
    user_settings: QSettings,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    REDACTOR.add(PASSWORD)  # as the app does once it has learned the password
    later: list[str] = []

    class Keeper(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            later.append(record.getMessage())  # as it arrives, before any other handler

    def run_event_loop(_app: QApplication) -> int:
        logger = logging.getLogger("kamdesk.test.later")
        logger.addHandler(handler := Keeper())  # a library's own handler, say
        try:
            logger.warning("url postgresql://anna:%s@db/kamdesk", quote(PASSWORD, safe=""))
        finally:
            logger.removeHandler(handler)
        return 0

    monkeypatch.setattr(ui.main.QApplication, "exec", run_event_loop)
    assert ui.main.main(["--db", str(db_path)]) == 0
    assert later == ["url postgresql://anna:***@db/kamdesk"]
