"""The contact form: who sits at the table (the buying center).

Saving a contact whose stance or decision role changed appends one dated
``ContactChange`` row (the stance history); history is never rewritten. A new
contact gets no row: its first stance is where it starts, not a move, and the
old side of its first change tells what it was.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.clock import local_today
from app.model import Contact, ContactChange, DecisionRole, Department, Stance
from app.records.checks import FieldChecks
from app.records.rows import (
    assign,
    open_row,
    require_account,
    row_for_update,
    saving,
)
from app.storage.write_turn import writes


@dataclass(frozen=True, slots=True)
class ContactForm:
    name: str
    job_title: str = ""
    department: Department = Department.OTHER
    decision_role: DecisionRole = DecisionRole.INFLUENCER
    stance: Stance = Stance.NEUTRAL
    phone: str = ""
    email: str = ""
    notes: str = ""

    @classmethod
    def blank(cls) -> "ContactForm":
        return cls(name="")


@dataclass(frozen=True, slots=True)
class ContactView:
    id: int
    version: int
    name: str
    job_title: str
    department: Department
    decision_role: DecisionRole
    stance: Stance
    phone: str
    email: str


# Departments in the order of the enum (purchasing first), not alphabetically.
DEPARTMENT_ORDER = case(
    *[(Contact.department == department, index) for index, department in enumerate(Department)],
    else_=len(Department),
)


def list_contacts(session: Session, account_id: int) -> list[ContactView]:
    """The account's contacts by department, then name, in one query."""
    rows = session.execute(
        select(
            Contact.id,
            Contact.version,
            Contact.name,
            Contact.job_title,
            Contact.department,
            Contact.decision_role,
            Contact.stance,
            Contact.phone,
            Contact.email,
        )
        .where(Contact.account_id == account_id)
        .order_by(DEPARTMENT_ORDER, func.lower(Contact.name), Contact.id)
    )
    return [ContactView(*row) for row in rows]


def load_contact(session: Session, contact_id: int) -> tuple[ContactForm, int]:
    row = open_row(session, Contact, contact_id)
    form = ContactForm(
        name=row.name,
        job_title=row.job_title,
        department=row.department,
        decision_role=row.decision_role,
        stance=row.stance,
        phone=row.phone,
        email=row.email,
        notes=row.notes,
    )
    return form, row.version


def _validated(form: ContactForm) -> dict[str, object]:
    checks = FieldChecks()
    values: dict[str, object] = {
        "name": checks.text("name", form.name, Contact, required=True),
        "job_title": checks.text("job_title", form.job_title, Contact),
        "department": checks.choice("department", form.department, Department),
        "decision_role": checks.choice("decision_role", form.decision_role, DecisionRole),
        "stance": checks.choice("stance", form.stance, Stance),
        "phone": checks.text("phone", form.phone, Contact),
        "email": checks.email("email", form.email, Contact),
        "notes": checks.text("notes", form.notes, Contact),
    }
    checks.raise_if_any()
    return values


def _change(row: Contact, values: dict[str, object], today: date) -> ContactChange | None:
    """The history row for a save that moves the stance or the role, else None; a column
    that stays the same holds None on both sides."""
    stance, role = values["stance"], values["decision_role"]
    assert isinstance(stance, Stance) and isinstance(role, DecisionRole)
    stance_moved, role_moved = row.stance != stance, row.decision_role != role
    if not (stance_moved or role_moved):
        return None
    return ContactChange(
        contact_id=row.id,
        changed_on=today,
        old_stance=row.stance if stance_moved else None,
        new_stance=stance if stance_moved else None,
        old_role=row.decision_role if role_moved else None,
        new_role=role if role_moved else None,
    )


@writes
def save_contact(
    session: Session,
    form: ContactForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> int:
    """Create or update a contact of ``account_id``; return its id (flushed, not committed).

    An update that changes the stance or decision role also records the change, dated
    ``today`` (default: the local calendar day), in the same savepoint: a refused save
    records nothing. Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(form)
    with saving(session) as saved:
        if record_id is None:
            require_account(session, account_id)
            row = Contact(**values, account_id=account_id)
            session.add(row)
        else:
            row = row_for_update(
                session,
                Contact,
                record_id,
                account_id=account_id,
                expected_version=expected_version,
            )
            change = _change(row, values, today or local_today())
            assign(row, values)
            if change is not None:
                session.add(change)
        saved.row = row
    return saved.record_id
