"""Files the app writes for the user: whole or not at all."""

import errno
import os
import tempfile
from pathlib import Path

from app.errors import KamDeskError


class WriteFailedError(KamDeskError):
    """A file could not be written; the previous file, if any, is untouched."""


def write_atomically(path: Path, data: bytes, what: str = "file") -> None:
    """Write ``data`` to ``path`` through a temporary file that is flushed, synced and renamed,
    so a full disk or a crash never leaves a truncated file under ``path``.

    Raises ``WriteFailedError`` with a message naming ``what`` and the path.
    """
    path = path.expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise WriteFailedError(f"cannot write {what} {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        reason = "disk full" if error.errno in (errno.ENOSPC, errno.EDQUOT) else error.strerror
        raise WriteFailedError(
            f"{reason} while saving {what} {path} — nothing was overwritten"
        ) from None
