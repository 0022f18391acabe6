"""One sentence per agenda item, in English or German, for the CLI and the brief."""

from app.domain.agenda import AgendaItem, AgendaKind
from app.domain.wording import Language, days
from app.formatting import day


def describe(item: AgendaItem, lang: Language = "en") -> str:
    de = lang == "de"
    ref = day(item.reference, lang) if item.reference else ""
    when = day(item.due, lang)
    title = item.title
    match item.kind:
        case AgendaKind.BUDGET_WINDOW:
            if de:
                return f"Budgetfenster „{title}“ öffnet {when} – Planung am {ref}"
            return f"Budget window '{title}' opens {when} – planning on {ref}"
        case AgendaKind.NOTICE_DEADLINE:
            left = days(item.figure or 0, lang)
            if de:
                return f"Kündigungsfrist {title}: {when} (in {left}), Laufzeitende {ref}"
            return f"Notice deadline {title}: {when} (in {left}), term ends {ref}"
        case AgendaKind.CONTRACT_END:
            if item.figure is not None and item.figure < 0:
                if de:
                    return f"{title} ist am {when} ausgelaufen und nicht verlängert"
                return f"{title} ended on {when} and was not renewed"
            return f"{title} endet am {when}" if de else f"{title} ends on {when}"
        case AgendaKind.FOLLOW_UP:
            return title
        case AgendaKind.NOTE_FOLLOW_UP:
            return (
                f"Techniker-Notiz nachfassen: {title}"
                if de
                else f"Follow up technician note: {title}"
            )
        case AgendaKind.UNREAD_NOTE:
            return (
                f"Ungelesene Techniker-Notiz: {title}" if de else f"Unread technician note: {title}"
            )
        case AgendaKind.NO_CONTACT:
            silent = days(item.figure or 0, lang)
            if de:
                return f"Seit {silent} kein Kontakt (zuletzt {ref})"
            return f"No contact for {silent} (last on {ref})"
        case AgendaKind.SLA_BREACH:
            if de:
                return (
                    f"SLA verletzt am {ref}: Reaktion nach {item.figure} h statt {item.against} h"
                    f" – {title}"
                )
            return (
                f"SLA breached on {ref}: response after {item.figure} h against "
                f"{item.against} h promised – {title}"
            )
        case AgendaKind.UNCOVERED_PROMISE:
            if de:
                return f"Zusage nicht durch das Paket gedeckt ({ref}): {title}"
            return f"Promise not covered by the package ({ref}): {title}"
    raise AssertionError(item.kind)
