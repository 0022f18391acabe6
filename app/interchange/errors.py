"""What goes wrong when data comes in: each problem names the row, column, table or field."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import KamDeskError

# The message shows the first few problems; ``errors`` holds many more, ``more`` counts the rest.
SHOWN_IN_MESSAGE = 3
MAX_ERRORS = 200


@dataclass(frozen=True, slots=True)
class RowError:
    """One bad cell: ``row`` as a spreadsheet numbers it (the header is row 1)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if not self.column:
            return f"row {self.row}: {self.reason}"
        return f"row {self.row}, column {self.column}: {self.reason}"


class CsvImportError(KamDeskError):
    """A CSV file was refused; nothing was written.

    ``errors`` holds every problem found (at most ``MAX_ERRORS``), ``more`` counts
    those left out; a file-level problem (encoding, no rows) has no row errors.
    """

    def __init__(
        self, source: str, errors: Sequence[RowError] = (), more: int = 0, problem: str = ""
    ) -> None:
        self.source = source
        self.errors = tuple(errors)
        self.more = more
        self.problem = problem
        super().__init__(self._message())

    def _message(self) -> str:
        if self.problem:
            return f"{self.source}: {self.problem}; nothing was imported"
        total = len(self.errors) + self.more
        shown = "; ".join(str(error) for error in self.errors[:SHOWN_IN_MESSAGE])
        rest = total - min(len(self.errors), SHOWN_IN_MESSAGE)
        tail = f" (and {rest} more)" if rest else ""
        noun = "problem" if total == 1 else "problems"
        return f"{self.source}: {total} {noun}, nothing was imported: {shown}{tail}"


class WorkspaceFileError(KamDeskError):
    """A workspace (JSON) file was refused; nothing was written."""


class WorkspaceNotEmptyError(KamDeskError):
    """A whole workspace is only loaded into an empty database, so nothing is mixed or lost."""
