"""The settings' Security section: whether the workspace file is encrypted, and the button
that encrypts (or decrypts) it right away."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.encryption.conversion_dialog import ConversionDialog, WorkspaceEncryption


class EncryptionSection(QWidget):
    """Shows the state of ``encryption``'s workspace and offers the conversion."""

    def __init__(self, encryption: WorkspaceEncryption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._encryption = encryption
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_dialog)
        self.dialog: ConversionDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.button)
        encryption.converted.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        encryption = self._encryption
        if not encryption.available:
            self.state.setText(self.tr("A team server's data is protected on the server."))
            self.button.hide()
        elif encryption.encrypted:
            self.state.setText(self.tr("Encrypted (SQLCipher, AES-256)"))
            self.button.setText(self.tr("Decrypt this workspace…"))
        else:
            self.state.setText(self.tr("Not encrypted"))
            self.button.setText(self.tr("Encrypt this workspace…"))

    def open_dialog(self) -> ConversionDialog:
        self.dialog = self._encryption.open_dialog(self)
        return self.dialog
