"""The Power map tab, on the demo's flagship account, driven by real mouse and key events."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.bootstrap import Workspace
from app.demo.power_maps import FLAGSHIP_LINKS, FLAGSHIP_POSITIONS, OZDEMIR
from app.model import Contact, ContactLink, LinkKind, MapPosition, Stance
from app.records import load_contact, save_contact
from tests.helpers import factories
from tests.helpers.account_pages import wait_for_editor
from tests.helpers.file_dialogs import patch_file_dialogs
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.account.account_page import AccountPage
from ui.account.power_map.edge_item import EdgeItem
from ui.account.power_map.map_view import PowerMapView, Tool
from ui.account.power_map.node_item import NodeItem
from ui.account.power_map.power_map_page import PowerMapPage
from ui.account.power_map.shapes import STANCE_FILLS
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CONTACTS, ChangeBroadcast
from ui.database_worker import DatabaseWorker

pytestmark = ignore_offscreen_warnings

LEFT = Qt.MouseButton.LeftButton
FLAGSHIP = "10-4711"


@pytest.fixture
def account(qtbot: QtBot, fresh_demo: Workspace) -> Iterator[AccountPage]:
    """The account page on its own (no main window), large enough to show the whole map."""
    broadcast = ChangeBroadcast()
    worker = DatabaseWorker(fresh_demo, broadcast)
    page = AccountPage(worker, broadcast, TODAY, "en")
    qtbot.addWidget(page)
    page.resize(1400, 950)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    yield page
    worker.stop()


def open_map(qtbot: QtBot, account: AccountPage, customer_number: str = FLAGSHIP) -> PowerMapPage:
    with qtbot.waitSignal(account.loaded, timeout=WAIT_MS):
        account.show_account(customer_number)
    power_map = account.workspace.power_map
    with qtbot.waitSignal(power_map.loaded, timeout=WAIT_MS):
        account.workspace.setCurrentWidget(power_map)
    return power_map


def node_named(view: PowerMapView, name: str) -> NodeItem:
    return next(n for n in view.map_scene.nodes.values() if n.node.name == name)


def on_screen(view: PowerMapView, point: QPointF) -> QPoint:
    return view.mapFromScene(point)


def on_outline(node: NodeItem, point: QPointF, slack: float = 3.0) -> bool:
    """Whether the scene ``point`` lies on the node's outline, within ``slack``."""
    local = node.mapFromScene(point)
    length = (local.x() ** 2 + local.y() ** 2) ** 0.5
    inward = local * ((length - slack) / length)
    outward = local * ((length + slack) / length)
    return node.path().contains(inward) and not node.path().contains(outward)


