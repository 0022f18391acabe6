"""The sentence a seller says when the buyer asks for a price cut, built from the ledger."""

from app.brief.model import BriefValue, ValueLine
from app.domain.wording import Language
from app.formatting import money_figure, share

LISTED_LINES = 3
NBSP = "\u00a0"


def _figure(text: str) -> str:
    """A formatted amount that never wraps between number and currency."""
    return text.replace(" ", NBSP)


def _and(items: list[str], lang: Language) -> str:
    word = " und " if lang == "de" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1]


def _service(line: ValueLine, lang: Language) -> str:
    label = line.label.strip()
    # English reads "3× spare part delivered"; German nouns and acronyms ("ROI") keep capitals.
    if lang == "en" and label[:1].isupper() and not label[1:2].isupper():
        label = label[0].lower() + label[1:]
    return f"{line.count}×{NBSP}{label}"


def _services(lines: tuple[ValueLine, ...], lang: Language) -> str:
    """ ": 3× this, 1× that and 5× more" or "" when the ledger has no lines to name."""
    if not lines:
        return ""
    named = _and([_service(line, lang) for line in lines[:LISTED_LINES]], lang)
    rest = len(lines) - LISTED_LINES
    if rest <= 0:
        return named
    if lang == "de":
        kinds = "weitere Leistungsart" if rest == 1 else "weitere Leistungsarten"
        return f"{named}, dazu {rest} {kinds}"
    return f"{named}, plus {rest} other {'kind' if rest == 1 else 'kinds'} of service"


def price_argument(value: BriefValue, lang: Language) -> str:
    """What to answer a request for a lower price, from the free services of the period.

    Lists every currency's total when there are several (then no share, since
    the annual value is in one currency), and says plainly when nothing was given.
    """
    totals = [total for total in value.totals if total.amount != 0]
    if not totals and value.entries:
        if lang == "de":
            return (
                f"Falls ein Preisnachlass gefordert wird: {value.entries} kostenlose Leistungen"
                " sind erfasst, aber noch ohne Wert. Vor dem Termin bewerten."
            )
        return (
            f"If a price cut is asked: {value.entries} free services are recorded, but none"
            " carries a value yet. Put a value on them before the meeting."
        )
    if not totals:
        if lang == "de":
            return (
                "Falls ein Preisnachlass gefordert wird: Für diesen Zeitraum sind keine"
                " kostenlosen Leistungen erfasst. Das Argument stützt sich auf die"
                " Servicebilanz und den Vertrag selbst."
            )
        return (
            "If a price cut is asked: no free services are recorded for this period, so the"
            " case rests on the service record and the contract itself."
        )
    worth = _and([_figure(money_figure(total, lang, cents=False)) for total in totals], lang)
    fraction = value.share if len(totals) == 1 else None
    services = _services(value.lines, lang)
    services = f": {services}" if services else ""
    if lang == "de":
        when = "Seit der letzten Verlängerung" if value.since_renewal else "In diesem Zeitraum"
        part = f" – {_figure(share(fraction, lang))} des Jahreswerts" if fraction else ""
        return (
            f"Falls ein Preisnachlass gefordert wird: {when} wurden kostenlose Leistungen im"
            f" Wert von {worth} erbracht{part}{services}. Ein niedrigerer Preis heißt:"
            " klären, welche dieser Leistungen kostenlos bleiben."
        )
    when = "since the last renewal" if value.since_renewal else "this period"
    part = f" — {_figure(share(fraction, lang))} of the annual value —" if fraction else ""
    return (
        f"If a price cut is asked: free services worth {worth}{part} were given {when}"
        f"{services}. A lower price means agreeing which of these services stay free."
    )
