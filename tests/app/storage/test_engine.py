from sqlalchemy import text

from app.bootstrap import Workspace


def test_sqlite_pragmas_make_commits_durable_and_references_enforced(
    workspace: Workspace,
) -> None:
    with workspace.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_ddl_runs_inside_the_transaction(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        with connection.begin() as transaction:
            connection.execute(text("CREATE TABLE scratch (x INTEGER)"))
            transaction.rollback()
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE name = 'scratch'")
        ).fetchall()
    assert tables == []
