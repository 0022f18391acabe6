"""Texts for generated ledger entries, notes, incidents and touchpoints: (German, English)."""

from app.model import IncidentKind, NoteKind, TouchpointKind

Phrase = tuple[str, str]

# Ledger category key -> (descriptions, value range in whole currency units, hours range).
LEDGER_PHRASES: dict[str, tuple[tuple[Phrase, ...], tuple[int, int], tuple[int, int]]] = {
    "delivery_in_person": (
        (
            ("Ersatzwerkzeug persönlich geliefert, Linie wäre sonst stehen geblieben",
             "Replacement tool delivered in person so the line would not stop"),
            ("Spannbacken am Samstag selbst gebracht", "Chuck jaws driven over on a Saturday"),
            ("Ersatz-Messtaster direkt aus dem Lager gebracht",
             "Spare probe brought straight from our warehouse"),
        ),
        (180, 900),
        (2, 10),
    ),
    "profitability_calculation": (
        (
            ("Wirtschaftlichkeitsberechnung für eine zusätzliche Bearbeitungszelle",
             "Profitability calculation for an additional machining cell"),
            ("ROI-Rechnung Automatisierung Beladung", "ROI calculation for automated loading"),
        ),
        (900, 3200),
        (6, 24),
    ),
    "order_cancellation": (
        (
            ("Fehlbestellung storniert und zurückgenommen, keine Rücknahmegebühr",
             "Wrong order cancelled and restocked, restocking fee waived"),
            ("Falsch bestellte Verschleißteile kostenfrei zurückgenommen",
             "Wrongly ordered wear parts taken back free of charge"),
        ),
        (80, 950),
        (0, 2),
    ),
    "training": (
        (
            ("Zusatzschulung für neue Bediener", "Extra training for new operators"),
            ("Auffrischungsschulung Programmierung", "Refresher course in programming"),
        ),
        (600, 2400),
        (8, 16),
    ),
    "on_site_support": (
        (
            ("Hilfe beim Anfahren nach Betriebsferien", "Support restarting after shutdown"),
            ("Einrichthilfe für neues Bauteil vor Ort", "On-site set-up help for a new part"),
        ),
        (350, 1800),
        (3, 12),
    ),
    "software_adaptation": (
        (
            ("Postprozessor an neue Teilefamilie angepasst", "Post-processor adapted to new parts"),
            ("Messprogramm für Kundenzeichnung angepasst", "Measuring program adapted to drawing"),
        ),
        (400, 2600),
        (3, 16),
    ),
    "machine_adjustment": (
        (
            ("Achsen nachvermessen und neu ausgerichtet", "Axes re-measured and realigned"),
            ("Stößelparallelität nachgestellt", "Press ram parallelism reset"),
        ),
        (300, 1600),
        (2, 10),
    ),
    "expedited_delivery": (
        (
            ("Eillieferung ohne Expresszuschlag", "Expedited delivery without express surcharge"),
            ("Ersatzteil per Kurier über Nacht, Kosten übernommen",
             "Spare part sent overnight by courier at our cost"),
        ),
        (90, 650),
        (0, 2),
    ),
    "loan_equipment": (
        (
            ("Leih-Messgerät während der Reparatur gestellt", "Loan gauge provided during repair"),
            ("Leihspindel für drei Wochen", "Loan spindle for three weeks"),
        ),
        (500, 6000),
        (1, 4),
    ),
    "consulting": (
        (
            ("Beratung zur Hallenklimatisierung", "Advice on shop-floor climate control"),
            ("Prozessberatung Taktzeit", "Process consulting on cycle time"),
        ),
        (400, 2200),
        (2, 12),
    ),
    "other": (
        (
            ("Dokumentation für Kundenaudit zusammengestellt", "Documentation compiled for audit"),
            ("Prüfprotokolle nachträglich erstellt", "Inspection reports prepared afterwards"),
        ),
        (80, 700),
        (1, 6),
    ),
}  # fmt: skip

