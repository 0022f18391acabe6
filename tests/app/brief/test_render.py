"""The brief is always exactly one A4 page, shows the figures a seller argues with, and
never puts a character outside the margins, whatever the data."""

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from sqlalchemy import select

from app.bootstrap import Workspace, open_workspace
from app.brief.brief_layout import layout_brief
from app.brief.compose import compose_brief
from app.brief.drawing import CONTENT, Text
from app.brief.fonts import FAMILY, register_fonts
from app.brief.model import (
    Brief,
    BriefValue,
    ValueLine,
)
from app.brief.price_argument import price_argument
from app.brief.render import render_brief
from app.demo import generate_demo
from app.domain.wording import Language
from app.formatting import day, money_figure, share
from app.model import Account
from app.money import Money
from tests.helpers.pdf_text import chars_outside_margins, flat, pages_text

TODAY = date(2026, 11, 23)
MARKUP = "<b>Kunde</b> & <font>"


@pytest.fixture(scope="module")
def showcase(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp("brief") / "demo.db"
    ws = open_workspace(path)
    with ws.transaction() as session:
        generate_demo(session, today=TODAY)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def demo_briefs(showcase: Workspace) -> dict[tuple[str, Language], Brief]:
    with showcase.session() as session:
        numbers = session.scalars(select(Account.customer_number)).all()
        return {
            (number, lang): compose_brief(session, number, TODAY, lang=lang)
            for number in numbers
            for lang in ("en", "de")
        }


def section_text(brief: Brief, name: str) -> str:
    """What one section of the laid-out brief says, so a figure is found where it belongs."""
    shapes = layout_brief(brief).section(name).shapes
    return flat(" ".join(shape.text for shape in shapes if isinstance(shape, Text)))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_demo_brief_is_one_page_with_its_key_figures(
    demo_briefs: dict[tuple[str, Language], Brief], lang: Language
) -> None:
    briefs = [brief for (_, language), brief in demo_briefs.items() if language == lang]
    assert len(briefs) == 12
    for brief in briefs:
        pdf = render_brief(brief)
        pages = pages_text(pdf)
        assert len(pages) == 1, brief.customer_number
        header, facts = section_text(brief, "header"), section_text(brief, "facts")
        value = section_text(brief, "value")
        assert brief.account_name in header and brief.customer_number in header
        for total in brief.value.totals:
            assert flat(money_figure(total, lang, cents=False)) in value, brief.customer_number
        if brief.value.share is not None and len(brief.value.totals) == 1:
            assert flat(share(brief.value.share, lang)) in value, brief.customer_number
        for contract in brief.contracts[:1]:
            if contract.notice_deadline:
                assert day(contract.notice_deadline, lang) in facts, brief.customer_number
        for section in layout_brief(brief).sections:  # what was laid out was also printed
            for shape in section.shapes:
                if isinstance(shape, Text) and flat(shape.text).strip():
                    assert flat(shape.text).strip() in pages[0], (section.name, shape.text)
        assert chars_outside_margins(pdf) == [], brief.customer_number


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["48 h vs 8 h promised", "14 Dec 2026", "21 days left", "If a price cut is asked"]),
        ("de", ["48 h statt zugesagter 8 h", "14.12.2026", "noch 21 Tage", "Preisnachlass"]),
    ],
)
def test_flagship_brief_names_the_sla_breach_and_the_deadline(
    demo_briefs: dict[tuple[str, Language], Brief], lang: Language, phrases: list[str]
) -> None:
    text = pages_text(render_brief(demo_briefs["10-4711", lang]))[0]
    for phrase in phrases:
        assert phrase in text


def test_markup_in_names_and_notes_prints_literally(
    demo_briefs: dict[tuple[str, Language], Brief],
) -> None:
    brief = demo_briefs["10-4711", "en"]
    assert brief.position is not None
    marked = replace(
        brief,
        account_name=MARKUP,
        contacts=(replace(brief.contacts[0], name=MARKUP), *brief.contacts[1:]),
        position=replace(brief.position, goals=f"{MARKUP} &amp; more"),
    )
    text = pages_text(render_brief(marked))[0]
    assert text.count(MARKUP) >= 3
    assert f"{MARKUP} &amp; more" in text


