"""Account 10-4711, Präzisionsteile Müller GmbH: the renewal story of DESIGN §1, by hand.

Relative to ``today``:
* contract ``SV-<start year>-4711`` (Premium 8, 8-hour on-site response, active,
  fixed three-year term, 3 months' notice) ends on ``today + 21 days + 3 months``,
  so its notice deadline is ``today + 21 days`` (calendar months: on the few days
  where today + 21 days is the 29th-31st and the month three months on is shorter,
  no end date gives that deadline and it falls 1-2 days earlier);
* a breakdown reported 18 days ago was answered 48 hours later, against 8 promised;
* the ledger holds, within the current term: 3 deliveries in person, 1 profitability
  calculation, 5 separate cancelled wrong orders, 1 extra training and 4 others;
* technician notes: risk "Measuring room runs above 20 °C" and opportunity "No
  automatic measuring controller installed" worth 22,000.00 EUR, both unread;
* a buying center of five, the head of purchasing a critic since 14 days ago, four
  days after the breakdown (he was a supporter); production cooled from champion to
  supporter too, and engineering warmed to champion after the profitability calculation;
* a negotiation in preparation, meeting 14 days ahead (before the deadline), with its
  give-and-get list: a 3 % price cut, an extra maintenance visit and the late-shift
  training to give; a 36-month term, 10 % more spare parts, a reference visit and list
  prices for deliveries in person and cancellations to ask in return;
* promises: 4-hour response (not covered, the package gives 8), free training for
  the second shift (free text, not covered), two maintenance visits (covered);
* a yearly budget cycle (lead 45 days) on the 1st of the month four months ahead.
"""

from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from app.demo.catalog import PackageTerms
from app.demo.facts import AccountFacts, Term, at_utc, days_ago
from app.demo.names import ascii_slug
from app.demo.planning import add_after_signing
from app.demo.writer import DemoRows
from app.model import (
    ContractStatus,
    DecisionRole,
    Department,
    FollowUpKind,
    IncidentKind,
    ItemKind,
    NegotiationStatus,
    NoteKind,
    NoteStatus,
    PaidBy,
    ProviderRole,
    ServiceCheck,
    Stance,
    TouchpointKind,
    TradeKind,
    TradeSide,
)

FLAGSHIP_NUMBER = "10-4711"
NOTICE_DEADLINE_DAYS = 21
BREAKDOWN_DAYS_AGO = 18
SELLER, TECHNICIAN, INSIDE = "Jonas Weber", "Markus Lehmann", "Nadine Roth"

# name, job title, department, role, stance, phone extension, notes
CONTACTS = (
    ("Dieter Hartmann", "Leitung Einkauf", Department.PURCHASING, DecisionRole.GATEKEEPER,
     Stance.CRITIC, 12, "Verlangt jedes Jahr 8 % Nachlass; kennt die Gratisleistungen nicht."),
    ("Dr. Katrin Vogel", "Leitung Fertigungstechnik", Department.ENGINEERING,
     DecisionRole.INFLUENCER, Stance.CHAMPION, 31, "Treibt die Automatisierung voran."),
    ("Stefan Özdemir", "Produktionsleitung", Department.PRODUCTION, DecisionRole.USER,
     Stance.SUPPORTER, 40, "Verantwortet Linie 3; vom 48-h-Stillstand direkt betroffen."),
    ("Michael Brandt", "Geschäftsführung", Department.MANAGEMENT, DecisionRole.DECISION_MAKER,
     Stance.NEUTRAL, 10, "Entscheidet über Verlängerung und Investitionen."),
    ("Anja Schröder", "Leitung Qualitätssicherung", Department.QUALITY, DecisionRole.INFLUENCER,
     Stance.SUPPORTER, 55, "Sorgt sich um die Temperatur im Messraum."),
)  # fmt: skip

