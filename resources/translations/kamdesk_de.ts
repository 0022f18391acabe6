<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KAM Desk</source>
        <translation>Über KAM Desk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Contract timelines, free-service ledger and negotiation briefs</source>
        <translation>Vertragsverläufe, Leistungsbilanz und Verhandlungsbriefings</translation>
    </message>
</context>
<context>
    <name>AccountChoicesModel</name>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>e.g. Präzisionsteile Müller GmbH</source>
        <translation>z. B. Präzisionsteile Müller GmbH</translation>
    </message>
    <message>
        <source>e.g. 10-4711</source>
        <translation>z. B. 10-4711</translation>
    </message>
    <message>
        <source>The seller responsible</source>
        <translation>Zuständiger Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Customer number</source>
        <translation>&amp;Kundennummer</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>Str&amp;eet</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>Kla&amp;sse</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Be&amp;treuer</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Relations&amp;hip since</source>
        <translation>Kunde s&amp;eit</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Not&amp;izen</translation>
    </message>
</context>
<context>
    <name>AccountEditing</name>
    <message>
        <source>Account saved.</source>
        <translation>Konto gespeichert.</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Konto archivieren</translation>
    </message>
    <message>
        <source>Archive {name} ({number})?</source>
        <translation>{name} ({number}) archivieren?</translation>
    </message>
    <message>
        <source>It leaves the accounts list and the agenda. Nothing is deleted.</source>
        <translation>Es verschwindet aus der Kontenliste und der Agenda. Gelöscht wird nichts.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>{name} archiviert.</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Next key dates</source>
        <translation>Nächste wichtige Termine</translation>
    </message>
    <message>
        <source>Given free this period</source>
        <translation>Kostenlos erbracht in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Loading {number}…</source>
        <translation>{number} wird geladen …</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>{tier}-Kunde</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Betreuer: {owner}</translation>
    </message>
    <message>
        <source>Customer since {day}</source>
        <translation>Kunde seit {day}</translation>
    </message>
    <message>
        <source>Health: {light}</source>
        <translation>Zustand: {light}</translation>
    </message>
    <message>
        <source>{share} of the annual value</source>
        <translation>{share} des Jahreswerts</translation>
    </message>
    <message>
        <source>No annual value to compare with</source>
        <translation>Kein Jahreswert zum Vergleich</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>since {day} · {entries}</source>
        <translation>seit {day} · {entries}</translation>
    </message>
    <message>
        <source>No key dates ahead</source>
        <translation>Keine wichtigen Termine in Sicht</translation>
    </message>
    <message>
        <source>This account cannot be shown</source>
        <translation>Dieses Konto kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Budget dates</source>
        <translation>Budgettermine</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Leistungsbilanz</translation>
    </message>
    <message>
        <source>Technician notes</source>
        <translation>Techniker-Notizen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Wiederhergestellt: {what}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Power map</source>
        <translation>Einflusskarte</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Values in different currencies are never converted: they sort by currency first.</source>
        <translation>Beträge in verschiedenen Währungen werden nie umgerechnet: Sortiert wird zuerst nach Währung.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Next key date</source>
        <translation>Nächster wichtiger Termin</translation>
    </message>
    <message>
        <source>Annual value</source>
        <translation>Jahreswert</translation>
    </message>
    <message>
        <source>Free this period</source>
        <translation>Kostenlos in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Free services since {start}</source>
        <translation>Kostenlose Leistungen seit {start}</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search name, city or customer number</source>
        <translation>Name, Ort oder Kundennummer suchen</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Health, next key date and what was given free this period, per account.</source>
        <translation>Zustand, nächster wichtiger Termin und kostenlos Erbrachtes in diesem Zeitraum, je Konto.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>The accounts could not be loaded</source>
        <translation>Die Konten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>{shown} of 1 account</source>
        <translation>{shown} von 1 Konto</translation>
    </message>
    <message>
        <source>{shown} of {total} accounts</source>
        <translation>{shown} von {total} Konten</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} Konten</translation>
    </message>
    <message>
        <source>No account matches “{typed}”</source>
        <translation>Kein Konto passt zu „{typed}“</translation>
    </message>
    <message>
        <source>The search looks at the name, the city and the customer number.</source>
        <translation>Gesucht wird in Name, Ort und Kundennummer.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Add the first one with New… (Ctrl+N), or import them with “kamdesk-cli import-csv accounts FILE”.</source>
        <translation>Legen Sie das erste mit Neu … (Strg+N) an oder importieren Sie Konten mit „kamdesk-cli import-csv accounts DATEI“.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>{urgency} ({count})</source>
        <translation>{urgency} ({count})</translation>
    </message>
    <message>
        <source>Show {count} more… (double-click or Enter)</source>
        <translation>{count} weitere anzeigen … (Doppelklick oder Eingabetaste)</translation>
    </message>
    <message>
        <source>{count} more items in this group</source>
        <translation>{count} weitere Einträge in dieser Gruppe</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Loading the agenda…</source>
        <translation>Die Agenda wird geladen …</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days</source>
        <translation>
            <numerusform>Am nächsten %n Tag ist nichts fällig</numerusform>
            <numerusform>In den nächsten %n Tagen ist nichts fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice deadlines, budget windows, follow-ups and technician notes appear here as they come due.</source>
        <translation>Kündigungsfristen, Budgetfenster, Wiedervorlagen und Techniker-Notizen erscheinen hier, sobald sie fällig werden.</translation>
    </message>
    <message>
        <source>The agenda could not be loaded.</source>
        <translation>Die Agenda konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The agenda could not be loaded</source>
        <translation>Die Agenda konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>1 item due in the next %n days</source>
        <translation>
            <numerusform>1 Eintrag fällig am nächsten %n Tag</numerusform>
            <numerusform>1 Eintrag fällig in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items due in the next %n days</source>
        <translation>
            <numerusform>{count} Einträge fällig am nächsten %n Tag</numerusform>
            <numerusform>{count} Einträge fällig in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{today} · {due}</source>
        <translation>{today} · {due}</translation>
    </message>
</context>
<context>
    <name>BudgetCycleDialog</name>
    <message>
        <source>Edit budget date</source>
        <translation>Budgettermin bearbeiten</translation>
    </message>
    <message>
        <source>New budget date</source>
        <translation>Neuer Budgettermin</translation>
    </message>
    <message>
        <source>e.g. Annual investment budget</source>
        <translation>z. B. Jährliches Investitionsbudget</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Who decides on the budget</source>
        <translation>Wer über das Budget entscheidet</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;First planning date</source>
        <translation>&amp;Erster Planungstermin</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Call from (lead &amp;time)</source>
        <translation>Anrufen ab (&amp;Vorlauf)</translation>
    </message>
    <message>
        <source>&amp;Decision makers</source>
        <translation>Ent&amp;scheider</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Years that differ</source>
        <translation>Abweichende Jahre</translation>
    </message>
    <message>
        <source>This rule does not work: {reason}</source>
        <translation>Diese Regel funktioniert nicht: {reason}</translation>
    </message>
    <message>
        <source>This rule gives no dates; saving names the problem.</source>
        <translation>Diese Regel ergibt keine Termine; beim Speichern wird das Problem genannt.</translation>
    </message>
    <message>
        <source>No planning date ahead.</source>
        <translation>Kein Planungstermin in Sicht.</translation>
    </message>
    <message>
        <source>Next: {first} (call from {call}); then {later}</source>
        <translation>Nächster: {first} (anrufen ab {call}); danach {later}</translation>
    </message>
