"""One sentence per agenda item, in English or German, for the CLI and the brief."""

from decimal import Decimal

from app.domain.agenda import AgendaItem, AgendaKind
from app.domain.promises import Coverage, PromiseCheck
from app.domain.wording import Language, days
from app.formatting import day, number
from app.model import ItemKind

# What a promise of a package item kind says, with {q} for its quantity.
PROMISE_PHRASES: dict[ItemKind, tuple[str, str]] = {
    ItemKind.MAINTENANCE_VISITS: ("{q} maintenance visits a year", "{q} Wartungen pro Jahr"),
    ItemKind.RESPONSE_TIME_HOURS: ("on-site response within {q} h", "Reaktion vor Ort in {q} h"),
    ItemKind.SPARE_PARTS_HOURS: ("spare parts within {q} h", "Ersatzteile in {q} h"),
    ItemKind.TRAINING_DAYS: ("{q} training days", "{q} Schulungstage"),
    ItemKind.CONSIGNMENT_STOCK: ("consignment stock", "Konsignationslager"),
    ItemKind.HOTLINE: ("hotline", "Hotline"),
    ItemKind.SOFTWARE_UPDATES: ("software updates", "Software-Updates"),
    ItemKind.OTHER: ("other service", "sonstige Leistung"),
}
COVERAGE_NOTES: dict[Coverage, tuple[str, str]] = {
    Coverage.NO_PACKAGE: ("no live contract with a package", "kein laufender Vertrag mit Paket"),
    Coverage.NOT_IN_PACKAGE: ("not in the package", "nicht im Paket"),
    Coverage.BILLABLE: ("billable in the package", "im Paket kostenpflichtig"),
    Coverage.EXCEEDS_PACKAGE: ("package: {q}", "Paket: {q}"),
    Coverage.FREE_TEXT: ("not matched to a package item", "keinem Paketinhalt zugeordnet"),
}


def _phrase(kind: ItemKind, quantity: Decimal | None, lang: Language) -> str:
    en, de = PROMISE_PHRASES[kind]
    text = de if lang == "de" else en
    return text.format(q=number(quantity, lang) if quantity is not None else "").strip()


def describe_promise(promise: PromiseCheck, lang: Language = "en") -> str:
    """ "on-site response within 4 h (package: 8 h)" / "Reaktion vor Ort in 4 h (Paket: 8 h)"."""
    parts = []
    if promise.item_kind is not None:
        parts.append(_phrase(promise.item_kind, promise.quantity, lang))
    if promise.text:
        parts.append(f"„{promise.text}“" if lang == "de" else f"'{promise.text}'")
    what = " – ".join(parts)
    if promise.coverage is Coverage.COVERED:
        return what
    en, de = COVERAGE_NOTES[promise.coverage]
    note = de if lang == "de" else en
    if promise.coverage is Coverage.EXCEEDS_PACKAGE and promise.item_kind is not None:
        note = note.format(q=_phrase(promise.item_kind, promise.package_quantity, lang))
    return f"{what} ({note})"


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
            what = describe_promise(item.promise, lang) if item.promise else title
            if de:
                return f"Zusage vom {ref} nicht durch das Paket gedeckt: {what}"
            return f"Promise of {ref} not covered by the package: {what}"
        case AgendaKind.BUDGET_VS_NOTICE:
            if item.warning is not None:
                return item.warning.sentence(lang)
            if de:
                return f"Budget und Kündigungsfrist passen nicht zusammen: {title}"
            return f"Budget and notice deadline out of step: {title}"
    raise AssertionError(item.kind)
