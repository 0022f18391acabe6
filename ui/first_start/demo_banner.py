"""The strip above the demo workspace that says so, with the way back."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# Fixed colours for text and background together, so it reads on light and dark themes.
STYLE_SHEET = """
QFrame#demoBanner { background: #fff3cd; border-bottom: 1px solid #e6c96b; }
QFrame#demoBanner QLabel { color: #5a4300; }
"""


class DemoBanner(QFrame):
    """Emits ``back_requested`` when the user wants their own workspace again."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(STYLE_SHEET)
        self.message = QLabel(self.tr("Demo workspace — changes are not saved to your own data"))
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.back = QPushButton(self.tr("Back to my workspace"))
        self.back.clicked.connect(self.back_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.back)
