"""The German window: every visible string translated, placeholders kept, German on screen."""

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui
import ui.main
from app.bootstrap import Workspace
from app.domain.agenda import AgendaItem, AgendaKind, Urgency
from app.domain.wording import Language
from tests.helpers.marked_strings import marked_strings
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.agenda.agenda_page import AgendaPage
from ui.language import install_language, remove_language, window_language
from ui.main_window import MainWindow
from ui.reminders.due_reminders import Reminder
from ui.reminders.reminder_text import ReminderWording
from ui.settings.preferences import LanguageChoice, Preferences
from ui.ts_translator import TsMessage, TsTranslator, parse_ts

pytestmark = ignore_offscreen_warnings

UI_PACKAGE = Path(ui.__file__).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")
MNEMONIC = re.compile(r"&(?!&)")


def german() -> dict[tuple[str, str, str], TsMessage]:
    source = resources.files("resources.translations").joinpath("kamdesk_de.ts").read_bytes()
    return {
        (message.context, message.source, message.disambiguation): message
        for message in parse_ts(source)
    }


def lupdate() -> Path | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    if beside_python.exists():
        return beside_python
    found = shutil.which("pyside6-lupdate")
    return Path(found) if found else None


def untranslated(keys: list[tuple[str, str, str]], where: list[str]) -> list[str]:
    messages = german()
    return [
        place
        for key, place in zip(keys, where, strict=True)
        if key not in messages or not messages[key].finished
    ]


@pytest.fixture
def in_german(qapp: QApplication) -> Iterator[None]:
    installed = install_language(qapp, "de")
    yield
    remove_language(qapp, installed)


# -- completeness ------------------------------------------------------------------------------
def test_every_string_marked_in_the_source_has_a_german_translation() -> None:
    marked = list(marked_strings(UI_PACKAGE))
    assert len(marked) > 300  # the finder still finds the window's strings

    missing = untranslated([m.key for m in marked], [str(m) for m in marked])

    assert missing == [], "translate these in resources/translations/kamdesk_de.ts"


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_string_lupdate_extracts_has_a_german_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "extracted.ts"
    tool = lupdate()
    assert tool is not None
    subprocess.run(
        [str(tool), "-extensions", "py", "-locations", "none", str(UI_PACKAGE), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = parse_ts(fresh.read_bytes())
    assert len(extracted) > 300

    keys = [(m.context, m.source, m.disambiguation) for m in extracted]
    missing = untranslated(keys, [f"[{m.context}] {m.source!r}" for m in extracted])

    assert missing == [], "run pyside6-lupdate (see ui/ts_translator.py), then translate these"


def test_translations_keep_placeholders_counts_and_mnemonics() -> None:
    broken: list[str] = []
    for message in german().values():
        if not message.finished:
            continue
        for form in message.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(message.source)):
                broken.append(f"{message.source!r}: placeholders differ in {form!r}")
            if "%n" in message.source and "%n" not in form:
                broken.append(f"{message.source!r}: %n missing in {form!r}")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(message.source)):
                broken.append(f"{message.source!r}: & mnemonic differs in {form!r}")
    assert broken == []


# -- the translator --------------------------------------------------------------------------
def test_the_translator_picks_the_german_plural() -> None:
    translator = TsTranslator.from_ts(
        resources.files("resources.translations").joinpath("kamdesk_de.ts").read_bytes()
    )

    one = translator.translate("AgendaPage", "Nothing due in the next %n days", None, 1)
    many = translator.translate("AgendaPage", "Nothing due in the next %n days", None, 30)

    assert one == "Am nächsten %n Tag ist nichts fällig"
    assert many == "In den nächsten %n Tagen ist nichts fällig"
    assert translator.translate("AgendaPage", "No such text") is None
    # A subclass's tr() names the subclass: the same text from its base class is used.
    assert translator.translate("SomeAgendaPageSubclass", "Agenda") == "Agenda"
    assert translator.translate("SomeAccountsPageSubclass", "Accounts") == "Konten"


