"""Every fixed text of the brief and the statement, in English and German.

Placeholders in braces are filled with ``str.format``; figures and dates are
formatted by ``app.formatting`` before they go in.
"""

from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from app.domain.health import Light
from app.domain.wording import Language
from app.model import DecisionRole, Department, NoteKind, Stance, TradeKind

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True, slots=True)
class BriefLabels:
    document: str
    meeting: str
    prepared: str  # {name} {date}
    confidential: str
    term_ends: str
    open_ended: str
    no_contract: str
    more_contracts: str  # {count}
    notice_by: str
    no_notice: str
    budget_planning: str
    no_budget: str
    call_from: str  # {date}
    annual_value: str
    customer_since: str  # {year}
    since_unknown: str
    health: str
    no_warnings: str
    price_argument: str
    value: str
    period: str  # {start} {end}
    since_renewal: str
    entries: str  # {count}
    of_annual_value: str
    no_annual_value: str
    no_free_services: str
    service: str
    incidents: str
    within_sla: str
    sla_breached: str
    downtime: str
    visits: str
    visits_of: str  # {delivered} {contracted}
    open_complaints: str
    worst_case: str
    worst_vs_promised: str  # {actual} {promised}
    worst_no_promise: str  # {actual}
    no_worst_case: str
    insights: str
    estimated: str  # {value}
    no_insights: str
    contacts: str
    name: str
    department: str
    role: str
    stance: str
    no_contacts: str
    position: str
    goals: str
    limits: str
    concessions: str
    asks: str
    not_noted: str
    no_position: str
    already_given: str
    already_given_period: str
    on_the_table: str
    asked_in_return: str
    more: str  # {count}
    timeline: str
    strip_contract: str
    strip_budget: str
    strip_incidents: str
    strip_services: str
    strip_notice: str
    strip_breached: str
    strip_today: str
    footer: str  # {date} {name} {page} {pages}


_BRIEF_TEXTS: dict[str, tuple[str, str]] = {
    "document": ("Negotiation brief", "Verhandlungsbriefing"),
    "meeting": ("Meeting", "Termin"),
    "prepared": ("Prepared by {name} on {date}", "Erstellt von {name} am {date}"),
    "confidential": ("Confidential", "Vertraulich"),
    "term_ends": ("Term ends", "Laufzeitende"),
    "open_ended": ("open-ended", "unbefristet"),
    "no_contract": ("no contract up for renewal", "kein Vertrag zur Verlängerung"),
    "more_contracts": ("+{count} more up for renewal", "+{count} weitere zur Verlängerung"),
    "notice_by": ("Notice by", "Kündigung bis"),
    "no_notice": ("no notice deadline", "keine Kündigungsfrist"),
    "budget_planning": ("Next budget planning", "Nächste Budgetplanung"),
    "no_budget": ("no budget date recorded", "kein Budgettermin erfasst"),
    "call_from": ("call from {date}", "anrufen ab {date}"),
    "annual_value": ("Annual value", "Jahreswert"),
    "customer_since": ("customer since {year}", "Kunde seit {year}"),
    "since_unknown": ("customer since: not recorded", "Kunde seit: nicht erfasst"),
    "health": ("Health", "Zustand"),
    "no_warnings": ("no warning signs", "keine Warnzeichen"),
    "price_argument": ("Price argument", "Preisargument"),
    "value": ("Value given beyond the contract", "Leistungen über den Vertrag hinaus"),
    "period": ("{start} – {end}", "{start} – {end}"),
    "since_renewal": ("since the last renewal", "seit der letzten Verlängerung"),
    "entries": ("{count} entries", "{count} Einträge"),
    "of_annual_value": ("of the annual value", "des Jahreswerts"),
    "no_annual_value": ("no annual value to compare", "kein Jahreswert zum Vergleich"),
    "no_free_services": (
        "No free services recorded in this period.",
        "In diesem Zeitraum keine kostenlosen Leistungen erfasst.",
    ),
    "service": ("Service record", "Servicebilanz"),
    "incidents": ("Incidents", "Störungen"),
    "within_sla": ("Within SLA", "SLA eingehalten"),
    "sla_breached": ("SLA breached", "SLA verletzt"),
    "downtime": ("Downtime", "Stillstand"),
    "visits": ("Maintenance visits", "Wartungen"),
    "visits_of": ("{delivered} of {contracted}", "{delivered} von {contracted}"),
    "open_complaints": ("Open complaints", "Offene Reklamationen"),
    "worst_case": ("Worst case", "Schlimmster Fall"),
    "worst_vs_promised": (
        "{actual} vs {promised} promised",
        "{actual} statt zugesagter {promised}",
    ),
    "worst_no_promise": (
        "{actual} response, no time promised",
        "{actual} Reaktionszeit, keine Zusage",
    ),
    "no_worst_case": (
        "No incident with a measured response time.",
        "Keine Störung mit gemessener Reaktionszeit.",
    ),
    "insights": ("Technician insights", "Hinweise der Techniker"),
    "estimated": ("est. {value}", "ca. {value}"),
    "no_insights": (
        "No open risks, opportunities or complaints from the technicians.",
        "Keine offenen Risiken, Chancen oder Reklamationen der Techniker.",
    ),
    "contacts": ("Who sits at the table", "Wer sitzt am Tisch"),
    "name": ("Name", "Name"),
    "department": ("Department", "Abteilung"),
    "role": ("Role", "Rolle"),
    "stance": ("Stance", "Haltung"),
    "no_contacts": (
        "No contacts recorded. Find out who decides before the meeting.",
        "Keine Kontakte erfasst. Vor dem Termin klären, wer entscheidet.",
    ),
    "position": ("Position", "Verhandlungsposition"),
    "goals": ("Our goals", "Unsere Ziele"),
    "limits": ("Our limits", "Unsere Grenzen"),
    "concessions": ("What we can give", "Was wir geben können"),
    "asks": ("What we ask in return", "Was wir dafür verlangen"),
    "not_noted": ("not noted yet", "noch nicht erfasst"),
    "no_position": (
        "No negotiation prepared yet. Note goals, limits, what to give and what to ask.",
        "Noch keine Verhandlung vorbereitet. Ziele, Grenzen, Angebot und Gegenforderung erfassen.",
    ),
    "already_given": (
        "Already given free since the last renewal",
        "Bereits kostenlos seit der letzten Verlängerung",
    ),
    "already_given_period": (
        "Already given free in this period",
        "Bereits kostenlos in diesem Zeitraum",
    ),
    "on_the_table": ("On the table", "Insgesamt auf dem Tisch"),
    "asked_in_return": ("Asked in return", "Gegenforderung insgesamt"),
    "more": ("+{count} more", "+{count} weitere"),
    "timeline": ("Timeline", "Zeitleiste"),
    "strip_contract": ("Contract", "Vertrag"),
    "strip_budget": ("Budget", "Budget"),
    "strip_incidents": ("Incidents", "Störungen"),
    "strip_services": ("Free services", "Kostenlose Leistungen"),
    "strip_notice": ("notice deadline", "Kündigungsfrist"),
    "strip_breached": ("SLA breached", "SLA verletzt"),
    "strip_today": ("today", "heute"),
    "footer": (
        "Prepared on {date} by {name} · Page {page} of {pages} · Confidential",
        "Erstellt am {date} von {name} · Seite {page} von {pages} · Vertraulich",
    ),
}

