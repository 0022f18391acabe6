from pathlib import Path

import pytest

from app.errors import InvalidValueError
from app.storage.location import default_database_path, resolve_location


def test_default_is_the_per_user_sqlite_file(tmp_path: Path) -> None:
    location = resolve_location(None)
    assert location.path == default_database_path()
    assert str(location.path).startswith(str(tmp_path / "xdg-data"))
    assert location.path.name == "kamdesk.db"


def test_db_option_beats_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAMDESK_DB", str(tmp_path / "env.db"))
    assert resolve_location(None).path == tmp_path / "env.db"
    assert resolve_location(str(tmp_path / "given.db")).path == tmp_path / "given.db"


def test_relative_path_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_location("work.db").path == tmp_path / "work.db"


def test_sqlite_url_becomes_a_path(tmp_path: Path) -> None:
    assert resolve_location(f"sqlite:///{tmp_path}/u.db").path == tmp_path / "u.db"


def test_postgres_url_uses_psycopg_and_hides_the_password() -> None:
    location = resolve_location("postgresql://seller:s3cret@db.example:5432/kam")
    assert location.url.drivername == "postgresql+psycopg"
    assert location.path is None
    assert "s3cret" not in location.describe()
    assert "db.example" in location.describe()


@pytest.mark.parametrize("raw", ["mysql://x@y/z", "oracle+cx://a@b/c"])
def test_unsupported_server_names_the_option(raw: str) -> None:
    with pytest.raises(InvalidValueError, match="--db"):
        resolve_location(raw)
