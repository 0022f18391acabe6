"""Give and get on the Negotiation page of the demo's flagship, in the German window: items
added through the dialog with German amounts, valued by percentage, refused with the field
named, deleted with Delete and brought back with Ctrl+Z."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.bootstrap import Workspace
from app.model import NegotiationItem, TradeKind, TradeSide
from tests.helpers.offscreen import ignore_offscreen_warnings
from tests.helpers.windows import TODAY, WAIT_MS
from ui.account.account_page import AccountPage
from ui.account.pages.give_and_get_panel import GiveAndGetPanel
from ui.account.pages.negotiations_page import NegotiationsPage
from ui.account.pages.trade_lines import TradeLine
from ui.account.workspace_pages import RecordTarget, WorkspacePage
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker
from ui.forms.negotiation_item_dialog import NegotiationItemDialog
from ui.language import install_language, remove_language

pytestmark = ignore_offscreen_warnings

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NBSP = "\u00a0"


def euros(text: str) -> str:
    """German money as Babel writes it: "1.234,50 €" with a no-break space."""
    return f"{text}{NBSP}€"


@pytest.fixture
def german_account(
    qtbot: QtBot, qapp: QApplication, fresh_demo: Workspace
) -> Iterator[AccountPage]:
    """The flagship's account page on its own, in German, shown and active (for Ctrl+Z)."""
    installed = install_language(qapp, "de")
    broadcast = ChangeBroadcast()
    worker = DatabaseWorker(fresh_demo, broadcast)
    page = AccountPage(worker, broadcast, TODAY, "de")
    qtbot.addWidget(page)
    page.resize(1360, 820)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    yield page
    worker.stop()
    remove_language(qapp, installed)


def open_panel(qtbot: QtBot, account: AccountPage) -> GiveAndGetPanel:
    page = account.workspace.page(WorkspacePage.NEGOTIATIONS)
    assert isinstance(page, NegotiationsPage)
    panel = page.give_and_get
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        account.show_account("10-4711", RecordTarget(WorkspacePage.NEGOTIATIONS))
    return panel


def lines(panel: GiveAndGetPanel, side: TradeSide) -> list[TradeLine]:
    return panel.sides[side].model.rows()


def value_shown(panel: GiveAndGetPanel, side: TradeSide, description: str) -> str:
    box = panel.sides[side]
    found = enumerate(lines(panel, side))
    row = next(i for i, line in found if line.item.description == description)
    return str(box.model.index(row, 2).data())


def item_dialog(qtbot: QtBot, panel: GiveAndGetPanel) -> NegotiationItemDialog:
    """The item dialog the panel opens once its form has been gathered on the worker."""
    qtbot.waitUntil(lambda: panel.editor is not None and panel.editor.isVisible(), timeout=WAIT_MS)
    assert panel.editor is not None
    return panel.editor


def items_in_database(workspace: Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count(NegotiationItem.id))) or 0


def test_the_flagships_lists_are_valued_in_euros_beside_what_was_given(
    qtbot: QtBot, german_account: AccountPage, qtmodeltester: ModelTester
) -> None:
    panel = open_panel(qtbot, german_account)
    give, get = panel.sides[TradeSide.GIVE], panel.sides[TradeSide.GET]

    assert [line.item.kind for line in lines(panel, TradeSide.GIVE)] == [
        TradeKind.PRICE_CUT,
        TradeKind.MAINTENANCE_VISIT,
        TradeKind.TRAINING,
    ]  # in the seller's order
    assert give.title.text() == "Das können wir geben"
    assert give.figures["already_given"].text() == euros("13.805,90")
    assert give.figures["planned"].text() == euros("8.190,00")
    assert give.figures["on_the_table"].text() == euros("21.995,90")
    assert get.figures["asked"].text() == euros("20.200,00")
    assert get.unvalued.text() == "+ 1 Posten ohne Wert" and not get.unvalued.isHidden()
    assert give.model.index(0, 2).data() == f"3{NBSP}% = {euros('4.440,00')}"
    assert "148.000,00" in str(give.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole))
    assert "SV-2024-4711" in panel.basis_note.full_text
    qtmodeltester.check(give.model)
    qtmodeltester.check(get.model)


