"""The "Brief" and "Statement" buttons of the account header."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.brief.document_request import DocumentKind
from ui.shortcuts import Command, shortcut_for


class DocumentButtons(QWidget):
    """Emits ``requested(kind)`` (a ``DocumentKind`` value); Ctrl+B works while it is shown."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        brief_keys = shortcut_for(Command.PREVIEW_BRIEF)
        self.brief = QPushButton(self.tr("Brief"))
        self.brief.setShortcut(brief_keys.key_sequence())
        self.brief.setToolTip(
            self.tr("Preview, save and print the one-page negotiation brief ({keys})").format(
                keys=brief_keys.shown_keys()
            )
        )
        self.brief.clicked.connect(lambda: self.requested.emit(DocumentKind.BRIEF.value))
        self.statement = QPushButton(self.tr("Statement"))
        self.statement.setToolTip(
            self.tr("The customer's statement of services provided beyond the contract")
        )
        self.statement.clicked.connect(lambda: self.requested.emit(DocumentKind.STATEMENT.value))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.brief)
        layout.addWidget(self.statement)
        self.setEnabled(False)  # until an account is on screen
