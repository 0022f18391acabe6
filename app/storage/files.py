"""Files the app writes for the user: whole or not at all.

Every file is written under a temporary name in the target's folder, flushed and synced,
then renamed over the target in one step, so a full disk, a size limit or a crash leaves
the previous file as it was and no half-written one under its name.
"""

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.storage.write_errors import WriteFailedError, sqlite_problem

__all__ = ["WriteFailedError", "replacing", "write_atomically"]

# Beside a temporary file: SQLite's journals of one written by SQLite.
_COMPANIONS = ("-journal", "-wal", "-shm")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open a folder, which is fine."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _remove_partial(partial: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        with contextlib.suppress(OSError):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def replacing(path: Path, what: str = "file") -> Iterator[Path]:
    """Yield a new, empty temporary file beside ``path`` for the caller to fill (also by
    another writer: SQLite, Qt); when the block ends without error it is synced and renamed
    over ``path``, keeping the permissions of the file it replaces.

    Any ``OSError`` and any full-disk error of SQLite in the block or while renaming
    becomes ``WriteFailedError`` naming ``what`` and the path; the temporary file is removed
    and ``path`` is untouched. Other exceptions pass through, also after the clean-up.
    """
    path = path.expanduser().absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise WriteFailedError.from_os_error(what, path, error) from None
    partial = Path(name)
    try:
        yield partial
        with partial.open("rb+") as stream:
            os.fsync(stream.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(partial, stat.S_IMODE(path.stat().st_mode))
        os.replace(partial, path)
    except OSError as error:
        _remove_partial(partial)
        raise WriteFailedError.from_os_error(what, path, error) from None
    except BaseException as error:
        _remove_partial(partial)
        problem = sqlite_problem(error)
        if problem is None:
            raise
        raise WriteFailedError(what, path, problem, str(error)) from None
    _remove_partial(partial)  # SQLite's journal, if it left one
    _sync_folder(path.parent)


def write_atomically(path: Path, data: bytes, what: str = "file") -> None:
    """Write ``data`` to ``path`` through a temporary file that is flushed, synced and
    renamed, so a full disk or a crash never leaves a truncated file under ``path``.

    Raises ``WriteFailedError`` with a message naming ``what`` and the path.
    """
    with replacing(path, what) as partial, partial.open("wb") as stream:
        stream.write(data)
        stream.flush()
