"""A full disk in the window: settings, PDFs, exports and database saves each get a clear
message (in the window's language), and nothing saved before is lost."""

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

import app.storage.files
from app.bootstrap import Workspace
from app.errors import KamDeskError
from app.model import Account
from app.storage.write_errors import (
    BACKING_UP,
    OPENING,
    SAVING,
    DatabaseWriteError,
    WriteProblem,
)
from tests.helpers.file_dialogs import ChosenFiles, patch_file_dialogs
from tests.helpers.full_disk import (
    cut_off_points,
    run_in_child,
    run_in_children,
    save_settings_under_limit,
)
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS, new_window
from ui.brief.document_request import DocumentKind, DocumentRequest
from ui.brief.preview_dialog import DocumentPreview
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.interchange.export_dialogs import CsvExportDialog
from ui.language import install_language, remove_language
from ui.settings.preferences import Preferences
from ui.settings.settings_dialog import SettingsDialog
from ui.write_failures import failure_text

pytestmark = ignore_offscreen_warnings

PREVIOUS = b"the previous file\n"


def no_space(_handle: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file the app writes fails as on a full disk, when it is synced."""
    monkeypatch.setattr(app.storage.files.os, "fsync", no_space)


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    installed = install_language(qapp, "de")
    yield
    remove_language(qapp, installed)


# -- settings ----------------------------------------------------------------------------------
def test_settings_saved_into_a_full_disk_keep_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "kamdesk.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    Preferences(store).supplier = "Schneider Maschinenbau AG"
    assert Preferences(store).save()
    previous = path.read_bytes()
    supplier = "Schneider Maschinenbau AG, Werk " + "Süd " * 500
    sample = tmp_path / "sample" / "kamdesk.ini"
    sample.parent.mkdir()
    sample.write_bytes(previous)
    assert run_in_child(save_settings_under_limit, 1 << 20, sample, supplier).returned is True
    full_size = sample.stat().st_size

    limits = cut_off_points(full_size)
    outcomes = run_in_children(
        save_settings_under_limit, [(limit, path, supplier) for limit in limits]
    )

    assert len(limits) == 20
    assert [outcome.returned for outcome in outcomes] == [False] * len(limits), outcomes
    assert path.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kamdesk.ini", "sample"]  # no temp
    assert run_in_child(save_settings_under_limit, full_size, path, supplier).returned is True
    assert path.read_bytes() == sample.read_bytes()


def unwritable_settings(tmp_path: Path) -> QSettings:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    return QSettings(str(blocker / "kamdesk.ini"), QSettings.Format.IniFormat)


def test_the_settings_dialog_says_when_the_settings_could_not_be_saved(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    window = new_window(qtbot, demo_workspace, settings)
    store = unwritable_settings(tmp_path)
    dialog = SettingsDialog(Preferences(store), None, window)
    qtbot.addWidget(dialog)
    dialog.supplier.setText("Schneider Maschinenbau AG")

    dialog.accept()

    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert box.text().startswith(f"Your settings could not be saved to {store.fileName()}")
    assert "previous settings file was kept" in box.text()
    box.close()


def test_closing_the_window_says_when_its_place_could_not_be_saved(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    window = new_window(qtbot, demo_workspace, unwritable_settings(tmp_path))

    window.close()

    assert len(warned) == 1 and "could not be saved" in warned[0]


# -- files ---------------------------------------------------------------------------------------
@pytest.fixture
def worker(demo_workspace: Workspace) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(demo_workspace, ChangeBroadcast())
    yield worker
    worker.stop()


def test_a_pdf_saved_into_a_full_disk_says_so_in_german_and_keeps_the_old_file(
    qtbot: QtBot,
    in_german: None,
    worker: DatabaseWorker,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "briefs" / "brief.pdf"
    target.parent.mkdir()
    target.write_bytes(PREVIOUS)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    request = DocumentRequest(DocumentKind.BRIEF, "10-4711", TODAY, "de")
    preview = DocumentPreview(worker, request, Preferences(settings))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.shown, timeout=WAIT_MS):
        preview.show()

    monkeypatch.setattr(app.storage.files.os, "fsync", no_space)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    box = preview.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert box.informativeText() == (
        f"Datenträger voll beim Speichern von Briefing 10-4711 in {target} "
        "– nichts wurde überschrieben"
    )
    assert target.read_bytes() == PREVIOUS
    assert [p.name for p in target.parent.iterdir()] == ["brief.pdf"]
    box.close()


def test_a_csv_export_into_a_full_disk_names_the_file_and_keeps_the_old_one(
    qtbot: QtBot,
    fresh_demo: Workspace,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    disk_full: None,
) -> None:
    chosen: ChosenFiles = patch_file_dialogs(monkeypatch)
    chosen.save_path = tmp_path / "exports" / "accounts.csv"
    chosen.save_path.parent.mkdir()
    chosen.save_path.write_bytes(PREVIOUS)
    window = new_window(qtbot, fresh_demo, settings)
    dialog = window.interchange.open_csv_export()
    assert isinstance(dialog, CsvExportDialog)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox) is not None, timeout=WAIT_MS)
    box = dialog.findChild(QMessageBox)
    assert box is not None
    assert box.text() == (
        f"Disk full while saving CSV file (Accounts) to {chosen.save_path} "
        "— nothing was overwritten"
    )
    assert chosen.save_path.read_bytes() == PREVIOUS
    assert [p.name for p in chosen.save_path.parent.iterdir()] == ["accounts.csv"]
    assert dialog.export_button.isEnabled()  # the user may choose another place
    box.close()


# -- the database ------------------------------------------------------------------------------
@pytest.fixture
def no_room_to_grow() -> Iterator[None]:
    """Every new SQLite connection may not make its file any larger: SQLITE_FULL."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", limit)
    yield
    event.remove(Engine, "connect", limit)


