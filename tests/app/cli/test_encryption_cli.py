"""``kamdesk-cli encrypt`` and ``decrypt``: exit 0 and what was done, or exit 1 and one line."""

from pathlib import Path

import pytest

from app.cli import main
from app.storage.cipher import SQLITE_HEADER, looks_encrypted
from app.storage.secrets import SERVICE_NAME
from tests.helpers.keyrings import MemoryKeyring, install_memory_keyring

PASSPHRASE = "Kündigungsfrist 2027!"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kamdesk-cli: error: ") and "Traceback" not in err
    return lines[0]


@pytest.fixture
def demo_db(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert run(capsys, "--db", str(db_path), "demo", "--today", "2026-11-23")[0] == 0
    return db_path


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return install_memory_keyring()


def export_json(capsys: pytest.CaptureFixture[str], db: Path, target: Path) -> bytes:
    code, _, err = run(capsys, "--db", str(db), "export-json", str(target))
    assert code == 0, err
    return target.read_bytes()


def test_encrypt_and_decrypt_with_the_keyring(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    before = export_json(capsys, demo_db, tmp_path / "before.json")

    code, out, err = run(capsys, "--db", str(demo_db), "encrypt")

    assert code == 0, err
    assert f"Encrypted {demo_db} (SQLCipher, AES-256): " in out
    assert "integrity ok" in out
    assert f"service 'kamdesk', entry 'encryption-key:{demo_db}'" in out
    assert "Backups encrypted too: 1 in" in out  # the backup taken first
    assert "The plain file was overwritten and removed" in out
    assert looks_encrypted(demo_db)
    assert list(memory_keyring.entries) == [(SERVICE_NAME, f"encryption-key:{demo_db}")]
    assert export_json(capsys, demo_db, tmp_path / "encrypted.json") == before
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 0 and "Integrity: ok" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "backup")
    assert code == 0
    assert looks_encrypted(Path(out.strip().removeprefix("Backup written: ")))

    code, out, err = run(capsys, "--db", str(demo_db), "decrypt")

    assert code == 0, err
    assert "a plain SQLite file again" in out
    assert "Backups decrypted too: 3 in" in out
    assert "The key was removed from the keyring" in out
    assert demo_db.read_bytes()[:16] == SQLITE_HEADER
    assert memory_keyring.entries == {}
    assert export_json(capsys, demo_db, tmp_path / "after.json") == before


def test_without_a_keyring_a_passphrase_from_the_environment(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "encrypt")
    assert code == 1
    assert "passphrase: none given: set KAMDESK_PASSPHRASE" in err
    assert not looks_encrypted(demo_db)

    monkeypatch.setenv("KAMDESK_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "--db", str(demo_db), "encrypt")
    assert code == 0
    assert "no keyring is available on this system" in err
    assert "It opens with your passphrase only" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "accounts")
    assert code == 0 and out.strip().endswith("12 accounts")

    monkeypatch.setenv("KAMDESK_PASSPHRASE", "a wrong passphrase")
    code, _, err = run(capsys, "--db", str(demo_db), "accounts")
    assert code == 1
    assert one_line_error(err).endswith(
        f"the workspace {demo_db} is encrypted and the passphrase in KAMDESK_PASSPHRASE "
        "does not open it"
    )
    monkeypatch.delenv("KAMDESK_PASSPHRASE")
    for command in ("accounts", "check", "backup", "init", "decrypt"):
        code, _, err = run(capsys, "--db", str(demo_db), command)
        assert code == 1
        line = one_line_error(err)
        assert f"the workspace {demo_db} is encrypted and no key for it was found" in line
        assert "not a database" not in line and "not a KAM Desk" not in line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("decrypt",), "is not encrypted"),
        (("encrypt", "--passphrase"), "passphrase: must have at least 8 characters"),
    ],
)
def test_user_errors_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    message: str,
) -> None:
    monkeypatch.setenv("KAMDESK_PASSPHRASE", "short")
    before = demo_db.read_bytes()
    code, _, err = run(capsys, "--db", str(demo_db), *argv)
    assert code == 1
    assert message in one_line_error(err)
    assert demo_db.read_bytes() == before


def test_encrypting_twice_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, memory_keyring: MemoryKeyring
) -> None:
    assert run(capsys, "--db", str(demo_db), "encrypt")[0] == 0
    code, _, err = run(capsys, "--db", str(demo_db), "encrypt", "--passphrase")
    assert code == 1
    assert "already encrypted" in one_line_error(err)
