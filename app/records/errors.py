"""What a form save can refuse: invalid fields, a stale version, a record still in use."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.errors import KamDeskError


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one form field.

    ``field`` is the form's field key (``"notice_period"``, ``"items[1].price"``);
    ``message`` is a full English sentence that names the field.
    """

    field: str
    message: str


class FormInvalidError(KamDeskError):
    """A form was refused; ``errors`` lists every problem found, not just the first."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        if not self.errors:
            raise ValueError("FormInvalidError needs at least one FieldError")
        if len(self.errors) == 1:
            text = self.errors[0].message
        else:
            lines = "\n".join(f"- {error.message}" for error in self.errors)
            text = f"{len(self.errors)} fields need attention:\n{lines}"
        super().__init__(text)

    @property
    def fields(self) -> tuple[str, ...]:
        """The field keys at fault, in form order, each once."""
        return tuple(dict.fromkeys(error.field for error in self.errors))

    def messages_for(self, field: str) -> tuple[str, ...]:
        return tuple(error.message for error in self.errors if error.field == field)


class StaleRecordError(KamDeskError):
    """The row was saved by someone else since the form was opened; nothing was written.

    ``current_version``, ``updated_at`` and ``changed_by`` are None when the other save
    landed while this one was being written (SQLite cannot read past its snapshot then);
    ``changed_by`` is "" for a row saved before saves were attributed."""

    def __init__(
        self,
        record: str,
        record_id: int,
        current_version: int | None,
        updated_at: datetime | None,
        changed_by: str | None = None,
    ) -> None:
        self.record = record
        self.record_id = record_id
        self.current_version = current_version
        self.updated_at = updated_at
        self.changed_by = changed_by
        who = changed_by or "someone else"
        if current_version is None or updated_at is None:
            what = f"was changed by {who} while you were saving it"
        else:
            what = (
                f"was changed by {who} at {updated_at:%H:%M} UTC on {updated_at:%Y-%m-%d} "
                f"since you opened it (now version {current_version})"
            )
        super().__init__(
            f"{record} {what}. "
            "Nothing was overwritten and your edits are still in the form: "
            "reload to see the other changes, then save again."
        )


class RecordInUseError(KamDeskError):
    """A catalog record cannot be deleted while other records use it."""


class RestoreConflictError(KamDeskError):
    """A deleted record cannot be put back: its place or a unique value is taken,
    or a record it belongs to is gone."""
