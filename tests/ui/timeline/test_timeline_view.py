from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.records import RecordKind
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.ui.timeline.items import TODAY, sample_timeline
from ui.timeline.timeline_view import TimelineView

pytestmark = ignore_offscreen_warnings


def _view(qtbot: QtBot) -> TimelineView:
    view = TimelineView(TODAY, "en")
    qtbot.addWidget(view)
    view.resize(1000, 360)
    view.set_timeline(sample_timeline())
    view.set_range(date(2026, 1, 1), date(2026, 12, 31))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_plus_narrows_and_minus_widens_the_visible_range(qtbot: QtBot) -> None:
    view = _view(qtbot)
    start, end = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    narrower = view.visible_range()
    assert start < narrower[0] and narrower[1] < end
    assert (narrower[1] - narrower[0]).days < (end - start).days
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    wider = view.visible_range()
    assert (wider[1] - wider[0]).days > (end - start).days


def test_clicking_a_marker_emits_its_kind_and_id(qtbot: QtBot) -> None:
    view = _view(qtbot)
    box = view.layout_data().box_of(RecordKind.INCIDENT, 21, date(2026, 6, 15))
    assert box is not None
    x, y = box.centre
    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert activated.args == ["incident", 21]


def test_clicking_the_contract_bar_opens_the_contract(qtbot: QtBot) -> None:
    view = _view(qtbot)
    (bar,) = view.layout_data().bars
    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.mouseClick(
            view,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(bar.box.x + 20), round(bar.box.centre[1])),
        )
    assert activated.args == ["contract", 7]


def test_clicking_empty_space_emits_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot)
    with qtbot.assertNotEmitted(view.item_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(60, 5))


def test_arrow_keys_walk_the_items_left_to_right_and_enter_opens(qtbot: QtBot) -> None:
    view = _view(qtbot)
    order = [(item.kind, item.record_id) for item, _box in view.layout_data().targets()]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected is not None
    assert (view.selected.kind, view.selected.record_id) == order[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert (view.selected.kind, view.selected.record_id) == order[1]
    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [order[1][0].value, order[1][1]]


def test_dragging_pans_to_earlier_dates(qtbot: QtBot) -> None:
    view = _view(qtbot)
    start, end = view.visible_range()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 10))
    qtbot.mouseMove(view, QPoint(700, 10))
    with qtbot.assertNotEmitted(view.item_activated):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(700, 10))
    moved = view.visible_range()
    assert moved[0] < start and moved[1] < end
    assert (moved[1] - moved[0]).days == (end - start).days


def test_tooltip_text_names_date_title_and_value(qtbot: QtBot) -> None:
    view = _view(qtbot)
    (bar,) = view.layout_data().bars
    text = view.describe(bar.item)
    assert "1 Jan 2024 – 31 Dec 2026" in text
    assert "C-7 Premium 8" in text and "€148,000" in text
    incident = view.layout_data().box_of(RecordKind.INCIDENT, 21, date(2026, 6, 15))
    assert incident is not None
    found = view.layout_data().item_at(*incident.centre)
    assert found is not None
    assert view.describe(found).splitlines() == ["15 Jun 2026", "Spindle", "Breakdown"]


def test_export_png_and_svg(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot)
    view.export_png(tmp_path / "t.png")
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "t.png").stat().st_size > 1000
    view.export_svg(tmp_path / "t.svg")
    svg = (tmp_path / "t.svg").read_text()
    assert "<svg" in svg and "C-7 Premium 8" in svg and svg.rstrip().endswith("</svg>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.png", "t.svg"]  # no temporary file


def test_arrow_key_past_the_edge_pans_to_the_next_item(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.set_range(date(2026, 5, 1), date(2026, 7, 1))  # the contract bar and the incident
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected is not None and view.selected.record_id == 21
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected.kind is RecordKind.TOUCHPOINT and view.selected.record_id == 31
    start, end = view.visible_range()
    assert start <= date(2026, 9, 1) <= end


def test_ctrl_wheel_zooms_and_plain_wheel_pans(qtbot: QtBot) -> None:
    view = _view(qtbot)
    start, end = view.visible_range()

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        position = QPointF(600, 100)
        event = QWheelEvent(
            position,
            QPointF(view.mapToGlobal(position.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    zoomed = view.visible_range()
    assert (zoomed[1] - zoomed[0]).days < (end - start).days
    wheel(Qt.KeyboardModifier.NoModifier)
    panned = view.visible_range()
    assert panned[0] < zoomed[0]
    assert (panned[1] - panned[0]).days == (zoomed[1] - zoomed[0]).days