BRIEF: dict[Language, BriefLabels] = {
    "en": BriefLabels(**{key: en for key, (en, _) in _BRIEF_TEXTS.items()}),
    "de": BriefLabels(**{key: de for key, (_, de) in _BRIEF_TEXTS.items()}),
}


@dataclass(frozen=True, slots=True)
class StatementLabels:
    document: str
    customer_number: str  # {number}
    period_label: str
    period: str  # {start} {end}
    total_value: str
    overview: str
    cover: str  # {account} {start} {end}
    no_entries: str
    service: str
    count: str
    value: str
    total: str
    entries: str
    date: str
    category: str
    description: str
    more_entries: str  # {count}
    more_kinds: str  # {count}
    footer: str  # {supplier} {date} {name} {page} {pages}


_STATEMENT_TEXTS: dict[str, tuple[str, str]] = {
    "document": ("Services provided beyond the contract", "Leistungen über den Vertrag hinaus"),
    "customer_number": ("Customer no. {number}", "Kundennummer {number}"),
    "period_label": ("Period", "Zeitraum"),
    "period": ("{start} – {end}", "{start} – {end}"),
    "total_value": ("Total value", "Gesamtwert"),
    "overview": ("Overview", "Übersicht"),
    "cover": (
        (
            "We want production at {account} to run without interruption. Where it helped, "
            "we provided the services below in addition to what our contract covers, free "
            "of charge. This statement lists them for the period from {start} to {end}, so "
            "that we both keep the value of our partnership in view. Thank you for your "
            "trust; we look forward to continuing our work together."
        ),
        (
            "Uns ist wichtig, dass die Produktion bei {account} ohne Unterbrechung läuft. "
            "Wo es geholfen hat, haben wir zusätzlich zu den vertraglichen Leistungen die "
            "unten aufgeführten Leistungen kostenfrei erbracht. Diese Aufstellung fasst sie "
            "für den Zeitraum vom {start} bis {end} zusammen, damit wir beide den Wert "
            "unserer Zusammenarbeit im Blick behalten. Vielen Dank für Ihr Vertrauen; wir "
            "freuen uns auf die weitere Zusammenarbeit."
        ),
    ),
    "no_entries": (
        "No services beyond the contract were recorded in this period.",
        "In diesem Zeitraum wurden keine Leistungen über den Vertrag hinaus erfasst.",
    ),
    "service": ("Service", "Leistung"),
    "count": ("Count", "Anzahl"),
    "value": ("Value", "Wert"),
    "total": ("Total", "Summe"),
    "entries": ("Services in detail", "Leistungen im Einzelnen"),
    "date": ("Date", "Datum"),
    "category": ("Service", "Leistung"),
    "description": ("Description", "Beschreibung"),
    "more_entries": ("+{count} more entries", "+{count} weitere Einträge"),
    "more_kinds": ("+{count} more kinds of service", "+{count} weitere Leistungsarten"),
    "footer": (
        "{supplier} · Prepared on {date} by {name} · Page {page} of {pages}",
        "{supplier} · Erstellt am {date} von {name} · Seite {page} von {pages}",
    ),
}