def add_accounts(session: Any) -> None:
    for number in range(200):
        session.add(Account(name=f"Kunde {number} " + "x" * 300, customer_number=f"F-{number}"))


def test_a_save_into_a_full_disk_is_refused_clearly_and_loses_nothing(
    qtbot: QtBot, fresh_demo: Workspace, no_room_to_grow: None, caplog: pytest.LogCaptureFixture
) -> None:
    fresh_demo.engine.dispose()  # connections from now on have no room
    worker = DatabaseWorker(fresh_demo, ChangeBroadcast())
    messages: list[str] = []
    refused: list[KamDeskError] = []
    try:
        worker.change(add_accounts, (), lambda _r: None, on_error=messages.append)
        worker.change(add_accounts, (), lambda _r: None, on_refused=refused.append)
        qtbot.waitUntil(lambda: bool(messages and refused), timeout=WAIT_MS)
    finally:
        worker.stop()

    database = fresh_demo.location.describe()
    assert messages == [
        f"Disk full while saving to the database {database} — the change was not saved; "
        "everything saved before is kept"
    ]
    assert isinstance(refused[0], DatabaseWriteError)
    assert not [record for record in caplog.records if "failed" in record.getMessage()]
    with fresh_demo.session() as session:
        assert session.query(Account).count() == 12


@pytest.mark.parametrize(
    ("doing", "said"),
    [
        (SAVING, "Datenträger voll beim Speichern in die Datenbank /d/k.db – die Änderung"),
        (OPENING, "Datenträger voll beim Öffnen der Datenbank /d/k.db – darin wurde nichts"),
        (BACKING_UP, "Datenträger voll beim Schreiben der Sicherung /d/k.db – der Arbeitsbereich"),
    ],
)
def test_a_full_database_disk_is_said_in_german_for_what_was_being_done(
    in_german: None, doing: str, said: str
) -> None:
    error = DatabaseWriteError("/d/k.db", WriteProblem.DISK_FULL, doing=doing)
    assert failure_text(error).startswith(said)
