"""CSV import: every row checked first, all or nothing, and every bad cell named."""

import codecs
import csv
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.errors import InvalidValueError, NotFoundError
from app.interchange import CsvImportError, import_csv, preview_csv
from app.interchange.csv_fields import CSV_KINDS, csv_kind
from app.interchange.csv_words import word_key
from app.interchange.errors import MAX_ERRORS
from app.model import (
    Account,
    Contact,
    Contract,
    FreeService,
    Incident,
    LedgerCategory,
    NoteKind,
    TechnicianNote,
    Touchpoint,
    TouchpointKind,
)
from app.model.attribution import set_actor
from tests.helpers import factories


def csv_bytes(
    rows: Sequence[Sequence[str]], delimiter: str = ";", encoding: str = "utf-8-sig"
) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.fixture
def session(empty_workspace: Workspace) -> Session:
    """A small world: three accounts in EUR, CHF and JPY, contacts, a contract, categories."""
    with empty_workspace.transaction() as session:
        main = factories.account(session, customer_number="10-4711", name="Müller GmbH")
        factories.account(session, customer_number="20-100", currency="CHF", name="Bühler AG")
        factories.account(session, customer_number="30-7", currency="JPY", name="Tokyo KK")
        factories.contact(session, main, name="Dieter Hartmann")
        factories.contact(session, main, name="Anna Schmidt")
        factories.contact(session, main, name="Anna  schmidt")
        factories.contract(session, main, number="SV-1")
        factories.category(session)
    return empty_workspace.session()


def ledger_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FreeService)) or 0


LEDGER_DE = ["Kundennummer", "Datum", "Kategorie", "Beschreibung", "Wert", "Stunden"]
LEDGER_EN = ["customer_number", "date", "category", "description", "value", "hours"]


def test_a_german_excel_file_imports_every_row_with_its_values(session: Session) -> None:
    set_actor(session, "Importing Imke")
    data = csv_bytes(
        [
            [*LEDGER_DE, "Empfangen von", "Vertrag", "Rolle"],
            [
                "10-4711",
                "15.01.2027",
                "Beratung",
                "Messraum beraten",
                "1.234,50",
                "2,5",
                "Dieter Hartmann",
                "SV-1",
                "Vertrieb",
            ],
            ["20-100", "2027-02-01", "delivery_in_person", "Teile gebracht", "80", "", "", "", ""],
            [
                "30-7",
                "01/03/2027",
                "Spare part / tool delivered in person",
                "Tool",
                "1.500",
                "1",
                "",
                "",
                "",
            ],
        ]
    )
    report = import_csv(session, "ledger", data)
    assert report.rows == 3
    assert (report.encoding, report.delimiter, report.number_style) == ("utf-8-sig", ";", "de")
    rows = session.execute(
        select(
            FreeService.provided_on,
            LedgerCategory.key,
            FreeService.value_minor,
            FreeService.currency,
            FreeService.hours,
            Contact.name,
            Contract.number,
            FreeService.provider_role,
        )
        .join(LedgerCategory)
        .outerjoin(Contact, Contact.id == FreeService.received_by_id)
        .outerjoin(Contract, Contract.id == FreeService.contract_id)
        .order_by(FreeService.id)
    ).all()
    assert [tuple(row) for row in rows] == [
        (
            date(2027, 1, 15),
            "consulting",
            123_450,
            "EUR",
            Decimal("2.50"),
            "Dieter Hartmann",
            "SV-1",
            "seller",
        ),
        (
            date(2027, 2, 1),
            "delivery_in_person",
            8_000,
            "CHF",
            Decimal(0),
            None,
            None,
            "technician",
        ),
        (
            date(2027, 3, 1),
            "delivery_in_person",
            1_500,
            "JPY",
            Decimal(1),
            None,
            None,
            "technician",
        ),
    ]
    # Attributed like a row saved by hand: to whoever the workspace writes as.
    stamps = session.execute(select(FreeService.created_by, FreeService.updated_by)).all()
    assert [tuple(stamp) for stamp in stamps] == [("Importing Imke", "Importing Imke")] * 3