STATEMENT: dict[Language, StatementLabels] = {
    "en": StatementLabels(**{key: en for key, (en, _) in _STATEMENT_TEXTS.items()}),
    "de": StatementLabels(**{key: de for key, (_, de) in _STATEMENT_TEXTS.items()}),
}


def _by_language(names: dict[E, tuple[str, str]]) -> dict[Language, dict[E, str]]:
    """ "member: (English, German)" pairs as one table per language."""
    return {
        "en": {member: en for member, (en, _) in names.items()},
        "de": {member: de for member, (_, de) in names.items()},
    }


LIGHTS = _by_language(
    {Light.GREEN: ("Green", "Grün"), Light.AMBER: ("Amber", "Gelb"), Light.RED: ("Red", "Rot")}
)
DEPARTMENTS = _by_language(
    {
        Department.PURCHASING: ("Purchasing", "Einkauf"),
        Department.ENGINEERING: ("Engineering", "Technik"),
        Department.PRODUCTION: ("Production", "Produktion"),
        Department.MANAGEMENT: ("Management", "Geschäftsführung"),
        Department.FINANCE: ("Finance", "Finanzen"),
        Department.QUALITY: ("Quality", "Qualität"),
        Department.IT: ("IT", "IT"),
        Department.OTHER: ("Other", "Sonstige"),
    }
)
ROLES = _by_language(
    {
        DecisionRole.DECISION_MAKER: ("Decision maker", "Entscheider"),
        DecisionRole.INFLUENCER: ("Influencer", "Beeinflusser"),
        DecisionRole.USER: ("User", "Anwender"),
        DecisionRole.GATEKEEPER: ("Gatekeeper", "Gatekeeper"),
    }
)
STANCES = _by_language(
    {
        Stance.CHAMPION: ("Champion", "Fürsprecher"),
        Stance.SUPPORTER: ("Supporter", "Unterstützer"),
        Stance.NEUTRAL: ("Neutral", "Neutral"),
        Stance.CRITIC: ("Critic", "Kritiker"),
    }
)
TRADE_KINDS = _by_language(
    {
        TradeKind.PRICE_CUT: ("Price cut", "Preisnachlass"),
        TradeKind.MAINTENANCE_VISIT: ("Extra maintenance visit", "Zusätzliche Wartung"),
        TradeKind.PAYMENT_TERM: ("Longer payment term", "Längeres Zahlungsziel"),
        TradeKind.TRAINING: ("Free training", "Kostenlose Schulung"),
        TradeKind.LONGER_TERM: ("Longer contract term", "Längere Vertragslaufzeit"),
        TradeKind.VOLUME: ("More volume", "Mehr Volumen"),
        TradeKind.REFERENCE_VISIT: ("Reference visit", "Referenzbesuch"),
        TradeKind.OTHER: ("Other", "Sonstiges"),
    }
)
NOTE_KINDS = _by_language(
    {
        NoteKind.RISK: ("Risk", "Risiko"),
        NoteKind.OPPORTUNITY: ("Opportunity", "Chance"),
        NoteKind.OBSERVATION: ("Observation", "Beobachtung"),
        NoteKind.COMPLAINT: ("Complaint", "Reklamation"),
        NoteKind.PRAISE: ("Praise", "Lob"),
    }
)


def days_left(days: int, lang: Language) -> str:
    """ "21 days left" / "noch 21 Tage"; today and passed deadlines said plainly."""
    if lang == "de":
        if days < 0:
            return "vor 1 Tag verstrichen" if days == -1 else f"vor {-days} Tagen verstrichen"
        return {0: "heute fällig", 1: "noch 1 Tag"}.get(days, f"noch {days} Tage")
    if days < 0:
        return "passed 1 day ago" if days == -1 else f"passed {-days} days ago"
    return {0: "due today", 1: "1 day left"}.get(days, f"{days} days left")
