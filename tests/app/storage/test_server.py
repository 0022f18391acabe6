"""Team mode on a real PostgreSQL 15 server: creating and upgrading the schema, logging
in with the password from the keyring or asked once, and clear words when it fails."""

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import inspect, select, text

from app.bootstrap import open_workspace
from app.cli import cli, main
from app.errors import MigrationFailedError
from app.model import Account, Base
from app.records import AccountForm, save_account
from app.storage import schema
from app.storage.engine import create_db_engine
from app.storage.location import DatabaseLocation, data_dir, resolve_location
from app.storage.schema import SchemaState, alembic_config, head_revision, inspect_database
from app.storage.secrets import store_password
from app.storage.server import PasswordRefusedError, ServerLoginError, ServerUnreachableError
from tests.app.storage.test_migrations import BROKEN_REVISION
from tests.app.storage.test_secrets import MemoryKeyring
from tests.helpers.postgres import ThrowawayServer

PASSWORD = "Tür:zu/@42%"
OLD_ACCOUNT = (
    "INSERT INTO account (name, customer_number, industry, street, postal_code, city, country, "
    "tier, owner, currency, status, notes, created_at, updated_at, version) VALUES "
    "('Präzision Müller GmbH', '10-4711', '', '', '', '', 'DE', 'A', '', 'EUR', 'active', '', "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
)


def as_text(location: DatabaseLocation) -> str:
    """The URL as a user types it (``postgresql://``, password included if any)."""
    return location.url.set(drivername="postgresql").render_as_string(hide_password=False)


def run_alembic(location: DatabaseLocation, verb: str, target: str) -> None:
    engine = create_db_engine(location, foreign_keys=False)
    with engine.connect() as connection, connection.begin():
        getattr(command, verb)(alembic_config(connection), target)
    engine.dispose()


def execute(location: DatabaseLocation, *statements: str) -> list[tuple[object, ...]]:
    engine = create_db_engine(location)
    with engine.begin() as connection:
        rows: list[tuple[object, ...]] = []
        for statement in statements:
            result = connection.execute(text(statement))
            if result.returns_rows:
                rows = [tuple(row) for row in result]
    engine.dispose()
    return rows


@pytest.fixture
def anna(
    postgres_server: ThrowawayServer, empty_postgres_location: DatabaseLocation
) -> DatabaseLocation:
    """The empty database as Anna reaches it: she must log in with her password."""
    name = empty_postgres_location.url.database
    assert name is not None
    role = postgres_server.new_name("anna")
    postgres_server.create_password_role(role, PASSWORD)
    postgres_server.grant_all(name, role)
    return DatabaseLocation(postgres_server.url(name, user=role))


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers: a server that hangs."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield listener.getsockname()[1]
    listener.close()


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- schema ----------------------------------------------------------------------------------