def test_a_concession_typed_in_german_is_listed_and_moves_the_total_by_its_amount(
    qtbot: QtBot, german_account: AccountPage, fresh_demo: Workspace
) -> None:
    panel = open_panel(qtbot, german_account)
    give = panel.sides[TradeSide.GIVE]
    before = items_in_database(fresh_demo)

    qtbot.mouseClick(panel.add_give_button, LEFT)
    dialog = item_dialog(qtbot, panel)
    assert dialog.side.value() is TradeSide.GIVE
    assert dialog.kind.value() is TradeKind.OTHER  # a new item starts as "other"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)  # Preisnachlass
    for _ in range(3):  # → Zusätzliche Wartung → Längeres Zahlungsziel → Kostenlose Schulung
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.value() is TradeKind.TRAINING
    qtbot.keyClicks(dialog.description, "Schulung Instandhaltung Nachtschicht")
    qtbot.keyClicks(dialog.value.edit, "1.234,50")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)

    assert items_in_database(fresh_demo) == before + 1
    assert value_shown(panel, TradeSide.GIVE, "Schulung Instandhaltung Nachtschicht") == euros(
        "1.234,50"
    )
    assert lines(panel, TradeSide.GIVE)[-1].item.description == (
        "Schulung Instandhaltung Nachtschicht"
    )  # a new item goes last
    assert give.figures["planned"].text() == euros("9.424,50")  # 8.190,00 + 1.234,50
    assert give.figures["on_the_table"].text() == euros("23.230,40")  # 21.995,90 + 1.234,50
    chosen = panel.current_line()
    assert chosen is not None and chosen.item.description == "Schulung Instandhaltung Nachtschicht"


def test_a_percentage_shows_what_it_comes_to_while_typed_and_in_the_list(
    qtbot: QtBot, german_account: AccountPage
) -> None:
    panel = open_panel(qtbot, german_account)
    panel.sides[TradeSide.GET].view.setFocus()

    qtbot.keyClick(panel.sides[TradeSide.GET].view, Qt.Key.Key_Insert)  # adds to this list
    dialog = item_dialog(qtbot, panel)
    assert dialog.side.value() is TradeSide.GET
    qtbot.keyClicks(dialog.description, "Mehr Ersatzteile per Rahmenabruf")
    qtbot.keyClicks(dialog.percent.edit, "2,5")
    assert dialog.percent.unit.text().endswith(f"= {euros('3.700,00')}")  # 2,5 % of 148.000
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)

    shown = value_shown(panel, TradeSide.GET, "Mehr Ersatzteile per Rahmenabruf")
    assert shown == f"2,5{NBSP}% = {euros('3.700,00')}"
    assert panel.sides[TradeSide.GET].figures["asked"].text() == euros("23.900,00")


def test_typing_an_amount_empties_the_percentage(qtbot: QtBot, german_account: AccountPage) -> None:
    panel = open_panel(qtbot, german_account)
    qtbot.mouseClick(panel.add_give_button, LEFT)
    dialog = item_dialog(qtbot, panel)

    qtbot.keyClicks(dialog.percent.edit, "3")
    qtbot.keyClicks(dialog.value.edit, "500")

    assert dialog.percent.edit.text() == ""
    assert dialog.value.edit.text() == "500"


def test_a_refused_item_names_the_field_and_saves_nothing(
    qtbot: QtBot, german_account: AccountPage, fresh_demo: Workspace
) -> None:
    panel = open_panel(qtbot, german_account)
    before = items_in_database(fresh_demo)
    qtbot.mouseClick(panel.add_give_button, LEFT)
    dialog = item_dialog(qtbot, panel)

    # A price cut without a value, and a share above 100 %.
    qtbot.keyClicks(dialog.description, "Preisnachlass")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text("value") != "", timeout=WAIT_MS)
    assert "amount or a percentage" in dialog.error_text("value")
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.percent.edit, "150")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error_text("percent") != "", timeout=WAIT_MS)
    assert "100" in dialog.error_text("percent")
    assert dialog.error_text("value") == ""
    assert items_in_database(fresh_demo) == before


