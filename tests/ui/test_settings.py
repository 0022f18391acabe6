"""File → Settings (Ctrl+,) and the versioned settings schema it is stored in."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Workspace
from tests.helpers.offscreen import ignore_offscreen_warnings
from ui.main_window import MainWindow
from ui.settings.preferences import LanguageChoice, Preferences
from ui.settings.schema import SCHEMA_VERSION, VERSION_KEY
from ui.settings.settings_dialog import SettingsDialog
from ui.window_settings import WindowSettings

pytestmark = ignore_offscreen_warnings

CTRL = Qt.KeyboardModifier.ControlModifier


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def listed_days(dialog: SettingsDialog) -> list[str]:
    days = dialog.reminder_days.list
    return [days.item(row).text() for row in range(days.count())]


def test_ctrl_comma_opens_the_settings_as_stored(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace
) -> None:
    dialog = open_settings(qtbot, window)

    assert dialog.chosen_language() is LanguageChoice.SYSTEM
    assert dialog.language.currentText().startswith("System (")
    assert dialog.chosen_document_language() is None
    assert dialog.reminders_enabled.isChecked()
    assert listed_days(dialog) == ["30 days before", "14 days before", "7 days before"]
    limits = [label.text() for label in dialog.no_contact_limits]
    assert limits == [f"after {days} days without contact" for days in (30, 60, 90)]
    database = demo_workspace.location.path
    assert database is not None
    assert dialog.backup_folder.text() == str(database.parent / "backups")
    dialog.close()


def test_save_stores_language_reminders_and_company(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # System → English
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English → Deutsch
    qtbot.keyClick(dialog.document_language, Qt.Key.Key_Down)  # → English
    qtbot.keyClicks(dialog.supplier, "Weber Werkzeugmaschinen GmbH")
    days = dialog.reminder_days
    days.day.selectAll()
    qtbot.keyClicks(days.day, "3")
    qtbot.mouseClick(days.add_button, Qt.MouseButton.LeftButton)
    fourteen = days.list.visualItemRect(days.list.item(1)).center()
    qtbot.mouseClick(days.list.viewport(), Qt.MouseButton.LeftButton, pos=fourteen)
    qtbot.mouseClick(days.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.reminders_enabled, Qt.MouseButton.LeftButton)
    assert not days.isEnabled()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    stored = Preferences(settings)
    assert stored.language is LanguageChoice.GERMAN
    assert stored.document_language == "en"
    assert stored.supplier == "Weber Werkzeugmaschinen GmbH"
    assert stored.notice_reminder_days == (30, 7, 3)
    assert not stored.reminders_enabled


def test_cancel_leaves_the_settings_as_they_were(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.reminders_enabled, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.supplier, "Someone Else AG")

    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    stored = Preferences(settings)
    assert stored.reminders_enabled
    assert stored.supplier == ""


def test_reminder_days_stay_distinct_and_furthest_first(qtbot: QtBot, settings: QSettings) -> None:
    dialog = SettingsDialog(Preferences(settings), None)
    qtbot.addWidget(dialog)
    days = dialog.reminder_days

    for day in (14, 60, 1):
        days.day.setValue(day)
        qtbot.mouseClick(days.add_button, Qt.MouseButton.LeftButton)

    assert days.days() == (60, 30, 14, 7, 1)
    assert listed_days(dialog)[-1] == "1 day before"
    assert dialog.backup_folder.text() == "Kept by the database server"


def test_version_1_settings_are_upgraded_and_keep_their_english_window(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue(VERSION_KEY, 1)
    store.setValue("window/geometry", QByteArray(b"old geometry"))
    store.setValue("window/last_page", "accounts")

    window_settings = WindowSettings(store)

    assert int(store.value(VERSION_KEY)) == SCHEMA_VERSION == 2
    assert Preferences(store).language is LanguageChoice.ENGLISH  # as version 1 showed it
    assert window_settings.geometry == QByteArray(b"old geometry")
    assert window_settings.last_page == "accounts"


def test_new_settings_start_current_and_follow_the_system_language(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat)

    preferences = Preferences(store)

    assert int(store.value(VERSION_KEY)) == SCHEMA_VERSION
    assert preferences.language is LanguageChoice.SYSTEM
    assert preferences.notice_reminder_days == (30, 14, 7)


def test_settings_of_a_newer_version_are_read_and_left_alone(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "newer.ini"), QSettings.Format.IniFormat)
    store.setValue(VERSION_KEY, SCHEMA_VERSION + 1)
    store.setValue("reminders/notice_days", "21,7")

    preferences = Preferences(store)

    assert int(store.value(VERSION_KEY)) == SCHEMA_VERSION + 1
    assert preferences.notice_reminder_days == (21, 7)
    assert preferences.language is LanguageChoice.SYSTEM


def test_shown_reminders_are_kept_per_day_and_forgotten_a_year_later(tmp_path: Path) -> None:
    preferences = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))

    preferences.remember_shown(["budget_window/3/2026-12-02"], date(2026, 12, 2))
    assert preferences.shown_reminders() == {"budget_window/3/2026-12-02": date(2026, 12, 2)}

    preferences.remember_shown(["notice_deadline/1/2028-01-31/7"], date(2028, 1, 24))
    assert list(preferences.shown_reminders()) == ["notice_deadline/1/2028-01-31/7"]
