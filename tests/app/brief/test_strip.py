"""The brief's timeline strip: markers where their dates put them, and a quiet strip for
an account without any dated records."""

import io
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.bootstrap import open_workspace
from app.brief.brief_layout import layout_brief
from app.brief.brief_strip import plot_box, strip_x
from app.brief.compose import compose_brief
from app.brief.drawing import Dot, Line, Poly, Rect, Section
from app.brief.labels import BRIEF
from app.brief.model import (
    Brief,
    BriefService,
    BriefStrip,
    BriefValue,
    StripBudget,
    StripIncident,
    StripService,
    StripTerm,
    strip_range,
)
from app.brief.render import render_brief
from app.brief.styles import GREY, RED
from app.demo.activity import add_account
from app.demo.writer import DemoRows
from app.domain.health import Light
from app.domain.wording import Language
from app.model import Tier

TODAY = date(2026, 11, 23)


def _brief(strip: BriefStrip | None) -> Brief:
    value = BriefValue(TODAY, TODAY, False, 0, (), None, ())
    service = BriefService(0, 0, 0, None, Decimal(0), 0, Decimal(0), 0)
    return Brief(
        "en", "Empty GmbH", "1", "", "", "DE", None, TODAY, "Jonas", TODAY, Light.GREEN,
        (), (), None, value, service, (), (), None, strip,
    )  # fmt: skip


def _centre_x(shape: Poly | Dot) -> float:
    box = shape.bounds
    return box.x + box.width / 2


def _strip(brief: Brief) -> Section:
    return layout_brief(brief).section("strip")


def test_markers_sit_where_their_dates_put_them() -> None:
    start, end = strip_range(TODAY)
    strip = BriefStrip(
        start,
        end,
        TODAY,
        terms=(StripTerm(date(2025, 3, 15), date(2027, 3, 14), date(2026, 12, 14)),),
        budgets=(StripBudget(date(2026, 1, 15), date(2026, 3, 1)),),
        incidents=(StripIncident(date(2025, 6, 2), False), StripIncident(date(2026, 10, 5), True)),
        services=(
            StripService(date(2025, 1, 10), Decimal(100)),
            StripService(date(2026, 7, 1), Decimal(4000)),
            StripService(start - timedelta(days=3), Decimal(50)),  # before the strip: left out
        ),
    )
    brief = _brief(strip)
    section = _strip(brief)
    plot = plot_box(section.box, BRIEF["en"])
    assert strip_x(strip, plot, start) == pytest.approx(plot.x)
    assert strip_x(strip, plot, end) == pytest.approx(plot.right)

    def x(day: date) -> float:
        return strip_x(strip, plot, day)

    dots = [shape for shape in section.shapes if isinstance(shape, Dot)]
    assert sorted(dot.x for dot in dots) == pytest.approx(
        [x(date(2025, 1, 10)), x(date(2026, 7, 1))]
    )
    assert max(dots, key=lambda dot: dot.x).radius > min(dots, key=lambda dot: dot.x).radius
    triangles = [s for s in section.shapes if isinstance(s, Poly) and len(s.points) == 3]
    inside = [t for t in triangles if plot.contains(t.bounds)]  # not the legend's
    placed = sorted((_centre_x(t), t.fill) for t in inside)
    assert placed == [
        (pytest.approx(x(date(2025, 6, 2))), GREY),
        (pytest.approx(x(date(2026, 10, 5))), RED),
    ]
    diamonds = [s for s in section.shapes if isinstance(s, Poly) and len(s.points) == 4]
    diamond_xs = sorted(_centre_x(d) for d in diamonds if plot.contains(d.bounds))
    assert diamond_xs == pytest.approx(sorted([x(date(2026, 3, 1)), x(date(2026, 12, 14))]))
    rects = [s for s in section.shapes if isinstance(s, Rect)]
    bar = next(r for r in rects if r.radius)
    assert bar.box.x == pytest.approx(x(date(2025, 3, 15)))
    assert bar.box.right == pytest.approx(x(date(2027, 3, 14)))
    window = next(r for r in rects if not r.radius)
    assert window.box.x == pytest.approx(x(date(2026, 1, 15)))
    assert window.box.right == pytest.approx(x(date(2026, 3, 1)))
    today = [s for s in section.shapes if isinstance(s, Line) and s.x1 == s.x2 and s.width == 0.8]
    assert any(line.x1 == pytest.approx(x(TODAY)) and line.y1 == plot.y for line in today)
    for shape in section.shapes:
        assert section.box.contains(shape.bounds), shape


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_account_without_any_records_still_renders(tmp_path: Path, lang: Language) -> None:
    workspace = open_workspace(tmp_path / "empty.db")
    with workspace.transaction() as session:
        rows = DemoRows(session, datetime.combine(TODAY, time(0), tzinfo=UTC), {})
        add_account(
            rows,
            customer_number="99-0001",
            name="Leer GmbH",
            industry="",
            street="",
            postal_code="",
            city="",
            country="DE",
            tier=Tier.C,
            owner="Jonas",
            relationship_since=TODAY,
            email_domain="leer.example",
        )
        rows.flush()
    with workspace.session() as session:
        brief = compose_brief(session, "99-0001", TODAY, lang=lang)
    workspace.close()
    assert brief.strip is not None
    assert brief.strip.start == strip_range(TODAY)[0]
    assert not (brief.strip.terms or brief.strip.incidents or brief.strip.services)
    section = _strip(brief)
    assert not [shape for shape in section.shapes if isinstance(shape, Dot)]
    for shape in section.shapes:
        assert section.box.contains(shape.bounds), shape
    for empty in (brief, _brief(None)):
        assert len(PdfReader(io.BytesIO(render_brief(empty))).pages) == 1
