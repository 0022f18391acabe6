"""Contacts: the buying center grouped by department, with role, stance and who moved.

Above the list, the account's stance and role changes of the last year as sentences;
in it, each contact's latest move ("Supporter → Critic · 9 Nov 2026", the reason as its
tooltip). A move is told near the incident or free service before it, so the page also
reloads when those change.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.domain.account_overview import MOVES_LOOKBACK_DAYS
from app.domain.stance_history import StanceMove, stance_moves
from app.model import DecisionRole, Stance
from app.records import ContactView, RecordKind, list_contacts
from ui.account.pages.contacts_model import ContactsModel
from ui.account.pages.who_moved import (
    WhoMovedPanel,
    latest_moves,
    moved_text,
    trend_colour,
    trend_icon,
)
from ui.account.record_model import Column
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import PageContext, WorkspacePage
from ui.change_broadcast import CONTACTS, INCIDENTS, LEDGER, PROMISES
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.contact_dialog import ContactDialog


@dataclass(frozen=True, slots=True)
class BuyingCenter:
    contacts: list[ContactView]
    moves: tuple[StanceMove, ...]  # every recorded move, newest first


def load_buying_center(session: Session, account_id: int) -> BuyingCenter:
    return BuyingCenter(list_contacts(session, account_id), stance_moves(session, account_id))


class ContactsPage(RecordPage):
    page = WorkspacePage.CONTACTS
    kind = RecordKind.CONTACT
    dialog = ContactDialog
    topics = frozenset({CONTACTS, INCIDENTS, LEDGER})
    # A deleted contact is unlinked from the ledger entries and promises that name them.
    change_topics = frozenset({CONTACTS, LEDGER, PROMISES})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.latest: dict[int, StanceMove] = {}  # each contact's latest move, by contact id
        self.who_moved = WhoMovedPanel(context.language)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self.who_moved)  # between the buttons and the list

    def build_model(self) -> ContactsModel:
        return ContactsModel(
            [
                Column(self.tr("Name"), lambda v: v.name, 28),
                Column(self.tr("Job title"), lambda v: v.job_title, 24),
                Column(self.tr("Role"), lambda v: choice_label(v.decision_role), 16),
                Column(self.tr("Stance"), lambda v: choice_label(v.stance), 14),
                Column(
                    self.tr("Moved"),
                    self._moved,
                    36,
                    colour=self._moved_colour,
                    icon=self._moved_icon,
                    tip=self._moved_tip,
                ),
                Column(self.tr("Phone"), lambda v: v.phone, 18),
                Column(self.tr("Email"), lambda v: v.email, None),
            ],
            parent=self,
        )

    # -- the latest move of a contact ------------------------------------------------------
    def _moved(self, view: ContactView) -> str:
        move = self.latest.get(view.id)
        return moved_text(move, self.context.language) if move is not None else ""

    def _moved_colour(self, view: ContactView) -> QColor | None:
        move = self.latest.get(view.id)
        return trend_colour(move) if move is not None else None

    def _moved_icon(self, view: ContactView) -> QIcon | None:
        move = self.latest.get(view.id)
        return trend_icon(move) if move is not None else None

    def _moved_tip(self, view: ContactView) -> str | None:
        move = self.latest.get(view.id)
        return move.sentence(self.context.language) if move is not None else None

    # -- loading ---------------------------------------------------------------------------
    def set_account(self, account_id: int, currency: str) -> None:
        if account_id != self.account_id:  # another account's moves are not this one's
            self.latest = {}
            self.who_moved.show_moves(())
        super().set_account(account_id, currency)

    def load(self, session: Session, account_id: int) -> BuyingCenter:
        return load_buying_center(session, account_id)

    def show_loaded(self, loaded: BuyingCenter) -> None:
        self.latest = latest_moves(loaded.moves)
        since = self.context.today - timedelta(days=MOVES_LOOKBACK_DAYS)
        self.who_moved.show_moves(recent(loaded.moves, since))
        self.model.set_rows(loaded.contacts)
        self.view.setRootIsDecorated(False)
        for row in range(self.model.group_count()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
            self.view.expand(self.model.index(row, 0))

    def add_text(self) -> str:
        return self.tr("&Add contact…")

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("Nobody at the table yet"),
            self.tr(
                "Add who decides, who influences and who uses the machines, and where they stand."
            ),
        )

    def summary_text(self) -> str:
        rows: list[ContactView] = self.model.rows()
        if not rows:
            return ""
        deciders = sum(1 for view in rows if view.decision_role is DecisionRole.DECISION_MAKER)
        critics = sum(1 for view in rows if view.stance is Stance.CRITIC)
        champions = sum(1 for view in rows if view.stance is Stance.CHAMPION)
        return " · ".join(
            [
                counted(len(rows), self.tr("1 person"), self.tr("{count} people")),
                counted(deciders, self.tr("1 decision maker"), self.tr("{count} decision makers")),
                counted(champions, self.tr("1 champion"), self.tr("{count} champions")),
                counted(critics, self.tr("1 critic"), self.tr("{count} critics")),
            ]
        )

    def describe(self, view: Any) -> str:
        return self.tr("the contact {name}").format(name=view.name)


def recent(moves: tuple[StanceMove, ...], since: date) -> tuple[StanceMove, ...]:
    return tuple(move for move in moves if move.changed_on >= since)