</context>
<context>
    <name>BudgetDatesPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Next planning</source>
        <translation>Nächste Planung</translation>
    </message>
    <message>
        <source>Call from</source>
        <translation>Anrufen ab</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Years that differ</source>
        <translation>Abweichende Jahre</translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>None ahead</source>
        <translation>Keiner in Sicht</translation>
    </message>
    <message>
        <source>{day} (moved)</source>
        <translation>{day} (verschoben)</translation>
    </message>
    <message>
        <source>{day} · open now</source>
        <translation>{day} · jetzt offen</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>Every {count} years</source>
        <translation>Alle {count} Jahre</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>&amp;Add budget date…</source>
        <translation>Budgettermin &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No budget dates yet</source>
        <translation>Noch keine Budgettermine</translation>
    </message>
    <message>
        <source>Add when the customer plans the budget: the agenda tells you when to call.</source>
        <translation>Tragen Sie ein, wann der Kunde sein Budget plant: Die Agenda sagt Ihnen, wann Sie anrufen sollten.</translation>
    </message>
    <message>
        <source>Next planning {day} · call from {opens}</source>
        <translation>Nächste Planung {day} · anrufen ab {opens}</translation>
    </message>
    <message>
        <source>the budget date “{label}”</source>
        <translation>den Budgettermin „{label}“</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Service packages</source>
        <translation>Servicepakete</translation>
    </message>
    <message>
        <source>Ledger categories</source>
        <translation>Kategorien der Leistungsbilanz</translation>
    </message>
    <message>
        <source>The service packages contracts are sold with, and the kinds of free service the ledger records.</source>
        <translation>Die Servicepakete, mit denen Verträge verkauft werden, und die Arten kostenloser Leistungen, die die Leistungsbilanz erfasst.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Wiederhergestellt: {what}.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Critic</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Inside sales</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Taken over by sales</source>
        <translation>Vom Vertrieb übernommen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Lieferproblem</translation>
    </message>
    <message>
        <source>Software fault</source>
        <translation>Softwarefehler</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>Qualitätsproblem</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Gewährleistung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Maintenance visit</source>
        <translation>Wartungsbesuch</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Maintenance visits</source>
        <translation>Wartungsbesuche</translation>
    </message>
    <message>
        <source>On-site response time</source>
        <translation>Reaktionszeit vor Ort</translation>
    </message>
    <message>
        <source>Spare-parts delivery time</source>
        <translation>Lieferzeit für Ersatzteile</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>Schulungstage</translation>
    </message>
    <message>
        <source>Consignment stock</source>
        <translation>Konsignationslager</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Software updates</source>
        <translation>Software-Updates</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Sonstige Leistung</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Confirmed by service</source>
        <translation>Vom Service bestätigt</translation>
    </message>
    <message>
        <source>Objected by service</source>
        <translation>Vom Service abgelehnt</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>After signing</source>
        <translation>Nach Vertragsabschluss</translation>
    </message>
    <message>
        <source>Budget window</source>
        <translation>Budgetfenster</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Technician note</source>
        <translation>Techniker-Notiz</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Covered by the package</source>
        <translation>Vom Paket abgedeckt</translation>
    </message>
    <message>
        <source>No live contract with a package</source>
        <translation>Kein laufender Vertrag mit Paket</translation>
    </message>
    <message>
        <source>Not in the package</source>
        <translation>Nicht im Paket</translation>
    </message>
    <message>
        <source>Billable, not included</source>
        <translation>Kostenpflichtig, nicht enthalten</translation>
    </message>
    <message>
        <source>More than the package gives</source>
        <translation>Mehr, als das Paket bietet</translation>
    </message>
    <message>
        <source>Free text: cannot be checked</source>
        <translation>Freitext: nicht prüfbar</translation>
    </message>
    <message>
        <source>We could give</source>
        <translation>Das können wir geben</translation>
    </message>
    <message>
        <source>We ask in return</source>
        <translation>Das fordern wir im Gegenzug</translation>
    </message>
    <message>
        <source>Price cut</source>
        <translation>Preisnachlass</translation>
    </message>
    <message>
        <source>Extra maintenance visit</source>
        <translation>Zusätzliche Wartung</translation>
    </message>
    <message>
        <source>Longer payment term</source>
        <translation>Längeres Zahlungsziel</translation>
    </message>
    <message>
        <source>Free training</source>
        <translation>Kostenlose Schulung</translation>
    </message>
    <message>
        <source>Longer contract term</source>
        <translation>Längere Vertragslaufzeit</translation>
    </message>
    <message>
        <source>More volume</source>
        <translation>Mehr Volumen</translation>
    </message>
    <message>
        <source>Reference visit</source>
        <translation>Referenzbesuch</translation>
    </message>
    <message>
        <source>Budget closes before the renewal meeting</source>
        <translation>Budget schließt vor dem Verhandlungstermin</translation>
    </message>
    <message>
        <source>Notice deadline before the budget window</source>
        <translation>Kündigungsfrist vor dem Budgetfenster</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>e.g. Head of maintenance</source>
        <translation>z. B. Leiter Instandhaltung</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>Decision r&amp;ole</source>
        <translation>&amp;Rolle bei der Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{department} ({count})</source>
        <translation>{department} ({count})</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Ansprechpartner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Nobody at the table yet</source>
        <translation>Noch niemand am Tisch</translation>
    </message>
    <message>
        <source>Add who decides, who influences and who uses the machines, and where they stand.</source>
        <translation>Erfassen Sie, wer entscheidet, wer beeinflusst und wer mit den Maschinen arbeitet – und wie sie zu uns stehen.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source>1 decision maker</source>
        <translation>1 Entscheider</translation>
    </message>
    <message>
        <source>{count} decision makers</source>
        <translation>{count} Entscheider</translation>
    </message>
    <message>
        <source>1 champion</source>
        <translation>1 Fürsprecher</translation>
    </message>
    <message>
        <source>{count} champions</source>
        <translation>{count} Fürsprecher</translation>
    </message>
    <message>
        <source>1 critic</source>
        <translation>1 Kritiker</translation>
    </message>
    <message>
        <source>{count} critics</source>
        <translation>{count} Kritiker</translation>
    </message>
    <message>
        <source>the contact {name}</source>
        <translation>den Ansprechpartner {name}</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bewegung</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit contract</source>
        <translation>Vertrag bearbeiten</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>e.g. SV-2026-0815</source>
        <translation>z. B. SV-2026-0815</translation>
    </message>
    <message>
        <source>e.g. Service contract turning centres</source>
        <translation>z. B. Servicevertrag Drehzentren</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>No automatic renewal</source>
        <translation>Keine automatische Verlängerung</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Kein Paket</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>N&amp;otice period</source>
        <translation>&amp;Kündigungsfrist</translation>
    </message>
    <message>
        <source>Auto-rene&amp;w</source>
        <translation>Automatische &amp;Verlängerung</translation>
    </message>
    <message>
        <source>Annual &amp;value</source>
        <translation>&amp;Jahreswert</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>&amp;Unterzeichnet am</translation>
    </message>
    <message>
        <source>Note&amp;s</source>
        <translation>Not&amp;izen</translation>
    </message>
    <message>
        <source>Notice by {day} (passed)</source>
        <translation>Kündigung bis {day} (verstrichen)</translation>
    </message>
    <message>
        <source>Notice by {day} (1 day left)</source>
        <translation>Kündigung bis {day} (noch 1 Tag)</translation>
    </message>
    <message>
        <source>Notice by {day} ({days} days left)</source>
        <translation>Kündigung bis {day} (noch {days} Tage)</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Annual value</source>
        <translation>Jahreswert</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>The last day notice can be given for the current term</source>
        <translation>Der letzte Tag, an dem zum Ende der laufenden Laufzeit gekündigt werden kann</translation>
    </message>
    <message>
        <source>Auto-renews</source>
        <translation>Verlängert sich</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>{day} · passed</source>
        <translation>{day} · verstrichen</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · heute</translation>
    </message>
    <message>
        <source>{day} · 1 day left</source>
        <translation>{day} · noch 1 Tag</translation>
    </message>
    <message>
        <source>{day} · {days} days left</source>
        <translation>{day} · noch {days} Tage</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>by {months} months</source>
        <translation>um {months} Monate</translation>
    </message>
    <message>
        <source>&amp;Add contract…</source>
        <translation>Vertrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>Noch keine Verträge</translation>
    </message>
    <message>
        <source>Add the contract: its notice deadline and term end then reach the agenda.</source>
        <translation>Erfassen Sie den Vertrag: Kündigungsfrist und Laufzeitende erscheinen dann in der Agenda.</translation>
    </message>
    <message>
        <source>{count} contracts</source>
        <translation>{count} Verträge</translation>
    </message>
    <message>
        <source>1 contract</source>
        <translation>1 Vertrag</translation>
    </message>
    <message>
        <source>{total} · {live} live</source>
        <translation>{total} · {live} laufend</translation>
    </message>
    <message>
        <source>contract {number}</source>
        <translation>Vertrag {number}</translation>
    </message>
</context>
<context>
    <name>ControlsBar</name>
    <message>
        <source>The date of the negotiation the brief is for</source>
        <translation>Das Datum des Verhandlungstermins, für den das Briefing gedacht ist</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>The first day of the period shown</source>
        <translation>Der erste Tag des gezeigten Zeitraums</translation>
    </message>
    <message>
        <source>The last day of the period shown</source>
        <translation>Der letzte Tag des gezeigten Zeitraums</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The language of the document</source>
        <translation>Die Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>DatabaseLabel</name>
    <message>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>This computer (local file)</source>
        <translation>Dieser Computer (lokale Datei)</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Store password in the keyring…</source>
        <translation>Passwort im Schlüsselbund speichern …</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Enter the team server's host first.</source>
        <translation>Geben Sie zuerst den Host des Team-Servers ein.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbindung zu {server} wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected: the team server answered.</source>
        <translation>Verbunden: Der Team-Server hat geantwortet.</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Verbindung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Passwort für den Team-Server</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Passwort von {user} auf {server}:</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in. KAM Desk asks for it once per session instead.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort. KAM Desk fragt stattdessen einmal pro Sitzung danach.</translation>
    </message>
    <message>
        <source>Password stored in the keyring for {entry}.</source>
        <translation>Passwort im Schlüsselbund gespeichert für {entry}.</translation>
    </message>