# days ago, category key, description, value in cents, half hours, by, role, contact index
LEDGER = (
    (290, "delivery_in_person", "Ersatz-Wendeschneidplatten persönlich nach Aalen gebracht, "
     "Linie 3 wäre sonst stehen geblieben", 420_00, 7, SELLER, ProviderRole.SELLER, 2),
    (150, "delivery_in_person", "Spannfutter am Samstag persönlich geliefert", 380_00, 6,
     TECHNICIAN, ProviderRole.TECHNICIAN, 2),
    (35, "delivery_in_person", "Ersatz-Messtaster direkt aus dem Lager gebracht", 510_00, 8,
     SELLER, ProviderRole.SELLER, 4),
    (210, "profitability_calculation", "Wirtschaftlichkeitsberechnung Beladeroboter Linie 4",
     5_800_00, 32, SELLER, ProviderRole.SELLER, 1),
    (320, "order_cancellation", "Fehlbestellung Spannbacken storniert und zurückgenommen",
     140_00, 1, INSIDE, ProviderRole.INSIDE_SALES, 0),
    (250, "order_cancellation", "Falsch bestellte Schutzscheiben zurückgenommen", 265_50, 1,
     INSIDE, ProviderRole.INSIDE_SALES, 0),
    (180, "order_cancellation", "Doppelt bestellte Kühlmittelpumpe storniert", 680_00, 1,
     INSIDE, ProviderRole.INSIDE_SALES, 0),
    (95, "order_cancellation", "Fehlbestellung Filtereinsätze ohne Gebühr zurückgenommen",
     198_40, 1, INSIDE, ProviderRole.INSIDE_SALES, 0),
    (20, "order_cancellation", "Falsche Werkzeughalter storniert und eingelagert", 312_00, 1,
     INSIDE, ProviderRole.INSIDE_SALES, 0),
    (120, "training", "Zusatzschulung Messprogramme für sechs Bediener der Spätschicht",
     1_850_00, 16, TECHNICIAN, ProviderRole.TECHNICIAN, 2),
    (16, "on_site_support", "Einrichthilfe nach dem Spindeltausch an DZ-07", 960_00, 12,
     TECHNICIAN, ProviderRole.TECHNICIAN, 2),
    (75, "expedited_delivery", "Kugelgewindetrieb per Express ohne Aufpreis", 310_00, 1,
     INSIDE, ProviderRole.INSIDE_SALES, 2),
    (400, "software_adaptation", "Postprozessor an neue Bauteilfamilie angepasst", 1_200_00,
     14, TECHNICIAN, ProviderRole.TECHNICIAN, 1),
    (720, "machine_adjustment", "Achsen an DZ-05 nachvermessen und neu ausgerichtet", 780_00,
     10, TECHNICIAN, ProviderRole.TECHNICIAN, 2),
)  # fmt: skip

# contact index, days ago, stance before (the stance after is the one in CONTACTS)
STANCE_CHANGES = (
    (0, BREAKDOWN_DAYS_AGO - 4, Stance.SUPPORTER),  # purchasing, after the 48-hour response
    (2, BREAKDOWN_DAYS_AGO - 3, Stance.CHAMPION),  # production, its line stood still
    (1, 200, Stance.SUPPORTER),  # engineering, ten days after the profitability calculation
)

# side, kind, description, value in cents or None, percent of the annual value or None
GIVE_AND_GET = (
    (TradeSide.GIVE, TradeKind.PRICE_CUT, "Preisnachlass 3 % auf die Jahrespauschale", None,
     Decimal(3)),
    (TradeSide.GIVE, TradeKind.MAINTENANCE_VISIT, "Dritte Wartung pro Jahr ohne Aufpreis",
     1_900_00, None),
    (TradeSide.GIVE, TradeKind.TRAINING, "Bedienerschulung Spätschicht kostenlos", 1_850_00,
     None),
    (TradeSide.GET, TradeKind.LONGER_TERM, "Verlängerung um 36 Monate", None, None),
    (TradeSide.GET, TradeKind.VOLUME, "Ersatzteilvolumen +10 % (Rahmenabruf)", None,
     Decimal(10)),
    (TradeSide.GET, TradeKind.REFERENCE_VISIT, "Referenzbesuch Linie 4 für Interessenten",
     2_500_00, None),
    (TradeSide.GET, TradeKind.OTHER, "Lieferungen vor Ort und Stornos nach Preisliste",
     2_900_00, None),
)  # fmt: skip

# days ago, kind, by, summary
TOUCHPOINTS = (
    (9, TouchpointKind.CALL, SELLER, "Verlängerung vorbereitet, Messraumklima angesprochen"),
    (24, TouchpointKind.MAINTENANCE_VISIT, TECHNICIAN, "Wartung 1 von 2 im Vertragsjahr"),
    (16, TouchpointKind.VISIT, SELLER, "Besuch nach Spindelausfall: Kritik an 48 h Reaktion"),
    (95, TouchpointKind.MEETING, SELLER, "Jahresgespräch Einkauf: Forderung 8 % Nachlass"),
    (150, TouchpointKind.EMAIL, SELLER, "Angebot automatische Messsteuerung angekündigt"),
    (210, TouchpointKind.MEETING, SELLER, "Wirtschaftlichkeitsberechnung vorgestellt"),
    (260, TouchpointKind.MAINTENANCE_VISIT, TECHNICIAN, "Wartung 2 von 2, Verschleißteile"),
    (330, TouchpointKind.TRAINING, TECHNICIAN, "Bedienerschulung Frühschicht"),
    (400, TouchpointKind.MAINTENANCE_VISIT, TECHNICIAN, "Wartung 1 von 2"),
    (520, TouchpointKind.MEETING, SELLER, "Projektbesprechung Linie 4"),
)


