from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.health import HealthFacts, Light, Reason, assess_health
from app.model import Tier

TODAY = date(2026, 11, 23)
CALM = HealthFacts(
    tier=Tier.A,
    last_contact=TODAY - timedelta(days=3),
    sla_breaches_90_days=0,
    open_complaints=0,
    uncovered_promises=0,
    unread_risks=0,
    days_to_notice=200,
    meeting_before_notice=False,
    days_since_unrenewed_end=None,
)


def test_nothing_wrong_is_green_and_says_so() -> None:
    health = assess_health(CALM, TODAY)
    assert health.light is Light.GREEN
    assert health.reasons == ()
    assert health.summary("en") == "no warning signs"


@pytest.mark.parametrize(
    "change, light, sentence",
    [
        ({"sla_breaches_90_days": 1}, Light.AMBER, "SLA breached once in the last 90 days"),
        ({"sla_breaches_90_days": 2}, Light.RED, "SLA breached twice in the last 90 days"),
        ({"last_contact": TODAY - timedelta(days=31)}, Light.AMBER, "no contact for 31 days"),
        ({"last_contact": TODAY - timedelta(days=74)}, Light.RED, "no contact for 74 days"),
        ({"last_contact": None}, Light.AMBER, "no contact recorded yet"),
        ({"open_complaints": 1}, Light.AMBER, "1 open complaint"),
        ({"open_complaints": 3}, Light.RED, "3 open complaints"),
        ({"days_to_notice": 38}, Light.AMBER, "notice deadline in 38 days, no meeting planned"),
        ({"days_to_notice": 21}, Light.RED, "notice deadline in 21 days, no meeting planned"),
        (
            {"days_to_notice": 21, "meeting_before_notice": True},
            Light.AMBER,
            "notice deadline in 21 days",
        ),
        (
            {"days_since_unrenewed_end": 12},
            Light.RED,
            "contract ended 12 days ago and was not renewed",
        ),
        ({"uncovered_promises": 2}, Light.AMBER, "2 promises not covered by the package"),
        ({"unread_risks": 1}, Light.AMBER, "1 unread risk note"),
    ],
)
def test_each_rule_sets_the_light_with_its_sentence(
    change: dict[str, object], light: Light, sentence: str
) -> None:
    health = assess_health(replace(CALM, **change), TODAY)  # type: ignore[arg-type]
    assert health.light is light
    assert [reason.sentence("en") for reason in health.reasons] == [sentence]


def test_no_contact_limit_depends_on_the_tier() -> None:
    silent_45 = replace(CALM, last_contact=TODAY - timedelta(days=45))
    assert assess_health(replace(silent_45, tier=Tier.A), TODAY).light is Light.AMBER
    assert assess_health(replace(silent_45, tier=Tier.B), TODAY).light is Light.GREEN
    assert assess_health(replace(silent_45, tier=Tier.C), TODAY).light is Light.GREEN


def test_worst_reason_sets_the_light_and_comes_first() -> None:
    facts = replace(CALM, unread_risks=1, sla_breaches_90_days=2, open_complaints=1)
    health = assess_health(facts, TODAY)
    assert health.light is Light.RED
    assert health.reasons[0].reason is Reason.SLA_BREACHES
    assert len(health.reasons) == 3


def test_german_sentences() -> None:
    facts = replace(CALM, sla_breaches_90_days=2, last_contact=TODAY - timedelta(days=74))
    sentences = [r.sentence("de") for r in assess_health(facts, TODAY).reasons]
    assert "SLA zweimal verletzt in den letzten 90 Tagen" in sentences
    assert "seit 74 Tagen kein Kontakt" in sentences