def test_the_error_names_the_spreadsheet_row_the_column_and_the_reason(session: Session) -> None:
    good = ["10-4711", "2027-01-15", "consulting", "advice", "12.50", "1"]
    rows = [LEDGER_EN] + [good] * 15 + [[*good[:4], "12,5x", "1"]] + [good] * 3
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "ledger", csv_bytes(rows, delimiter=","))
    assert [str(error) for error in raised.value.errors] == [
        "row 17, column value: '12,5x' is not an amount"
    ]
    assert "row 17, column value: '12,5x' is not an amount" in str(raised.value)
    assert "nothing was imported" in str(raised.value)
    assert ledger_count(session) == 0


def test_every_bad_row_is_named_and_none_is_written(session: Session) -> None:
    rows = [
        [*LEDGER_DE, "Empfangen von"],
        ["10-4711", "15.01.2027", "Beratung", "ok", "10", "", ""],
        ["99-999", "15.01.2027", "Beratung", "x", "10", "", ""],
        ["10-4711", "31.02.2027", "Beratung", "x", "10", "", ""],
        ["10-4711", "15.01.2027", "Fernwartung", "x", "10", "", ""],
        ["10-4711", "15.01.2027", "Beratung", "x", "-5", "", ""],
        ["30-7", "15.01.2027", "Beratung", "x", "1,5", "", ""],
        ["10-4711", "15.01.2027", "Beratung", "   ", "10", "", ""],
        ["10-4711", "15.01.2027", "Beratung", "x", "10", "", "Anna Schmidt"],
        ["10-4711", "15.01.2027", "Beratung", "x", "10", "", "Nobody"],
        ["10-4711", "15.01.2027", "Beratung", "x", "10", "2,555", ""],
        ["10-4711", "15.01.2027", "Beratung", "ok", "10", "", ""],
    ]
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "ledger", csv_bytes(rows))
    found = [(error.row, error.column) for error in raised.value.errors]
    assert found == [
        (3, "Kundennummer"),
        (4, "Datum"),
        (5, "Kategorie"),
        (6, "Wert"),
        (7, "Wert"),
        (8, "Beschreibung"),
        (9, "Empfangen von"),
        (10, "Empfangen von"),
        (11, "Stunden"),
    ]
    reasons = [error.reason for error in raised.value.errors]
    assert "no account with customer number '99-999'" in reasons[0]
    assert "more than 0 decimal places for JPY" in reasons[4]
    assert "several contacts named 'Anna Schmidt'" in reasons[6]
    assert ledger_count(session) == 0


def test_a_dry_run_checks_and_counts_but_writes_nothing(session: Session) -> None:
    data = csv_bytes([LEDGER_DE, ["10-4711", "15.01.2027", "Beratung", "x", "10", ""]] * 1)
    calls: list[str] = []
    report = import_csv(
        session, "ledger", data, dry_run=True, before_write=lambda: calls.append("")
    )
    assert report.dry_run and report.rows == 1
    assert ledger_count(session) == 0 and calls == []
    import_csv(session, "ledger", data, before_write=lambda: calls.append("backup"))
    assert ledger_count(session) == 1 and calls == ["backup"]


def test_headers_match_in_any_case_and_umlaut_spelling(session: Session) -> None:
    header = ["KUNDENNUMMER", "datum", "Kategorie ", "BESCHREIBUNG", "Betrag", "WAEHRUNG"]
    report = import_csv(
        session, "ledger", csv_bytes([header, ["10-4711", "1.2.2027", "other", "x", "5", "EUR"]])
    )
    assert report.rows == 1 and report.ignored_columns == ()


def test_missing_and_doubled_columns_are_named_on_row_1(session: Session) -> None:
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "ledger", csv_bytes([["Kundennummer", "Datum", "Wert", "Betrag"]]))
    messages = [str(error) for error in raised.value.errors]
    assert messages == [
        "row 1, column Betrag: a second column for value (the first is 'Wert')",
        "row 1, column category: this column is missing (German header: Kategorie)",
        "row 1, column description: this column is missing (German header: Beschreibung)",
    ]


