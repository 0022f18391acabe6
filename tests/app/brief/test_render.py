"""The brief is always exactly one A4 page, shows the figures a seller argues with, and
never puts a character outside the margins, whatever the data."""

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from sqlalchemy import select

from app.bootstrap import Workspace, open_workspace
from app.brief.brief_layout import layout_brief
from app.brief.compose import compose_brief
from app.brief.drawing import CONTENT, MARGIN, Text
from app.brief.fonts import FAMILY, register_fonts
from app.brief.model import (
    Brief,
    BriefBudget,
    BriefContact,
    BriefContract,
    BriefInsight,
    BriefMove,
    BriefPosition,
    BriefService,
    BriefTrade,
    BriefValue,
    ValueLine,
    WorstCase,
)
from app.brief.price_argument import price_argument
from app.brief.render import render_brief
from app.demo import generate_demo
from app.domain.health import Light
from app.domain.wording import Language
from app.formatting import day, money_figure, share
from app.model import Account, DecisionRole, Department, NoteKind, Stance, TradeKind
from app.money import Money

TODAY = date(2026, 11, 23)
TOLERANCE = 0.5  # points
MARKUP = "<b>Kunde</b> & <font>"


def flat(text: str) -> str:
    """Extracted text with every kind of space (no-break, newline) as one plain space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def pages_text(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def chars_outside_margins(pdf: bytes) -> list[str]:
    """Every character whose box leaves the 15 mm margins, with its position."""
    outside = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, 1):
            low, right, bottom = MARGIN - TOLERANCE, page.width - MARGIN, page.height - MARGIN
            for ch in page.chars:
                if (
                    ch["x0"] < low
                    or ch["x1"] > right + TOLERANCE
                    or ch["top"] < low
                    or ch["bottom"] > bottom + TOLERANCE
                ):
                    outside.append(f"p{number} {ch['text']!r} x={ch['x0']:.1f} top={ch['top']:.1f}")
    return outside


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
SCRIPTS = [*"aZ ßÄÖ€ąćęłńóśźżŁŚčďěňřšťůžŘçğıöşüĞİŞ漢字語한국العربية😀🏭👍🏽<>&;\"'/\n\t", "Wort "]
CURRENCIES = ("EUR", "CHF", "PLN", "CZK", "TRY", "JPY")
DATES = st.dates(date(1990, 1, 1), date(2100, 12, 31))


@st.composite
def long_text(draw: st.DrawFn, max_size: int) -> str:
    seed = "".join(draw(st.lists(st.sampled_from(SCRIPTS), max_size=24)))
    length = draw(st.integers(0, max_size))
    return (seed * (length // max(len(seed), 1) + 1))[:length] if seed else ""


@st.composite
def amounts(draw: st.DrawFn, currency: str | None = None) -> Money:
    code = currency or draw(st.sampled_from(CURRENCIES))
    return Money.from_minor(draw(st.integers(0, 10**13)), code)


@st.composite
def many(draw: st.DrawFn, item: st.SearchStrategy[object], max_count: int) -> tuple[object, ...]:
    count = draw(st.integers(0, max_count))
    if not count:
        return ()
    kinds = draw(st.lists(item, min_size=1, max_size=3))
    return tuple(kinds[i % len(kinds)] for i in range(count))


HOURS = st.decimals(0, 100_000, places=2)
NAME, NOTE = long_text(300), long_text(5000)


@st.composite
def extreme_briefs(draw: st.DrawFn) -> Brief:
    currencies = draw(st.lists(st.sampled_from(CURRENCIES), unique=True, max_size=6))
    value = BriefValue(
        draw(DATES),
        draw(DATES),
        draw(st.booleans()),
        draw(st.integers(0, 10**6)),
        tuple(draw(amounts(code)) for code in currencies),
        draw(st.none() | st.decimals(0, 100, places=4)),
        draw(many(st.builds(ValueLine, NAME, st.integers(1, 10**6), amounts()), 500)),  # type: ignore[arg-type]
    )
    worst = st.builds(WorstCase, DATES, HOURS, st.none() | HOURS, NOTE)
    service = BriefService(
        *draw(st.tuples(*[st.integers(0, 10**6)] * 3)),
        draw(st.none() | worst),
        draw(HOURS),
        draw(st.integers(0, 10**6)),
        draw(st.decimals(0, 1000, places=1)),
        draw(st.integers(0, 10**6)),
    )
    contract = st.builds(
        BriefContract,
        long_text(40),
        NAME,
        st.none() | NAME,
        amounts(),
        st.none() | DATES,
        st.none() | DATES,
        st.none() | st.integers(-(10**5), 10**5),
        st.none() | st.integers(1, 120),
    )
    insight = st.builds(
        BriefInsight, st.sampled_from(NoteKind), DATES, NAME, NOTE, NAME, st.none() | amounts()
    )
    move = st.builds(
        BriefMove,
        DATES,
        st.none() | st.sampled_from(Stance),
        st.sampled_from(Stance),
        st.none() | st.sampled_from(DecisionRole),
        st.sampled_from(DecisionRole),
        st.sampled_from([-1, 0, 1]),
        NAME,
    )
    contact = st.builds(
        BriefContact,
        NAME,
        NAME,
        st.sampled_from(Department),
        st.sampled_from(DecisionRole),
        st.sampled_from(Stance),
        st.none() | move,
    )
    trade = st.builds(
        BriefTrade,
        st.sampled_from(TradeKind),
        NAME,
        st.none() | amounts(),
        st.none() | st.decimals(0, 100, places=2),
    )
    sums = st.lists(amounts(), max_size=6).map(tuple)
    position = st.builds(
        BriefPosition,
        st.none() | DATES,
        NOTE,
        NOTE,
        NOTE,
        NOTE,
        give=many(trade, 40),
        get=many(trade, 40),
        planned=sums,
        asked=sums,
        on_the_table=sums,
    )
    return Brief(
        lang=draw(st.sampled_from(["en", "de"])),
        account_name=draw(NAME),
        customer_number=draw(long_text(40)),
        industry=draw(NAME),
        city=draw(NAME),
        country=draw(long_text(3)),
        customer_since=draw(st.none() | DATES),
        meeting_on=draw(DATES),
        prepared_by=draw(NAME),
        prepared_on=draw(DATES),
        health=draw(st.sampled_from(Light)),
        health_reasons=draw(many(NAME, 12)),  # type: ignore[arg-type]
        contracts=draw(many(contract, 4)),  # type: ignore[arg-type]
        budget=draw(st.none() | st.builds(BriefBudget, NAME, DATES, DATES)),
        value=value,
        service=service,
        insights=draw(many(insight, 80)),  # type: ignore[arg-type]
        contacts=draw(many(contact, 80)),  # type: ignore[arg-type]
        position=draw(st.none() | position),
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(extreme_briefs())
def test_any_brief_is_one_page_with_every_character_inside_the_margins(brief: Brief) -> None:
    pdf = render_brief(brief)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert chars_outside_margins(pdf) == []
    for section in layout_brief(brief).sections:
        for shape in section.shapes:
            assert section.box.contains(shape.bounds), (section.name, shape)


def test_the_worst_case_we_promise_to_survive() -> None:
    """300-character names, 80 contacts, 500 ledger lines, 5,000-character notes."""
    name = ("Zakłady Mechaniczne Łódź 漢字 العربية 😀 <b>&amp; " * 10)[:300]
    note = ("Messraum über 20 °C, Żółć, ğüşİ, 日本語, مرحبا, 🏭 <font> & more. " * 80)[:5000]
    big = Money(Decimal("99999999999.99"), "EUR")
    line = ValueLine(name, 999_999, big)
    contract = BriefContract(name[:40], name, name, big, TODAY, TODAY, -5, 12)
    move = BriefMove(
        TODAY,
        Stance.SUPPORTER,
        Stance.CRITIC,
        DecisionRole.USER,
        DecisionRole.DECISION_MAKER,
        -1,
        note,
    )
    trade = BriefTrade(TradeKind.OTHER, name, big, Decimal("99.99"))
    brief = Brief(
        "de", name, name[:40], name, name, "PL", TODAY, TODAY, name, TODAY, Light.RED,
        (name,) * 12, (contract,) * 4, BriefBudget(name, TODAY, TODAY - timedelta(days=40)),
        BriefValue(TODAY, TODAY, True, 500, (big,), Decimal("99.99"), (line,) * 500),
        BriefService(10**6, 10**6, 10**6, WorstCase(TODAY, Decimal("99999.99"), None, note),
                     Decimal("99999.99"), 10**6, Decimal("999.5"), 10**6),
        (BriefInsight(NoteKind.RISK, TODAY, name, note, name, big),) * 80,
        (BriefContact(name, name, Department.PURCHASING, DecisionRole.USER, Stance.CRITIC, move),)
        * 80,
        BriefPosition(TODAY, note, note, note, note, (trade,) * 100, (trade,) * 100, (big,) * 6,
                      (big,) * 6, (big,) * 6),
    )  # fmt: skip
    pdf = render_brief(brief)
    text = pages_text(pdf)
    assert len(text) == 1
    hidden = sorted(int(n) for n in re.findall(r"\+(\d+) weitere", text[0]))
    assert hidden[-1] > 480  # ledger lines
    assert len([n for n in hidden if 60 < n < 80]) == 2  # insights and contacts
    assert len([n for n in hidden if 90 < n < 100]) == 2  # what we give and what we ask
    assert chars_outside_margins(pdf) == []
