"""Schema upgrades: from empty, every revision both ways with data, and the safety net."""

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from app.bootstrap import open_workspace
from app.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    MigrationFailedError,
    NotAKamDeskDatabaseError,
)
from app.model import Account, Base, FreeService
from app.storage import schema
from app.storage.engine import create_db_engine
from app.storage.location import location_for_path
from app.storage.schema import SchemaState, alembic_config, head_revision, inspect_database
from tests.helpers import factories


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def run_alembic(path: Path, verb: str, target: str) -> None:
    engine = create_db_engine(location_for_path(path), foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        getattr(command, verb)(alembic_config(connection), target)
    engine.dispose()


def load_sample(path: Path) -> None:
    ws = open_workspace(path, upgrade=False)
    with ws.transaction() as session:
        owner = factories.account(session, customer_number="10-4711", name="Präzision Müller GmbH")
        factories.contract(session, owner)
        factories.free_service(session, owner)
        factories.incident(session, owner)
    ws.close()


def test_empty_database_is_created_at_head(db_path: Path) -> None:
    ws = open_workspace(db_path)
    assert ws.upgrade is not None and ws.upgrade.before.state is SchemaState.EMPTY
    ws.close()
    status = inspect_database(location_for_path(db_path))
    assert status.state is SchemaState.CURRENT
    assert status.revision == head_revision()


def test_initial_migration_matches_the_models_exactly(db_path: Path) -> None:
    open_workspace(db_path).close()
    engine = create_db_engine(location_for_path(db_path))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_revision_up_and_down_keeps_working_with_data(db_path: Path) -> None:
    revisions = revisions_oldest_first()
    assert revisions, "no migrations found"
    for revision in revisions:
        run_alembic(db_path, "upgrade", revision)
    load_sample(db_path)
    for _ in revisions[1:]:
        run_alembic(db_path, "downgrade", "-1")
        run_alembic(db_path, "upgrade", "+1")
    with open_workspace(db_path).session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 1
        assert session.scalar(select(func.count()).select_from(FreeService)) == 1
    run_alembic(db_path, "downgrade", "base")
    with closing(sqlite3.connect(db_path)) as raw:
        left = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        ).fetchall()
    assert left == []
    run_alembic(db_path, "upgrade", "head")
    assert inspect_database(location_for_path(db_path)).state is SchemaState.CURRENT


def test_newer_database_is_refused_and_left_byte_identical(db_path: Path) -> None:
    open_workspace(db_path).close()
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
        raw.commit()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer KAM Desk"):
        open_workspace(db_path)
    assert digest(db_path) == before


BROKEN_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("doomed", sa.Integer(), nullable=True))
    op.execute("UPDATE account SET name = 'overwritten'")
    op.execute("DELETE FROM free_service")
    raise RuntimeError("simulated failure half-way")


def downgrade():
    pass
"""


def test_failed_migration_restores_the_original_byte_identical(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_workspace(db_path).close()
    load_sample(db_path)
    before = digest(db_path)

    folder = tmp_path / "migrations"
    shutil.copytree(schema.migrations_path(), folder)
    (folder / "versions" / "9999_breaks.py").write_text(
        BROKEN_REVISION.replace("HEAD", head_revision())
    )
    monkeypatch.setattr(schema, "migrations_path", lambda: folder)

    with pytest.raises(MigrationFailedError, match="restored unchanged") as caught:
        open_workspace(db_path)
    assert digest(db_path) == before
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1
    assert str(backups[0]) in str(caught.value)
    with closing(sqlite3.connect(backups[0])) as raw:
        assert raw.execute("SELECT name FROM account").fetchall() == [("Präzision Müller GmbH",)]
    assert not db_path.with_name(db_path.name + ".pre-upgrade").exists()


def test_successful_upgrade_keeps_a_backup_and_the_data(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_workspace(db_path).close()
    load_sample(db_path)
    folder = tmp_path / "migrations"
    shutil.copytree(schema.migrations_path(), folder)
    (folder / "versions" / "9998_adds.py").write_text(
        BROKEN_REVISION.replace("HEAD", head_revision())
        .replace('"9999"', '"9998"')
        .replace("    op.execute(\"UPDATE account SET name = 'overwritten'\")\n", "")
        .replace('    op.execute("DELETE FROM free_service")\n', "")
        .replace('    raise RuntimeError("simulated failure half-way")\n', "")
    )
    monkeypatch.setattr(schema, "migrations_path", lambda: folder)
    ws = open_workspace(db_path)
    assert ws.upgrade is not None and ws.upgrade.backup is not None
    assert ws.upgrade.before.revision != "9998"
    with ws.session() as session:
        assert session.scalar(select(func.count()).select_from(FreeService)) == 1
    ws.close()
    assert inspect_database(location_for_path(db_path)).revision == "9998"


def test_another_programs_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        raw.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        raw.commit()
    before = digest(db_path)
    with pytest.raises(NotAKamDeskDatabaseError, match="not a KAM Desk database"):
        open_workspace(db_path)
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(db_path: Path) -> None:
    db_path.write_text("Kunde;Umsatz\nMüller;12\n", encoding="utf-8")
    before = digest(db_path)
    with pytest.raises(NotAKamDeskDatabaseError, match=str(db_path)):
        open_workspace(db_path)
    assert digest(db_path) == before


def test_a_damaged_file_gets_a_clear_message(db_path: Path) -> None:
    open_workspace(db_path).close()
    load_sample(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page : 3 * page] = b"\xff" * (2 * page)  # wipe the first pages after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises((CorruptDatabaseError, NotAKamDeskDatabaseError), match=str(db_path)):
        open_workspace(db_path)


def test_first_start_creates_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "kamdesk.db"
    ws = open_workspace(path)
    ws.close()
    assert inspect_database(location_for_path(path)).state is SchemaState.CURRENT


def test_default_location_works_on_a_fresh_account(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME at an empty temporary folder: a user's first start.
    ws = open_workspace()
    assert ws.location.path is not None
    assert ws.location.path.is_relative_to(tmp_path)
    ws.close()
    assert ws.location.path.exists()


def test_revision_ids_read_from_the_scripts_match_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    alembic_graph = {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    assert schema.revision_graph() == alembic_graph
    assert head_revision() == script.get_current_head()


def test_opening_a_current_database_does_not_load_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_workspace(db_path).close()
    probe = (
        "import sys; from app.bootstrap import open_workspace; "
        f"open_workspace({str(db_path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
