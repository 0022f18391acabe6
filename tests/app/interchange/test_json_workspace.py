"""The JSON workspace file: every table and column, byte-identical after a round trip,
refused as a whole (naming table, row and field) when anything is wrong."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.ledger_categories import ensure_ledger_categories
from app.interchange import WorkspaceFileError, WorkspaceNotEmptyError
from app.interchange.json_workspace import (
    FORMAT_VERSION,
    TABLES_SINCE,
    export_workspace,
    import_workspace,
)
from app.model import Account, Base, LedgerCategory
from tests.app.interchange.test_csv_round_trip import HOSTILE
from tests.helpers import factories


@pytest.fixture
def demo_file(demo_workspace: Workspace) -> bytes:
    with demo_workspace.session() as session:
        return export_workspace(session)


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


def test_export_import_export_gives_identical_bytes(
    demo_file: bytes, empty_workspace: Workspace
) -> None:
    with empty_workspace.transaction() as session:
        report = import_workspace(session, demo_file)
    assert report.counts["account"] == 12 and report.replaced_standard_categories == 0
    with empty_workspace.session() as session:
        assert export_workspace(session) == demo_file
    with empty_workspace.transaction() as session:  # ids go on after the file's (a sequence
        session.add(Account(name="After the import", customer_number="NEW-1"))  # on a server)
        session.flush()
        added = session.scalar(select(Account.id).where(Account.customer_number == "NEW-1"))
    assert added == 13


def test_the_standard_categories_of_init_are_replaced_by_the_files(
    demo_file: bytes, empty_workspace: Workspace
) -> None:
    with empty_workspace.transaction() as session:
        ensure_ledger_categories(session)  # what "kamdesk-cli init" does
    with empty_workspace.transaction() as session:
        report = import_workspace(session, demo_file)
    assert report.replaced_standard_categories == 11
    with empty_workspace.session() as session:
        assert export_workspace(session) == demo_file


def test_the_document_shape(demo_file: bytes, demo_workspace: Workspace) -> None:
    text = demo_file.decode("utf-8")
    assert text.startswith('{\n "format": "kamdesk-workspace",\n "version": 2,\n "tables": {\n')
    document = json.loads(text)
    assert list(document) == ["format", "version", "tables"]
    assert list(document["tables"]) == sorted(Base.metadata.tables)
    accounts = document["tables"]["account"]
    assert [row["id"] for row in accounts] == sorted(row["id"] for row in accounts)
    first = accounts[0]
    assert list(first) == [column.name for column in Base.metadata.tables["account"].columns]
    assert first["customer_number"] == "10-4711" and first["tier"] == "A"
    assert first["relationship_since"] == "2012-08-01"
    assert first["created_at"] == "2026-11-23T00:00:00+00:00"
    entry = document["tables"]["free_service"][0]
    assert (entry["value_minor"], entry["currency"], entry["hours"]) == (42000, "EUR", "3.50")
    incident = document["tables"]["incident"][0]
    assert incident["reported_at"] == "2026-11-05T06:40:00+00:00"
    assert incident["promised_response_hours"] == "8.00"
    override = document["tables"]["budget_override"][1]
    assert (override["cancelled"], override["planned_on"]) == (True, None)
    rows = sum(len(table_rows) for table_rows in document["tables"].values())
    assert text.count('\n   {"id": ') == rows  # one row per line, in id order
    assert text.endswith("\n  ]\n }\n}\n")


def mutated(data: bytes, change: Callable[[dict[str, Any]], object]) -> bytes:
    document = json.loads(data)
    change(document)
    return json.dumps(document).encode()


def _drop_field(document: dict[str, Any]) -> None:
    del document["tables"]["contact"][2]["email"]


def _set(table: str, index: int, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["tables"][table][index][field] = value

    return change


REFUSALS: list[tuple[str, Callable[[bytes], bytes], str]] = [
    (
        "newer",
        lambda d: mutated(d, lambda doc: doc.update(version=FORMAT_VERSION + 1)),
        f"format version {FORMAT_VERSION + 1}, written by a newer KAM Desk",
    ),
    (
        "other format",
        lambda d: mutated(d, lambda doc: doc.update(format="anki-deck")),
        "not a KAM Desk workspace file (format 'anki-deck'",
    ),
    ("broken JSON", lambda d: d[:-40], "not valid JSON (line"),
    ("not UTF-8", lambda d: d.replace(b"Aalen", b"Aal\xe9n"), "not UTF-8 text"),
    ("array", lambda d: b"[1, 2]", "not a KAM Desk workspace file"),
    (
        "extra top field",
        lambda d: mutated(d, lambda doc: doc.update(comment="hi")),
        "unknown top-level field 'comment'",
    ),
    (
        "missing table",
        lambda d: mutated(d, lambda doc: doc["tables"].pop("promise")),
        "tables: the table 'promise' is missing",
    ),
    (
        "unknown table",
        lambda d: mutated(d, lambda doc: doc["tables"].update(deals=[])),
        "tables: unknown table 'deals'",
    ),
    (
        "missing field",
        lambda d: mutated(d, _drop_field),
        "table contact, row 3 (id 3): the field 'email' is missing",
    ),
    (
        "extra field",
        lambda d: mutated(d, _set("account", 1, "vat_id", "DE1")),
        "table account, row 2 (id 2): unknown field 'vat_id'",
    ),
    (
        "string for int",
        lambda d: mutated(d, _set("free_service", 4, "value_minor", "420")),
        "table free_service, row 5 (id 5), field value_minor: expected a whole number, got '420'",
    ),
    (
        "float money",
        lambda d: mutated(d, _set("contract", 0, "annual_value_minor", 1.5)),
        "field annual_value_minor: expected a whole number, got 1.5",
    ),
    (
        "null name",
        lambda d: mutated(d, _set("account", 0, "name", None)),
        "table account, row 1 (id 1), field name: must not be null",
    ),
    (
        "bad date",
        lambda d: mutated(d, _set("touchpoint", 0, "happened_on", "14.11.2026")),
        'field happened_on: expected a date like "2027-01-15"',
    ),
    (
        "naive moment",
        lambda d: mutated(d, _set("incident", 0, "reported_at", "2026-11-05T06:40:00")),
        "field reported_at: expected a moment with its offset",
    ),
    (
        "unknown enum",
        lambda d: mutated(d, _set("account", 0, "tier", "S")),
        "field tier: expected one of A, B, C, got 'S'",
    ),
    (
        "float hours",
        lambda d: mutated(d, _set("free_service", 0, "hours", 3.5)),
        "field hours: expected a decimal number as a string",
    ),
    (
        "too precise",
        lambda d: mutated(d, _set("free_service", 0, "hours", "3.505")),
        "field hours: '3.505' is not a number with at most 2 decimals",
    ),
    (
        "dangling",
        lambda d: mutated(d, _set("contact", 0, "account_id", 999)),
        "table contact, row 1 (id 1), field account_id: refers to account id 999, which is not",
    ),
    (
        "twice",
        lambda d: mutated(d, _set("account", 1, "id", 1)),
        "table account, row 2 (id 1): the id 1 is used twice",
    ),
    (
        "unique",
        lambda d: mutated(d, _set("account", 1, "customer_number", "10-4711")),
        "table account, row 2 (id 2): account.customer_number must be unique and the value is "
        "already used; nothing was imported",
    ),
    (
        "check",
        lambda d: mutated(d, _set("free_service", 3, "value_minor", -1)),
        "table free_service, row 4 (id 4): the value breaks the rule "
        "ck_free_service_value_minor_non_negative; nothing was imported",
    ),
]


@pytest.mark.parametrize(("case", "spoil", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_spoilt_file_is_refused_naming_what_is_wrong_and_nothing_is_written(
    demo_file: bytes,
    empty_workspace: Workspace,
    case: str,
    spoil: Callable[[bytes], bytes],
    message: str,
) -> None:
    with empty_workspace.transaction() as session:
        ensure_ledger_categories(session)
    backups: list[str] = []
    with empty_workspace.session() as session:
        before = row_counts(session)
        with pytest.raises(WorkspaceFileError) as raised:
            import_workspace(session, spoil(demo_file), before_write=lambda: backups.append("x"))
        assert message in str(raised.value)
        assert row_counts(session) == before
        session.commit()
    with empty_workspace.session() as session:
        assert row_counts(session) == before
    assert backups == ([] if case not in ("unique", "check") else ["x"])


def test_a_workspace_with_data_is_refused(demo_file: bytes, empty_workspace: Workspace) -> None:
    with empty_workspace.transaction() as session:
        factories.account(session, customer_number="1")
    with (
        empty_workspace.session() as session,
        pytest.raises(WorkspaceNotEmptyError, match=r"not empty \(1 account rows\)"),
    ):
        import_workspace(session, demo_file)


def test_own_ledger_categories_make_a_workspace_non_empty(
    demo_file: bytes, empty_workspace: Workspace
) -> None:
    with empty_workspace.transaction() as session:
        ensure_ledger_categories(session)
        session.add(LedgerCategory(key="remote", label_en="Remote help", label_de="Fernhilfe"))
    with (
        empty_workspace.session() as session,
        pytest.raises(WorkspaceNotEmptyError, match="1 own ledger categories"),
    ):
        import_workspace(session, demo_file)


NUL_TEXT = "\x00nul \x1b escape \u2028 separator"


def test_hostile_text_survives_byte_for_byte(
    empty_workspace: Workspace, another_empty_workspace: Workspace, backend: str
) -> None:
    # PostgreSQL cannot store U+0000 at all (see the next test); the rest must survive.
    last = NUL_TEXT if backend == "sqlite" else NUL_TEXT.replace("\x00", "")
    with empty_workspace.transaction() as session:
        for number, text in enumerate((*HOSTILE, last)):
            # SQLite's trim() stops at a NUL, so the name check would refuse that name.
            name = text.replace("\x00", "")
            owner = factories.account(session, customer_number=f"H-{number}", name=name, notes=text)
            factories.free_service(session, owner, description=name)
        data = export_workspace(session)
    target = another_empty_workspace
    with target.transaction() as session:
        import_workspace(session, data)
    with target.session() as session:
        assert export_workspace(session) == data
        assert session.scalars(select(Account.notes).order_by(Account.id)).all()[:-1] == list(
            HOSTILE
        )


def test_a_nul_character_bound_for_a_server_is_named_and_nothing_is_written(
    demo_file: bytes, another_empty_workspace: Workspace, backend: str
) -> None:
    spoilt = mutated(demo_file, _set("account", 2, "notes", NUL_TEXT))
    with another_empty_workspace.transaction() as session:
        if backend == "sqlite":  # a file holds it, and so can SQLite
            import_workspace(session, spoilt)
            assert NUL_TEXT in session.scalars(select(Account.notes)).all()
            return
        with pytest.raises(WorkspaceFileError) as refused:
            import_workspace(session, spoilt)
        assert row_counts(session) == dict.fromkeys(row_counts(session), 0)
    assert str(refused.value).startswith(
        "table account, row 3 (id 3), field notes: holds the invisible NUL character (U+0000)"
    )


def _as_version_1(document: dict[str, Any]) -> None:
    """What KAM Desk wrote before the negotiation workbench: no such tables."""
    document["version"] = 1
    for name in TABLES_SINCE:
        del document["tables"][name]


def test_a_version_1_file_loads_with_the_newer_tables_empty(
    demo_file: bytes, empty_workspace: Workspace
) -> None:
    old = mutated(demo_file, _as_version_1)
    with empty_workspace.transaction() as session:
        report = import_workspace(session, old)
    assert report.counts["account"] == 12
    assert {name: report.counts[name] for name in TABLES_SINCE} == dict.fromkeys(TABLES_SINCE, 0)
    with empty_workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 12


def test_a_version_2_file_must_hold_the_newer_tables(
    demo_file: bytes, empty_workspace: Workspace
) -> None:
    spoilt = mutated(demo_file, lambda document: document["tables"].pop("negotiation_item"))
    with empty_workspace.transaction() as session, pytest.raises(WorkspaceFileError) as refused:
        import_workspace(session, spoilt)
    assert str(refused.value) == "tables: the table 'negotiation_item' is missing"
