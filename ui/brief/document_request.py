"""What the preview asks the core for, and the PDF that comes back (built on the worker)."""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from app.brief.compose import compose_brief, compose_statement
from app.brief.render import render_brief, render_statement
from app.domain.periods import Period
from app.domain.wording import Language

# The file name's first word follows the document's language, as its title does.
FILE_WORDS: dict[str, dict[Language, str]] = {
    "brief": {"en": "Brief", "de": "Verhandlungsbriefing"},
    "statement": {"en": "Statement", "de": "Leistungsnachweis"},
}
# Characters no file system on Windows, macOS or Linux accepts in a name.
UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
LONGEST_ACCOUNT_PART = 80


class DocumentKind(StrEnum):
    BRIEF = "brief"
    STATEMENT = "statement"


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """One rendering: for the brief ``meeting_on`` (None: the negotiation's, else today),
    for the statement ``period`` (None: since the start of the current term)."""

    kind: DocumentKind
    customer_number: str
    today: date
    language: Language
    meeting_on: date | None = None
    period: Period | None = None
    supplier: str = ""


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """The PDF of ``request`` with what the preview shows beside it."""

    request: DocumentRequest
    pdf: bytes
    account_name: str
    meeting_on: date | None  # the brief's meeting date
    period: Period | None  # the statement's period

    @property
    def document_date(self) -> date:
        """The date in the file name: the meeting's for a brief, the period's end otherwise."""
        if self.meeting_on is not None:
            return self.meeting_on
        return self.period.end if self.period is not None else self.request.today


def render_document(session: Session, request: DocumentRequest) -> RenderedDocument:
    """Compose and render ``request`` (on the database worker). Raises ``NotFoundError`` for
    an unknown customer number."""
    if request.kind is DocumentKind.BRIEF:
        brief = compose_brief(
            session,
            request.customer_number,
            request.today,
            meeting_on=request.meeting_on,
            lang=request.language,
        )
        return RenderedDocument(
            request, render_brief(brief), brief.account_name, brief.meeting_on, None
        )
    statement = compose_statement(
        session,
        request.customer_number,
        request.today,
        period=request.period,
        lang=request.language,
        supplier=request.supplier,
    )
    period = Period(statement.period_start, statement.period_end)
    return RenderedDocument(
        request, render_statement(statement), statement.account_name, None, period
    )


def proposed_file_name(document: RenderedDocument) -> str:
    """ "Brief Präzisionsteile Müller GmbH 2026-12-07.pdf", safe on every file system."""
    word = FILE_WORDS[document.request.kind][document.request.language]
    account = UNSAFE_IN_FILE_NAMES.sub("-", document.account_name)
    account = " ".join(account.split())[:LONGEST_ACCOUNT_PART].strip(" .-") or "account"
    return f"{word} {account} {document.document_date.isoformat()}.pdf"
