"""Team mode in the window: the Database settings, Test connection, the start-up fallback
to the local file and the profile in the status bar."""

import socket
import time
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

import ui.main
import ui.team.database_section
from app.bootstrap import Workspace
from app.storage.location import DatabaseLocation, default_database_path
from app.storage.secrets import SERVICE_NAME
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import new_window
from ui.settings.preferences import Preferences
from ui.settings.settings_dialog import SettingsDialog
from ui.team.connection_test import ConnectionTest
from ui.team.profile import profile_description

pytestmark = ignore_offscreen_warnings

TEST_TIMEOUT_MS = 10_000  # the core gives up on an unreachable server within 5 s


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its entries in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)  # the root conftest puts the previous one back
    return backend


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def settings_dialog(qtbot: QtBot, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(Preferences(settings), None)
    qtbot.addWidget(dialog)
    return dialog


def choose_team_server(
    qtbot: QtBot, dialog: SettingsDialog, host: str, port: int, user: str = "anna"
) -> None:
    section = dialog.database
    section.kind.setCurrentIndex(section.kind.findData("server"))
    section.host.clear()
    qtbot.keyClicks(section.host, host)
    section.port.setValue(port)
    section.user.clear()
    qtbot.keyClicks(section.user, user)


def test_saving_a_team_server_stores_its_url_without_a_password(
    qtbot: QtBot,
    settings: QSettings,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = settings_dialog(qtbot, settings)
    assert not dialog.database.host.isEnabled()  # local file: no server fields
    choose_team_server(qtbot, dialog, "db.example.com", 5432)
    monkeypatch.setattr(
        ui.team.database_section.QInputDialog,
        "getText",
        lambda *_args, **_kwargs: ("s3cret", True),
    )
    dialog.database.password_button.click()
    dialog.accept()

    stored = str(settings.value("database/url"))
    assert stored == "postgresql+psycopg://anna@db.example.com:5432/kamdesk"
    assert "s3cret" not in Path(settings.fileName()).read_text()
    entry = (SERVICE_NAME, "anna@db.example.com:5432/kamdesk")
    assert memory_keyring.entries == {entry: "s3cret"}
    reopened = settings_dialog(qtbot, settings)
    assert reopened.database.host.text() == "db.example.com"
    assert reopened.database.host.isEnabled()


def test_without_a_keyring_storing_the_password_says_it_is_asked_per_session(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = settings_dialog(qtbot, settings)
    choose_team_server(qtbot, dialog, "db.example.com", 5432)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("s3cret", True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    dialog.database.password_button.click()
    assert len(told) == 1 and "once per session" in told[0]


def test_test_connection_reports_an_unreachable_server_and_the_window_keeps_working(
    qtbot: QtBot, settings: QSettings, closed_port: int
) -> None:
    dialog = settings_dialog(qtbot, settings)
    dialog.show()
    choose_team_server(qtbot, dialog, "127.0.0.1", closed_port)
    section = dialog.database

    started = time.monotonic()
    section.test_button.click()
    assert time.monotonic() - started < 1.0  # the click returns: the connect runs elsewhere
    assert section.result.text().startswith("Connecting to 127.0.0.1")
    assert not section.test_button.isEnabled()
    qtbot.keyClicks(section.database, "_x")  # the window still takes typing meanwhile
    assert section.test is not None
    with qtbot.waitSignal(section.test.finished, timeout=TEST_TIMEOUT_MS):
        pass

    text = section.result.text()
    assert text.startswith("Connection failed: cannot reach the team server at 127.0.0.1:")
    assert str(closed_port) in text
    assert section.database.text() == "kamdesk_x"
    qtbot.waitUntil(section.test_button.isEnabled)


def test_an_unreachable_team_profile_offers_the_local_database_and_opens_it(
    qapp: object, monkeypatch: pytest.MonkeyPatch, closed_port: int
) -> None:
    shown: list[str] = []

    def choose_local(box: QMessageBox) -> int:
        shown.append(box.text())
        chosen = next(b for b in box.buttons() if "local database" in b.text())
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_local)
    url = f"postgresql+psycopg://anna@127.0.0.1:{closed_port}/kamdesk"

    workspace = ui.main.open_chosen_workspace(None, url)

    assert workspace is not None
    try:
        assert workspace.location.path == default_database_path()
    finally:
        workspace.close()
    assert len(shown) == 1
    assert shown[0].startswith(f"cannot reach the team server at 127.0.0.1:{closed_port}")


def test_quit_at_the_fallback_opens_nothing(
    qapp: object, monkeypatch: pytest.MonkeyPatch, closed_port: int
) -> None:
    def choose_quit(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Quit").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_quit)
    url = f"postgresql+psycopg://anna@127.0.0.1:{closed_port}/kamdesk"

    assert ui.main.open_chosen_workspace(None, url) is None
    assert not default_database_path().exists()


def test_the_status_bar_shows_the_team_profile(
    qtbot: QtBot, demo_workspace: Workspace, settings: QSettings
) -> None:
    server = DatabaseLocation(make_url("postgresql+psycopg://anna:pw@db.example.com:5432/kamdesk"))
    assert profile_description(server) == "Team server: anna@db.example.com:5432/kamdesk"
    local = new_window(qtbot, demo_workspace, settings)
    assert local.database_label.description == str(demo_workspace.location.path)
    team = new_window(qtbot, replace(demo_workspace, location=server), settings)
    assert team.database_label.description == "Team server: anna@db.example.com:5432/kamdesk"
    assert "pw" not in team.database_label.toolTip()


def test_test_connection_reaches_a_running_server(
    qtbot: QtBot, postgres_location: DatabaseLocation
) -> None:
    test = ConnectionTest(postgres_location)
    with qtbot.waitSignal(test.outcome, timeout=TEST_TIMEOUT_MS) as outcome:
        test.start()
    test.wait()
    assert outcome.args == [True, ""]
