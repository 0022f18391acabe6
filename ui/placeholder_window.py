"""The stand-in main window: which database is open and how many accounts it holds."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)


class PlaceholderWindow(QMainWindow):
    """Shows the open database and its account count until the full client lands."""

    def __init__(
        self,
        database: str,
        account_count: int,
        version: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KAM Desk"))

        self.database_label = QLabel(database)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setWordWrap(True)
        self.accounts_label = QLabel(self._accounts_text(account_count))

        self.setCentralWidget(self._build_body())
        # A permanent widget, so status tips from the menus cannot wipe the version out.
        self.version_label = QLabel(self.tr("Version {version}").format(version=version))
        self.statusBar().addPermanentWidget(self.version_label)
        self._add_quit_action()
        self.resize(560, 240)

    def _build_body(self) -> QWidget:
        heading = QLabel(self.tr("KAM Desk"))
        heading_font = heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        heading.setFont(heading_font)

        subtitle = QLabel(self.tr("The full desktop client is on its way."))
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(8)
        facts.addRow(self.tr("Database:"), self.database_label)
        facts.addRow(self.tr("Accounts:"), self.accounts_label)

        layout = QVBoxLayout()
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addWidget(rule)
        layout.addSpacing(12)
        layout.addLayout(facts)
        layout.addStretch(1)

        body = QWidget()
        body.setLayout(layout)
        return body

    def _add_quit_action(self) -> None:
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)

    def _accounts_text(self, count: int) -> str:
        # Two numerus messages, so English needs no .qm file and translators still get plural forms.
        if count == 1:
            return self.tr("%n account", "account count", count)
        return self.tr("%n accounts", "account count", count)
