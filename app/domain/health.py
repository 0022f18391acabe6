"""Explainable health: a light (green, amber, red) and the sentences that set it.

| rule                               | amber                    | red                        |
|------------------------------------|--------------------------|----------------------------|
| SLA breaches in the last 90 days   | 1                        | 2 or more                  |
| no contact (tier A/B/C: 30/60/90 d)| longer than the limit    | longer than twice the limit|
| never any contact recorded         | yes                      |                            |
| open complaints                    | 1                        | 2 or more                  |
| notice deadline ahead              | within 60 days           | within 21 days, no meeting |
| contract ended, not renewed        |                          | within the last 365 days   |
| promises the package doesn't cover | 1 or more not confirmed  |                            |
| unread risk notes from technicians | 1 or more                |                            |

The light is the worst of its reasons; no reason means green.
"""

from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from app.domain.wording import Language, days, plural, times
from app.model import Tier

NO_CONTACT_LIMIT_DAYS = {Tier.A: 30, Tier.B: 60, Tier.C: 90}
NO_CONTACT_RED_FACTOR = 2
SLA_WINDOW_DAYS = 90
SLA_RED_BREACHES = 2
COMPLAINTS_RED = 2
NOTICE_AMBER_DAYS = 60
NOTICE_RED_DAYS = 21
CONTRACT_ENDED_LOOKBACK_DAYS = 365


class Light(IntEnum):
    GREEN = 0
    AMBER = 1
    RED = 2

    @property
    def label(self) -> str:
        return self.name.lower()


class Reason(StrEnum):
    SLA_BREACHES = "sla_breaches"
    NO_CONTACT = "no_contact"
    NEVER_CONTACTED = "never_contacted"
    OPEN_COMPLAINTS = "open_complaints"
    NOTICE_SOON = "notice_soon"
    CONTRACT_ENDED = "contract_ended"
    UNCOVERED_PROMISES = "uncovered_promises"
    UNREAD_RISKS = "unread_risks"


@dataclass(frozen=True, slots=True)
class HealthReason:
    reason: Reason
    light: Light
    figure: int  # the number the sentence is about (breaches, days, complaints …)
    meeting_planned: bool = False

    def sentence(self, lang: Language = "en") -> str:
        n = self.figure
        de = lang == "de"
        match self.reason:
            case Reason.SLA_BREACHES:
                if de:
                    return f"SLA {times(n, lang)} verletzt in den letzten {SLA_WINDOW_DAYS} Tagen"
                return f"SLA breached {times(n, lang)} in the last {SLA_WINDOW_DAYS} days"
            case Reason.NO_CONTACT:
                return (
                    f"seit {days(n, lang)} kein Kontakt"
                    if de
                    else f"no contact for {days(n, lang)}"
                )
            case Reason.NEVER_CONTACTED:
                return "noch kein Kontakt erfasst" if de else "no contact recorded yet"
            case Reason.OPEN_COMPLAINTS:
                if de:
                    return "1 offene Reklamation" if n == 1 else f"{n} offene Reklamationen"
                return plural(n, "open complaint", "open complaints")
            case Reason.NOTICE_SOON:
                if de:
                    text = f"Kündigungsfrist in {days(n, lang)}"
                    return text if self.meeting_planned else text + ", kein Termin geplant"
                text = f"notice deadline in {days(n, lang)}"
                return text if self.meeting_planned else text + ", no meeting planned"
            case Reason.CONTRACT_ENDED:
                if de:
                    return f"Vertrag vor {days(n, lang)} ausgelaufen, nicht verlängert"
                return f"contract ended {days(n, lang)} ago and was not renewed"
            case Reason.UNCOVERED_PROMISES:
                if de:
                    return (
                        "1 Zusage nicht durch das Paket gedeckt"
                        if n == 1
                        else f"{n} Zusagen nicht durch das Paket gedeckt"
                    )
                return plural(n, "promise", "promises") + " not covered by the package"
            case Reason.UNREAD_RISKS:
                if de:
                    return "1 ungelesenes Risiko" if n == 1 else f"{n} ungelesene Risiken"
                return plural(n, "unread risk note", "unread risk notes")
        raise AssertionError(self.reason)


@dataclass(frozen=True, slots=True)
class Health:
    light: Light
    reasons: tuple[HealthReason, ...]  # worst first

    def summary(self, lang: Language = "en", limit: int = 3) -> str:
        if not self.reasons:
            return "keine Warnzeichen" if lang == "de" else "no warning signs"
        return " · ".join(reason.sentence(lang) for reason in self.reasons[:limit])


@dataclass(frozen=True, slots=True)
class HealthFacts:
    """What the rules look at, gathered for one account or for all at once."""

    tier: Tier
    last_contact: date | None
    sla_breaches_90_days: int
    open_complaints: int
    uncovered_promises: int
    unread_risks: int
    days_to_notice: int | None  # the nearest notice deadline still ahead
    meeting_before_notice: bool
    days_since_unrenewed_end: int | None  # a live contract that ended and did not renew


def silence_over_limit(tier: Tier, last_contact: date | None, today: date) -> int | None:
    """Days without contact when that is longer than the tier allows, else None."""
    if last_contact is None:
        return None
    silent = (today - last_contact).days
    return silent if silent > NO_CONTACT_LIMIT_DAYS[tier] else None


def assess_health(facts: HealthFacts, today: date) -> Health:
    """The light and its reasons for ``facts`` as of ``today``."""
    found: list[HealthReason] = []
    add = found.append
    breaches = facts.sla_breaches_90_days
    if breaches:
        light = Light.RED if breaches >= SLA_RED_BREACHES else Light.AMBER
        add(HealthReason(Reason.SLA_BREACHES, light, breaches))
    silent = silence_over_limit(facts.tier, facts.last_contact, today)
    if facts.last_contact is None:
        add(HealthReason(Reason.NEVER_CONTACTED, Light.AMBER, 0))
    elif silent is not None:
        red = silent > NO_CONTACT_LIMIT_DAYS[facts.tier] * NO_CONTACT_RED_FACTOR
        add(HealthReason(Reason.NO_CONTACT, Light.RED if red else Light.AMBER, silent))
    if facts.open_complaints:
        light = Light.RED if facts.open_complaints >= COMPLAINTS_RED else Light.AMBER
        add(HealthReason(Reason.OPEN_COMPLAINTS, light, facts.open_complaints))
    notice = facts.days_to_notice
    if notice is not None and 0 <= notice <= NOTICE_AMBER_DAYS:
        urgent = notice <= NOTICE_RED_DAYS and not facts.meeting_before_notice
        add(
            HealthReason(
                Reason.NOTICE_SOON,
                Light.RED if urgent else Light.AMBER,
                notice,
                facts.meeting_before_notice,
            )
        )
    ended = facts.days_since_unrenewed_end
    if ended is not None and 0 < ended <= CONTRACT_ENDED_LOOKBACK_DAYS:
        add(HealthReason(Reason.CONTRACT_ENDED, Light.RED, ended))
    if facts.uncovered_promises:
        add(HealthReason(Reason.UNCOVERED_PROMISES, Light.AMBER, facts.uncovered_promises))
    if facts.unread_risks:
        add(HealthReason(Reason.UNREAD_RISKS, Light.AMBER, facts.unread_risks))
    ordered = tuple(sorted(found, key=lambda reason: -reason.light))
    light = ordered[0].light if ordered else Light.GREEN
    return Health(light, ordered)
