"""The settings' Database section: this computer's file or a team server, tested and
its password kept in the keyring, never in the settings."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.storage.location import DEFAULT_SERVER_PORT
from app.storage.secrets import KeyringUnavailableError, store_password
from ui.team.connection_test import ConnectionTest
from ui.team.profile import TeamServer

LOCAL = "local"
SERVER = "server"


class DatabaseSection(QWidget):
    """Fields for the database profile; ``chosen_server()`` is None for the local file."""

    def __init__(self, server: TeamServer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("This computer (local file)"), LOCAL)
        self.kind.addItem(self.tr("Team server"), SERVER)
        self.host = QLineEdit(server.host if server else "")
        self.host.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port if server else DEFAULT_SERVER_PORT)
        self.database = QLineEdit(server.database if server else "kamdesk")
        self.user = QLineEdit(server.user if server else "")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.password_button = QPushButton(self.tr("Store password in the keyring…"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.test: ConnectionTest | None = None

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Database"), self.kind)
        self.form.addRow(self.tr("Host"), self.host)
        self.form.addRow(self.tr("Port"), self.port)
        self.form.addRow(self.tr("Database name"), self.database)
        self.form.addRow(self.tr("User"), self.user)
        self.form.addRow("", buttons)
        self.form.addRow("", self.result)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.password_button.clicked.connect(self.store_password)
        self.kind.setCurrentIndex(self.kind.findData(SERVER if server else LOCAL))
        self._kind_changed()

    def _kind_changed(self) -> None:
        team = self.kind.currentData() == SERVER
        for field in (self.host, self.port, self.database, self.user, self.password_button):
            field.setEnabled(team)
        self.test_button.setEnabled(team and self.test is None)

    def chosen_server(self) -> TeamServer | None:
        if self.kind.currentData() != SERVER or not self.host.text().strip():
            return None
        return TeamServer(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def test_connection(self) -> None:
        """Start connecting in the background; the result appears under the buttons."""
        server = self.chosen_server()
        if server is None:
            self.result.setText(self.tr("Enter the team server's host first."))
            return
        self.result.setText(self.tr("Connecting to {server}…").format(server=server.host))
        self.test_button.setEnabled(False)
        self.test = ConnectionTest(server.location(), self)
        self.test.outcome.connect(self._tested)
        self.test.finished.connect(self._test_finished)
        self.test.start()

    def _tested(self, reached: bool, message: str) -> None:
        if reached:
            self.result.setText(self.tr("Connected: the team server answered."))
        else:
            self.result.setText(self.tr("Connection failed: {reason}").format(reason=message))

    def _test_finished(self) -> None:
        if self.test is not None:
            self.test.deleteLater()
        self.test = None
        self._kind_changed()

    def wait_for_test(self) -> None:
        """Let a running test end (at most the core's connect timeout) before closing."""
        if self.test is not None:
            self.test.wait()

    def store_password(self) -> None:
        """Ask for the server password (not echoed) and keep it in the OS keyring."""
        server = self.chosen_server()
        if server is None:
            self.result.setText(self.tr("Enter the team server's host first."))
            return
        password, given = QInputDialog.getText(
            self,
            self.tr("Team server password"),
            self.tr("Password of {user} on {server}:").format(
                user=server.user or self.tr("your login"), server=server.host
            ),
            QLineEdit.EchoMode.Password,
        )
        if not given or not password:
            return
        try:
            entry = store_password(server.location(), password)
        except KeyringUnavailableError:
            QMessageBox.information(
                self,
                self.tr("No keyring"),
                self.tr(
                    "This computer has no keyring to keep the password in. KAM Desk "
                    "asks for it once per session instead."
                ),
            )
            return
        self.result.setText(
            self.tr("Password stored in the keyring for {entry}.").format(entry=entry)
        )
