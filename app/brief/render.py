"""The brief and the statement as PDF bytes: lay out first, then paint.

Both take only their plain dataclasses, so what a PDF can show is decided by
``compose``; the statement's input holds no internal data at all.
"""

from app.brief.brief_layout import layout_brief
from app.brief.drawing import DocumentInfo, to_pdf
from app.brief.labels import BRIEF, STATEMENT
from app.brief.model import Brief, Statement
from app.brief.statement_layout import layout_statement
from app.brief.text_fit import normalise
from app.formatting import day


def render_brief(brief: Brief) -> bytes:
    """The one-page negotiation brief as a PDF (A4 portrait, fonts embedded)."""
    t = BRIEF[brief.lang]
    info = DocumentInfo(
        title=f"{t.document}: {normalise(brief.account_name)}",
        author=normalise(brief.prepared_by),
        subject=f"{brief.customer_number} · {t.meeting} {day(brief.meeting_on, brief.lang)}",
    )
    return to_pdf([layout_brief(brief).sections], info)


def render_statement(statement: Statement) -> bytes:
    """The customer's statement of services beyond the contract: one or two A4 pages."""
    t = STATEMENT[statement.lang]
    start = day(statement.period_start, statement.lang)
    end = day(statement.period_end, statement.lang)
    info = DocumentInfo(
        title=f"{t.document}: {normalise(statement.account_name)}",
        author=normalise(statement.prepared_by),
        subject=f"{t.period_label} {t.period.format(start=start, end=end)}",
    )
    return to_pdf(layout_statement(statement).pages, info)
