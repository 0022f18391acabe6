"""The brief stays one A4 page with every character inside the margins for any data:
generated extremes (hypothesis) and the worst case we promise to survive."""

import io
import re
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.brief.brief_layout import layout_brief
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
from app.brief.render import render_brief
from app.domain.health import Light
from app.model import DecisionRole, Department, NoteKind, Stance, TradeKind
from app.money import Money
from tests.helpers.pdf_text import chars_outside_margins, pages_text

TODAY = date(2026, 11, 23)
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