def test_init_creates_the_schema_on_the_server(
    capsys: pytest.CaptureFixture[str], empty_postgres_location: DatabaseLocation
) -> None:
    code = main(["--db", as_text(empty_postgres_location), "init"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"Database ready: {empty_postgres_location.describe()}" in out
    assert "11 standard ledger categories" in out
    status = inspect_database(empty_postgres_location)
    assert (status.state, status.revision) == (SchemaState.CURRENT, head_revision())


def test_the_migrations_match_the_models_on_postgresql(
    empty_postgres_location: DatabaseLocation,
) -> None:
    open_workspace(empty_postgres_location).close()
    engine = create_db_engine(empty_postgres_location)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_every_revision_up_and_down_on_postgresql(
    empty_postgres_location: DatabaseLocation,
) -> None:
    location = empty_postgres_location
    run_alembic(location, "upgrade", "head")
    with open_workspace(location, upgrade=False).transaction() as session:
        save_account(session, AccountForm(name="Präzision Müller GmbH", customer_number="1"))
    for _ in range(len(schema.revision_graph()) - 1):
        run_alembic(location, "downgrade", "-1")
        run_alembic(location, "upgrade", "+1")
    assert execute(location, "SELECT name FROM account") == [("Präzision Müller GmbH",)]
    run_alembic(location, "downgrade", "base")
    engine = create_db_engine(location)
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    engine.dispose()


def test_rows_from_before_revision_0003_have_no_names_and_new_saves_do(
    backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        location = resolve_location(str(request.getfixturevalue("db_path")))
    else:
        location = request.getfixturevalue("empty_postgres_location")
    run_alembic(location, "upgrade", "0002")
    execute(location, OLD_ACCOUNT)
    workspace = open_workspace(location, user="anna")
    with workspace.transaction() as session:
        old = session.scalars(select(Account)).one()
        assert (old.created_by, old.updated_by) == ("", "")
        old.notes = "Plant in Ulm"
    with workspace.session() as session:
        assert session.scalars(select(Account)).one().updated_by == "anna"
    workspace.close()


def test_an_upgrade_is_backed_up_with_pg_dump_first(
    empty_postgres_location: DatabaseLocation,
) -> None:
    run_alembic(empty_postgres_location, "upgrade", "0002")
    execute(empty_postgres_location, OLD_ACCOUNT)
    workspace = open_workspace(empty_postgres_location)
    workspace.close()
    report = workspace.upgrade
    assert report is not None and report.before.revision == "0002"
    assert report.backup is not None, report.advice
    assert report.backup.parent == data_dir() / "backups"
    assert report.backup.name.endswith("-before-upgrade-0002.dump")
    assert report.backup.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert inspect_database(empty_postgres_location).state is SchemaState.CURRENT


def test_without_pg_dump_the_upgrade_says_how_to_back_up(
    empty_postgres_location: DatabaseLocation,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_alembic(empty_postgres_location, "upgrade", "0002")
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump anywhere
    code = main(["--db", as_text(empty_postgres_location), "init"])
    _, err = capsys.readouterr()
    assert code == 0
    assert "pg_dump was not found, so no backup was made before the upgrade" in err
    assert "pg_dump --format=custom --file=kamdesk-backup.dump --host=127.0.0.1" in err


def test_a_failed_upgrade_on_the_server_changes_nothing(
    empty_postgres_location: DatabaseLocation, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    location = empty_postgres_location
    with open_workspace(location).transaction() as session:
        save_account(session, AccountForm(name="Präzision Müller GmbH", customer_number="1"))
    folder = tmp_path / "migrations"
    shutil.copytree(schema.migrations_path(), folder)
    (folder / "versions" / "9999_breaks.py").write_text(
        BROKEN_REVISION.replace("HEAD", head_revision())
    )
    monkeypatch.setattr(schema, "migrations_path", lambda: folder)
    with pytest.raises(MigrationFailedError, match="rolled back, so the database is unchanged"):
        open_workspace(location)
    monkeypatch.undo()
    assert execute(location, "SELECT name FROM account") == [("Präzision Müller GmbH",)]
    assert execute(location, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    engine = create_db_engine(location)
    with engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("account")}
    engine.dispose()
    assert "doomed" not in columns


def test_clients_starting_together_upgrade_the_schema_once(
    empty_postgres_location: DatabaseLocation,
) -> None:
    run_alembic(empty_postgres_location, "upgrade", "0002")
    errors: list[BaseException] = []

    def start() -> None:
        try:
            open_workspace(empty_postgres_location).close()
        except BaseException as error:
            errors.append(error)

    clients = [threading.Thread(target=start) for _ in range(3)]
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    assert errors == []
    assert inspect_database(empty_postgres_location).state is SchemaState.CURRENT
    assert len(list((data_dir() / "backups").glob("*.dump"))) == 1  # one upgrade, one backup


# -- reaching the server and logging in -------------------------------------------------------


def test_a_closed_port_is_named_at_once() -> None:
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(ServerUnreachableError) as refused:
        open_workspace(f"postgresql://anna@127.0.0.1:{port}/kamdesk")
    assert time.monotonic() - started < 2
    assert str(refused.value) == (
        f"cannot reach the team server at 127.0.0.1:{port}: Connection refused"
    )


def test_a_server_that_never_answers_fails_within_five_seconds(
    silent_server: int, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    code = main(["--db", f"postgresql://anna@127.0.0.1:{silent_server}/kamdesk", "accounts"])
    elapsed = time.monotonic() - started
    _, err = capsys.readouterr()
    print(f"silent server refused after {elapsed:.2f} s")
    assert code == 1
    assert elapsed < 6.5
    assert err.strip() == (
        f"kamdesk-cli: error: cannot reach the team server at 127.0.0.1:{silent_server}: "
        "connection timeout expired"
    )


def test_a_missing_database_is_named(postgres_server: ThrowawayServer) -> None:
    location = DatabaseLocation(postgres_server.url("no_such_db"))
    with pytest.raises(ServerLoginError, match="has no database 'no_such_db'"):
        open_workspace(location)


def test_without_a_keyring_the_cli_asks_once_and_never_shows_the_password(
    anna: DatabaseLocation,
) -> None:
    result = CliRunner().invoke(cli, ["--db", as_text(anna), "init"], input=f"{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("Password for ") == 1
    assert "no keyring on this system: asked once per session" in result.stderr
    assert "Database ready" in result.stdout
    assert PASSWORD not in result.output


def test_a_wrong_password_is_refused_with_what_to_do(anna: DatabaseLocation) -> None:
    wrong = anna.with_password("not-it")
    with pytest.raises(PasswordRefusedError) as refused:
        open_workspace(wrong)
    message = str(refused.value)
    assert message.startswith(f"the team server at {anna.server_address} refused the password")
    assert "kamdesk-cli secret set --db postgresql+psycopg://" in message
    assert "not-it" not in message
    # The CLI asks once more, then gives up with the same advice.
    result = CliRunner().invoke(cli, ["--db", as_text(wrong), "accounts"], input="still-not\n")
    assert isinstance(result.exception, PasswordRefusedError)
    assert result.stderr.count("Password for ") == 1
    assert "not-it" not in result.output and "still-not" not in result.output


def test_the_keyring_password_logs_in_without_a_question(anna: DatabaseLocation) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store_password(anna, PASSWORD)
    result = CliRunner().invoke(cli, ["--db", as_text(anna), "init"], input="")
    assert result.exit_code == 0, result.output
    assert "Password" not in result.output
    workspace = open_workspace(anna)
    with workspace.transaction() as session:
        save_account(session, AccountForm(name="Kunde GmbH", customer_number="2"))
    with workspace.session() as session:
        row = session.scalars(select(Account)).one()
    workspace.close()
    assert row.created_by == workspace.actor