# Note kind -> (title, text) phrase pairs.
NOTE_PHRASES: dict[NoteKind, tuple[tuple[Phrase, Phrase], ...]] = {
    NoteKind.RISK: (
        (("Spindel zeigt erhöhte Vibration", "Spindle shows increased vibration"),
         ("Lagerschaden in den nächsten Monaten wahrscheinlich.",
          "Bearing failure likely within the next months.")),
        (("Hydrauliköl überfällig", "Hydraulic oil overdue"),
         ("Ölwechsel seit einem Jahr überfällig, Ventile gefährdet.",
          "Oil change a year overdue, valves at risk.")),
        (("Bediener ohne Schulung", "Untrained operators"),
         ("Neue Schicht bedient die Anlage ohne Einweisung.",
          "The new shift runs the machine without instruction.")),
    ),
    NoteKind.OPPORTUNITY: (
        (("Zweite Anlage geplant", "Second machine planned"),
         ("Produktion plant eine zweite Linie für das neue Modell.",
          "Production plans a second line for the new model.")),
        (("Retrofit der Steuerung sinnvoll", "Control retrofit makes sense"),
         ("Steuerung ist abgekündigt, Ersatzteile werden knapp.",
          "The control is discontinued and spare parts are getting scarce.")),
        (("Bedarf an Automatisierung", "Need for automation"),
         ("Beladung erfolgt noch von Hand, Personal fehlt.",
          "Loading is still manual and staff is short.")),
    ),
    NoteKind.OBSERVATION: (
        (("Neuer Schichtbetrieb", "New shift pattern"),
         ("Seit diesem Monat wird im Dreischichtbetrieb gefertigt.",
          "Production now runs three shifts.")),
        (("Wettbewerbsmaschine gesehen", "Competitor machine seen"),
         ("In Halle 3 steht eine neue Maschine eines Wettbewerbers.",
          "A competitor's new machine stands in hall 3.")),
    ),
    NoteKind.COMPLAINT: (
        (("Ersatzteil zu spät", "Spare part late"),
         ("Kunde beschwert sich über zwei Tage Wartezeit auf ein Ventil.",
          "Customer complains about waiting two days for a valve.")),
        (("Hotline schlecht erreichbar", "Hotline hard to reach"),
         ("Nachtschicht erreicht die Hotline nicht.", "The night shift cannot reach the hotline.")),
    ),
    NoteKind.PRAISE: (
        (("Lob für schnellen Einsatz", "Praise for quick response"),
         ("Produktionsleitung lobt den Einsatz am Wochenende.",
          "Production praises the weekend call-out.")),
        (("Schulung kam gut an", "Training well received"),
         ("Bediener fühlen sich sicherer an der Anlage.", "Operators feel more confident.")),
    ),
}  # fmt: skip

MACHINES: tuple[str, ...] = (
    "Bearbeitungszentrum BZ-400",
    "Drehzentrum DZ-07",
    "Servopresse SP-250",
    "Koordinatenmessmaschine KMM 12",
    "Stanzautomat STA-160",
    "Schleifmaschine RS-3",
)

INCIDENT_PHRASES: dict[IncidentKind, tuple[Phrase, ...]] = {
    IncidentKind.BREAKDOWN: (
        ("Maschinenstillstand nach Spindelalarm", "Machine down after spindle alarm"),
        ("Hydraulikpumpe ausgefallen", "Hydraulic pump failed"),
    ),
    IncidentKind.DELIVERY_PROBLEM: (
        ("Ersatzteil falsch geliefert", "Wrong spare part delivered"),
        ("Lieferung zwei Tage verspätet", "Delivery two days late"),
    ),
    IncidentKind.SOFTWARE_FAULT: (
        ("Steuerung startet nach Update nicht", "Control does not boot after update"),
        ("Messprogramm bricht ab", "Measuring program aborts"),
    ),
    IncidentKind.QUALITY_PROBLEM: (
        ("Maßabweichungen an Serienteilen", "Dimensional deviations on series parts"),
        ("Gratbildung nach Werkzeugwechsel", "Burrs after tool change"),
    ),
}

TOUCHPOINT_PHRASES: dict[TouchpointKind, tuple[Phrase, ...]] = {
    TouchpointKind.MEETING: (
        ("Jahresgespräch mit Einkauf und Produktion", "Annual review with purchasing"),
        ("Projektbesprechung neue Linie", "Project meeting on the new line"),
    ),
    TouchpointKind.CALL: (
        ("Telefonat zu offenen Angeboten", "Call about open quotations"),
        ("Kurzer Anruf nach Störung", "Short call after a breakdown"),
    ),
    TouchpointKind.VISIT: (
        ("Besuch vor Ort, Rundgang durch die Fertigung", "Site visit, walk through production"),
    ),
    TouchpointKind.MAINTENANCE_VISIT: (
        ("Wartung laut Vertrag durchgeführt", "Contracted maintenance carried out"),
        ("Inspektion und Verschleißteile getauscht", "Inspection and wear parts replaced"),
    ),
    TouchpointKind.TRAINING: (("Bedienerschulung durchgeführt", "Operator training held"),),
    TouchpointKind.EMAIL: (("Angebot per E-Mail nachgefasst", "Followed up quotation by e-mail"),),
}

BUDGET_LABELS: tuple[Phrase, ...] = (
    ("Jährliches Investitionsbudget", "Annual investment budget"),
    ("Instandhaltungsbudget", "Maintenance budget"),
)

MANUAL_FOLLOW_UPS: tuple[Phrase, ...] = (
    ("Angebot Ersatzteilpaket nachfassen", "Follow up the spare-parts quotation"),
    ("Referenzbesuch organisieren", "Arrange a reference visit"),
    ("Termin mit Geschäftsführung vereinbaren", "Set up a meeting with management"),
)

FREE_TEXT_PROMISES: tuple[Phrase, ...] = (
    ("Kostenlose Bedienerschulung für die zweite Schicht", "Free operator training, second shift"),
    ("Leihmaschine bei längerem Ausfall", "Loan machine in case of a long breakdown"),
)
