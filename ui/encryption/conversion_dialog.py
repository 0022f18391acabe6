"""Encrypt this workspace, or decrypt it: what will happen, a passphrase where there is no
keyring (or the user prefers one), and the conversion run on the database worker."""

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.storage.cipher import MIN_PASSPHRASE_LENGTH
from app.storage.encryption import (
    EncryptionResult,
    decrypt_open_workspace,
    encrypt_open_workspace,
)
from app.storage.workspace_keys import keyring_problem
from ui.database_worker import DatabaseWorker
from ui.page_header import muted_label

TEXT_WIDTH = 440


def _encrypt(session: Session, *, workspace: Workspace, passphrase: str | None) -> EncryptionResult:
    return encrypt_open_workspace(workspace, passphrase, session)


def _decrypt(session: Session, *, workspace: Workspace) -> EncryptionResult:
    return decrypt_open_workspace(workspace, session)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFixedWidth(TEXT_WIDTH)
    return label


class ConversionDialog(QDialog):
    """Encrypts the open workspace when it is plain, decrypts it when it is encrypted; emits
    ``converted(message)`` once done. ``no_keyring`` says why there is no keyring (None:
    there is one)."""

    converted = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        workspace: Workspace,
        no_keyring: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._workspace = workspace
        self.encrypting = not workspace.location.is_encrypted
        self._no_keyring = no_keyring
        self._busy = False
        self.use_passphrase = QCheckBox(self.tr("Use a passphrase instead of a key in the keyring"))
        self.passphrase = QLineEdit()
        self.repeated = QLineEdit()
        for field in (self.passphrase, self.repeated):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = _wrapped("")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button: QPushButton = self.buttons.addButton(
            self.tr("Encrypt") if self.encrypting else self.tr("Decrypt"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if self.encrypting:
            self._build_encrypting(layout)
        else:
            self.setWindowTitle(self.tr("Decrypt this workspace"))
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "The database {path} and its backups will be stored unencrypted "
                        "again: anyone who can read the files can read your accounts. The "
                        "key is then removed from the keyring."
                    ).format(path=self._path())
                )
            )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._passphrase_mode_changed()

    def _path(self) -> str:
        return str(self._workspace.location.path)

    def _build_encrypting(self, layout: QVBoxLayout) -> None:
        self.setWindowTitle(self.tr("Encrypt this workspace"))
        intro = self.tr(
            "The database {path} and its backups will be encrypted with SQLCipher (AES-256). "
            "A backup is taken first; the unencrypted file is overwritten only once the "
            "encrypted copy has passed its check."
        ).format(path=self._path())
        layout.addWidget(_wrapped(intro))
        if self._no_keyring is None:
            layout.addWidget(
                muted_label(self.tr("The key is kept in your keyring; nothing to remember."))
            )
            layout.addWidget(self.use_passphrase)
            self.use_passphrase.toggled.connect(self._passphrase_mode_changed)
        else:
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "This computer has no keyring to keep a key in, so choose a "
                        "passphrase. KAM Desk asks for it at every start."
                    )
                )
            )
        self.passphrase_form = QWidget()
        form = QFormLayout(self.passphrase_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeated)
        form.addRow(
            "",
            _wrapped(
                self.tr(
                    "At least {count} characters. Without the passphrase the workspace "
                    "cannot be opened, not even by us."
                ).format(count=MIN_PASSPHRASE_LENGTH)
            ),
        )
        layout.addWidget(self.passphrase_form)

    @property
    def asks_passphrase(self) -> bool:
        return self.encrypting and (self._no_keyring is not None or self.use_passphrase.isChecked())

    def _passphrase_mode_changed(self) -> None:
        if self.encrypting:
            self.passphrase_form.setVisible(self.asks_passphrase)
            self.adjustSize()

    def _refusal(self) -> str | None:
        if not self.asks_passphrase:
            return None
        if len(self.passphrase.text()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("The passphrase needs at least {count} characters.").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        if self.passphrase.text() != self.repeated.text():
            return self.tr("The two passphrases differ.")
        return None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def start(self) -> None:
        """Check the passphrase, then convert on the database worker."""
        refusal = self._refusal()
        if refusal is not None:
            self._say(refusal)
            return
        self._set_busy(True)
        if self.encrypting:
            passphrase = self.passphrase.text() if self.asks_passphrase else None
            self._say(self.tr("Encrypting the workspace and its backups…"))
            job = partial(_encrypt, workspace=self._workspace, passphrase=passphrase)
        else:
            self._say(self.tr("Decrypting the workspace and its backups…"))
            job = partial(_decrypt, workspace=self._workspace)
        self._worker.run(job, self._done, self._failed)

    def reject(self) -> None:
        """Closing waits for a conversion under way: it cannot stop half-way."""
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.run_button, self.buttons, self.use_passphrase, self.passphrase):
            widget.setEnabled(not busy)
        self.repeated.setEnabled(not busy)

    def _done(self, result: EncryptionResult) -> None:
        report = result.report
        if not report.encrypted:
            text = self.tr("This workspace is no longer encrypted.")
        elif report.key_entry is not None:
            text = self.tr("This workspace is now encrypted; its key is in your keyring.")
        else:
            text = self.tr("This workspace is now encrypted; it opens with your passphrase.")
        if report.left_as_they_were:
            text += " " + self.tr("Not converted: {files}").format(
                files="; ".join(report.left_as_they_were)
            )
        self._busy = False
        self.converted.emit(text)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._say(message)


class WorkspaceEncryption(QObject):
    """Opens the ``ConversionDialog`` for the window's workspace; ``converted(message)``
    follows each conversion."""

    converted = Signal(str)

    def __init__(
        self, worker: DatabaseWorker, workspace: Workspace, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.workspace = workspace

    @property
    def available(self) -> bool:
        """False for a team server: its data is protected on the server."""
        return self.workspace.location.path is not None

    @property
    def encrypted(self) -> bool:
        return self.workspace.location.is_encrypted

    def open_dialog(self, parent: QWidget) -> ConversionDialog:
        dialog = ConversionDialog(self._worker, self.workspace, keyring_problem(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.converted.connect(self.converted)
        dialog.open()
        return dialog
