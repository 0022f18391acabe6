"""The contact form: who sits at the table (the buying center)."""

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.model import Contact, DecisionRole, Department, Stance
from app.records.checks import FieldChecks
from app.records.rows import (
    open_row,
    save_account_row,
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


@writes
def save_contact(
    session: Session,
    form: ContactForm,
    *,
    account_id: int,
    record_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or update a contact of ``account_id``; return its id (flushed, not committed).

    Raises ``FormInvalidError``, ``StaleRecordError``, ``NotFoundError``."""
    values = _validated(form)
    return save_account_row(
        session,
        Contact,
        values,
        account_id=account_id,
        record_id=record_id,
        expected_version=expected_version,
    )
