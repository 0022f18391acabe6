"""The brief's Position section shows give and get in money beside what was already given;
the buying center shows who moved, with the stance arrow, the date and the reason."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.bootstrap import Workspace, open_workspace
from app.brief.brief_layout import layout_brief
from app.brief.compose import compose_brief
from app.brief.drawing import Poly, Text
from app.brief.model import Brief, BriefTrade
from app.brief.render import render_brief
from app.demo import generate_demo
from app.domain.wording import Language
from app.formatting import money_figure
from app.model import Stance, TradeKind
from app.money import Money
from tests.helpers.pdf_text import flat, pages_text

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def showcase(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp("workbench") / "demo.db"
    ws = open_workspace(path)
    with ws.transaction() as session:
        generate_demo(session, today=TODAY)
    yield ws
    ws.close()


def flagship(showcase: Workspace, lang: Language) -> Brief:
    with showcase.session() as session:
        return compose_brief(session, "10-4711", TODAY, lang=lang)


def section_text(brief: Brief, name: str) -> str:
    shapes = layout_brief(brief).section(name).shapes
    return flat(" ".join(shape.text for shape in shapes if isinstance(shape, Text)))


def figure(value: Money, lang: Language) -> str:
    return flat(money_figure(value, lang, cents=False))


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("en", ["What we can give", "Already given free since the last renewal", "On the table"]),
        ("de", ["Was wir geben können", "Bereits kostenlos seit der letzten", "Insgesamt auf"]),
    ],
)
def test_give_and_get_items_with_values_already_given_and_totals(
    showcase: Workspace, lang: Language, labels: list[str]
) -> None:
    brief = flagship(showcase, lang)
    position = brief.position
    assert position is not None and len(position.give) == 3 and len(position.get) == 4
    text = section_text(brief, "position")
    for label in labels:
        assert label.upper() in text or label in text
    for trade in (*position.give, *position.get):
        assert trade.description in text
        if trade.value is not None:
            assert figure(trade.value, lang) in text
    assert figure(Money(Decimal("4440"), "EUR"), lang) in text  # 3 % of 148,000
    assert figure(brief.value.totals[0], lang) in text  # already given
    assert figure(position.on_the_table[0], lang) in text
    assert position.on_the_table == (Money(Decimal("21995.90"), "EUR"),)
    assert figure(position.asked[0], lang) in text
    page = pages_text(render_brief(brief))
    assert len(page) == 1 and "Dritte Wartung pro Jahr ohne Aufpreis" in page[0]


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("en", ["Supporter", "Critic", "9 Nov 2026", "4 days after the SLA breach"]),
        ("de", ["Unterstützer", "Kritiker", "09.11.2026", "4 Tage nach der SLA-Verletzung"]),
    ],
)
def test_the_buying_center_shows_who_moved(
    showcase: Workspace, lang: Language, phrases: list[str]
) -> None:
    brief = flagship(showcase, lang)
    moved = [c for c in brief.contacts if c.moved is not None]
    # The decision maker first, then the critic who moved, then the others who moved.
    assert [c.name for c in brief.contacts[:2]] == ["Michael Brandt", "Dieter Hartmann"]
    assert [c.name for c in moved] == ["Dieter Hartmann", "Dr. Katrin Vogel", "Stefan Özdemir"]
    buyer = moved[0].moved
    assert buyer is not None and (buyer.old_stance, buyer.new_stance) == (
        Stance.SUPPORTER,
        Stance.CRITIC,
    )
    section = layout_brief(brief).section("contacts")
    text = section_text(brief, "contacts")
    for phrase in phrases:
        assert phrase in text
    assert any(isinstance(shape, Poly) for shape in section.shapes)  # the drawn arrow
    assert "→" not in text  # the embedded font has no arrow glyph: it is drawn


def test_a_long_list_ends_in_more_with_the_hidden_sum(showcase: Workspace) -> None:
    brief = flagship(showcase, "en")
    assert brief.position is not None
    many = tuple(
        BriefTrade(TradeKind.TRAINING, f"Training day {n}", Money(Decimal(100), "EUR"))
        for n in range(1, 13)
    )
    longer = replace(brief, position=replace(brief.position, give=many))
    text = section_text(longer, "position")
    assert "Training day 1 " in text and "Training day 12" not in text
    hidden = int(text.split(" more")[0].rsplit("+", 1)[1])
    assert f"+{hidden} more {figure(Money(Decimal(100 * hidden), 'EUR'), 'en')}" in text
    assert len(pages_text(render_brief(longer))) == 1


def test_without_items_the_free_text_is_shown(showcase: Workspace) -> None:
    brief = flagship(showcase, "de")
    assert brief.position is not None
    plain = replace(brief, position=replace(brief.position, give=(), get=()))
    text = section_text(plain, "position")
    assert "Zusatzschulung Spätschicht kostenlos" in text  # the concessions as typed
    assert "Referenzbesuch Linie 4" in text
    assert "Insgesamt auf dem Tisch" not in text
    assert figure(brief.value.totals[0], "de") in text  # already given, all the same
