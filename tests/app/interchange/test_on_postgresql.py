"""The same files on a team's PostgreSQL server: the JSON workspace round trip gives the
same bytes, ids keep coming after an import, and every CSV kind round trips."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import Workspace, open_workspace
from app.interchange import CSV_KINDS, export_csv, import_csv
from app.interchange.json_workspace import export_workspace, import_workspace
from app.model import Account, ServicePackage
from app.storage.location import DatabaseLocation


@pytest.fixture
def server_workspace(postgres_location: DatabaseLocation) -> Iterator[Workspace]:
    workspace = open_workspace(postgres_location)
    yield workspace
    workspace.close()


def test_json_and_csv_round_trips_on_postgresql(demo_db: Path, server_workspace: Workspace) -> None:
    demo = open_workspace(demo_db)
    try:
        with demo.session() as source:
            data = export_workspace(source)
            ledger = export_csv(source, "ledger", "de")
        with server_workspace.transaction() as session:
            import_workspace(session, data)
        with server_workspace.session() as session:
            assert export_workspace(session) == data
            assert export_csv(session, "ledger", "de") == ledger
        with server_workspace.session() as session:  # the id sequences moved on
            session.add(Account(name="After the import", customer_number="NEW-1"))
            session.flush()
            added = session.scalar(select(Account.id).where(Account.customer_number == "NEW-1"))
            assert added == 13
            session.rollback()
        with server_workspace.transaction() as session:  # empty again, but for the categories
            session.execute(Account.__table__.delete())
            session.execute(ServicePackage.__table__.delete())
        with demo.session() as source, server_workspace.transaction() as session:
            for package in source.scalars(select(ServicePackage).order_by(ServicePackage.id)):
                session.add(ServicePackage(name=package.name, currency=package.currency))
            session.flush()
            for kind in CSV_KINDS:
                exported = export_csv(source, kind, "en")
                import_csv(session, kind, exported)
                assert export_csv(session, kind, "en") == exported, kind
    finally:
        demo.close()
