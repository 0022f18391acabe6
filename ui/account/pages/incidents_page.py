"""Incidents: response hours against what was promised, and whether the SLA was met,
worked out by the core (never typed), shown with an icon and a word."""

from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtGui import QColor, QIcon
from sqlalchemy.orm import Session

from app.formatting import day, hours
from app.records import IncidentView, RecordKind, list_incidents
from ui.account.record_model import Column, RecordTableModel
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CATALOG, CONTRACTS, INCIDENTS
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.incident_dialog import IncidentDialog
from ui.record_colours import BAD_TEXT, GOOD_TEXT, muted_text
from ui.record_icons import clock_icon, cross_icon, tick_icon

NONE = "—"


class IncidentsPage(RecordPage):
    page = WorkspacePage.INCIDENTS
    kind = RecordKind.INCIDENT
    dialog = IncidentDialog
    topics = frozenset({INCIDENTS, CONTRACTS, CATALOG})
    change_topics = frozenset({INCIDENTS})

    def build_model(self) -> RecordTableModel:
        self._icons = {
            True: tick_icon(GOOD_TEXT),
            False: cross_icon(BAD_TEXT),
            None: clock_icon(muted_text()),
        }
        return RecordTableModel(
            [
                Column(self.tr("Reported"), self._reported, 17),
                Column(self.tr("Kind"), lambda v: choice_label(v.kind), 15),
                Column(self.tr("SLA"), self._sla, 15, colour=self._sla_colour, icon=self._sla_icon),
                Column(
                    self.tr("Response"),
                    self._response,
                    9,
                    right=True,
                    colour=self._sla_colour,
                    header_tip=self.tr("Hours from the report to the first response on site"),
                ),
                Column(
                    self.tr("Promised"),
                    lambda v: self._hours(v.promised_response_hours),
                    9,
                    right=True,
                    header_tip=self.tr("Response time the package promised at the time"),
                ),
                Column(self.tr("Downtime"), lambda v: self._hours(v.downtime_hours), 9, right=True),
                Column(self.tr("Contract"), lambda v: v.contract_number or NONE, 13),
                Column(self.tr("Paid by"), lambda v: choice_label(v.paid_by), 10),
                Column(
                    self.tr("What happened"),
                    lambda v: " ".join(v.description.split()),
                    None,
                    tip=lambda v: v.description,
                ),
            ],
            parent=self,
        )

    def _reported(self, view: IncidentView) -> str:
        local = view.reported_at.astimezone()
        return f"{day(local.date(), self.context.language)}  {local:%H:%M}"

    def _hours(self, value: Any) -> str:
        return hours(value, self.context.language) if value is not None else NONE

    def _response(self, view: IncidentView) -> str:
        if view.responded_at is None:
            return self.tr("waiting")
        return self._hours(view.response_hours)

    def _sla(self, view: IncidentView) -> str:
        if view.sla_met is True:
            return self.tr("Met")
        if view.sla_met is False:
            return self.tr("Breached")
        if view.promised_response_hours is None:
            return self.tr("No promise")
        return self.tr("Awaiting response")

    @staticmethod
    def _sla_colour(view: IncidentView) -> QColor | None:
        return BAD_TEXT if view.sla_met is False else None

    def _sla_icon(self, view: IncidentView) -> QIcon:
        return self._icons[view.sla_met]

    def load(self, session: Session, account_id: int) -> list[IncidentView]:
        # Waiting incidents count as late once the promise has passed, as of the end of today.
        now = datetime.combine(self.context.today, time.max, tzinfo=UTC)
        return list_incidents(session, account_id, now=now)

    def add_text(self) -> str:
        return self.tr("&Add incident…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No incidents recorded"),
            self.tr("Record breakdowns and delivery problems: the SLA is checked for each."),
        )

    def summary_text(self) -> str:
        rows: list[IncidentView] = self.model.rows()
        if not rows:
            return ""
        met = sum(1 for view in rows if view.sla_met is True)
        breached = sum(1 for view in rows if view.sla_met is False)
        incidents = counted(len(rows), self.tr("1 incident"), self.tr("{count} incidents"))
        return self.tr("{incidents} · {met} within the SLA · {breached} breached").format(
            incidents=incidents, met=met, breached=breached
        )

    def describe(self, view: Any) -> str:
        return self.tr("the incident of {day}").format(
            day=day(view.reported_at.astimezone().date(), self.context.language)
        )
