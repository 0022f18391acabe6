"""The window's language: chosen in Settings or taken from the system, then installed as
translators (ours from the .ts source, Qt's own for its dialogs) and the default locale."""

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.wording import Language
from ui.settings.preferences import LanguageChoice
from ui.ts_translator import TsTranslator

TRANSLATIONS_PACKAGE = "resources.translations"
TS_FILES: dict[Language, str] = {"de": "kamdesk_de.ts"}
QT_CATALOGUE = "qtbase"
# Language choosers name each language in its own words.
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "de": "Deutsch"}
# The window formats like the brief: British English or German (app.formatting.LOCALES).
LOCALES: dict[Language, QLocale] = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
}


def window_language(choice: LanguageChoice, system: QLocale) -> Language:
    """The language chosen in Settings; for "System", German on a German system, else English."""
    if choice is LanguageChoice.GERMAN:
        return "de"
    if choice is LanguageChoice.ENGLISH:
        return "en"
    return "de" if system.language() == QLocale.Language.German else "en"


def window_translator(language: Language) -> TsTranslator | None:
    """KAM Desk's own translator for ``language``, read from its .ts source; None for English."""
    name = TS_FILES.get(language)
    if name is None:
        return None
    source = resources.files(TRANSLATIONS_PACKAGE).joinpath(name).read_bytes()
    return TsTranslator.from_ts(source)


def install_language(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app`` and make its locale the default.

    Returns the installed translators (owned by ``app``), for ``remove_language``.
    """
    QLocale.setDefault(LOCALES[language])
    installed: list[QTranslator] = []
    own = window_translator(language)
    if own is not None:
        installed.append(own)
        # Qt's own words (Cancel, Yes, the file and print dialogs), where Qt ships them.
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(LOCALES[language], QT_CATALOGUE, "_", folder):
            installed.append(qt_own)
    for translator in installed:
        translator.setParent(app)
        app.installTranslator(translator)
    return installed


def remove_language(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Undo ``install_language`` (for tests that switch the language back)."""
    for translator in installed:
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
