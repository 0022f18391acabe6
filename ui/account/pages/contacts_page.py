"""Contacts: the buying center grouped by department, with role and stance."""

from typing import Any

from PySide6.QtCore import QModelIndex
from sqlalchemy.orm import Session

from app.model import DecisionRole, Stance
from app.records import ContactView, RecordKind, list_contacts
from ui.account.pages.contacts_model import ContactsModel
from ui.account.record_model import Column
from ui.account.record_page import RecordPage
from ui.account.workspace_pages import WorkspacePage
from ui.change_broadcast import CONTACTS, LEDGER, PROMISES
from ui.choice_labels import choice_label
from ui.counts import counted
from ui.forms.contact_dialog import ContactDialog


class ContactsPage(RecordPage):
    page = WorkspacePage.CONTACTS
    kind = RecordKind.CONTACT
    dialog = ContactDialog
    topics = frozenset({CONTACTS})
    # A deleted contact is unlinked from the ledger entries and promises that name them.
    change_topics = frozenset({CONTACTS, LEDGER, PROMISES})

    def build_model(self) -> ContactsModel:
        return ContactsModel(
            [
                Column(self.tr("Name"), lambda v: v.name, 28),
                Column(self.tr("Job title"), lambda v: v.job_title, 24),
                Column(self.tr("Role"), lambda v: choice_label(v.decision_role), 16),
                Column(self.tr("Stance"), lambda v: choice_label(v.stance), 14),
                Column(self.tr("Phone"), lambda v: v.phone, 18),
                Column(self.tr("Email"), lambda v: v.email, None),
            ],
            parent=self,
        )

    def load(self, session: Session, account_id: int) -> list[ContactView]:
        return list_contacts(session, account_id)

    def show_loaded(self, loaded: list[ContactView]) -> None:
        self.model.set_rows(loaded)
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
