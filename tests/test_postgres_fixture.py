"""The throwaway server's fixture fails loudly without PostgreSQL, and skips only on request."""

from pathlib import Path

import pytest

from tests.helpers.postgres import (
    BIN_DIR_VARIABLE,
    SKIP_VARIABLE,
    PostgresUnavailableError,
    bin_dir,
    skip_requested,
)


def test_missing_binaries_fail_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(BIN_DIR_VARIABLE, str(tmp_path))
    with pytest.raises(PostgresUnavailableError) as missing:
        bin_dir()
    message = str(missing.value)
    assert "initdb, pg_ctl, postgres not found" in message
    assert "apt-get install -y postgresql" in message
    assert f"{SKIP_VARIABLE}=1" in message


@pytest.mark.parametrize("value, skips", [("", False), ("0", False), ("1", True)])
def test_only_an_explicit_setting_skips(
    monkeypatch: pytest.MonkeyPatch, value: str, skips: bool
) -> None:
    monkeypatch.setenv(SKIP_VARIABLE, value)
    assert skip_requested() is skips