def test_unknown_columns_are_ignored_and_reported(session: Session) -> None:
    data = csv_bytes(
        [[*LEDGER_EN, "Kostenstelle"], ["10-4711", "2027-01-15", "other", "x", "1", "", "4711"]]
    )
    report = import_csv(session, "ledger", data)
    assert report.ignored_columns == ("Kostenstelle",)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "reported"),
    [
        ("windows-1252", ";", "windows-1252"),
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", ";", "utf-8-sig"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_encodings_and_delimiters_are_detected(
    session: Session, encoding: str, delimiter: str, reported: str
) -> None:
    rows = [LEDGER_DE, ["10-4711", "15.01.2027", "Beratung", "Größe prüfen, Maß €", "1.234,50", ""]]
    report = import_csv(session, "ledger", csv_bytes(rows, delimiter, encoding))
    assert (report.encoding, report.delimiter) == (reported, delimiter)
    assert session.scalars(select(FreeService.description)).one() == "Größe prüfen, Maß €"
    assert session.scalars(select(FreeService.value_minor)).one() == 123_450


def test_bytes_that_are_no_text_are_refused_naming_the_file(session: Session) -> None:
    with pytest.raises(CsvImportError, match=r"neither UTF-8 nor Windows-1252.*0x81"):
        import_csv(session, "ledger", b"Kundennummer;Datum\r\n10-4711;\x81\r\n")
    with pytest.raises(CsvImportError, match="the file is empty"):
        import_csv(session, "ledger", codecs.BOM_UTF8)


def test_blank_rows_are_skipped_and_overlong_rows_refused(session: Session) -> None:
    rows = [LEDGER_DE, ["10-4711", "15.01.2027", "other", "x", "1", ""], ["", "", ""], [";;"]]
    report = import_csv(session, "ledger", csv_bytes(rows[:3]))
    assert report.rows == 1 and report.blank_rows == 1
    with pytest.raises(CsvImportError, match="row 2: has 8 cells but the header has 6"):
        import_csv(session, "ledger", csv_bytes([LEDGER_DE, [*rows[1], "", "surplus"]]))


def test_names_lose_bidi_controls_and_text_becomes_nfc(session: Session) -> None:
    rows = [
        ["Kundennummer", "Name", "Notizen"],
        ["\u202e77-1\u202c", "Mu\u0308ller \u2066GmbH\u2069", "Cafe\u0301 \u202eok"],
    ]
    import_csv(session, "accounts", csv_bytes(rows))
    account = session.scalars(select(Account).where(Account.customer_number == "77-1")).one()
    assert account.name == "Müller GmbH"
    assert account.notes == "Café \u202eok"  # free text keeps what it says, in NFC


def test_excel_sep_line_and_nul_characters(session: Session) -> None:
    rows = [["Kundennummer", "Name", "Notizen"], ["77-2", "Nul\x00 AG", "a\x00b; c"]]
    data = b"sep=,\r\n" + csv_bytes(rows, ",", "utf-8")
    report = import_csv(session, "accounts", data)
    assert report.delimiter == ","
    account = session.scalars(select(Account).where(Account.customer_number == "77-2")).one()
    assert (account.name, account.notes) == ("Nul AG", "ab; c")
    with pytest.raises(CsvImportError, match="row 2, column Kundennummer: no account"):
        import_csv(
            session,
            "ledger",
            b"sep=;\r\n" + csv_bytes([LEDGER_DE, ["1", "1.1.2027", "other", "x", "1", ""]]),
        )