</context>
<context>
    <name>DatabaseWorker</name>
    <message>
        <source>An unexpected error stopped this ({kind}). The details are in the log.</source>
        <translation>Ein unerwarteter Fehler hat dies abgebrochen ({kind}). Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo workspace — changes are not saved to your own data</source>
        <translation>Demo-Arbeitsbereich – Änderungen werden nicht in Ihre eigenen Daten übernommen</translation>
    </message>
    <message>
        <source>Back to my workspace</source>
        <translation>Zurück zu meinem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>An unexpected error stopped this ({kind}). The details are in the log.</source>
        <translation>Ein unerwarteter Fehler hat dies abgebrochen ({kind}). Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>DocumentButtons</name>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Preview, save and print the one-page negotiation brief ({keys})</source>
        <translation>Das einseitige Verhandlungsbriefing ansehen, speichern und drucken ({keys})</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Leistungsnachweis</translation>
    </message>
    <message>
        <source>The customer's statement of services provided beyond the contract</source>
        <translation>Der Nachweis für den Kunden über Leistungen über den Vertrag hinaus</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Brief – {account}</source>
        <translation>Briefing – {account}</translation>
    </message>
    <message>
        <source>Statement – {account}</source>
        <translation>Leistungsnachweis – {account}</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Das Briefing wird erstellt …</translation>
    </message>
    <message>
        <source>Preparing the statement…</source>
        <translation>Der Leistungsnachweis wird erstellt …</translation>
    </message>
    <message>
        <source>The brief could not be prepared</source>
        <translation>Das Briefing konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The statement could not be prepared</source>
        <translation>Der Leistungsnachweis konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation>Die PDF-Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 Seite an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer.</source>
        <translation>{count} Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>brief {number}</source>
        <translation>Briefing {number}</translation>
    </message>
    <message>
        <source>statement {number}</source>
        <translation>Leistungsnachweis {number}</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Encrypt this workspace</source>
        <translation>Diesen Arbeitsbereich verschlüsseln</translation>
    </message>
    <message>
        <source>Keep the database and its backups encrypted on this computer (AES-256), the key in your keyring. Worth it on a laptop.</source>
        <translation>Datenbank und Sicherungen verschlüsselt auf diesem Computer speichern (AES-256), den Schlüssel im Schlüsselbund. Lohnt sich auf einem Laptop.</translation>
    </message>
    <message>
        <source>A team server's data is protected on the server.</source>
        <translation>Die Daten eines Teamservers werden auf dem Server geschützt.</translation>
    </message>
    <message>
        <source>This workspace is encrypted.</source>
        <translation>Dieser Arbeitsbereich ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Twelve sample key accounts with their contracts, budget dates and free services, in a separate file. Your own data stays as it is.</source>
        <translation>Zwölf Beispielkunden mit Verträgen, Budgetterminen und kostenlosen Leistungen, in einer eigenen Datei. Ihre eigenen Daten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Create your first account</source>
        <translation>Erstes Konto anlegen</translation>
    </message>
    <message>
        <source>Start with one key account: its name, customer number and tier.</source>
        <translation>Beginnen Sie mit einem Schlüsselkunden: Name, Kundennummer und Klasse.</translation>
    </message>
    <message>
        <source>The account form is not part of this version yet.</source>
        <translation>Das Kontoformular ist in dieser Version noch nicht enthalten.</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Bring accounts, contacts and contracts over from a spreadsheet or a CRM.</source>
        <translation>Konten, Ansprechpartner und Verträge aus einer Tabelle oder einem CRM übernehmen.</translation>
    </message>
    <message>
        <source>The import dialog is not part of this version yet; meanwhile kamdesk-cli import-csv imports the same files.</source>
        <translation>Der Importdialog ist in dieser Version noch nicht enthalten; bis dahin importiert kamdesk-cli import-csv dieselben Dateien.</translation>
    </message>
    <message>
        <source>Welcome to KAM Desk</source>
        <translation>Willkommen bei KAM Desk</translation>
    </message>
    <message>
        <source>This workspace has no accounts yet. How would you like to begin?</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Konten. Wie möchten Sie beginnen?</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Snooze one d&amp;ay</source>
        <translation>Einen &amp;Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze one &amp;week</source>
        <translation>Eine &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>Zurückstellen &amp;bis …</translation>
    </message>
    <message>
        <source>Done: “{title}” ({account}).</source>
        <translation>Erledigt: „{title}“ ({account}).</translation>
    </message>
    <message>
        <source>Snoozed “{title}” until {day}.</source>
        <translation>„{title}“ zurückgestellt bis {day}.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>What to do, e.g. Call about the budget</source>
        <translation>Was zu tun ist, z. B. Wegen des Budgets anrufen</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Dis&amp;missed (no longer needed)</source>
        <translation>&amp;Verworfen (nicht mehr nötig)</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Done: “{title}”.</source>
        <translation>Erledigt: „{title}“.</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Erledigt am {day}</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>Wiedervorlage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No follow-ups</source>
        <translation>Keine Wiedervorlagen</translation>
    </message>
    <message>
        <source>Signing a contract plans them; add your own so nothing is put aside.</source>
        <translation>Ein Vertragsabschluss plant sie ein; ergänzen Sie eigene, damit nichts liegen bleibt.</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue</source>
        <translation>{open} offen · {overdue} überfällig</translation>
    </message>
    <message>
        <source>the follow-up “{title}”</source>
        <translation>die Wiedervorlage „{title}“</translation>
    </message>
</context>
<context>
    <name>FormBanner</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>Speichern (Eingabetaste oder Strg+S)</translation>
    </message>
    <message>
        <source>Someone else changed this too; yours is kept.</source>
        <translation>Jemand anderes hat dies ebenfalls geändert; Ihre Eingabe bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reloaded with the other changes. Your edits are kept in: {fields}. Save again to store them.</source>
        <translation>Mit den anderen Änderungen neu geladen. Ihre Eingaben sind erhalten in: {fields}. Speichern Sie erneut, um sie zu sichern.</translation>
    </message>
    <message>
        <source>Reloaded with the other changes.</source>
        <translation>Mit den anderen Änderungen neu geladen.</translation>
    </message>
    <message>
        <source>Discard your changes? Nothing of them has been saved.</source>
        <translation>Ihre Änderungen verwerfen? Davon wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>Störung bearbeiten</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>from the package</source>
        <translation>aus dem Paket</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>What happened, and what it cost the customer</source>
        <translation>Was passiert ist und was es den Kunden gekostet hat</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Re&amp;ported at</source>
        <translation>&amp;Gemeldet am</translation>
    </message>
    <message>
        <source>R&amp;esponded at</source>
        <translation>&amp;Reagiert am</translation>
    </message>
    <message>
        <source>Res&amp;olved at</source>
        <translation>&amp;Behoben am</translation>
    </message>
    <message>
        <source>Promised response &amp;time</source>
        <translation>Zugesagte Reak&amp;tionszeit</translation>
    </message>
    <message>
        <source>&amp;Downtime</source>
        <translation>Stillstan&amp;d</translation>
    </message>
    <message>
        <source>Co&amp;ntract</source>
        <translation>&amp;Vertrag</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>Be&amp;zahlt von</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Hours from the report to the first response on site</source>
        <translation>Stunden von der Meldung bis zur ersten Reaktion vor Ort</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Response time the package promised at the time</source>
        <translation>Die damals im Paket zugesagte Reaktionszeit</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>Keine Zusage</translation>
    </message>
    <message>
        <source>Awaiting response</source>
        <translation>Reaktion ausstehend</translation>
    </message>
    <message>
        <source>&amp;Add incident…</source>
        <translation>Störung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No incidents recorded</source>
        <translation>Keine Störungen erfasst</translation>
    </message>
    <message>
        <source>Record breakdowns and delivery problems: the SLA is checked for each.</source>
        <translation>Erfassen Sie Ausfälle und Lieferprobleme: Für jede wird das SLA geprüft.</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 Störung</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>{count} Störungen</translation>
    </message>
    <message>
        <source>{incidents} · {met} within the SLA · {breached} breached</source>
        <translation>{incidents} · {met} innerhalb des SLA · {breached} verletzt</translation>
    </message>
    <message>
        <source>the incident of {day}</source>
        <translation>die Störung vom {day}</translation>
    </message>
</context>
<context>
    <name>KeyDate</name>
    <message>
        <source>Notice deadline</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Budget window opens</source>
        <translation>Budgetfenster öffnet</translation>
    </message>
    <message>
        <source>Budget planning</source>
        <translation>Budgetplanung</translation>
    </message>
    <message>
        <source>Negotiation meeting</source>
        <translation>Verhandlungstermin</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Edit ledger entry</source>
        <translation>Eintrag der Leistungsbilanz bearbeiten</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>Neuer Eintrag in der Leistungsbilanz</translation>
    </message>
    <message>
        <source>Choose what was given…</source>
        <translation>Wählen Sie, was erbracht wurde …</translation>
    </message>
    <message>
        <source>e.g. Replacement tool driven over in person</source>
        <translation>z. B. Ersatzwerkzeug persönlich vorbeigebracht</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Hours spent</source>
        <translation>&amp;Aufgewendete Stunden</translation>
    </message>
    <message>
        <source>Provided &amp;by</source>
        <translation>&amp;Erbracht von</translation>
    </message>
    <message>
        <source>Provider r&amp;ole</source>
        <translation>R&amp;olle des Erbringers</translation>
    </message>
    <message>
        <source>R&amp;eceived by</source>
        <translation>Empfan&amp;gen von</translation>
    </message>
    <message>
        <source>Con&amp;tract</source>
        <translation>&amp;Vertrag</translation>
    </message>
    <message>
        <source>enter an amount (0 if none)</source>
        <translation>Betrag eingeben (0, wenn keiner)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Erbracht von</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Empfangen von</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>This entry and every earlier one</source>
        <translation>Dieser Eintrag und alle früheren</translation>
    </message>
    <message>
        <source>&amp;Add ledger entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Nothing given free yet</source>
        <translation>Noch nichts kostenlos erbracht</translation>
    </message>
    <message>
        <source>Log every service beyond the contract: at renewal it answers a price cut.</source>
        <translation>Erfassen Sie jede Leistung über den Vertrag hinaus: Bei der Verlängerung ist das Ihre Antwort auf eine Preissenkung.</translation>
    </message>
    <message>
        <source>Nothing given free this period (since {day})</source>
        <translation>In diesem Zeitraum nichts kostenlos erbracht (seit {day})</translation>
    </message>
    <message>
        <source>Free this period (since {day}): {total}</source>
        <translation>Kostenlos in diesem Zeitraum (seit {day}): {total}</translation>
    </message>
    <message>
        <source>{text} = {share} of the annual value</source>
        <translation>{text} = {share} des Jahreswerts</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>{text} · {entries}</source>
        <translation>{text} · {entries}</translation>
    </message>
    <message>
        <source>the ledger entry “{description}” of {day}</source>
        <translation>den Eintrag „{description}“ vom {day}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About KAM Desk</source>
        <translation>Ü&amp;ber KAM Desk</translation>
    </message>
    <message>
        <source>The account opened last is not in this database: {reason}</source>
        <translation>Das zuletzt geöffnete Konto ist nicht in dieser Datenbank: {reason}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>NegotiationDetail</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
