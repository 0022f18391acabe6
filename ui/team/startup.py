"""Start-up with a team profile: the password asked in a dialog once per session, and the
local file offered when the team server cannot be opened."""

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KamDeskError
from app.storage.location import ENV_VAR, DatabaseLocation, resolve_location
from app.storage.secrets import KeyringUnavailableError, store_password
from ui.team.profile import server_from_url


class PasswordNotGivenError(KamDeskError):
    """The user cancelled the password question."""


def starting_location(given: str | None, database_url: str) -> DatabaseLocation:
    """``--db``, then ``KAMDESK_DB``, then the team server in the settings, then the local file.

    Raises ``InvalidValueError`` when ``--db`` or ``KAMDESK_DB`` cannot be understood."""
    if given or os.environ.get(ENV_VAR, "").strip():
        return resolve_location(given)
    server = server_from_url(database_url)
    return server.location() if server is not None else resolve_location(None)


class PasswordDialog(QDialog):
    """The team server's password, typed without echo; optionally kept in the keyring."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team server password"))
        question_label = QLabel(question)
        question_label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the keyring"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question_label)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)


class DialogPasswordPrompt:
    """A ``SecretPrompt`` that asks in a ``PasswordDialog``; a password the user asked to
    remember is stored once the server has accepted it (see ``remember``)."""

    def __init__(self) -> None:
        self.to_remember: str | None = None

    def __call__(self, question: str) -> str:
        dialog = PasswordDialog(question)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise PasswordNotGivenError(
                QCoreApplication.translate("startup", "No password was given for the team server.")
            )
        password = dialog.password.text()
        self.to_remember = password if dialog.remember.isChecked() else None
        return password

    def remember(self, location: DatabaseLocation) -> None:
        """Store the password the user asked to remember; say so when there is no keyring."""
        if self.to_remember is None or location.is_sqlite:
            return
        try:
            store_password(location.with_password(None), self.to_remember)
        except KeyringUnavailableError as error:
            QMessageBox.information(
                None, QCoreApplication.translate("startup", "No keyring"), str(error)
            )
        self.to_remember = None


def offer_local_database(message: str) -> bool:
    """Show why the team server could not be opened; True when the user chooses the local
    database instead, False to quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("startup", "KAM Desk"), message
    )
    local = box.addButton(
        QCoreApplication.translate("startup", "Open the local database instead"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local)
    box.exec()
    return box.clickedButton() is local