def test_qt_fills_in_the_count_of_a_german_plural(in_german: None) -> None:
    text = QCoreApplication.translate("AgendaPage", "Nothing due in the next %n days", "", 30)
    assert text == "In den nächsten 30 Tagen ist nichts fällig"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (LanguageChoice.SYSTEM, QLocale.Language.German, "de"),
        (LanguageChoice.SYSTEM, QLocale.Language.French, "en"),
        (LanguageChoice.SYSTEM, QLocale.Language.English, "en"),
        (LanguageChoice.ENGLISH, QLocale.Language.German, "en"),
        (LanguageChoice.GERMAN, QLocale.Language.English, "de"),
    ],
)
def test_the_window_language_comes_from_settings_else_the_system(
    choice: LanguageChoice, system: QLocale.Language, expected: Language
) -> None:
    assert window_language(choice, QLocale(system)) == expected


# -- on screen -------------------------------------------------------------------------------
def test_the_german_window_speaks_german_and_formats_german_dates(
    qtbot: QtBot, in_german: None, demo_workspace: Workspace, settings: QSettings
) -> None:
    window = MainWindow(demo_workspace, TODAY, settings, "de")
    qtbot.addWidget(window)
    agenda = window.stack.currentWidget()
    assert isinstance(agenda, AgendaPage)
    with qtbot.waitSignal(agenda.loaded, timeout=WAIT_MS):
        pass

    navigation = [window.navigation.item(row).text() for row in range(3)]
    assert navigation == ["Agenda", "Konten", "Katalog"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Gehe zu", "&Hilfe"]
    assert agenda.subtitle.text().startswith("Montag, 23. November 2026 · ")
    assert agenda.subtitle.text().endswith("Einträge fällig in den nächsten 30 Tagen")
    overdue = agenda.model.index(0, 0)
    assert overdue.data().startswith("Überfällig (")
    assert agenda.model.index(0, 1, overdue).data() == "25.12.2025"


def test_a_reminder_reads_in_german(in_german: None) -> None:
    item = AgendaItem(
        1,
        "10-4711",
        "Präzisionsteile Müller GmbH",
        AgendaKind.NOTICE_DEADLINE,
        date(2026, 12, 14),
        Urgency.THIS_MONTH,
        "Servicevertrag",
        1,
        reference=date(2027, 3, 14),
    )

    shown = ReminderWording("de").notification([Reminder("k", item, 21, 30)])

    assert shown.title == "Kündigungsfrist endet in 21 Tagen: Präzisionsteile Müller GmbH"
    assert shown.message == (
        "Servicevertrag: Kündigung bis 14.12.2026. Die Laufzeit endet am 14.03.2027."
    )


def test_kamdesk_starts_in_the_language_chosen_in_settings(
    qtbot: QtBot,
    qapp: QApplication,
    db_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Preferences(settings).language = LanguageChoice.GERMAN
    seen: list[tuple[Language, list[str]]] = []

    def registered_window(
        workspace: Workspace, today: date, store: QSettings, language: Language
    ) -> MainWindow:
        window = MainWindow(workspace, today, store, language)
        qtbot.addWidget(window)
        texts = [window.navigation.item(row).text() for row in range(3)]
        seen.append((language, texts))
        return window

    monkeypatch.setattr(ui.main, "MainWindow", registered_window)
    monkeypatch.setattr(ui.main, "user_settings", lambda: settings)
    monkeypatch.setattr(ui.main.QApplication, "exec", lambda _app: 0)

    assert ui.main.main(["--db", str(db_path)]) == 0

    assert seen == [("de", ["Agenda", "Konten", "Katalog"])]
    # Quitting takes the translation down again.
    assert QCoreApplication.translate("Navigation", "Accounts") == "Accounts"