</context>
<context>
    <name>NegotiationDialog</name>
    <message>
        <source>Edit negotiation</source>
        <translation>Verhandlung bearbeiten</translation>
    </message>
    <message>
        <source>New negotiation</source>
        <translation>Neue Verhandlung</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>What we want from this talk</source>
        <translation>Was wir aus diesem Gespräch mitnehmen wollen</translation>
    </message>
    <message>
        <source>Where we stop</source>
        <translation>Wo unsere Grenze liegt</translation>
    </message>
    <message>
        <source>What we could give, with its value</source>
        <translation>Was wir geben könnten, mit seinem Wert</translation>
    </message>
    <message>
        <source>What we ask in return</source>
        <translation>Was wir im Gegenzug verlangen</translation>
    </message>
    <message>
        <source>Filled in after the meeting</source>
        <translation>Wird nach dem Termin ausgefüllt</translation>
    </message>
    <message>
        <source>Co&amp;ntract to renew</source>
        <translation>Zu verlängernder &amp;Vertrag</translation>
    </message>
    <message>
        <source>&amp;Meeting on</source>
        <translation>&amp;Termin am</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>We can &amp;offer</source>
        <translation>Wir können &amp;anbieten</translation>
    </message>
    <message>
        <source>We &amp;ask in return</source>
        <translation>Wir ver&amp;langen im Gegenzug</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
</context>
<context>
    <name>NegotiationsPage</name>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>We can offer</source>
        <translation>Wir können anbieten</translation>
    </message>
    <message>
        <source>We ask in return</source>
        <translation>Wir verlangen im Gegenzug</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Add negotiation…</source>
        <translation>Verhandlung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No negotiation prepared</source>
        <translation>Keine Verhandlung vorbereitet</translation>
    </message>
    <message>
        <source>Write down goals, limits, and what to give and ask: the brief prints them.</source>
        <translation>Notieren Sie Ziele, Grenzen und was Sie geben und verlangen: Das Briefing druckt sie mit.</translation>
    </message>
    <message>
        <source>Next meeting {day}</source>
        <translation>Nächster Termin {day}</translation>
    </message>
    <message>
        <source>the negotiation in preparation</source>
        <translation>die Verhandlung in Vorbereitung</translation>
    </message>
    <message>
        <source>the negotiation of {day}</source>
        <translation>die Verhandlung vom {day}</translation>
    </message>
</context>
<context>
    <name>GiveAndGetPanel</name>
    <message>
        <source>Add &amp;concession…</source>
        <translation>&amp;Zugeständnis hinzufügen …</translation>
    </message>
    <message>
        <source>Add as&amp;k…</source>
        <translation>&amp;Forderung hinzufügen …</translation>
    </message>
    <message>
        <source>Edit i&amp;tem…</source>
        <translation>Posten be&amp;arbeiten …</translation>
    </message>
    <message>
        <source>Delete ite&amp;m</source>
        <translation>Pos&amp;ten löschen</translation>
    </message>
    <message>
        <source>Give and get</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <source>No live contract has an annual value: a % stays without a value</source>
        <translation>Kein laufender Vertrag hat einen Jahreswert: ein % bleibt ohne Wert</translation>
    </message>
    <message>
        <source>% of the annual value of {contract}: {basis}</source>
        <translation>% vom Jahreswert von {contract}: {basis}</translation>
    </message>
    <message>
        <source>the give-and-get item “{name}”</source>
        <translation>den Posten „{name}“</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>NegotiationItemDialog</name>
    <message>
        <source>Edit give-and-get item</source>
        <translation>Verhandlungsposten bearbeiten</translation>
    </message>
    <message>
        <source>New give-and-get item</source>
        <translation>Neuer Verhandlungsposten</translation>
    </message>
    <message>
        <source>e.g. Third maintenance visit a year at no charge</source>
        <translation>z. B. Dritte Wartung pro Jahr ohne Aufpreis</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>De&amp;scription</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>or &amp;percentage</source>
        <translation>oder &amp;Prozent</translation>
    </message>
    <message>
        <source>Give an amount or a percentage of the annual value.
A longer term, payment term or reference visit may stay without one.</source>
        <translation>Einen Betrag oder einen Prozentsatz des Jahreswerts angeben.
Längere Laufzeit, Zahlungsziel oder Referenzbesuch dürfen ohne Wert bleiben.</translation>
    </message>
    <message>
        <source>% of the annual value (no live contract has one)</source>
        <translation>% des Jahreswerts (kein laufender Vertrag hat einen)</translation>
    </message>
    <message>
        <source>% of {basis} ({contract})</source>
        <translation>% von {basis} ({contract})</translation>
    </message>
</context>
<context>
    <name>TradeLines</name>
    <message>
        <source>{percent} (no annual value)</source>
        <translation>{percent} (kein Jahreswert)</translation>
    </message>
    <message>
        <source>not valued</source>
        <translation>ohne Wert</translation>
    </message>
    <message>
        <source>{percent} of the annual value: no live contract has one to take it of</source>
        <translation>{percent} des Jahreswerts: kein laufender Vertrag hat einen</translation>
    </message>
    <message>
        <source>{percent} of the annual value ({basis}, {contract}) = {value}</source>
        <translation>{percent} des Jahreswerts ({basis}, {contract}) = {value}</translation>
    </message>
    <message>
        <source>Free services in the ledger since {day}</source>
        <translation>Kostenlose Leistungen in der Leistungsbilanz seit {day}</translation>
    </message>
</context>
<context>
    <name>TradeSideBox</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Already given this period (ledger)</source>
        <translation>Bereits gegeben in diesem Zeitraum (Leistungsbilanz)</translation>
    </message>
    <message>
        <source>+ planned concessions</source>
        <translation>+ geplante Zugeständnisse</translation>
    </message>
    <message>
        <source>= on the table</source>
        <translation>= auf dem Tisch</translation>
    </message>
    <message>
        <source>Asked in return</source>
        <translation>Im Gegenzug gefordert</translation>
    </message>
    <message>
        <source>+ 1 item without a value</source>
        <translation>+ 1 Posten ohne Wert</translation>
    </message>
    <message>
        <source>+ {count} items without a value</source>
        <translation>+ {count} Posten ohne Wert</translation>
    </message>
