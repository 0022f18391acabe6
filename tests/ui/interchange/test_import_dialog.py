"""File → Import from CSV: the preview names each bad row, and an import is all or nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from app.domain.accounts import count_accounts
from app.storage.backup import backup_dir_for
from tests.helpers.file_dialogs import ChosenFiles
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS
from ui.accounts.accounts_model import NAME
from ui.accounts.accounts_page import AccountsPage
from ui.interchange.import_dialog import ImportDialog
from ui.main_window import MainWindow

pytestmark = ignore_offscreen_warnings

GOOD = "customer_number;name;tier;city;colour\n99-0001;Neue Fräserei GmbH;B;Ulm;blau\n"
BAD = (
    "customer_number;name;tier;city\n"
    "99-0001;Neue Fräserei GmbH;B;Ulm\n"
    "99-0002;;Z;Ulm\n"
    "99-0003;Dritte GmbH;A;Ulm\n"
)


def write_csv(folder: Path, text: str) -> Path:
    path = folder / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    return path


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    """Ctrl+I, as a user opens it."""
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def preview_file(qtbot: QtBot, dialog: ImportDialog, chosen: ChosenFiles, path: Path) -> None:
    chosen.open_path = path
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_model.rowCount() > 0, timeout=WAIT_MS)


def problems_listed(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    items = (dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount()))
    return [(item.text(0), item.text(1), item.text(2)) for item in items]


def test_a_valid_file_previews_and_imports_and_the_accounts_list_shows_it(
    qtbot: QtBot,
    own_window: MainWindow,
    fresh_demo: Workspace,
    chosen_files: ChosenFiles,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    dialog = open_import(qtbot, own_window)

    preview_file(qtbot, dialog, chosen_files, write_csv(tmp_path, GOOD))

    qtmodeltester.check(dialog.preview_model)
    assert dialog.preview_model.index(0, 3).data() == "Neue Fräserei GmbH"
    assert dialog.preview_model.headerData(3, Qt.Orientation.Horizontal) == "name\n→ name"
    assert dialog.preview_model.headerData(6, Qt.Orientation.Horizontal) == "colour\n(ignored)"
    assert "UTF-8" in dialog.reading.text()
    assert "“;”" in dialog.reading.text()
    assert problems_listed(dialog) == []
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    summary = imported.args[0]
    assert summary.startswith("1 accounts imported; a backup was taken first:")
    backups = list(backup_dir_for(fresh_demo.location.path or Path()).iterdir())
    assert any(path.name in summary for path in backups)
    assert dialog.summary.text() == summary
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    with qtbot.waitActive(own_window):
        own_window.activateWindow()
    qtbot.keyClick(own_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = own_window.stack.currentWidget()
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(
        lambda: (
            "Neue Fräserei GmbH"
            in [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]
        ),
        timeout=WAIT_MS,
    )


def test_a_bad_row_is_named_with_its_column_and_reason_and_nothing_is_imported(
    qtbot: QtBot,
    own_window: MainWindow,
    fresh_demo: Workspace,
    chosen_files: ChosenFiles,
    tmp_path: Path,
) -> None:
    with fresh_demo.session() as session:
        before = count_accounts(session)
    dialog = open_import(qtbot, own_window)

    preview_file(qtbot, dialog, chosen_files, write_csv(tmp_path, BAD))

    assert problems_listed(dialog) == [
        ("3", "name", "is empty"),
        ("3", "tier", "'Z' is not one of: A, B, C"),
    ]
    model = dialog.preview_model
    assert [model.row_has_problems(row) for row in range(3)] == [False, True, False]
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "'Z' is not one of: A, B, C"
    assert model.index(1, 1).data() == "name: is empty; tier: 'Z' is not one of: A, B, C"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.isVisible(), timeout=WAIT_MS)

    assert dialog.summary.text() == "2 problems found; nothing was written."
    assert "Nothing was imported" in dialog.problems_title.text()
    assert ("3", "tier", "'Z' is not one of: A, B, C") in problems_listed(dialog)
    with fresh_demo.session() as session:
        assert count_accounts(session) == before
    assert dialog.import_button.isEnabled()  # fix the file, then try again


@pytest.mark.parametrize("rows", [3000])
def test_a_large_file_imports_with_a_progress_bar_while_the_window_keeps_running(
    qtbot: QtBot,
    own_window: MainWindow,
    chosen_files: ChosenFiles,
    tmp_path: Path,
    rows: int,
) -> None:
    lines = [f"98-{n:05d};Firma {n};C" for n in range(rows)]
    path = write_csv(tmp_path, "customer_number;name;tier\n" + "\n".join(lines) + "\n")
    dialog = open_import(qtbot, own_window)
    preview_file(qtbot, dialog, chosen_files, path)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)

    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert not close.isEnabled()  # an import runs to its end

    assert imported.args[0].startswith(f"{own_window.locale().toString(rows)} accounts imported")
    assert seen  # the worker's reports reached the bar
    assert not dialog.progress.isVisible()


def test_the_first_start_import_choice_opens_the_dialog(
    qtbot: QtBot, own_window: MainWindow
) -> None:
    from ui.first_start.first_start_page import FirstStartPage

    welcome = FirstStartPage(can_create_account=False, can_import=True)
    welcome.import_requested.connect(own_window.interchange.open_import)
    own_window.show_welcome(welcome)
    qtbot.waitExposed(welcome)

    qtbot.mouseClick(welcome.import_csv, Qt.MouseButton.LeftButton)

    assert isinstance(own_window.findChild(ImportDialog), ImportDialog)
