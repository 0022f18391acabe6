"""Where imported bytes come from: a file named by the user, or bytes the window holds."""

from pathlib import Path

from app.errors import KamDeskError, NotFoundError

Source = str | Path | bytes


def read_source(source: Source, unnamed: str = "CSV data") -> tuple[bytes, str]:
    """The bytes and a name for messages (the file's path, or ``unnamed`` for bytes).

    Raises ``NotFoundError`` for a missing file and ``KamDeskError`` for one that
    cannot be read, each naming the path.
    """
    if isinstance(source, bytes):
        return source, unnamed
    path = Path(source).expanduser()
    try:
        return path.read_bytes(), str(path)
    except FileNotFoundError:
        raise NotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise KamDeskError(f"{path} is a folder, not a file") from None
    except OSError as error:
        raise KamDeskError(f"cannot read {path}: {error.strerror}") from None
