"""The customer's statement: at most two numbered pages, grouped totals, nothing internal."""

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.bootstrap import Workspace, open_workspace
from app.brief.compose import compose_brief, compose_statement
from app.brief.labels import LIGHTS, STANCES
from app.brief.model import Statement, ValueEntry, ValueLine
from app.brief.render import render_statement
from app.demo import generate_demo
from app.domain.wording import Language
from app.formatting import money_figure
from app.model import Account, NoteKind, Stance
from app.money import Money
from tests.helpers.pdf_text import chars_outside_margins, flat, pages_text

TODAY = date(2026, 11, 23)
SUPPLIER = "Hartmann Präzisionsmaschinen GmbH"
PAGE = {"en": "Page {page} of {pages}", "de": "Seite {page} von {pages}"}


@pytest.fixture(scope="module")
def showcase(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp("statement") / "demo.db"
    ws = open_workspace(path)
    with ws.transaction() as session:
        generate_demo(session, today=TODAY)
    yield ws
    ws.close()


def statement(ws: Workspace, number: str, lang: Language) -> Statement:
    with ws.session() as session:
        return compose_statement(session, number, TODAY, lang=lang, supplier=SUPPLIER)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_flagship_statement_shows_every_group_and_the_total(
    showcase: Workspace, lang: Language
) -> None:
    content = statement(showcase, "10-4711", lang)
    pages = pages_text(render_statement(content))
    assert 1 <= len(pages) <= 2
    for number, text in enumerate(pages, 1):
        assert PAGE[lang].format(page=number, pages=len(pages)) in text
    text = " ".join(pages)
    for line in content.lines:
        assert flat(f"{line.label} {line.count} {money_figure(line.total, lang)}") in text
    for total in content.totals:
        assert flat(money_figure(total, lang)) in text
    assert content.account_name in text and SUPPLIER in text
    assert all(flat(entry.description) in text for entry in content.entries)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_statement_holds_nothing_internal(showcase: Workspace, lang: Language) -> None:
    with showcase.session() as session:
        brief = compose_brief(session, "10-4711", TODAY, lang=lang)
    assert brief.position is not None
    risks = [i.title for i in brief.insights if i.kind is NoteKind.RISK]
    assert risks
    assert any(c.stance is Stance.CRITIC for c in brief.contacts)
    text = " ".join(pages_text(render_statement(statement(showcase, "10-4711", lang))))
    for secret in [*risks, brief.position.limits, brief.position.goals]:
        assert flat(secret) not in text
    words = [STANCES[lang][Stance.CRITIC], LIGHTS[lang][brief.health], "limits", "Grenzen"]
    words += ["Health", "Zustand", "Confidential", "Vertraulich", "Risk", "Risiko"]
    for word in words:
        assert not re.search(rf"\b{word}\b", text, re.IGNORECASE), word


def test_every_demo_statement_fits_two_pages_inside_the_margins(showcase: Workspace) -> None:
    with showcase.session() as session:
        numbers = session.scalars(select(Account.customer_number)).all()
    for number in numbers:
        for lang in ("en", "de"):
            pdf = render_statement(statement(showcase, number, lang))
            assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2, number
            assert chars_outside_margins(pdf) == [], number


def test_a_long_ledger_ends_with_more_entries_on_page_two(showcase: Workspace) -> None:
    base = statement(showcase, "10-4711", "de")
    name = ("Zakłady Mechaniczne Łódź 漢字 العربية 😀 <b>&amp; " * 10)[:300]
    big = Money(Decimal("99999999.99"), "PLN")
    entries = tuple(ValueEntry(TODAY - timedelta(days=i), name, name * 17, big) for i in range(500))
    long = replace(
        base,
        account_name=name,
        supplier=name,
        address=(name,) * 6,
        lines=(ValueLine(name, 10**6, big),) * 60,
        entries=entries,
    )
    pdf = render_statement(long)
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert "Seite 1 von 2" in pages[0] and "Seite 2 von 2" in pages[1]
    assert re.search(r"\+\d{3} weitere Einträge", pages[1])
    assert re.search(r"\+\d+ weitere Leistungsarten", pages[0])
    assert "<b>&amp;" in pages[0]
    assert chars_outside_margins(pdf) == []


def test_no_entries_gives_one_page_that_says_so(showcase: Workspace) -> None:
    empty = replace(statement(showcase, "10-4711", "en"), lines=(), entries=(), totals=())
    pages = pages_text(render_statement(empty))
    assert len(pages) == 1
    assert "No services beyond the contract were recorded" in pages[0]
    assert "Page 1 of 1" in pages[0]


def test_same_statement_same_bytes_with_metadata(showcase: Workspace) -> None:
    content = statement(showcase, "10-4711", "en")
    first = render_statement(content)
    assert first == render_statement(content)
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta is not None
    assert content.account_name in str(meta.title)
    assert meta.author == content.prepared_by
