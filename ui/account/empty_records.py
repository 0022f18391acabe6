"""What a workspace page shows before its first row: a headline, one line of why it
matters, and the button that adds the first row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.page_header import muted_label


class EmptyRecords(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = muted_label()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton()
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addSpacing(4)
        layout.addWidget(self.hint)
        layout.addSpacing(14)
        layout.addLayout(button_row)
        layout.addStretch(3)

    def show_message(self, headline: str, hint: str, add_text: str | None) -> None:
        """``add_text`` None: no button (a load that failed, or nothing to add here)."""
        self.headline.setText(headline)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.add_button.setVisible(add_text is not None)
        self.add_button.setText(add_text or "")