</context>
<context>
    <name>WhoMovedPanel</name>
    <message>
        <source>Who moved in the last 12 months</source>
        <translation>Wer sich in den letzten 12 Monaten bewegt hat</translation>
    </message>
    <message>
        <source>and 1 earlier move</source>
        <translation>und 1 frühere Bewegung</translation>
    </message>
    <message>
        <source>and {count} earlier moves</source>
        <translation>und {count} frühere Bewegungen</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Machine or site</source>
        <translation>Maschine oder Standort</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>The seller has read it ({keys})</source>
        <translation>Der Vertrieb hat sie gelesen ({keys})</translation>
    </message>
    <message>
        <source>&amp;Take over to sales</source>
        <translation>An den &amp;Vertrieb übergeben</translation>
    </message>
    <message>
        <source>Sales follows it up from now on</source>
        <translation>Der Vertrieb kümmert sich ab jetzt darum</translation>
    </message>
    <message>
        <source>{status} · unread</source>
        <translation>{status} · ungelesen</translation>
    </message>
    <message>
        <source>Marked read.</source>
        <translation>Als gelesen markiert.</translation>
    </message>
    <message>
        <source>Taken over to sales: “{title}”.</source>
        <translation>An den Vertrieb übergeben: „{title}“.</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Notiz &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No technician notes yet</source>
        <translation>Noch keine Techniker-Notizen</translation>
    </message>
    <message>
        <source>What service sees at the customer (risks, needs, complaints) goes here.</source>
        <translation>Was der Service beim Kunden sieht (Risiken, Bedarf, Reklamationen), gehört hierher.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} Notizen</translation>
    </message>
    <message>
        <source>{notes} · {unread} unread · {open} open</source>
        <translation>{notes} · {unread} ungelesen · {open} offen</translation>
    </message>
    <message>
        <source>the note “{title}”</source>
        <translation>die Notiz „{title}“</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Exception for one year</source>
        <translation>Ausnahme für ein Jahr</translation>
    </message>
    <message>
        <source>&amp;Move the planning to</source>
        <translation>Planung &amp;verschieben auf</translation>
    </message>
    <message>
        <source>&amp;Skip this year (no planning)</source>
        <translation>Dieses Jahr &amp;aussetzen (keine Planung)</translation>
    </message>
    <message>
        <source>e.g. Budget round postponed by the new CFO</source>
        <translation>z. B. Budgetrunde vom neuen Finanzchef verschoben</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>OverridesEditor</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Move a year…</source>
        <translation>Jahr &amp;verschieben …</translation>
    </message>
    <message>
        <source>S&amp;kip a year…</source>
        <translation>Jahr a&amp;ussetzen …</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>None: every year follows the rule.</source>
        <translation>Keine: Jedes Jahr folgt der Regel.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Moved to {day}</source>
        <translation>Verschoben auf {day}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Passwort für den Team-Server</translation>
    </message>
    <message>
        <source>Remember in the keyring</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Team server: {account}</source>
        <translation>Team-Server: {account}</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Edit promise</source>
        <translation>Zusage bearbeiten</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <source>Who of us promised it</source>
        <translation>Wer von uns es zugesagt hat</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Something else (describe it below)</source>
        <translation>Etwas anderes (unten beschreiben)</translation>
    </message>
    <message>
        <source>hours, visits, days</source>
        <translation>Stunden, Besuche, Tage</translation>
    </message>
    <message>
        <source>e.g. Response within 4 hours for line 3</source>
        <translation>z. B. Reaktion innerhalb von 4 Stunden für Linie 3</translation>
    </message>
    <message>
        <source>What the service team said</source>
        <translation>Was das Serviceteam dazu sagt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>Zugesagt &amp;von</translation>
    </message>
    <message>
        <source>Made &amp;to</source>
        <translation>Zugesagt &amp;an</translation>
    </message>
    <message>
        <source>&amp;What was promised</source>
        <translation>&amp;Was zugesagt wurde</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>In &amp;words</source>
        <translation>&amp;In Worten</translation>
    </message>
    <message>
        <source>Service &amp;check</source>
        <translation>Service-&amp;Prüfung</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>&amp;Kommentar</translation>
    </message>
</context>
<context>
    <name>PromisedQuantity</name>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>visits a year</source>
        <translation>Besuche pro Jahr</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>visit a year</source>
        <translation>Besuch pro Jahr</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Was zugesagt wurde</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Zugesagt von</translation>
    </message>
    <message>
        <source>Made to</source>
        <translation>Zugesagt an</translation>
    </message>
    <message>
        <source>Package check</source>
        <translation>Paketprüfung</translation>
    </message>
    <message>
        <source>Checked against the packages of the live contracts</source>
        <translation>Geprüft gegen die Pakete der laufenden Verträge</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>{reason} (package: {quantity})</source>
        <translation>{reason} (Paket: {quantity})</translation>
    </message>
    <message>
        <source>&amp;Add promise…</source>
        <translation>Zusage &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No promises recorded</source>
        <translation>Keine Zusagen erfasst</translation>
    </message>
    <message>
        <source>Log what you promise the customer: anything the package does not cover is flagged.</source>
        <translation>Erfassen Sie, was Sie dem Kunden zusagen: Alles, was das Paket nicht abdeckt, wird markiert.</translation>
    </message>
    <message>
        <source>1 promise</source>
        <translation>1 Zusage</translation>
    </message>
    <message>
        <source>{count} promises</source>
        <translation>{count} Zusagen</translation>
    </message>
    <message>
        <source>{promises} · {flagged} not covered by the package</source>
        <translation>{promises} · {flagged} nicht vom Paket abgedeckt</translation>
    </message>
    <message>
        <source>the promise of {day}</source>
        <translation>die Zusage vom {day}</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Open account</source>
        <translation>Konto öffnen</translation>
    </message>
    <message>
        <source>Type a name, city or customer number</source>
        <translation>Name, Ort oder Kundennummer eingeben</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <source>No account matches; try part of the name or the city</source>
        <translation>Kein Konto passt; versuchen Sie einen Teil des Namens oder den Ort</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation>↑↓ auswählen · Eingabetaste öffnet · Esc schließt</translation>
    </message>
</context>
<context>
    <name>RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>{what} löschen?</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back until you delete something else.</source>
        <translation>Strg+Z holt es zurück, bis Sie etwas anderes löschen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Insert or Ctrl+N</source>
        <translation>Einfg oder Strg+N</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Eingabetaste oder F2</translation>
    </message>
    <message>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Entf-Taste; Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>This page could not be loaded</source>
        <translation>Diese Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted {what}. Ctrl+Z brings it back.</source>
        <translation>Gelöscht: {what}. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Ever&amp;y</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>C&amp;ustom rule (RFC 5545)</source>
        <translation>Eigene &amp;Regel (RFC 5545)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Every ye&amp;ar</source>
        <translation>&amp;Jedes Jahr</translation>
    </message>
    <message>
        <source>Every ye&amp;ar on {day}</source>
        <translation>&amp;Jedes Jahr am {day}</translation>
    </message>
</context>
<context>
    <name>ReminderDaysEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>{days} days before</source>
        <translation>{days} Tage vorher</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> Tag vorher</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
