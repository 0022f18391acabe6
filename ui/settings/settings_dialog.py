"""File → Settings: language, reminders, and the rules and folders that are shown, not set."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.health import NO_CONTACT_LIMIT_DAYS
from app.domain.wording import Language
from ui.encryption.conversion_dialog import WorkspaceEncryption
from ui.language import LANGUAGE_NAMES, window_language
from ui.page_header import muted_label
from ui.problem_box import show_problem
from ui.settings.encryption_section import EncryptionSection
from ui.settings.preferences import LanguageChoice, Preferences
from ui.settings.reminder_days import ReminderDaysEditor
from ui.settings_store import unsaved_message
from ui.team.database_section import DatabaseSection
from ui.team.profile import server_from_url, stored_url

SECTION_GAP = 14
FIELD_WIDTH = 280
HINT_WIDTH = 390
DIALOG_WIDTH = 620
SCREEN_SHARE = 0.9  # of the available height, at most
FOOTER_HEIGHT = 64  # the rule and the buttons under the settings


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(label: QLabel) -> QLabel:
    """``label`` wrapped to a fixed width: its height is then known up front, and the form
    never squeezes it."""
    label.setWordWrap(True)
    label.setFixedWidth(HINT_WIDTH)
    label.setFixedHeight(label.heightForWidth(HINT_WIDTH))
    return label


def _hint(text: str) -> QLabel:
    """A muted explanation under a field."""
    return _wrapped(muted_label(text))


class SettingsDialog(QDialog):
    """Edits ``preferences``; nothing is stored until Save. ``backup_folder`` is None for a
    database on a server, whose backups are the server's business. ``encryption`` (the
    window's) adds the Security section, whose conversion runs at once, not on Save."""

    def __init__(
        self,
        preferences: Preferences,
        backup_folder: Path | None,
        parent: QWidget | None = None,
        encryption: WorkspaceEncryption | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._preferences = preferences

        self.language = QComboBox()
        system = LANGUAGE_NAMES[window_language(LanguageChoice.SYSTEM, QLocale.system())]
        self.language.addItem(self.tr("System ({language})").format(language=system), "system")
        self.language.addItem(LANGUAGE_NAMES["en"], "en")
        self.language.addItem(LANGUAGE_NAMES["de"], "de")
        self.language.setCurrentIndex(self.language.findData(preferences.language.value))
        self.document_language = QComboBox()
        self.document_language.addItem(self.tr("Same as the window"), "")
        self.document_language.addItem(LANGUAGE_NAMES["en"], "en")
        self.document_language.addItem(LANGUAGE_NAMES["de"], "de")
        self.document_language.setCurrentIndex(
            self.document_language.findData(preferences.document_language or "")
        )
        self.supplier = QLineEdit(preferences.supplier)
        self.supplier.setPlaceholderText(self.tr("e.g. Weber Werkzeugmaschinen GmbH"))
        for field in (self.language, self.document_language, self.supplier):
            field.setFixedWidth(FIELD_WIDTH)

        self.reminders_enabled = QCheckBox(
            self.tr("Remind me of budget windows and notice deadlines")
        )
        self.reminders_enabled.setChecked(preferences.reminders_enabled)
        self.reminder_days = ReminderDaysEditor(preferences.notice_reminder_days)
        self.reminders_enabled.toggled.connect(self.reminder_days.setEnabled)
        self.reminder_days.setEnabled(preferences.reminders_enabled)
        self.database = DatabaseSection(server_from_url(preferences.database_url))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        # One form for every section, so that all labels share one column.
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._add_language()
        self._add_reminders()
        self._add_database()
        self.encryption = EncryptionSection(encryption) if encryption is not None else None
        if self.encryption is not None:
            self._add_security(self.encryption)
        self._add_rules(backup_folder)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 18, 24, 8)
        inner.addLayout(self.form)
        inner.addStretch(1)
        # On a small laptop screen the settings scroll instead of squeezing into each other.
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(rule)
        footer = QVBoxLayout()
        footer.setContentsMargins(24, 10, 24, 14)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self._fit_to_screen(content)

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as the settings need, but never taller than the screen allows."""
        hint = content.sizeHint()
        width = max(DIALOG_WIDTH, hint.width())
        needed = hint.height() + FOOTER_HEIGHT
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            needed = min(needed, round(screen.availableGeometry().height() * SCREEN_SHARE))
        self.resize(width, needed)

    def _heading(self, text: str) -> None:
        if self.form.rowCount():
            self.form.addItem(QSpacerItem(0, SECTION_GAP))
        self.form.addRow(_section(text))

    def _add_language(self) -> None:
        self._heading(self.tr("Language"))
        self.form.addRow(self.tr("Window"), self.language)
        self.form.addRow("", _hint(self.tr("Takes effect the next time KAM Desk starts.")))
        self.form.addRow(self.tr("Briefs and statements"), self.document_language)
        self.form.addRow(self.tr("Your company"), self.supplier)
        self.form.addRow("", _hint(self.tr("Printed at the top of the customer's statement.")))

    def _add_reminders(self) -> None:
        self._heading(self.tr("Reminders"))
        self.form.addRow("", self.reminders_enabled)
        self.form.addRow(self.tr("Notice deadlines"), self.reminder_days)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "A budget window is announced on the day it opens. Reminders appear "
                    "as desktop notifications, also while the window is minimised."
                )
            ),
        )

    def _add_database(self) -> None:
        self._heading(self.tr("Database"))
        self.form.addRow(self.database)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "Opened at the next start unless --db or KAMDESK_DB names another "
                    "database. The password is never kept in the settings."
                )
            ),
        )

    def _add_security(self, section: EncryptionSection) -> None:
        self._heading(self.tr("Security"))
        section.setFixedWidth(HINT_WIDTH)
        self.form.addRow(self.tr("Workspace file"), section)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "Encrypts the database and its backups on this computer, with the key "
                    "in your keyring (or a passphrase). Printed briefs and exports are not "
                    "encrypted."
                )
            ),
        )

    def _add_rules(self, backup_folder: Path | None) -> None:
        self._heading(self.tr("“No contact” warning"))
        self.no_contact_limits: list[QLabel] = []
        for tier, days in NO_CONTACT_LIMIT_DAYS.items():
            limit = QLabel(self.tr("after {days} days without contact").format(days=days))
            self.no_contact_limits.append(limit)
            self.form.addRow(self.tr("Tier {tier}").format(tier=tier.value), limit)
        self.form.addRow(
            "", _hint(self.tr("Fixed by the health rules of this version; not adjustable yet."))
        )

        self._heading(self.tr("Backups"))
        if backup_folder is None:
            folder = QLabel(self.tr("Kept by the database server"))
        else:
            folder = QLabel(str(backup_folder))
            folder.setTextFormat(Qt.TextFormat.PlainText)
            folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            folder.setToolTip(str(backup_folder))
        self.backup_folder = _wrapped(folder)
        self.form.addRow(self.tr("Folder"), folder)
        self.form.addRow(
            "",
            _hint(
                self.tr(
                    "A backup is written here before every database upgrade. "
                    "Choosing another folder comes in a later version."
                )
            ),
        )

    def chosen_language(self) -> LanguageChoice:
        return LanguageChoice(self.language.currentData())

    def chosen_document_language(self) -> Language | None:
        chosen = self.document_language.currentData()
        return "de" if chosen == "de" else "en" if chosen == "en" else None

    def accept(self) -> None:
        """Store every setting shown, then close."""
        preferences = self._preferences
        preferences.language = self.chosen_language()
        preferences.document_language = self.chosen_document_language()
        preferences.supplier = self.supplier.text()
        preferences.reminders_enabled = self.reminders_enabled.isChecked()
        preferences.notice_reminder_days = self.reminder_days.days()
        preferences.database_url = stored_url(self.database.chosen_server())
        if not preferences.save():
            show_problem(self.parentWidget() or self, unsaved_message(preferences.file_name))
        super().accept()

    def done(self, result: int) -> None:
        self.database.wait_for_test()  # a running thread must not outlive the dialog
        super().done(result)
