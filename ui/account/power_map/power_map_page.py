"""The Power map tab of the account workspace: the buying center as a graph to arrange and
link, with tools, a legend and export. Loads and saves on the database worker; reloads
when the change broadcast names contacts or the map for its account."""

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.model import LinkKind
from app.records.contact_links import (
    ContactLinkForm,
    PowerMap,
    add_contact_link,
    delete_contact_link,
    power_map,
    save_map_positions,
)
from app.storage.files import WriteFailedError, write_atomically
from ui.account.empty_records import EmptyRecords
from ui.account.power_map.edge_item import link_sentence
from ui.account.power_map.export import png_bytes, svg_bytes
from ui.account.power_map.layout import automatic_layout
from ui.account.power_map.legend import MapLegend, legend_icon
from ui.account.power_map.map_view import PowerMapView, Tool
from ui.account.workspace_pages import PageContext
from ui.change_broadcast import CONTACTS, POWER_MAP
from ui.keyed_buttons import keyed_button
from ui.page_header import muted_label
from ui.problem_box import show_problem
from ui.shortcuts import Command
from ui.shown_refresh import ShownRefresh
from ui.write_failures import failure_text

TOPICS = frozenset({CONTACTS, POWER_MAP})


class PowerMapPage(QWidget):
    """Emits ``contact_activated(contact_id)`` on a double-click on a person."""

    loaded = Signal()
    status_message = Signal(str)
    contact_activated = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: int | None = None
        self.reload = ShownRefresh(self, self.refresh)
        self._first_show = True  # the first map of an account is fitted into view
        self._waiting: PowerMap | None = None  # arrived during a drag: shown after it
        self.view = PowerMapView()
        self.view.nodes_moved.connect(self._save_positions)
        self.view.link_drawn.connect(self._add_link)
        self.view.contact_activated.connect(self.contact_activated)
        self.view.leave_tool.connect(lambda: self.set_tool(Tool.ARRANGE))
        self.view.gesture_ended.connect(self._show_waiting)
        self.view.map_scene.selectionChanged.connect(self._enable_buttons)
        self.empty = EmptyRecords()
        self.empty.show_message(
            self.tr("No one in the buying center yet"),
            self.tr(
                "Add the people who decide on the renewal on the Contacts tab; they appear "
                "here to be arranged and linked."
            ),
            None,
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty)
        self.hint = muted_label()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for two lines whatever the tool, so the map does not jump when it changes.
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)
        self.legend = MapLegend()
        layout.addWidget(self.legend)
        self._apply_tool(Tool.ARRANGE)
        self._enable_buttons()  # nothing to act on before the first load
        context.broadcast.changed.connect(self._on_changed)

    def _toolbar(self) -> QHBoxLayout:
        self.tools: dict[Tool, QToolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        names = {
            Tool.ARRANGE: self.tr("Arrange"),
            Tool.REPORTS_TO: self.tr("Draw “reports to”"),
            Tool.INFLUENCES: self.tr("Draw “influences”"),
        }
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for tool, text in names.items():
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(False)
            if tool is not Tool.ARRANGE:
                button.setIcon(legend_icon(LinkKind(tool.value)))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(partial(self.set_tool, tool))
            group.addButton(button)
            self.tools[tool] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.remove_button = keyed_button(
            self, self.tr("&Remove arrow"), Command.DELETE_RECORD, self.remove_selected_link
        )
        self.arrange_button = QPushButton(self.tr("Arrange automatically"))
        self.arrange_button.clicked.connect(self.arrange_automatically)
        self.fit_button = QPushButton(self.tr("Fit to window"))
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG image…"), partial(self._export, "png"))
        menu.addAction(self.tr("As SVG drawing…"), partial(self._export, "svg"))
        self.export_button.setMenu(menu)
        for widget in (self.remove_button, self.arrange_button, self.fit_button):
            bar.addWidget(widget)
        bar.addWidget(self.export_button)
        return bar

    # -- tools ---------------------------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        """Switch between arranging and drawing one kind of link; the map takes the keys."""
        self._apply_tool(tool)
        self.view.setFocus()

    def _apply_tool(self, tool: Tool) -> None:
        self.tools[tool].setChecked(True)
        self.view.set_tool(tool)
        hints = {
            Tool.ARRANGE: self.tr(
                "Drag people to arrange the map (saved as you go). To link two people, choose "
                "“reports to” or “influences” and drag from one to the other. Click an arrow "
                "and press Delete to remove it. Ctrl+wheel zooms; a double-click opens a person."
            ),
            Tool.REPORTS_TO: self.tr(
                "Drag from a person to the one they report to. Esc goes back to arranging."
            ),
            Tool.INFLUENCES: self.tr(
                "Drag from a person to the one they influence. Esc goes back to arranging."
            ),
        }
        self.hint.setText(hints[tool])

    def _enable_buttons(self) -> None:
        shown = self.view.map_scene.power_map
        has_people = shown is not None and bool(shown.nodes)
        self.remove_button.setEnabled(self.view.map_scene.selected_link() is not None)
        for widget in (self.arrange_button, self.fit_button, self.export_button):
            widget.setEnabled(has_people)
        for button in self.tools.values():
            button.setEnabled(has_people)

    # -- loading -------------------------------------------------------------------------
    def set_account(self, account_id: int) -> None:
        if account_id != self.account_id:
            self.account_id = account_id
            self._first_show = True
            self._waiting = None
        self.reload.request()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        self.reload.stale = False
        job = partial(power_map, account_id=self.account_id)
        self.context.worker.run(job, partial(self._show, self.account_id), self._failed)

    def _on_changed(self, topics: frozenset[str], account_id: int | None) -> None:
        if self.account_id is None or not topics & TOPICS:
            return
        if account_id is not None and account_id != self.account_id:
            return
        self.reload.request()

    def _show(self, account_id: int, shown: PowerMap) -> None:
        if account_id != self.account_id:
            return  # another account was opened meanwhile
        if self.view.busy:
            self._waiting = shown
            return
        self.view.map_scene.set_map(shown)
        self.view.refit_nodes()
        self.body.setCurrentWidget(self.view if shown.nodes else self.empty)
        if self._first_show and shown.nodes:
            self._first_show = False
            self.view.fit()
        self._enable_buttons()
        self.loaded.emit()

    def _show_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self.account_id == waiting.account_id:
            self._show(waiting.account_id, waiting)

    def _failed(self, message: str) -> None:
        self.empty.show_message(self.tr("The power map could not be loaded"), message, None)
        self.body.setCurrentWidget(self.empty)
        self.loaded.emit()

    # -- changes -------------------------------------------------------------------------
    def _change(
        self, job: Callable[[Session], object], on_done: Callable[[object], None] | None = None
    ) -> None:
        assert self.account_id is not None
        self.context.worker.change(
            job,
            {POWER_MAP},
            on_done or (lambda _result: None),
            account_id=self.account_id,
            on_error=self._refused,
        )

    def _refused(self, message: str) -> None:
        show_problem(self, message, self.tr("Power map"))
        self.refresh()  # show what the database holds, not the refused gesture

    def _save_positions(self, positions: dict[int, tuple[float, float]]) -> None:
        if self.account_id is None:
            return
        self.view.map_scene.fit_scene_rect()
        self._change(
            partial(save_map_positions, positions=positions, account_id=self.account_id),
            partial(self._said, self.tr("Arrangement saved.")),
        )

    def _add_link(self, source: int, target: int, kind_value: str) -> None:
        shown = self.view.map_scene.power_map
        if self.account_id is None or shown is None:
            return
        kind = LinkKind(kind_value)
        form = ContactLinkForm(source, target, kind)
        names = {node.contact_id: node.name for node in shown.nodes}
        what = link_sentence(kind, names.get(source, "?"), names.get(target, "?"))
        self._change(
            partial(add_contact_link, form=form, account_id=self.account_id),
            partial(self._said, self.tr("Linked: {what}.").format(what=what)),
        )

    def remove_selected_link(self) -> None:
        link = self.view.map_scene.selected_link()
        shown = self.view.map_scene.power_map
        if link is None or shown is None or self.account_id is None:
            return
        names = {node.contact_id: node.name for node in shown.nodes}
        what = link_sentence(link.kind, names[link.source_id], names[link.target_id])
        self._change(
            partial(delete_contact_link, link_id=link.id, account_id=self.account_id),
            partial(self._said, self.tr("Removed the arrow: {what}.").format(what=what)),
        )

    def arrange_automatically(self) -> None:
        """Forget where people were put: lay the map out afresh, and keep that."""
        shown = self.view.map_scene.power_map
        if shown is None or not shown.nodes:
            return
        self.view.map_scene.place(automatic_layout(shown))
        self.view.fit()
        self._save_positions(self.view.map_scene.positions())

    def _said(self, message: str, _result: object) -> None:
        self.status_message.emit(message)

    # -- export --------------------------------------------------------------------------
    def picture_title(self) -> str:
        shown = self.view.map_scene.power_map
        if shown is None:
            return self.tr("Power map")
        return self.tr("Power map: {name} ({number})").format(
            name=shown.account_name, number=shown.customer_number
        )

    def export_to(self, path: Path, suffix: str) -> None:
        """Write the picture to ``path`` (whole or not at all); a failure is shown."""
        scene, title = self.view.map_scene, self.picture_title()
        data = png_bytes(scene, title) if suffix == "png" else svg_bytes(scene, title)
        what = self.tr("power map image") if suffix == "png" else self.tr("power map drawing")
        try:
            write_atomically(path, data, what)
        except WriteFailedError as error:
            show_problem(self, failure_text(error), self.tr("Export power map"))
            return
        self.status_message.emit(self.tr("Exported to {path}.").format(path=str(path)))

    def _export(self, suffix: str) -> None:
        shown = self.view.map_scene.power_map
        number = shown.customer_number if shown is not None else ""
        file_filter = (
            self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export power map"), f"power-map-{number}.{suffix}", file_filter
        )
        if path:
            self.export_to(Path(path), suffix)