</context>
<context>
    <name>ReminderWording</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{account}: budget window open</source>
        <translation>{account}: Budgetfenster offen</translation>
    </message>
    <message>
        <source>{account}: notice deadline today</source>
        <translation>{account}: Kündigungsfrist endet heute</translation>
    </message>
    <message>
        <source>{account}: notice deadline tomorrow</source>
        <translation>{account}: Kündigungsfrist endet morgen</translation>
    </message>
    <message numerus="yes">
        <source>{account}: notice deadline in %n days</source>
        <translation>
            <numerusform>{account}: Kündigungsfrist endet in %n Tag</numerusform>
            <numerusform>{account}: Kündigungsfrist endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget window open: {account}</source>
        <translation>Budgetfenster offen: {account}</translation>
    </message>
    <message>
        <source>Get in touch before “{budget}” is planned on {date}.</source>
        <translation>Melden Sie sich, bevor „{budget}“ am {date} geplant wird.</translation>
    </message>
    <message>
        <source>Get in touch before “{budget}” is planned.</source>
        <translation>Melden Sie sich, bevor „{budget}“ geplant wird.</translation>
    </message>
    <message>
        <source>Notice deadline today: {account}</source>
        <translation>Kündigungsfrist endet heute: {account}</translation>
    </message>
    <message>
        <source>Notice deadline tomorrow: {account}</source>
        <translation>Kündigungsfrist endet morgen: {account}</translation>
    </message>
    <message numerus="yes">
        <source>Notice deadline in %n days: {account}</source>
        <translation>
            <numerusform>Kündigungsfrist endet in %n Tag: {account}</numerusform>
            <numerusform>Kündigungsfrist endet in %n Tagen: {account}</numerusform>
        </translation>
    </message>
    <message>
        <source>{contract}: notice by {date}.</source>
        <translation>{contract}: Kündigung bis {date}.</translation>
    </message>
    <message>
        <source>The term ends on {date}.</source>
        <translation>Die Laufzeit endet am {date}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Encrypts the database and its backups on this computer, with the key in your keyring (or a passphrase). Printed briefs and exports are not encrypted.</source>
        <translation>Verschlüsselt die Datenbank und ihre Sicherungen auf diesem Computer, mit dem Schlüssel im Schlüsselbund (oder einer Passphrase). Gedruckte Briefings und Exporte werden nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Wie das Fenster</translation>
    </message>
    <message>
        <source>e.g. Weber Werkzeugmaschinen GmbH</source>
        <translation>z. B. Weber Werkzeugmaschinen GmbH</translation>
    </message>
    <message>
        <source>Remind me of budget windows and notice deadlines</source>
        <translation>An Budgetfenster und Kündigungsfristen erinnern</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Takes effect the next time KAM Desk starts.</source>
        <translation>Wirkt ab dem nächsten Start von KAM Desk.</translation>
    </message>
    <message>
        <source>Briefs and statements</source>
        <translation>Briefings und Leistungsnachweise</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Printed at the top of the customer's statement.</source>
        <translation>Erscheint oben auf dem Leistungsnachweis für den Kunden.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Notice deadlines</source>
        <translation>Kündigungsfristen</translation>
    </message>
    <message>
        <source>A budget window is announced on the day it opens. Reminders appear as desktop notifications, also while the window is minimised.</source>
        <translation>Ein Budgetfenster wird an dem Tag gemeldet, an dem es öffnet. Erinnerungen erscheinen als Desktop-Benachrichtigungen, auch wenn das Fenster minimiert ist.</translation>
    </message>
    <message>
        <source>“No contact” warning</source>
        <translation>Warnung „kein Kontakt“</translation>
    </message>
    <message>
        <source>after {days} days without contact</source>
        <translation>nach {days} Tagen ohne Kontakt</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>{tier}-Kunde</translation>
    </message>
    <message>
        <source>Fixed by the health rules of this version; not adjustable yet.</source>
        <translation>Durch die Zustandsregeln dieser Version festgelegt; noch nicht einstellbar.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Kept by the database server</source>
        <translation>Verwaltet vom Datenbankserver</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>A backup is written here before every database upgrade. Choosing another folder comes in a later version.</source>
        <translation>Vor jeder Aktualisierung der Datenbank wird hier eine Sicherung abgelegt. Einen anderen Ordner wählen Sie in einer späteren Version.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Opened at the next start unless --db or KAMDESK_DB names another database. The password is never kept in the settings.</source>
        <translation>Wird beim nächsten Start geöffnet, sofern --db oder KAMDESK_DB keine andere Datenbank nennen. Das Passwort wird nie in den Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Show the agenda</source>
        <translation>Die Agenda anzeigen</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>K&amp;onten</translation>
    </message>
    <message>
        <source>Show the accounts list</source>
        <translation>Die Kontenliste anzeigen</translation>
    </message>
    <message>
        <source>Ca&amp;talog</source>
        <translation>Ka&amp;talog</translation>
    </message>
    <message>
        <source>Show the catalog</source>
        <translation>Den Katalog anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open account…</source>
        <translation>Konto ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an account by name, city or customer number</source>
        <translation>Ein Konto nach Name, Ort oder Kundennummer öffnen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the accounts list</source>
        <translation>In der Kontenliste suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload what is shown from the database</source>
        <translation>Das Angezeigte neu aus der Datenbank laden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List these shortcuts</source>
        <translation>Diese Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Language, reminders and other preferences</source>
        <translation>Sprache, Erinnerungen und weitere Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit KAM Desk</source>
        <translation>KAM Desk beenden</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <source>Preview the negotiation brief of the open account</source>
        <translation>Das Verhandlungsbriefing des geöffneten Kontos ansehen</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the brief or statement shown as a PDF file</source>
        <translation>Das angezeigte Briefing oder den Leistungsnachweis als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the brief or statement shown</source>
        <translation>Das angezeigte Briefing oder den Leistungsnachweis drucken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the account of the selected row (or double-click)</source>
        <translation>Das Konto der ausgewählten Zeile öffnen (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the account switcher or a dialog</source>
        <translation>Die Kontoauswahl oder einen Dialog schließen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a row to the list shown (Insert works too)</source>
        <translation>Der angezeigten Liste eine Zeile hinzufügen (auch mit Einfg)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the chosen row (Enter or a double-click too)</source>
        <translation>Die gewählte Zeile bearbeiten (auch mit Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen row (archive, for an account)</source>
        <translation>Die gewählte Zeile löschen (bei einem Konto: archivieren)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the chosen give-and-get item up its list</source>
        <translation>Den gewählten Posten in Geben und Nehmen nach oben schieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the chosen give-and-get item down its list</source>
        <translation>Den gewählten Posten in Geben und Nehmen nach unten schieben</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the row deleted last in this account</source>
        <translation>Die zuletzt in diesem Konto gelöschte Zeile zurückholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the form (Enter too, outside a text box)</source>
        <translation>Das Formular speichern (auch mit Eingabetaste, außerhalb eines Textfelds)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the chosen follow-up done (agenda, follow-ups)</source>
        <translation>Die gewählte Wiedervorlage als erledigt markieren (Agenda, Wiedervorlagen)</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the chosen technician note read</source>
        <translation>Die gewählte Techniker-Notiz als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Preview a CSV file and import all of its rows, or none</source>
        <translation>Eine CSV-Datei ansehen und alle ihre Zeilen importieren, oder keine</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>&amp;Back on the agenda on</source>
        <translation>&amp;Wieder in der Agenda am</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>No password was given for the team server.</source>
        <translation>Für den Team-Server wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Open the local database instead</source>
        <translation>Stattdessen die lokale Datenbank öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TechnicianNoteDialog</name>
    <message>
        <source>Edit technician note</source>
        <translation>Techniker-Notiz bearbeiten</translation>
    </message>
    <message>
        <source>New technician note</source>
        <translation>Neue Techniker-Notiz</translation>
    </message>
    <message>
        <source>e.g. Measuring room runs above 20 °C</source>
        <translation>z. B. Messraum wird wärmer als 20 °C</translation>
    </message>
    <message>
        <source>Technician's name</source>
        <translation>Name des Technikers</translation>
    </message>
    <message>
        <source>What was seen, and what it may lead to</source>
        <translation>Was beobachtet wurde und wozu es führen kann</translation>
    </message>
    <message>
        <source>for opportunities</source>
        <translation>bei Chancen</translation>
    </message>
    <message>
        <source>Read by the se&amp;ller</source>
        <translation>Vom Vertrieb ge&amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Machine or site</source>
        <translation>&amp;Maschine oder Standort</translation>
    </message>
    <message>
        <source>&amp;Estimated value</source>
        <translation>&amp;Geschätzter Wert</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Nachfassen am</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>Kundenkontakt bearbeiten</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Kundenkontakt</translation>
    </message>
    <message>
        <source>Who of us was in touch</source>
        <translation>Wer von uns in Kontakt war</translation>
    </message>
    <message>
        <source>Who took part on the customer's side</source>
        <translation>Wer auf Kundenseite teilgenommen hat</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Was besprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;By whom</source>
        <translation>&amp;Von wem</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>TouchpointsPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Add touchpoint…</source>
        <translation>Kundenkontakt &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No touchpoints yet</source>
        <translation>Noch keine Kundenkontakte</translation>
    </message>
    <message>
        <source>Log calls, visits and meetings: the agenda warns when contact goes quiet.</source>
        <translation>Erfassen Sie Anrufe, Besuche und Termine: Die Agenda warnt, wenn der Kontakt abreißt.</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Kundenkontakt</translation>
    </message>
    <message>
        <source>{count} touchpoints</source>
        <translation>{count} Kundenkontakte</translation>
    </message>
    <message>
        <source>{touchpoints} · last on {day}</source>
        <translation>{touchpoints} · zuletzt am {day}</translation>
    </message>
    <message>
        <source>the {kind} of {day}</source>
        <translation>den Kontakt ({kind}) vom {day}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Show KAM Desk</source>
        <translation>KAM Desk anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindows</name>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Daily backup taken: {path}</source>
        <translation>Tägliche Sicherung erstellt: {path}</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Der Demo-Arbeitsbereich wird vorbereitet …</translation>
    </message>
    <message>
        <source>KAM Desk — demo workspace</source>
        <translation>KAM Desk – Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared: {reason}</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht vorbereitet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>_Calendar</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Delete empties the date</source>
        <translation>Entf leert das Datum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>&amp;All active and prospect accounts</source>
        <translation>&amp;Alle aktiven und potenziellen Kunden</translation>
    </message>
    <message>
        <source>&amp;Only account {number}</source>
        <translation>&amp;Nur Kunde {number}</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Budget dates, contact windows, notice deadlines and follow-ups, for Outlook, Thunderbird or any calendar.</source>
        <translation>Budgettermine, Kontaktfenster, Kündigungsfristen und Wiedervorlagen für Outlook, Thunderbird oder jeden anderen Kalender.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Kind of rows:</source>
        <translation>&amp;Art der Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Every row of this kind, in a file Excel and LibreOffice open cleanly.</source>
        <translation>Alle Zeilen dieser Art, in einer Datei, die Excel und LibreOffice sauber öffnen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>CSV file ({kind})</source>
        <translation>CSV-Datei ({kind})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>English (comma, ISO dates)</source>
        <translation>Englisch (Komma, ISO-Datum)</translation>
    </message>
    <message>
        <source>German (semicolon, 15.01.2027, 1234,50)</source>
        <translation>Deutsch (Semikolon, 15.01.2027, 1234,50)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Geschrieben: {file}</translation>
    </message>
</context>
<context>
    <name>CsvKinds</name>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Leistungsbuchungen</translation>
    </message>
    <message>
        <source>Technician notes</source>
        <translation>Techniker-Notizen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>No field has this name; the column is not imported.</source>
        <translation>Kein Feld heißt so; die Spalte wird nicht importiert.</translation>
    </message>
    <message>
        <source>Imported into the field {field}</source>
        <translation>Wird in das Feld {field} importiert</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Kind of rows:</source>
        <translation>&amp;Art der Zeilen:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>{rows} rows · read as {encoding}, delimiter {delimiter}</source>
        <translation>{rows} Zeilen · gelesen als {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <source>Problems in the rows shown (Import checks every row):</source>
        <translation>Probleme in den gezeigten Zeilen (Importieren prüft jede Zeile):</translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation>Keine Probleme in den gezeigten Zeilen.</translation>
    </message>
    <message>
        <source>{imported}; a backup was taken first: {backup}</source>
        <translation>{imported}; vorher wurde eine Sicherung angelegt: {backup}</translation>
    </message>
    <message>
        <source>Nothing was imported: every problem below needs fixing first.</source>
        <translation>Nichts wurde importiert: Zuerst müssen alle Probleme unten behoben werden.</translation>
    </message>
    <message>
        <source>(The first {shown} of {total} are listed.)</source>
        <translation>(Die ersten {shown} von {total} sind aufgeführt.)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found; nothing was written.</source>
        <translation>
            <numerusform>%Ln Problem gefunden; nichts wurde geschrieben.</numerusform>
            <numerusform>%Ln Probleme gefunden; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts imported</source>
        <translation>
            <numerusform>%Ln Kunde importiert</numerusform>
            <numerusform>%Ln Kunden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts imported</source>
        <translation>
            <numerusform>%Ln Kontakt importiert</numerusform>
            <numerusform>%Ln Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contracts imported</source>
        <translation>
            <numerusform>%Ln Vertrag importiert</numerusform>
            <numerusform>%Ln Verträge importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries imported</source>
        <translation>
            <numerusform>%Ln Leistungsbuchung importiert</numerusform>
            <numerusform>%Ln Leistungsbuchungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln technician notes imported</source>
        <translation>
            <numerusform>%Ln Techniker-Notiz importiert</numerusform>
            <numerusform>%Ln Techniker-Notizen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents imported</source>
        <translation>
            <numerusform>%Ln Vorfall importiert</numerusform>
            <numerusform>%Ln Vorfälle importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints imported</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt importiert</numerusform>
            <numerusform>%Ln Kontaktpunkte importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>&amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Restoring works on a SQLite file; a server database is restored by its administrator.</source>
        <translation>Wiederherstellen geht bei einer SQLite-Datei; eine Server-Datenbank stellt ihr Administrator wieder her.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Put an earlier state of this database back. The current state is backed up first, so a restore can itself be undone.</source>
        <translation>Einen früheren Stand dieser Datenbank zurückholen. Der aktuelle Stand wird vorher gesichert, so lässt sich auch das Wiederherstellen rückgängig machen.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Replace the open database with the backup taken {taken}? The current state is backed up first.</source>
        <translation>Die geöffnete Datenbank durch die Sicherung vom {taken} ersetzen? Der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored from {backup}. The state before is kept in {previous}.</source>
        <translation>Wiederhergestellt aus {backup}. Der Stand davor liegt in {previous}.</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Täglich (automatisch)</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
</context>
<context>
    <name>CategoriesList</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Only active categories are offered for new entries</source>
        <translation>Nur aktive Kategorien werden für neue Einträge angeboten</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>How many ledger entries use the category</source>
        <translation>Wie viele Einträge der Leistungsbilanz die Kategorie verwenden</translation>
    </message>
    <message>
        <source>&amp;Add category…</source>
        <translation>Kategorie &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No ledger categories yet</source>
        <translation>Noch keine Kategorien</translation>
    </message>
    <message>
        <source>Add the kinds of free service you provide, in English and German.</source>
        <translation>Legen Sie die Arten kostenloser Leistungen an, die Sie erbringen – auf Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 Kategorie</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} Kategorien</translation>
    </message>
    <message>
        <source>{total} · {active} active</source>
        <translation>{total} · {active} aktiv</translation>
    </message>
    <message>
        <source>the category {label}</source>
        <translation>die Kategorie {label}</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit ledger category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>New ledger category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>e.g. loan_equipment</source>
        <translation>z. B. loan_equipment</translation>
    </message>
    <message>
        <source>e.g. Loan equipment</source>
        <translation>z. B. Loan equipment</translation>
    </message>
    <message>
        <source>e.g. Leihgerät</source>
        <translation>z. B. Leihgerät</translation>
    </message>
    <message>
        <source>Offered for new ledger entries</source>
        <translation>Für neue Einträge der Leistungsbilanz angeboten</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;English label</source>
        <translation>&amp;Englische Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;German label</source>
        <translation>&amp;Deutsche Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ak&amp;tiv</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Edit service package</source>
        <translation>Servicepaket bearbeiten</translation>
    </message>
    <message>
        <source>New service package</source>
        <translation>Neues Servicepaket</translation>
    </message>
    <message>
        <source>e.g. Premium 24</source>
        <translation>z. B. Premium 24</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR or CHF</source>
        <translation>ISO-4217-Code, z. B. EUR oder CHF</translation>
    </message>
    <message>
        <source>What the package is for</source>
        <translation>Wofür das Paket gedacht ist</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Annual &amp;price</source>
        <translation>&amp;Jahrespreis</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Ite&amp;ms</source>
        <translation>&amp;Leistungen</translation>
    </message>
</context>
<context>
    <name>PackageItemsEditor</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inklusive</translation>
    </message>
    <message>
        <source>Price if billable</source>
        <translation>Preis, falls berechnet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No items: the package promises nothing yet.</source>
        <translation>Keine Leistungen: Das Paket sagt noch nichts zu.</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Leistung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Leistung &amp;entfernen</translation>
    </message>
    <message>
        <source>e.g. within the EU</source>
        <translation>z. B. innerhalb der EU</translation>
    </message>
    <message>
        <source>Included in the annual price; clear it for a billable item</source>
        <translation>Im Jahrespreis enthalten; abwählen für eine berechnete Leistung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>{field} (item {number}): {reason}</source>
        <translation>{field} (Leistung {number}): {reason}</translation>
    </message>
</context>
<context>
    <name>PackagesList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Annual price</source>
        <translation>Jahrespreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>How many contracts use the package</source>
        <translation>Wie viele Verträge das Paket verwenden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Included or billable</source>
        <translation>Inklusive oder berechnet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inklusive</translation>
    </message>
    <message>
        <source>Billable, {price}</source>
        <translation>Berechnet, {price}</translation>
    </message>
    <message>
        <source>Items of {name}</source>
        <translation>Leistungen von {name}</translation>
    </message>
    <message>
        <source>&amp;Add package…</source>
        <translation>Paket &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No service packages yet</source>
        <translation>Noch keine Servicepakete</translation>
    </message>
    <message>
        <source>Add the packages you sell: contracts then say what the customer bought.</source>
        <translation>Legen Sie die Pakete an, die Sie verkaufen: Verträge sagen dann, was der Kunde gekauft hat.</translation>
    </message>
    <message>
        <source>1 package</source>
        <translation>1 Paket</translation>
    </message>
    <message>
        <source>{count} packages</source>
        <translation>{count} Pakete</translation>
    </message>
    <message>
        <source>{total} · {used} in use</source>
        <translation>{total} · {used} in Verwendung</translation>
    </message>
    <message>
        <source>the package {name}</source>
        <translation>das Paket {name}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Nothing on the timeline yet</source>
        <translation>Noch nichts auf der Zeitachse</translation>
    </message>
    <message>
        <source>Contracts, budget dates, free services, incidents, technician notes and touchpoints appear here as soon as the other tabs have them.</source>
        <translation>Verträge, Budgettermine, kostenlose Leistungen, Störungen, Techniker-Notizen und Kundenkontakte erscheinen hier, sobald die anderen Reiter sie enthalten.</translation>
    </message>
    <message>
        <source>This contract term</source>
        <translation>Diese Vertragslaufzeit</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 Jahre</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/− zooms, drag pans</source>
        <translation>Strg+Mausrad oder +/− zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Grafik…</translation>
    </message>
    <message>
        <source>The timeline could not be loaded</source>
        <translation>Die Zeitachse konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitachse exportieren</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Budget date</source>
        <translation>Budgettermin</translation>
    </message>
    <message>
        <source>Free service (size: value)</source>
        <translation>Kostenlose Leistung (Größe: Wert)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Technician note</source>
        <translation>Techniker-Notiz</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kundenkontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Budget versus notice</source>
        <translation>Budget gegen Kündigungsfrist</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Budget dates</source>
        <translation>Budgettermine</translation>
    </message>
    <message>
        <source>Free services</source>
        <translation>Kostenlose Leistungen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Technician notes</source>
        <translation>Techniker-Notizen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>timeline image</source>
        <translation>Bild der Zeitachse</translation>
    </message>
    <message>
        <source>timeline drawing</source>
        <translation>Zeichnung der Zeitachse</translation>
    </message>
</context>
<context>
    <name>PowerMap</name>
    <message>
        <source>{source} reports to {target}</source>
        <translation>{source} berichtet an {target}</translation>
    </message>
    <message>
        <source>{source} influences {target}</source>
        <translation>{source} beeinflusst {target}</translation>
    </message>
    <message>
        <source>Stance: {stance}</source>
        <translation>Haltung: {stance}</translation>
    </message>
</context>
<context>
    <name>PowerMapLegend</name>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeile</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
</context>
<context>
    <name>PowerMapPage</name>
    <message>
        <source>No one in the buying center yet</source>
        <translation>Noch niemand im Buying Center</translation>
    </message>
    <message>
        <source>Add the people who decide on the renewal on the Contacts tab; they appear here to be arranged and linked.</source>
        <translation>Tragen Sie die Personen, die über die Verlängerung entscheiden, im Reiter Ansprechpartner ein; hier werden sie angeordnet und verbunden.</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Draw “reports to”</source>
        <translation>„Berichtet an“ zeichnen</translation>
    </message>
    <message>
        <source>Draw “influences”</source>
        <translation>„Beeinflusst“ zeichnen</translation>
    </message>
    <message>
        <source>&amp;Remove arrow</source>
        <translation>Pfeil &amp;entfernen</translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Grafik…</translation>
    </message>
    <message>
        <source>Drag people to arrange the map (saved as you go). To link two people, choose “reports to” or “influences” and drag from one to the other. Click an arrow and press Delete to remove it. Ctrl+wheel zooms; a double-click opens a person.</source>
        <translation>Ziehen Sie Personen, um die Karte anzuordnen (wird sofort gespeichert). Um zwei Personen zu verbinden, wählen Sie „berichtet an“ oder „beeinflusst“ und ziehen von der einen zur anderen. Klicken Sie einen Pfeil an und drücken Sie Entf, um ihn zu entfernen. Strg+Mausrad zoomt; ein Doppelklick öffnet die Person.</translation>
    </message>
    <message>
        <source>Drag from a person to the one they report to. Esc goes back to arranging.</source>
        <translation>Ziehen Sie von einer Person zu der, an die sie berichtet. Esc kehrt zum Anordnen zurück.</translation>
    </message>
    <message>
        <source>Drag from a person to the one they influence. Esc goes back to arranging.</source>
        <translation>Ziehen Sie von einer Person zu der, die sie beeinflusst. Esc kehrt zum Anordnen zurück.</translation>
    </message>
    <message>
        <source>The power map could not be loaded</source>
        <translation>Die Einflusskarte konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Power map</source>
        <translation>Einflusskarte</translation>
    </message>
    <message>
        <source>Arrangement saved.</source>
        <translation>Anordnung gespeichert.</translation>
    </message>
    <message>
        <source>Linked: {what}.</source>
        <translation>Verbunden: {what}.</translation>
    </message>
    <message>
        <source>Removed the arrow: {what}.</source>
        <translation>Pfeil entfernt: {what}.</translation>
    </message>
    <message>
        <source>Power map: {name} ({number})</source>
        <translation>Einflusskarte: {name} ({number})</translation>
    </message>
    <message>
        <source>power map image</source>
        <translation>Bild der Einflusskarte</translation>
    </message>
    <message>
        <source>power map drawing</source>
        <translation>Grafik der Einflusskarte</translation>
    </message>
    <message>
        <source>Export power map</source>
        <translation>Einflusskarte exportieren</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>KAM Desk ran into an unexpected error. What you saved before is safe; the last action may not have finished.</source>
        <translation>In KAM Desk ist ein unerwarteter Fehler aufgetreten. Was Sie vorher gespeichert haben, ist sicher; die letzte Aktion wurde vielleicht nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>A crash report was written to {file}. It holds no passwords or keys.</source>
        <translation>Ein Absturzbericht wurde in {file} gespeichert. Er enthält keine Passwörter und keine Schlüssel.</translation>
    </message>
</context>
<context>
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Workspace damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <source>Your workspace was damaged and could not be opened safely.</source>
        <translation>Ihr Arbeitsbereich ist beschädigt und konnte nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>Your workspace was found damaged at an earlier start.</source>
        <translation>Ihr Arbeitsbereich wurde bei einem früheren Start beschädigt vorgefunden.</translation>
    </message>
    <message>
        <source>It was moved aside to {file}; nothing was deleted.</source>
        <translation>Er wurde nach {file} verschoben; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Restore the backup of {moment}?</source>
        <translation>Die Sicherung vom {moment} wiederherstellen?</translation>
    </message>
    <message>
        <source>No backup that passes the integrity check was found. You can start with an empty workspace; the damaged file stays where it is.</source>
        <translation>Es wurde keine Sicherung gefunden, die die Integritätsprüfung besteht. Sie können mit einem leeren Arbeitsbereich beginnen; die beschädigte Datei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite meldet: {detail}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings could not be saved to {file}: the disk may be full or read-only. The previous settings file was kept as it was; the changes last until KAM Desk is closed.</source>
        <translation>Ihre Einstellungen konnten nicht in {file} gespeichert werden: Der Datenträger ist vielleicht voll oder schreibgeschützt. Die bisherige Einstellungsdatei blieb unverändert; die Änderungen gelten, bis KAM Desk geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>File size limit reached</source>
        <translation>Grenze der Dateigröße erreicht</translation>
    </message>
    <message>
        <source>Disk full or failing</source>
        <translation>Datenträger voll oder fehlerhaft</translation>
    </message>
    <message>
        <source>Disk error (input/output)</source>
        <translation>Fehler des Datenträgers (Ein-/Ausgabe)</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>Schreibgeschützter Datenträger</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Schreibberechtigung</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Could not save {what} to {path} ({reason}) — nothing was overwritten</source>
        <translation>{what} konnte nicht in {path} gespeichert werden ({reason}) – nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>{problem} while saving {what} to {path} — nothing was overwritten</source>
        <translation>{problem} beim Speichern von {what} in {path} – nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>{problem} while opening the database {database} — nothing in it was changed</source>
        <translation>{problem} beim Öffnen der Datenbank {database} – darin wurde nichts verändert</translation>
    </message>
    <message>
        <source>{problem} while writing the backup {database} — the workspace itself is untouched</source>
        <translation>{problem} beim Schreiben der Sicherung {database} – der Arbeitsbereich selbst bleibt unberührt</translation>
    </message>
    <message>
        <source>{problem} while saving to the database {database} — the change was not saved; everything saved before is kept</source>
        <translation>{problem} beim Speichern in die Datenbank {database} – die Änderung wurde nicht gespeichert; alles zuvor Gespeicherte bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <source>Use a passphrase instead of a key in the keyring</source>
        <translation>Eine Passphrase statt eines Schlüssels im Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt this workspace</source>
        <translation>Diesen Arbeitsbereich entschlüsseln</translation>
    </message>
    <message>
        <source>The database {path} and its backups will be stored unencrypted again: anyone who can read the files can read your accounts. The key is then removed from the keyring.</source>
        <translation>Die Datenbank {path} und ihre Sicherungen werden wieder unverschlüsselt gespeichert: Wer die Dateien lesen kann, kann Ihre Konten lesen. Der Schlüssel wird dann aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Encrypt this workspace</source>
        <translation>Diesen Arbeitsbereich verschlüsseln</translation>
    </message>
    <message>
        <source>The database {path} and its backups will be encrypted with SQLCipher (AES-256). A backup is taken first; the unencrypted file is overwritten only once the encrypted copy has passed its check.</source>
        <translation>Die Datenbank {path} und ihre Sicherungen werden mit SQLCipher (AES-256) verschlüsselt. Zuerst wird eine Sicherung angelegt; die unverschlüsselte Datei wird erst überschrieben, wenn die verschlüsselte Kopie ihre Prüfung bestanden hat.</translation>
    </message>
    <message>
        <source>The key is kept in your keyring; nothing to remember.</source>
        <translation>Der Schlüssel liegt in Ihrem Schlüsselbund; Sie müssen sich nichts merken.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep a key in, so choose a passphrase. KAM Desk asks for it at every start.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für den Schlüssel, wählen Sie daher eine Passphrase. KAM Desk fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>At least {count} characters. Without the passphrase the workspace cannot be opened, not even by us.</source>
        <translation>Mindestens {count} Zeichen. Ohne die Passphrase lässt sich der Arbeitsbereich nicht öffnen, auch nicht von uns.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Die Passphrase braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Encrypting the workspace and its backups…</source>
        <translation>Arbeitsbereich und Sicherungen werden verschlüsselt …</translation>
    </message>
    <message>
        <source>Decrypting the workspace and its backups…</source>
        <translation>Arbeitsbereich und Sicherungen werden entschlüsselt …</translation>
    </message>
    <message>
        <source>This workspace is no longer encrypted.</source>
        <translation>Dieser Arbeitsbereich ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>This workspace is now encrypted; its key is in your keyring.</source>
        <translation>Dieser Arbeitsbereich ist jetzt verschlüsselt; sein Schlüssel liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>This workspace is now encrypted; it opens with your passphrase.</source>
        <translation>Dieser Arbeitsbereich ist jetzt verschlüsselt; er öffnet sich mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Not converted: {files}</source>
        <translation>Nicht umgewandelt: {files}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted workspace</source>
        <translation>Verschlüsselter Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace {path} is encrypted. Enter its passphrase:</source>
        <translation>Der Arbeitsbereich {path} ist verschlüsselt. Geben Sie seine Passphrase ein:</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again:</source>
        <translation>Diese Passphrase öffnet ihn nicht. Versuchen Sie es noch einmal:</translation>
    </message>
</context>
<context>
    <name>DialogPassphrasePrompt</name>
    <message>
        <source>No passphrase was given for the encrypted workspace {path}.</source>
        <translation>Für den verschlüsselten Arbeitsbereich {path} wurde keine Passphrase eingegeben.</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>A team server's data is protected on the server.</source>
        <translation>Die Daten eines Teamservers werden auf dem Server geschützt.</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher, AES-256)</source>
        <translation>Verschlüsselt (SQLCipher, AES-256)</translation>
    </message>
    <message>
        <source>Decrypt this workspace…</source>
        <translation>Diesen Arbeitsbereich entschlüsseln …</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypt this workspace…</source>
        <translation>Diesen Arbeitsbereich verschlüsseln …</translation>
    </message>
</context>
</TS>