def test_delete_asks_names_the_item_and_ctrl_z_brings_it_back(
    qtbot: QtBot, german_account: AccountPage, fresh_demo: Workspace
) -> None:
    panel = open_panel(qtbot, german_account)
    give = panel.sides[TradeSide.GIVE]
    negotiations = german_account.workspace.page(WorkspacePage.NEGOTIATIONS)
    before = items_in_database(fresh_demo)
    second = give.view.visualRect(give.model.index(1, 1)).center()
    qtbot.mouseClick(give.view.viewport(), LEFT, pos=second)
    chosen = panel.current_line()
    assert chosen is not None and chosen.item.kind is TradeKind.MAINTENANCE_VISIT

    qtbot.keyClick(give.view, Qt.Key.Key_Delete)  # the item's, not the negotiation's
    question = panel.question
    assert question is not None
    assert question.text() == "den Posten „Dritte Wartung pro Jahr ohne Aufpreis“ löschen?"
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.keyClick(question, Qt.Key.Key_Return)  # Delete is the default button

    assert items_in_database(fresh_demo) == before - 1
    assert negotiations.model.record_count() == 1  # the negotiation is still there
    assert [line.item.kind for line in lines(panel, TradeSide.GIVE)] == [
        TradeKind.PRICE_CUT,
        TradeKind.TRAINING,
    ]
    assert give.figures["on_the_table"].text() == euros("20.095,90")  # less 1.900,00
    with qtbot.waitActive(german_account):  # offscreen leaves no window active after a box
        german_account.activateWindow()

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.keyClick(give.view, Qt.Key.Key_Z, CTRL)

    assert items_in_database(fresh_demo) == before
    assert [line.item.kind for line in lines(panel, TradeSide.GIVE)] == [
        TradeKind.PRICE_CUT,
        TradeKind.MAINTENANCE_VISIT,
        TradeKind.TRAINING,
    ]  # back in its place
    assert give.figures["on_the_table"].text() == euros("21.995,90")
    restored = panel.current_line()
    assert restored is not None and restored.id == chosen.id
    current = negotiations.current_record()
    assert current is not None and negotiations.give_and_get.negotiation_id == current.id


def test_enter_edits_the_chosen_item_and_only_one_item_is_chosen_across_both_lists(
    qtbot: QtBot, german_account: AccountPage
) -> None:
    panel = open_panel(qtbot, german_account)
    give, get = panel.sides[TradeSide.GIVE], panel.sides[TradeSide.GET]
    first_give = give.view.visualRect(give.model.index(0, 1)).center()
    third_get = get.view.visualRect(get.model.index(2, 1)).center()
    qtbot.mouseClick(give.view.viewport(), LEFT, pos=first_give)
    qtbot.mouseClick(get.view.viewport(), LEFT, pos=third_get)

    assert give.current_line() is None
    chosen = panel.current_line()
    assert chosen is not None and chosen.item.kind is TradeKind.REFERENCE_VISIT

    qtbot.keyClick(get.view, Qt.Key.Key_Return)
    dialog = item_dialog(qtbot, panel)
    assert dialog.windowTitle() == "Verhandlungsposten bearbeiten"
    assert dialog.value.edit.text() == "2.500,00"
    assert dialog.kind.value() is TradeKind.REFERENCE_VISIT


def test_alt_up_and_down_move_the_chosen_item_and_keep_it_chosen(
    qtbot: QtBot, german_account: AccountPage, fresh_demo: Workspace
) -> None:
    panel = open_panel(qtbot, german_account)
    give = panel.sides[TradeSide.GIVE]
    third = give.view.visualRect(give.model.index(2, 1)).center()
    qtbot.mouseClick(give.view.viewport(), LEFT, pos=third)
    chosen = panel.current_line()
    assert chosen is not None and chosen.item.kind is TradeKind.TRAINING

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.keyClick(give.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [line.item.kind for line in lines(panel, TradeSide.GIVE)] == [
        TradeKind.PRICE_CUT,
        TradeKind.TRAINING,
        TradeKind.MAINTENANCE_VISIT,
    ]
    moved = panel.current_line()
    assert moved is not None and moved.id == chosen.id  # still chosen, one place up
    with fresh_demo.session() as session:  # stored in the new order
        stored = session.scalars(
            select(NegotiationItem.kind)
            .where(
                NegotiationItem.negotiation_id == panel.negotiation_id,
                NegotiationItem.side == TradeSide.GIVE,
            )
            .order_by(NegotiationItem.position)
        ).all()
    assert stored == [TradeKind.PRICE_CUT, TradeKind.TRAINING, TradeKind.MAINTENANCE_VISIT]

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.keyClick(give.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [line.item.kind for line in lines(panel, TradeSide.GIVE)][1:] == [
        TradeKind.MAINTENANCE_VISIT,
        TradeKind.TRAINING,
    ]
