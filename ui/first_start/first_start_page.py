"""What an empty workspace offers: the demo workspace, a first account, or an import; and
to encrypt the workspace before anything is in it."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.encryption.padlock import padlock
from ui.line_icons import Drawing, line_pixmap
from ui.navigation_icons import package_box, plant, plants
from ui.page_header import muted_label, title_label

COLUMN_WIDTH = 560
ICON_SIZE = 28

# Palette roles only, so a dark system theme keeps working.
CARD_STYLE = """
QPushButton#choice { border: 1px solid palette(mid); border-radius: 8px;
    background: palette(base); }
QPushButton#choice:hover { border-color: palette(highlight); }
QPushButton#choice:focus { border: 2px solid palette(highlight); }
QPushButton#choice:disabled { background: palette(window); border-color: palette(midlight); }
"""


class ChoiceCard(QPushButton):
    """A large button: an icon, a bold title and a sentence about what it does."""

    def __init__(
        self, drawing: Drawing, title: str, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setStyleSheet(CARD_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        ink = self.palette().color(QPalette.ColorRole.Highlight)
        icon = QLabel()
        icon.setPixmap(line_pixmap(drawing, ink, ICON_SIZE, width=1.1))
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.description = muted_label(description)
        self.description.setWordWrap(True)
        self.reason = muted_label()
        self.reason.setWordWrap(True)
        reason_font = self.reason.font()
        reason_font.setItalic(True)
        self.reason.setFont(reason_font)
        self.reason.hide()
        for label in (icon, self.title, self.description, self.reason):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        words = QVBoxLayout()
        words.setSpacing(3)
        words.addWidget(self.title)
        words.addWidget(self.description)
        words.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the description wraps: narrower is taller
        self.setSizePolicy(policy)

    def set_unavailable(self, reason: str) -> None:
        """Say on the card (and in its tooltip) why it cannot be chosen yet."""
        self.reason.setText(reason)
        self.reason.show()
        self.setToolTip(reason)

    # The labels inside decide the size, not a push button's one line of text.
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class FirstStartPage(QWidget):
    """Emits ``demo_requested``, ``create_account_requested``, ``import_requested`` or
    ``encrypt_requested``.

    A choice whose dialog does not exist yet is shown disabled, with a tooltip saying so;
    so is encryption for a team server (``can_encrypt``) or a workspace already encrypted.
    """

    demo_requested = Signal()
    create_account_requested = Signal()
    import_requested = Signal()
    encrypt_requested = Signal()

    def __init__(
        self,
        *,
        can_create_account: bool,
        can_import: bool,
        can_encrypt: bool = False,
        encrypted: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._available = {
            "create_account": can_create_account,
            "import": can_import,
            "encrypt": can_encrypt and not encrypted,
        }
        self.demo = ChoiceCard(
            plants,
            self.tr("Open the demo workspace"),
            self.tr(
                "Twelve sample key accounts with their contracts, budget dates and free "
                "services, in a separate file. Your own data stays as it is."
            ),
        )
        self.demo.clicked.connect(self.demo_requested)
        self.create_account = ChoiceCard(
            plant,
            self.tr("Create your first account"),
            self.tr("Start with one key account: its name, customer number and tier."),
        )
        self.create_account.clicked.connect(self.create_account_requested)
        if not can_create_account:
            self.create_account.set_unavailable(
                self.tr("The account form is not part of this version yet.")
            )
        self.import_csv = ChoiceCard(
            package_box,
            self.tr("Import from CSV"),
            self.tr("Bring accounts, contacts and contracts over from a spreadsheet or a CRM."),
        )
        self.import_csv.clicked.connect(self.import_requested)
        if not can_import:
            self.import_csv.set_unavailable(
                self.tr(
                    "The import dialog is not part of this version yet; meanwhile "
                    "kamdesk-cli import-csv imports the same files."
                )
            )
        self.encrypt = ChoiceCard(
            padlock,
            self.tr("Encrypt this workspace"),
            self.tr(
                "Keep the database and its backups encrypted on this computer (AES-256), "
                "the key in your keyring. Worth it on a laptop."
            ),
        )
        self.encrypt.clicked.connect(self.encrypt_requested)
        if not can_encrypt:
            self.encrypt.set_unavailable(
                self.tr("A team server's data is protected on the server.")
            )
        elif encrypted:
            self.encrypt.set_unavailable(self.tr("This workspace is encrypted."))
        self._enable_choices(True)
        self.progress = muted_label()
        self.progress.setWordWrap(True)
        self.progress.hide()

        column = QWidget()
        column.setFixedWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(title_label(self.tr("Welcome to KAM Desk")))
        intro = muted_label(
            self.tr("This workspace has no accounts yet. How would you like to begin?")
        )
        intro.setWordWrap(True)
        inner.addWidget(intro)
        inner.addSpacing(10)
        for choice in (self.demo, self.create_account, self.import_csv, self.encrypt):
            # Tall enough for the wrapped description at the column's width.
            choice.setMinimumHeight(choice.heightForWidth(COLUMN_WIDTH))
            inner.addWidget(choice)
        inner.addSpacing(4)
        inner.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_progress(self, text: str) -> None:
        """While the demo is being prepared: say so, and take the choices away."""
        self.progress.setText(text)
        self.progress.show()
        self._enable_choices(False)

    def show_failure(self, text: str) -> None:
        self.progress.setText(text)
        self.progress.show()
        self._enable_choices(True)

    def _enable_choices(self, enabled: bool) -> None:
        self.demo.setEnabled(enabled)
        self.create_account.setEnabled(enabled and self._available["create_account"])
        self.import_csv.setEnabled(enabled and self._available["import"])
        self.encrypt.setEnabled(enabled and self._available["encrypt"])

    def show_encrypted(self) -> None:
        """The workspace was encrypted meanwhile: the choice is taken away, saying why."""
        self._available["encrypt"] = False
        self.encrypt.set_unavailable(self.tr("This workspace is encrypted."))
        self.encrypt.setEnabled(False)
