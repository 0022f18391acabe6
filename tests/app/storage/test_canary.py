"""The canary: after edits, backups (manual and daily) and a writer killed in the middle of a
transaction, an encrypted workspace's accounts' names appear in plaintext in no file the
app wrote — database, WAL, backups, temporary files, logs — only in the export the user
asked for. POSIX only (``kill -9``)."""

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from app.bootstrap import open_workspace
from app.cli import main
from app.interchange.backups import daily_backup
from app.records.accounts import AccountForm, list_accounts, save_account
from app.storage.cipher import looks_encrypted
from app.storage.integrity import check_database
from app.storage.location import data_dir, default_database_path
from app.storage.secrets import SERVICE_NAME
from app.storage.workspace_keys import key_entry_name
from tests.helpers.keyrings import MemoryKeyring, install_memory_keyring

ROOT = Path(__file__).parents[3]
WRITER = """
import sys, time
from app.bootstrap import open_workspace
from app.records.accounts import AccountForm, save_account

canary = sys.argv[1]
workspace = open_workspace()
for number in range(5):  # committed: must survive the kill
    with workspace.transaction() as session:
        save_account(session, AccountForm(name=f"{canary} kept {number}",
                                          customer_number=f"70-{number}"))
session = workspace.session()
session.connection().exec_driver_sql("PRAGMA cache_size = 5")  # spill pages to the WAL
for number in range(300):  # never committed
    save_account(session, AccountForm(name=f"{canary} lost {number}",
                                      customer_number=f"80-{number}", notes=canary * 40))
session.flush()
print("in the middle of a transaction", flush=True)
time.sleep(600)
"""


def encodings_of(text: str) -> list[bytes]:
    return [text.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from (path for path in folder.rglob("*") if path.is_file())


def holding(canary: str, files: list[Path]) -> list[Path]:
    needles = encodings_of(canary)
    return [path for path in files if any(needle in path.read_bytes() for needle in needles)]


@pytest.fixture
def temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder of this process and the writer: scanned with the data folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for variable in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(variable, str(folder))
    return folder


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return install_memory_keyring()


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def kill_writer_mid_transaction(canary: str, key: str, log: Path) -> None:
    environment = dict(os.environ)
    environment.update(
        KAMDESK_PASSPHRASE=key,  # the raw key: the writer has no keyring
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(ROOT),
    )
    with log.open("ab") as output:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, canary],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=output,
        )
        assert writer.stdout is not None
        line = writer.stdout.readline()
        assert line == b"in the middle of a transaction\n", log.read_text()
        output.write(line)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()


def test_the_canary_is_in_no_file_but_the_export_the_user_asked_for(
    memory_keyring: MemoryKeyring, temporary_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    canary = f"Canary-{uuid4()}"
    database = default_database_path()
    data = data_dir()
    logs = data / "logs"
    logs.mkdir(parents=True)
    workspace = open_workspace(database)
    with workspace.transaction() as session:
        save_account(session, AccountForm(name=canary, customer_number="10-1", notes=canary))
    workspace.close()
    cli("backup")  # plain backups, encrypted by the conversion below
    assert daily_backup(workspace.location, datetime.now(UTC)) is not None
    assert len(holding(canary, list(files_under(data)))) == 3  # the scan sees plaintext

    cli("encrypt")
    key = memory_keyring.entries[(SERVICE_NAME, key_entry_name(database))]

    workspace = open_workspace(database)  # edits, on the encrypted file
    with workspace.transaction() as session:
        account = list_accounts(session)[0]
        save_account(
            session,
            AccountForm(name=f"{canary} renamed", customer_number="10-1", notes=canary),
            record_id=account.id,
        )
        save_account(session, AccountForm(name=f"{canary} second", customer_number="10-2"))
    workspace.close()
    cli("backup")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert daily_backup(workspace.location, tomorrow) is not None
    kill_writer_mid_transaction(canary, key, logs / "writer.log")
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > 0  # the crash left the WAL behind, uncommitted pages in it
    assert holding(canary, list(files_under(data, temporary_folder))) == []

    workspace = open_workspace(database)  # recovery from the crash
    with workspace.session() as session:
        names = sorted(account.name for account in list_accounts(session))
    assert names == [f"{canary} kept {n}" for n in range(5)] + [
        f"{canary} renamed",
        f"{canary} second",
    ]
    assert check_database(workspace.location).ok
    workspace.close()
    export = data / "exports" / "accounts.csv"
    cli("export-csv", "accounts", str(export))
    out, err = capsys.readouterr()
    (logs / "cli.log").write_text(out + err, encoding="utf-8")

    scanned = list(files_under(data, temporary_folder))
    assert looks_encrypted(database)
    backups = [path for path in scanned if path.parent.name == "backups"]
    assert len(backups) == 5 and all(looks_encrypted(path) for path in backups)
    assert {logs / "writer.log", logs / "cli.log", export} <= set(scanned)
    assert holding(canary, scanned) == [export]