def test_same_brief_gives_the_same_bytes_and_carries_metadata(
    demo_briefs: dict[tuple[str, Language], Brief],
) -> None:
    brief = demo_briefs["10-4711", "de"]
    first, second = render_brief(brief), render_brief(brief)
    assert first == second
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta is not None
    assert brief.account_name in str(meta.title)
    assert meta.author == brief.prepared_by


def test_only_embedded_noto_sans_is_used(demo_briefs: dict[tuple[str, Language], Brief]) -> None:
    fonts = register_fonts()
    assert register_fonts() is fonts  # registered once
    assert tt2ps(FAMILY, 1, 0) == fonts.bold and tt2ps(FAMILY, 0, 1) == fonts.italic
    page = PdfReader(io.BytesIO(render_brief(demo_briefs["10-4711", "de"]))).pages[0]
    used = page["/Resources"]["/Font"]
    names = [str(font.get_object()["/BaseFont"]) for font in used.values()]
    assert names and all("NotoSans" in name for name in names)
    for font in used.values():
        descendant = font.get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]  # the TrueType file is inside


def test_sections_stay_in_their_boxes_and_never_overlap(
    demo_briefs: dict[tuple[str, Language], Brief],
) -> None:
    layout = layout_brief(demo_briefs["10-4711", "de"])
    boxes = [section.box for section in layout.sections]
    for section in layout.sections:
        assert CONTENT.contains(section.box), section.name
        for shape in section.shapes:
            assert section.box.contains(shape.bounds), (section.name, shape)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a.right <= b.x or b.right <= a.x or a.top <= b.y or b.top <= a.y


def _value(totals: tuple[Money, ...], fraction: Decimal | None, lines: int = 3) -> BriefValue:
    kinds = [("Replacement tools delivered in person", 3), ("ROI calculation", 1)]
    kinds += [("Orders cancelled and restocked", 5), ("Extra training", 2)]
    return BriefValue(
        date(2026, 1, 1),
        TODAY,
        False,
        11,
        totals,
        fraction,
        tuple(ValueLine(label, count, totals[0]) for label, count in kinds[:lines]),
    )


EUR = Money(Decimal("18400"), "EUR")


def test_price_argument_names_worth_share_and_services() -> None:
    en = price_argument(_value((EUR,), Decimal("0.12")), "en")
    assert en.startswith("If a price cut is asked: free services worth €18,400 — 12% of the annual")
    assert "3×\u00a0replacement tools delivered in person, 1×\u00a0ROI calculation and 5×" in en
    de = price_argument(_value((EUR,), Decimal("0.12"), lines=4), "de")
    assert "Leistungen im Wert von 18.400\u00a0€ erbracht – 12\u00a0% des Jahreswerts: 3×" in de
    assert "Zusätzliche" not in de and "dazu 1 weitere Leistungsart." in de


def test_price_argument_without_free_services_says_so() -> None:
    nothing = replace(_value((), None, 0), entries=0)
    assert "no free services are recorded" in price_argument(nothing, "en")
    zero = replace(nothing, totals=(Money(Decimal(0), "EUR"),))
    assert "keine kostenlosen Leistungen erfasst" in price_argument(zero, "de")
    unvalued = replace(zero, entries=4)
    assert "4 free services are recorded, but none carries a value" in price_argument(
        unvalued, "en"
    )


def test_price_argument_lists_every_currency_and_no_share() -> None:
    chf = Money(Decimal("3400"), "CHF")
    text = price_argument(_value((EUR, chf), Decimal("0.5")), "en")
    assert "€18,400 and CHF\u00a03,400" in text
    assert "%" not in text
    assert "annual value" not in price_argument(_value((EUR,), None), "en")


# Extreme briefs, built directly: long texts are a short drawn seed repeated to a drawn
# length, long lists a few drawn prototypes cycled, so hypothesis stays quick.