def test_standard_categories_missing_from_the_workspace_are_added(
    empty_workspace: Workspace,
) -> None:
    with empty_workspace.transaction() as session:
        factories.account(session, customer_number="10-4711")
        assert session.scalar(select(func.count()).select_from(LedgerCategory)) == 0
        rows = [LEDGER_DE, ["10-4711", "15.01.2027", "zusätzliche Schulung", "x", "1", ""]]
        dry = import_csv(session, "ledger", csv_bytes(rows), dry_run=True)
        assert "ledger categories" not in dry.counts
        report = import_csv(session, "ledger", csv_bytes(rows))
        assert report.counts == {"ledger": 1, "ledger categories": 11}
        key = session.scalar(select(LedgerCategory.key).join(FreeService))
        assert key == "training"


def test_errors_are_capped_and_the_rest_counted(session: Session) -> None:
    rows = [LEDGER_EN] + [["10-4711", "someday", "other", "x", "1", ""]] * (MAX_ERRORS + 50)
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "ledger", csv_bytes(rows))
    assert len(raised.value.errors) == MAX_ERRORS and raised.value.more == 50
    assert str(raised.value).endswith(f"(and {MAX_ERRORS + 50 - 3} more)")


def test_a_file_path_is_read_and_named_in_errors(session: Session, tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "Leistungen.csv"
    path.write_bytes(csv_bytes([LEDGER_DE, ["10-4711", "1.1.2027", "other", "x", "1x", ""]]))
    with pytest.raises(CsvImportError, match=r"Leistungen\.csv: 1 problem, nothing"):
        import_csv(session, "ledger", path)
    with pytest.raises(NotFoundError, match=r"missing\.csv: no such file"):
        import_csv(session, "ledger", tmp_path / "missing.csv")
    with pytest.raises(InvalidValueError, match="KIND: 'orders' is not one of"):
        import_csv(session, "orders", path)


def test_progress_runs_up_to_the_total(session: Session) -> None:
    rows = [LEDGER_EN] + [["10-4711", "2027-01-15", "other", "x", "1", ""]] * 4500
    seen: list[tuple[int, int]] = []
    import_csv(session, "ledger", csv_bytes(rows, ","), progress=lambda *a: seen.append(a))
    assert seen[-1] == (9000, 9000)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


def test_preview_shows_the_first_rows_and_their_problems(session: Session) -> None:
    rows = [
        [*LEDGER_DE, "Kostenstelle"],
        ["10-4711", "15.01.2027", "Beratung", "ok", "10", "", "1"],
        ["99-999", "15.01.2027", "Beratung", "x", "10x", "", "2"],
        ["99-999", "15.01.2027", "Beratung", "x", "10", "", "3"],
    ]
    data = csv_bytes(rows)
    preview = preview_csv(data, "ledger", rows=2)
    assert preview.rows == (tuple(rows[1]), tuple(rows[2]))
    assert preview.row_numbers == (2, 3)
    assert preview.fields[-1] is None and preview.fields[0] == "customer_number"
    assert [str(error) for error in preview.errors] == [
        "row 3, column Wert: '10x' is not an amount"
    ]
    assert preview.total_rows == 3
    checked = preview_csv(data, "ledger", rows=3, session=session)
    assert [(error.row, error.column) for error in checked.errors] == [
        (3, "Wert"),
        (4, "Kundennummer"),
    ]


def test_accounts_refuse_customer_numbers_twice(session: Session) -> None:
    rows = [
        ["Kundennummer", "Name", "Land", "ABC-Klasse", "Status"],
        ["40-1", "Neu AG", "Österreich", "a", "Interessent"],
        ["40-1", "Doppelt AG", "AT", "B", "aktiv"],
        ["10-4711", "Schon da", "DE", "C", "aktiv"],
        ["40-2", "Irgendwo", "Atlantis", "C", "aktiv"],
    ]
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "accounts", csv_bytes(rows))
    assert [str(error) for error in raised.value.errors] == [
        "row 3, column Kundennummer: customer number '40-1' is already on row 2 of this file",
        "row 4, column Kundennummer: customer number '10-4711' already exists in the workspace",
        "row 5, column Land: 'Atlantis' is not a country (use a code such as DE or AT)",
    ]
    import_csv(session, "accounts", csv_bytes(rows[:2]))
    added = session.scalars(select(Account).where(Account.customer_number == "40-1")).one()
    assert (added.country, added.tier, added.status) == ("AT", "A", "prospect")


