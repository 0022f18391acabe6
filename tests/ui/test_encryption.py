"""The encrypted workspace in the window: Settings → Security and the first start encrypt the
open workspace on the database worker (keyring key, or a passphrase where there is no
keyring), the window keeps working on the encrypted file, and a passphrase is asked in a
dialog at start."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import ui.main
from app.bootstrap import Workspace, open_workspace
from app.domain.accounts import count_accounts
from app.storage.cipher import SQLITE_HEADER, looks_encrypted
from app.storage.encryption import encrypt_workspace
from app.storage.location import location_for_path
from app.storage.secrets import SERVICE_NAME
from tests.helpers.keyrings import MemoryKeyring, install_memory_keyring
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import WAIT_MS, new_window
from tests.helpers.workspace_windows import workspace_windows
from ui.encryption.conversion_dialog import ConversionDialog
from ui.encryption.passphrase_prompt import PassphraseDialog
from ui.main_window import MainWindow
from ui.settings.settings_dialog import SettingsDialog
from ui.workspace_windows import WorkspaceWindows

pytestmark = ignore_offscreen_warnings

PASSPHRASE = "Kuendigungsfrist 2027!"  # QTest types ASCII only
CONVERT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return install_memory_keyring()


def open_security(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.encryption is not None
    return dialog


def conversion_dialog(qtbot: QtBot, parent: object) -> ConversionDialog:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ConversionDialog) and dialog.parent() is parent
    return dialog


def run_conversion(qtbot: QtBot, dialog: ConversionDialog) -> str:
    with qtbot.waitSignal(dialog.converted, timeout=CONVERT_MS) as converted:
        qtbot.mouseClick(dialog.run_button, LEFT)
        dialog.reject()  # Escape or the window's close button: it cannot stop half-way
        assert dialog.isVisible() and not dialog.run_button.isEnabled()
    assert not dialog.isVisible()
    return str(converted.args[0])


def accounts_in_window(qtbot: QtBot, window: MainWindow) -> int:
    counted: list[int] = []
    window.worker.run(count_accounts, counted.append)
    qtbot.waitUntil(lambda: bool(counted), timeout=WAIT_MS)
    return counted[0]


def test_settings_encrypt_and_decrypt_the_open_workspace_with_the_keyring(
    qtbot: QtBot, fresh_demo: Workspace, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    window = new_window(qtbot, fresh_demo, settings)
    path = fresh_demo.location.path
    assert path is not None
    settings_dialog = open_security(qtbot, window)
    section = settings_dialog.encryption
    assert section is not None
    assert section.state.text() == "Not encrypted"
    assert section.button.text() == "Encrypt this workspace…"

    qtbot.mouseClick(section.button, LEFT)
    dialog = conversion_dialog(qtbot, section)
    assert not dialog.passphrase_form.isVisible()  # the keyring keeps the key
    message = run_conversion(qtbot, dialog)

    assert message == "This workspace is now encrypted; its key is in your keyring."
    assert looks_encrypted(path)
    assert list(memory_keyring.entries) == [(SERVICE_NAME, f"encryption-key:{path}")]
    assert section.state.text() == "Encrypted (SQLCipher, AES-256)"
    assert window.statusBar().currentMessage() == message
    assert accounts_in_window(qtbot, window) == 12  # the worker reads the encrypted file

    qtbot.mouseClick(section.button, LEFT)
    dialog = conversion_dialog(qtbot, section)
    assert dialog.run_button.text() == "Decrypt"
    assert run_conversion(qtbot, dialog) == "This workspace is no longer encrypted."
    assert path.read_bytes()[:16] == SQLITE_HEADER
    assert memory_keyring.entries == {}
    assert section.button.text() == "Encrypt this workspace…"
    assert accounts_in_window(qtbot, window) == 12
    settings_dialog.close()


def test_without_a_keyring_a_passphrase_is_chosen_and_checked(
    qtbot: QtBot, fresh_demo: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window(qtbot, fresh_demo, settings)
    path = fresh_demo.location.path
    assert path is not None
    section = open_security(qtbot, window).encryption
    assert section is not None
    qtbot.mouseClick(section.button, LEFT)
    dialog = conversion_dialog(qtbot, section)
    assert dialog.passphrase_form.isVisible()

    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.repeated, "short")
    qtbot.mouseClick(dialog.run_button, LEFT)
    assert dialog.message.text() == "The passphrase needs at least 8 characters."
    dialog.passphrase.clear()
    dialog.repeated.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeated, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.run_button, LEFT)
    assert dialog.message.text() == "The two passphrases differ."
    assert not looks_encrypted(path)

    dialog.repeated.clear()
    qtbot.keyClicks(dialog.repeated, PASSPHRASE)
    message = run_conversion(qtbot, dialog)

    assert message == "This workspace is now encrypted; it opens with your passphrase."
    assert looks_encrypted(path)
    assert accounts_in_window(qtbot, window) == 12
    monkeypatch.setenv("KAMDESK_PASSPHRASE", PASSPHRASE)
    reopened = open_workspace(path)
    assert reopened.location.is_encrypted
    reopened.close()


@pytest.fixture
def windows(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> Iterator[WorkspaceWindows]:
    windows = workspace_windows(qtbot, workspace, settings)
    yield windows
    windows.close()


def test_the_first_start_offers_to_encrypt_the_new_workspace(
    qtbot: QtBot, windows: WorkspaceWindows, memory_keyring: MemoryKeyring
) -> None:
    window = windows.start()
    qtbot.waitUntil(lambda: windows.welcome is not None, timeout=WAIT_MS)
    welcome = windows.welcome
    assert welcome is not None and welcome.encrypt.isEnabled()

    qtbot.mouseClick(welcome.encrypt, LEFT)
    run_conversion(qtbot, conversion_dialog(qtbot, window))

    path = window.encryption.workspace.location.path
    assert path is not None and looks_encrypted(path)
    assert not welcome.encrypt.isEnabled()
    assert welcome.encrypt.toolTip() == "This workspace is encrypted."
    assert welcome.demo.isEnabled()


class PassphraseAnswers:
    """Answers each PassphraseDialog that comes up by typing and clicking, like a user."""

    def __init__(self, qtbot: QtBot, answers: list[str | None]) -> None:
        self.qtbot = qtbot
        self.answers = answers
        self.questions: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible():
            return
        self.questions.append(dialog.question.text())
        answer = self.answers.pop(0)
        if answer is None:
            button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.qtbot.keyClicks(dialog.passphrase, answer)
            button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.qtbot.mouseClick(button, LEFT)


@pytest.fixture
def encrypted_with_passphrase(db_path: Path) -> Path:
    open_workspace(db_path).close()
    encrypt_workspace(location_for_path(db_path), PASSPHRASE)
    return db_path


def test_the_passphrase_is_asked_in_a_dialog_at_start(
    qtbot: QtBot, encrypted_with_passphrase: Path
) -> None:
    answers = PassphraseAnswers(qtbot, ["not it", PASSPHRASE])

    workspace = ui.main.open_chosen_workspace(str(encrypted_with_passphrase), "")

    answers.timer.stop()
    assert workspace is not None and workspace.location.is_encrypted
    workspace.close()
    first, second = answers.questions
    assert first == (
        f"The workspace {encrypted_with_passphrase} is encrypted. Enter its passphrase:"
    )
    assert second.startswith("That passphrase does not open it. Try again:")


def test_cancelling_the_passphrase_says_so_and_opens_nothing(
    qtbot: QtBot, encrypted_with_passphrase: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ui.main.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    answers = PassphraseAnswers(qtbot, [None])

    assert ui.main.open_chosen_workspace(str(encrypted_with_passphrase), "") is None

    answers.timer.stop()
    assert shown == [
        f"No passphrase was given for the encrypted workspace {encrypted_with_passphrase}."
    ]
