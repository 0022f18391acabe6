"""Test connection: reach the team server off the GUI thread and say how it went."""

from PySide6.QtCore import QObject, QThread, Signal

from app.errors import KamDeskError
from app.storage.location import DatabaseLocation
from app.storage.passwords import SessionPasswords
from app.storage.schema import inspect_database


class ConnectionTest(QThread):
    """Connects once to ``location`` (password from the keyring, if stored) and emits
    ``outcome`` with True and "" on success, or False and the core's message. The core's
    connect timeout ends an unreachable server's attempt within about 5 seconds."""

    outcome = Signal(bool, str)

    def __init__(self, location: DatabaseLocation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._location = location

    def run(self) -> None:
        try:
            inspect_database(SessionPasswords().unlock(self._location))
        except KamDeskError as error:
            self.outcome.emit(False, str(error))
        else:
            self.outcome.emit(True, "")