def test_contracts_check_their_dates_and_renewal(session: Session) -> None:
    header = [
        "customer_number",
        "number",
        "start_date",
        "end_date",
        "auto_renew_months",
        "annual_value",
        "currency",
    ]
    rows = [
        header,
        ["10-4711", "SV-1", "2027-01-01", "", "", "1", ""],
        ["10-4711", "N-2", "2027-01-01", "2026-12-31", "", "1", ""],
        ["10-4711", "N-3", "2027-01-01", "", "12", "1", ""],
        ["10-4711", "N-4", "2027-01-01", "2027-12-31", "12", "1.5", "KWD"],
        ["10-4711", "N-5", "2027-01-01", "2027-12-31", "", "1", "XYZ"],
    ]
    with pytest.raises(CsvImportError) as raised:
        import_csv(session, "contracts", csv_bytes(rows, ","))
    assert [(error.row, error.column) for error in raised.value.errors] == [
        (2, "number"),
        (3, "end_date"),
        (4, "auto_renew_months"),
        (6, "currency"),
    ]
    import_csv(session, "contracts", csv_bytes([header, rows[4]], ","))
    added = session.scalars(select(Contract).where(Contract.number == "N-4")).one()
    assert (added.annual_value_minor, added.currency) == (1500, "KWD")


def test_incidents_notes_and_touchpoints_take_german_words(session: Session) -> None:
    incidents = [
        ["Kundennummer", "Vertrag", "Art", "Gemeldet am", "Reagiert am", "Bezahlt von"],
        ["10-4711", "SV-1", "Ausfall", "05.11.2026 07:40 +01:00", "2026-11-07 06:40", "Kulanz"],
    ]
    import_csv(session, "incidents", csv_bytes(incidents))
    incident = session.scalars(select(Incident)).one()
    assert incident.reported_at == datetime(2026, 11, 5, 6, 40, tzinfo=UTC)
    assert (incident.kind, incident.paid_by) == ("breakdown", "goodwill")
    early = [incidents[0], ["10-4711", "", "Ausfall", "2026-11-05 06:40", "2026-11-05 06:00", ""]]
    with pytest.raises(CsvImportError, match="column Reagiert am: 2026-11-05 06:00 UTC is before"):
        import_csv(session, "incidents", csv_bytes(early))

    notes = [
        ["Kundennummer", "Datum", "Art", "Titel", "Gelesen", "Geschätzter Wert"],
        ["10-4711", "29.10.2026", "Chance", "Messsteuerung", "ja", "22.000"],
    ]
    import_csv(session, "notes", csv_bytes(notes))
    note = session.scalars(select(TechnicianNote)).one()
    assert (note.kind, note.read_by_seller, note.estimated_value_minor) == (
        NoteKind.OPPORTUNITY,
        True,
        2_200_000,
    )
    visits = [
        ["Kundennummer", "Datum", "Art"],
        ["10-4711", "30.10.2026", "Wartungsbesuch"],
        ["10-4711", "31.10.2026", "Kaffeeklatsch"],
    ]
    with pytest.raises(CsvImportError, match="'Kaffeeklatsch' is not one of: meeting, call"):
        import_csv(session, "touchpoints", csv_bytes(visits))
    import_csv(session, "touchpoints", csv_bytes(visits[:2]))
    assert session.scalars(select(Touchpoint.kind)).one() == TouchpointKind.MAINTENANCE_VISIT


@pytest.mark.parametrize("kind", CSV_KINDS)
def test_no_header_spelling_feeds_two_columns(kind: str) -> None:
    spec = csv_kind(kind)
    owners: dict[str, str] = {}
    for column in spec.columns:
        for spelling in (column.name, column.german, *column.aliases):
            key = word_key(spelling)
            assert owners.setdefault(key, column.name) == column.name, (kind, spelling)