def add_flagship_story(
    rows: DemoRows, facts: AccountFacts, today: date, package: PackageTerms
) -> None:
    """Queue everything of account 10-4711 (``facts``): fixed by hand, no randomness."""
    contacts = [
        rows.contact(
            account_id=facts.account_id,
            name=name,
            job_title=title,
            department=department,
            decision_role=role,
            stance=stance,
            phone=f"+49 7361 5540-{extension}",
            email=f"{ascii_slug(name.split()[-1])}@{facts.email_domain}",
            notes=notes,
        )
        for name, title, department, role, stance, extension, notes in CONTACTS
    ]
    facts.contact_ids.extend(contacts)
    facts.contact_names.extend(contact[0] for contact in CONTACTS)
    facts.contact_stances.extend(contact[4] for contact in CONTACTS)
    for index, age, before in STANCE_CHANGES:
        rows.contact_change(
            contact_id=contacts[index],
            changed_on=days_ago(today, age),
            old_stance=before,
            new_stance=CONTACTS[index][4],
        )
    notice_deadline = today + timedelta(days=NOTICE_DEADLINE_DAYS)
    end = notice_deadline + relativedelta(months=3)
    start = end + timedelta(days=1) - relativedelta(years=3)
    contract_id = rows.contract(
        account_id=facts.account_id,
        number=f"SV-{start.year}-4711",
        title="Service- und Teilevertrag Drehzentren Halle 2",
        start_date=start,
        end_date=end,
        notice_period=3,
        auto_renew_months=None,
        annual_value_minor=148_000_00,  # Premium 8 fee plus the agreed spare-parts volume
        currency=package.currency,
        package_id=package.id,
        status=ContractStatus.ACTIVE,
        signed_on=start - timedelta(days=21),
        notes="Feste Laufzeit; Verlängerung wird neu verhandelt.",
    )
    facts.terms.append(
        Term(contract_id, start, end, package.response_hours, package.maintenance_visits)
    )
    for age, category, text, value, halves, by, role, contact in LEDGER:
        rows.free_service(
            account_id=facts.account_id,
            provided_on=days_ago(today, age),
            category=category,
            description=text,
            value_minor=value,
            currency=facts.currency,
            hours=Decimal(halves) / 2,
            provided_by=by,
            provider_role=role,
            received_by_id=contacts[contact],
            contract_id=contract_id,
        )
    _add_incidents(rows, facts, today, contract_id, package)
    _add_notes(rows, facts, today)
    for age, kind, by, summary in TOUCHPOINTS:
        rows.touchpoint(
            account_id=facts.account_id,
            happened_on=days_ago(today, age),
            kind=kind,
            participants=", ".join(facts.contact_names[1:3]),
            summary=summary,
            by_whom=by,
        )
    _add_planning(rows, facts, today, contract_id, contacts, notice_deadline)


def _add_incidents(
    rows: DemoRows, facts: AccountFacts, today: date, contract_id: int, package: PackageTerms
) -> None:
    # (days ago, hour, kind, response hours, repair hours, downtime half hours, description)
    incidents = (
        (BREAKDOWN_DAYS_AGO, 6, IncidentKind.BREAKDOWN, 48, 7, 110,
         "Spindelschaden an DZ-07, Linie 3 stand. Techniker erst nach 48 Stunden vor Ort, "
         "zugesagt sind 8 Stunden."),
        (190, 14, IncidentKind.SOFTWARE_FAULT, 5, 3, 0,
         "Steuerung meldet nach Update Achsfehler; Fernwartung, dann Einsatz vor Ort."),
        (330, 9, IncidentKind.DELIVERY_PROBLEM, 3, 20, 0,
         "Falscher Kugelgewindetrieb geliefert, Ersatz am Folgetag."),
    )  # fmt: skip
    for age, hour, kind, response, repair, downtime, text in incidents:
        reported = at_utc(days_ago(today, age), hour, 40)
        responded = reported + timedelta(hours=response)
        rows.incident(
            account_id=facts.account_id,
            contract_id=contract_id,
            kind=kind,
            reported_at=reported,
            responded_at=responded,
            resolved_at=responded + timedelta(hours=repair),
            downtime_hours=Decimal(downtime) / 2,
            promised_response_hours=package.response_hours,
            paid_by=PaidBy.CONTRACT,
            description=text,
        )