def drag(qtbot: QtBot, view: PowerMapView, start: QPoint, end: QPoint) -> None:
    """Press, move in steps (as a hand does), release: on the viewport, like a real mouse."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    steps = 6
    for step in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * step // steps
        y = start.y() + (end.y() - start.y()) * step // steps
        qtbot.mouseMove(viewport, QPoint(x, y))
    qtbot.mouseRelease(viewport, LEFT, pos=end)


def contact_id(workspace: Workspace, name: str) -> int:
    with workspace.session() as session:
        found = session.scalar(select(Contact.id).where(Contact.name == name))
    assert found is not None
    return found


def stored_position(workspace: Workspace, contact: int) -> tuple[float, float] | None:
    with workspace.session() as session:
        row = session.execute(
            select(MapPosition.x, MapPosition.y).where(MapPosition.contact_id == contact)
        ).one_or_none()
    return None if row is None else (row[0], row[1])


def links(workspace: Workspace) -> set[tuple[str, str, LinkKind]]:
    with workspace.session() as session:
        names = {cid: name for cid, name in session.execute(select(Contact.id, Contact.name))}
        rows = session.execute(
            select(ContactLink.source_id, ContactLink.target_id, ContactLink.kind)
        )
        return {(names[source], names[target], kind) for source, target, kind in rows.tuples()}


def test_the_tab_beside_contacts_shows_the_arranged_buying_center(
    qtbot: QtBot, account: AccountPage
) -> None:
    power_map = open_map(qtbot, account)
    workspace = account.workspace
    contacts = workspace.indexOf(workspace.page(WorkspacePage.CONTACTS))
    assert workspace.tabText(contacts + 1) == "Power map"
    scene = power_map.view.map_scene
    assert len(scene.nodes) == 5
    assert len(scene.edges) == len(FLAGSHIP_LINKS)
    assert power_map.body.currentWidget() is power_map.view
    brandt = node_named(power_map.view, "Michael Brandt")
    assert (brandt.pos().x(), brandt.pos().y()) == (0.0, 0.0)
    assert sorted(scene.positions().values()) == sorted(FLAGSHIP_POSITIONS.values())
    kinds = {edge.link.kind for edge in scene.edges.values()}
    assert kinds == {LinkKind.REPORTS_TO, LinkKind.INFLUENCES}


def test_dragging_a_person_saves_where_they_were_put(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    view = open_map(qtbot, account).view
    moved = node_named(view, "Anja Schröder")
    before = moved.pos()
    start = on_screen(view, moved.pos())

    with qtbot.waitSignal(view.nodes_moved, timeout=WAIT_MS):
        drag(qtbot, view, start, start + QPoint(-90, 40))

    after = moved.pos()
    assert after != before
    schroder = contact_id(fresh_demo, "Anja Schröder")
    qtbot.waitUntil(
        lambda: stored_position(fresh_demo, schroder) == (after.x(), after.y()), timeout=WAIT_MS
    )
    arrow = next(e for e in view.map_scene.edges.values() if e.source is moved)
    assert on_outline(moved, arrow.path().pointAtPercent(0.0))  # its arrows followed it


def test_drawing_from_one_person_to_another_adds_a_link(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    power_map = open_map(qtbot, account)
    view = power_map.view
    qtbot.mouseClick(power_map.tools[Tool.INFLUENCES], LEFT)
    assert view.tool is Tool.INFLUENCES
    source, target = node_named(view, "Stefan Özdemir"), node_named(view, "Dr. Katrin Vogel")
    shown = len(view.map_scene.edges)

    with qtbot.waitSignal(power_map.loaded, timeout=WAIT_MS):  # the reload after the save
        drag(qtbot, view, on_screen(view, source.pos()), on_screen(view, target.pos()))

    assert ("Stefan Özdemir", "Dr. Katrin Vogel", LinkKind.INFLUENCES) in links(fresh_demo)
    assert len(view.map_scene.edges) == shown + 1
    assert source.pos() == QPointF(*FLAGSHIP_POSITIONS[OZDEMIR])  # a link gesture moves no one


def test_a_link_that_exists_already_is_refused_with_the_reason(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    power_map = open_map(qtbot, account)
    view = power_map.view
    power_map.set_tool(Tool.REPORTS_TO)
    source, target = node_named(view, "Dr. Katrin Vogel"), node_named(view, "Michael Brandt")
    before = links(fresh_demo)

    drag(qtbot, view, on_screen(view, source.pos()), on_screen(view, target.pos()))

    def refusal() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return next((box for box in boxes if box.isVisible()), None)

    qtbot.waitUntil(lambda: refusal() is not None, timeout=WAIT_MS)
    box = refusal()
    assert box is not None
    assert box.text() == "To person: Dr. Katrin Vogel already reports to Michael Brandt"
    box.close()
    assert links(fresh_demo) == before


def test_escape_leaves_a_link_tool(qtbot: QtBot, account: AccountPage) -> None:
    power_map = open_map(qtbot, account)
    power_map.set_tool(Tool.REPORTS_TO)
    qtbot.keyClick(power_map.view, Qt.Key.Key_Escape)
    assert power_map.view.tool is Tool.ARRANGE
    assert power_map.tools[Tool.ARRANGE].isChecked()


def test_a_node_takes_the_colour_of_the_new_stance(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    power_map = open_map(qtbot, account)
    hartmann = node_named(power_map.view, "Dieter Hartmann")
    assert hartmann.brush().color() == STANCE_FILLS[Stance.CRITIC]

    with fresh_demo.transaction() as session:
        person = contact_id(fresh_demo, "Dieter Hartmann")
        form, version = load_contact(session, person)
        save_contact(
            session,
            replace(form, stance=Stance.SUPPORTER),
            account_id=power_map.account_id,
            record_id=person,
            expected_version=version,
        )
    with qtbot.waitSignal(power_map.loaded, timeout=WAIT_MS):
        power_map.context.broadcast.announce({CONTACTS}, power_map.account_id)

    assert node_named(power_map.view, "Dieter Hartmann") is hartmann  # updated, not replaced
    assert hartmann.brush().color() == STANCE_FILLS[Stance.SUPPORTER]
    assert hartmann.brush().color() != STANCE_FILLS[Stance.CRITIC]


def test_delete_removes_the_clicked_arrow(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    power_map = open_map(qtbot, account)
    view = power_map.view
    arrow = next(
        e
        for e in view.map_scene.edges.values()
        if e.source.node.name == "Anja Schröder" and e.link.kind is LinkKind.REPORTS_TO
    )
    qtbot.mouseClick(view.viewport(), LEFT, pos=on_screen(view, arrow.path().pointAtPercent(0.5)))
    assert view.map_scene.selected_link() == arrow.link
    assert power_map.remove_button.isEnabled()

    with qtbot.waitSignal(power_map.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)

    assert ("Anja Schröder", "Dr. Katrin Vogel", LinkKind.REPORTS_TO) not in links(fresh_demo)
    assert arrow.link.id not in view.map_scene.edges
    assert not power_map.remove_button.isEnabled()


def test_ctrl_wheel_zooms_and_fit_brings_everyone_back(qtbot: QtBot, account: AccountPage) -> None:
    power_map = open_map(qtbot, account)
    view = power_map.view
    scale = view.scale_factor
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor == pytest.approx(scale * 1.15**2)

    qtbot.mouseClick(power_map.fit_button, LEFT)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for node in view.map_scene.nodes.values():
        assert shown.contains(node.sceneBoundingRect())


def test_export_writes_a_png_and_an_svg_with_the_names(
    qtbot: QtBot, account: AccountPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    power_map = open_map(qtbot, account)
    chosen = patch_file_dialogs(monkeypatch)
    folder = tmp_path / "pictures"
    png_action, svg_action = power_map.export_button.menu().actions()

    chosen.save_path = folder / "map.png"
    png_action.trigger()
    chosen.save_path = folder / "map.svg"
    svg_action.trigger()

    image = QImage(str(folder / "map.png"))
    assert not image.isNull() and image.width() > 400 and image.height() > 300
    svg = (folder / "map.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for name in ("Michael Brandt", "Dieter Hartmann", "Stefan Özdemir", "Anja Schröder"):
        assert name in svg
    assert "Präzisionsteile Müller GmbH (10-4711)" in svg  # the title
    assert sorted(p.name for p in folder.iterdir()) == ["map.png", "map.svg"]  # no leftovers


def test_a_double_click_opens_the_person(qtbot: QtBot, account: AccountPage) -> None:
    power_map = open_map(qtbot, account)
    view = power_map.view
    vogel = node_named(view, "Dr. Katrin Vogel")
    qtbot.mouseDClick(view.viewport(), LEFT, pos=on_screen(view, vogel.pos()))
    contacts = account.workspace.page(WorkspacePage.CONTACTS)
    dialog = wait_for_editor(qtbot, contacts)
    assert account.workspace.currentWidget() is contacts
    assert contacts.current_record().id == vogel.contact_id
    dialog.reject()


def test_an_account_without_contacts_explains_the_empty_map(
    qtbot: QtBot, account: AccountPage, fresh_demo: Workspace
) -> None:
    with fresh_demo.transaction() as session:
        factories.account(session, customer_number="99-0001", name="Neukunde AG")
    power_map = open_map(qtbot, account, "99-0001")
    assert power_map.body.currentWidget() is power_map.empty
    assert power_map.empty.headline.text() == "No one in the buying center yet"
    assert not power_map.export_button.isEnabled()
    assert not power_map.tools[Tool.REPORTS_TO].isEnabled()


def test_arrows_start_and_end_at_the_outlines(qtbot: QtBot, account: AccountPage) -> None:
    view = open_map(qtbot, account).view
    for edge in view.map_scene.edges.values():
        assert isinstance(edge, EdgeItem)
        start = edge.path().pointAtPercent(0.0)
        tip = edge.arrow().at(0)
        assert on_outline(edge.source, start)
        assert on_outline(edge.target, tip)
