"""The passphrase of an encrypted workspace, asked in a dialog when KAM Desk starts and no
keyring holds its key."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KamDeskError


class PassphraseNotGivenError(KamDeskError):
    """The user cancelled the passphrase question."""


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted workspace ``database``, without echo."""

    def __init__(self, database: Path, attempt: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        text = self.tr("The workspace {path} is encrypted. Enter its passphrase:").format(
            path=database
        )
        if attempt > 1:
            text = self.tr("That passphrase does not open it. Try again:") + "\n\n" + text
        self.question = QLabel(text)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)


class DialogPassphrasePrompt:
    """The window's ``PassphrasePrompt``: a ``PassphraseDialog`` per attempt."""

    def __call__(self, database: Path, attempt: int) -> str:
        dialog = PassphraseDialog(database, attempt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise PassphraseNotGivenError(
                QCoreApplication.translate(
                    "DialogPassphrasePrompt",
                    "No passphrase was given for the encrypted workspace {path}.",
                ).format(path=database)
            )
        return dialog.passphrase.text()