def _add_notes(rows: DemoRows, facts: AccountFacts, today: date) -> None:
    # (days ago, kind, title, text, machine, value, follow-up in days, status, read)
    notes = (
        (25, NoteKind.RISK, "Measuring room runs above 20 °C",
         "Nachmittags 23,5 °C im Messraum; die KMM ist für 20 ± 1 °C spezifiziert. "
         "Messwerte driften, Reklamationen drohen.", "Messraum Halle 2", None, 10,
         NoteStatus.OPEN, False),
        (40, NoteKind.OPPORTUNITY, "No automatic measuring controller installed",
         "An DZ-07 und DZ-08 wird von Hand nachgemessen; eine automatische Messsteuerung "
         "spart eine Stelle pro Schicht.", "Drehzentren DZ-07/DZ-08", 22_000_00, 14,
         NoteStatus.OPEN, False),
        (17, NoteKind.COMPLAINT, "Reaktionszeit beim Spindelschaden",
         "Produktion beschwert sich: 48 h bis zum Einsatz, zugesagt sind 8 h.",
         "Drehzentrum DZ-07", None, None, NoteStatus.TAKEN_OVER, True),
        (130, NoteKind.OBSERVATION, "Zweite Schicht eingeführt",
         "Seit diesem Quartal läuft Linie 3 im Zweischichtbetrieb.", "Linie 3", None, None,
         NoteStatus.DONE, True),
        (300, NoteKind.PRAISE, "Lob für Samstagseinsatz",
         "Produktionsleitung bedankt sich für die persönliche Werkzeuglieferung.", "Linie 3",
         None, None, NoteStatus.DONE, True),
    )  # fmt: skip
    for age, kind, title, text, machine, value, follow_up, status, read in notes:
        rows.technician_note(
            account_id=facts.account_id,
            noted_on=days_ago(today, age),
            author=TECHNICIAN,
            kind=kind,
            title=title,
            text=text,
            machine_or_site=machine,
            estimated_value_minor=value,
            currency=facts.currency,
            follow_up_on=None if follow_up is None else today + timedelta(days=follow_up),
            status=status,
            read_by_seller=read,
        )


def _add_planning(
    rows: DemoRows,
    facts: AccountFacts,
    today: date,
    contract_id: int,
    contacts: list[int],
    notice_deadline: date,
) -> None:
    planning_month = (today + relativedelta(months=4)).month
    rows.budget_cycle(
        account_id=facts.account_id,
        label="Jährliches Investitionsbudget",
        first_date=date(today.year - 6, planning_month, 1),
        lead_days=45,
        decision_makers="Michael Brandt (Geschäftsführung), Dieter Hartmann (Einkauf)",
        notes="Budget wird in der Geschäftsführungsrunde am Monatsanfang beschlossen.",
    )
    negotiation_id = rows.negotiation(
        account_id=facts.account_id,
        contract_id=contract_id,
        meeting_on=notice_deadline - timedelta(days=7),
        status=NegotiationStatus.PREPARING,
        goals="Verlängerung um drei Jahre Premium 8; Einstieg automatische Messsteuerung.",
        limits="Höchstens 3 % Nachlass auf die Jahrespauschale; Reaktionszeit nicht unter 8 h.",
        concessions="Zusatzschulung Spätschicht kostenlos; Beratung Klimatisierung Messraum.",
        asks="Lieferungen vor Ort und Stornos künftig nach Preisliste; Referenzbesuch Linie 4.",
    )
    for position, (side, trade, text, value, percent) in enumerate(GIVE_AND_GET):
        rows.negotiation_item(
            negotiation_id=negotiation_id,
            side=side,
            kind=trade,
            description=text,
            value_minor=value,
            currency=facts.currency,
            percent=percent,
            position=position,
        )
    promises = (
        (55, 2, ItemKind.RESPONSE_TIME_HOURS, Decimal(4), "Reaktionszeit 4 Stunden für Linie 3",
         ServiceCheck.OBJECTED, "Service: 4 h aus Stuttgart nicht leistbar."),
        (30, 0, None, None, "Kostenlose Bedienerschulung für die zweite Schicht",
         ServiceCheck.UNCHECKED, ""),
        (200, 3, ItemKind.MAINTENANCE_VISITS, Decimal(2), "Zwei Wartungen pro Jahr",
         ServiceCheck.CONFIRMED, "Laut Vertrag enthalten."),
    )  # fmt: skip
    for age, contact, kind, quantity, text, check, comment in promises:
        rows.promise(
            account_id=facts.account_id,
            promised_on=days_ago(today, age),
            made_by=SELLER,
            made_to_id=contacts[contact],
            item_kind=kind,
            quantity=quantity,
            text=text,
            service_check=check,
            check_comment=comment,
        )
    add_after_signing(rows, facts, today)
    for days, title in (
        (7, "Klimatisierung Messraum mit Anja Schröder klären"),
        (12, "Angebot automatische Messsteuerung vorbereiten"),
    ):
        rows.follow_up(
            account_id=facts.account_id,
            due_on=today + timedelta(days=days),
            kind=FollowUpKind.MANUAL,
            title=title,
            done_at=None,
            origin_key=None,
        )
