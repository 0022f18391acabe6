"""The power map of an account: its contacts as nodes (with where the seller placed them)
and who reports to or influences whom as links.

Links are added and deleted whole (there is nothing to edit on one); node positions are
saved together after a drag, in a table of their own so arranging the map never makes
a colleague's open contact form stale.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import KamDeskError, NotFoundError
from app.model import (
    Account,
    Contact,
    ContactLink,
    DecisionRole,
    Department,
    LinkKind,
    MapPosition,
    Stance,
)
from app.records.checks import FieldChecks
from app.records.contacts import DEPARTMENT_ORDER
from app.records.rows import check_owned, kind_name, require_account
from app.storage.write_turn import writes

# How a link reads in messages: "Dieter Hartmann reports to Michael Brandt".
VERBS = {LinkKind.REPORTS_TO: "reports to", LinkKind.INFLUENCES: "influences"}


class MapMovedMeanwhileError(KamDeskError):
    """Two sellers stored positions on the same map at the same moment (PostgreSQL)."""


@dataclass(frozen=True, slots=True)
class MapNode:
    """One person of the buying center; ``position`` None until the seller arranged the map."""

    contact_id: int
    name: str
    job_title: str
    department: Department
    decision_role: DecisionRole
    stance: Stance
    position: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class MapLink:
    """``source`` reports to / influences ``target``."""

    id: int
    source_id: int
    target_id: int
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class PowerMap:
    account_id: int
    customer_number: str
    account_name: str
    nodes: tuple[MapNode, ...]  # by department, then name
    links: tuple[MapLink, ...]  # oldest first

    def node(self, contact_id: int) -> MapNode | None:
        return next((node for node in self.nodes if node.contact_id == contact_id), None)


@dataclass(frozen=True, slots=True)
class ContactLinkForm:
    source_id: int | None
    target_id: int | None
    kind: LinkKind = LinkKind.REPORTS_TO


def power_map(session: Session, account_id: int) -> PowerMap:
    """The account's contacts with their saved positions, and its links, in three queries.

    Raises ``NotFoundError`` when the account is gone."""
    account = session.execute(
        select(Account.customer_number, Account.name).where(Account.id == account_id)
    ).one_or_none()
    if account is None:
        raise NotFoundError(f"Account #{account_id} does not exist: maybe someone deleted it")
    nodes = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.job_title,
            Contact.department,
            Contact.decision_role,
            Contact.stance,
            MapPosition.x,
            MapPosition.y,
        )
        .outerjoin(MapPosition, MapPosition.contact_id == Contact.id)
        .where(Contact.account_id == account_id)
        .order_by(DEPARTMENT_ORDER, func.lower(Contact.name), Contact.id)
    )
    links = session.execute(
        select(ContactLink.id, ContactLink.source_id, ContactLink.target_id, ContactLink.kind)
        .where(ContactLink.account_id == account_id)
        .order_by(ContactLink.id)
    )
    return PowerMap(
        account_id,
        account.customer_number,
        account.name,
        tuple(
            MapNode(
                contact_id,
                name,
                job_title,
                department,
                role,
                stance,
                None if x is None or y is None else (x, y),
            )
            for contact_id, name, job_title, department, role, stance, x, y in nodes
        ),
        tuple(MapLink(*row) for row in links),
    )


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(ids)))
    return {contact_id: name for contact_id, name in rows}


def _reports_chain(session: Session, account_id: int, start: int, goal: int) -> list[int] | None:
    """The contacts from ``start`` up the reports-to links to ``goal``, if ``start`` already
    reports (directly or through others) to ``goal``; None otherwise."""
    managers: dict[int, list[int]] = {}
    for source, target in session.execute(
        select(ContactLink.source_id, ContactLink.target_id).where(
            ContactLink.account_id == account_id, ContactLink.kind == LinkKind.REPORTS_TO
        )
    ):
        managers.setdefault(source, []).append(target)
    came_from: dict[int, int] = {}
    waiting = [start]
    while waiting:
        person = waiting.pop()
        for manager in managers.get(person, []):
            if manager in came_from or manager == start:
                continue
            came_from[manager] = person
            if manager == goal:
                chain = [goal]
                while chain[-1] != start:
                    chain.append(came_from[chain[-1]])
                return chain[::-1]
            waiting.append(manager)
    return None


def _check_link(session: Session, form: ContactLinkForm, account_id: int) -> LinkKind:
    checks = FieldChecks()
    for field, contact_id in (("source_id", form.source_id), ("target_id", form.target_id)):
        if contact_id is None:
            checks.fail(field, "choose a person")
        else:
            check_owned(session, checks, field, Contact, contact_id, account_id)
    kind = checks.choice("kind", form.kind, LinkKind)
    checks.raise_if_any()
    assert kind is not None and form.source_id is not None and form.target_id is not None
    source, target = form.source_id, form.target_id
    names = _names(session, {source, target})
    verb = VERBS[kind]
    if source == target:
        checks.fail("target_id", f"{names[source]} cannot be linked to themselves")
    elif session.scalar(
        select(ContactLink.id).where(
            ContactLink.source_id == source,
            ContactLink.target_id == target,
            ContactLink.kind == kind,
        )
    ):
        checks.fail("target_id", f"{names[source]} already {verb} {names[target]}")
    elif kind is LinkKind.REPORTS_TO:
        chain = _reports_chain(session, account_id, target, source)
        if chain is not None:
            everyone = _names(session, set(chain))
            path = " → ".join(everyone[person] for person in chain)
            checks.fail(
                "target_id",
                f"{names[source]} cannot report to {names[target]}, who already reports "
                f"to them ({path})",
            )
    checks.raise_if_any()
    return kind


@writes
def add_contact_link(session: Session, form: ContactLinkForm, *, account_id: int) -> int:
    """Link two contacts of ``account_id``; return the link's id (flushed, not committed).

    Raises ``FormInvalidError`` naming the field: a person missing, gone or of another
    account, a link to oneself, the same link twice, or a circle of reports-to links;
    ``NotFoundError`` when the account is gone."""
    require_account(session, account_id)
    kind = _check_link(session, form, account_id)
    link = ContactLink(
        account_id=account_id, source_id=form.source_id, target_id=form.target_id, kind=kind
    )
    try:
        with session.begin_nested():
            session.add(link)
            session.flush()
    except IntegrityError:  # someone added the same link (or deleted a person) meanwhile
        checks = FieldChecks()
        checks.fail("target_id", "someone changed these people at the same moment; try again")
        checks.raise_if_any()
    return link.id


@writes
def delete_contact_link(session: Session, link_id: int, *, account_id: int) -> str:
    """Delete one link of ``account_id`` (flushed, not committed); return how it read
    ("Dieter Hartmann reports to Michael Brandt") for the status bar.

    Raises ``NotFoundError`` when the link is gone or belongs to another account."""
    link = session.get(ContactLink, link_id, populate_existing=True)
    if link is None or link.account_id != account_id:
        raise NotFoundError(
            f"{kind_name(ContactLink)} #{link_id} does not exist: maybe someone deleted it"
        )
    names = _names(session, {link.source_id, link.target_id})
    described = f"{names[link.source_id]} {VERBS[link.kind]} {names[link.target_id]}"
    session.delete(link)
    session.flush()
    return described


@writes
def save_map_positions(
    session: Session, positions: Mapping[int, tuple[float, float]], *, account_id: int
) -> int:
    """Store where each contact's node sits (contact id -> scene x, y), inserting or
    updating in one transaction; return how many were stored (flushed, not committed).

    Contacts no longer in ``account_id`` (deleted meanwhile) are skipped. Raises
    ``StaleRecordError`` when someone else stored a position at the same moment."""
    for contact_id, (x, y) in positions.items():
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError(f"position of contact #{contact_id} is not finite: {x}, {y}")
    wanted = set(positions)
    present = set(
        session.scalars(
            select(Contact.id).where(Contact.account_id == account_id, Contact.id.in_(wanted))
        )
    )
    existing = {
        row.contact_id: row
        for row in session.scalars(
            select(MapPosition)
            .where(MapPosition.contact_id.in_(present))
            .execution_options(populate_existing=True)
        )
    }
    try:
        with session.begin_nested():
            for contact_id in sorted(present):
                x, y = positions[contact_id]
                row = existing.get(contact_id)
                if row is None:
                    session.add(MapPosition(contact_id=contact_id, x=x, y=y))
                elif (row.x, row.y) != (x, y):
                    row.x, row.y = x, y
            session.flush()
    except (StaleDataError, IntegrityError):
        raise MapMovedMeanwhileError(
            "Someone else arranged this power map at the same moment; nothing was saved. "
            "The map now shows their arrangement."
        ) from None
    return len(present)
