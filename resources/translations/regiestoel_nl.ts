<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="28" />
        <source>About Regiestoel</source>
        <translation>Over Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="30" />
        <source>Regiestoel %1</source>
        <translation>Regiestoel %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32" />
        <source>Workplace learning in your own hands. Professionals direct their own development, learn in working time in small groups on their own work situations, and give account together with their manager twice a year.

Everything stays on this computer (or your own database server).</source>
        <translation>Leren op het werk, in eigen hand. Professionals voeren zelf de regie over hun ontwikkeling. Ze leren in werktijd, in kleine groepen, aan situaties uit hun eigen werk. Twee keer per jaar leggen ze samen met hun leidinggevende verantwoording af.

Alles blijft op deze computer (of op je eigen databaseserver).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="38" />
        <source>Regiestoel is built with these components:</source>
        <translation>Regiestoel is gemaakt met deze onderdelen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="44" />
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="44" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45" />
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License v3. Je mag ze vervangen door een versie die je zelf hebt gebouwd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="63" />
        <source>Regiestoel is free software: you may share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>Regiestoel is vrije software: je mag het delen en aanpassen onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67" />
        <source>The licence texts of Regiestoel and of every component are in %1.</source>
        <translation>De licentieteksten van Regiestoel en van elk onderdeel staan in %1.</translation>
    </message>
</context>
<context>
    <name>ActionProposalsDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="36" />
        <source>Proposed actions</source>
        <translation>Voorgestelde acties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="40" />
        <source>Tick the actions you want, double-click one to change its words, then save.</source>
        <translation>Vink de acties aan die je wilt, dubbelklik op een actie om de tekst aan te passen, en sla op.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="56" />
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="55" />
        <location filename="../../ui/dialogs/action_proposals.py" line="57" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
</context>
<context>
    <name>AgreementGrid</name>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="105" />
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="105" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="106" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="106" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="113" />
        <source>Carried over from %1</source>
        <translation>Meegenomen uit de %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="120" />
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="135" />
        <source>Status of “%1”</source>
        <translation>Status van “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="146" />
        <source>Remove this agreement</source>
        <translation>Deze afspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="147" />
        <source>Remove “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>AiModelsPanel</name>
    <message>
        <location filename="../../ui/views/ai_models.py" line="216" />
        <source>fits</source>
        <translation>past</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="217" />
        <source>close other programs first</source>
        <translation>sluit eerst andere programma’s</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="218" />
        <source>too large for this computer</source>
        <translation>te groot voor deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="220" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="220" />
        <source>no (fallback)</source>
        <translation>nee (standaardopmaak)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="238" />
        <source>No model yet: import one with the button below.</source>
        <translation>Nog geen model: importeer er een met de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="241" />
        <source>The coach uses %1.</source>
        <translation>De coach gebruikt %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="265" />
        <source>Import a model</source>
        <translation>Model importeren</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="266" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modellen (*.gguf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="317" />
        <source>Remove this model?</source>
        <translation>Dit model verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="318" />
        <source>%1 is removed from this computer. You can import it again later.</source>
        <translation>%1 wordt van deze computer verwijderd. Je kunt het later opnieuw importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="332" />
        <source>The AI coach runs a language model on this computer: nothing you write leaves it. Import a model file (GGUF) that you fetched elsewhere, from disk or a USB stick. Models belong to this computer, not to the organisation.</source>
        <translation>De AI-coach draait een taalmodel op deze computer: niets wat je schrijft gaat de deur uit. Importeer een modelbestand (GGUF) dat je ergens anders hebt opgehaald, van schijf of van een USB-stick. Modellen horen bij deze computer, niet bij de organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <source>Quantisation</source>
        <translation>Kwantisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="337" />
        <source>Chat template</source>
        <translation>Chatsjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="337" />
        <source>Memory</source>
        <translation>Geheugen</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="339" />
        <source>&amp;Import a model…</source>
        <translation>Model &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="340" />
        <source>Use this model</source>
        <translation>Dit model gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="341" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="342" />
        <source>Recommended models</source>
        <translation>Aanbevolen modellen</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="344" />
        <source>Small models that run on an ordinary laptop. Regiestoel never downloads anything: fetch the file on another computer and import it here.</source>
        <translation>Kleine modellen die op een gewone laptop draaien. Regiestoel downloadt nooit iets: haal het bestand op een andere computer op en importeer het hier.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="491" />
        <source>Amount in euros</source>
        <translation>Bedrag in euro</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="131" />
        <source>Learning culture scan</source>
        <translation>Leercultuurscan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="134" />
        <source>How does learning go here?</source>
        <translation>Hoe gaat leren hier?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="136" />
        <source>For each statement, choose how much you agree: 1 = not at all, 5 = completely. Choose ? when you cannot judge it. You can send your answers once.</source>
        <translation>Kies bij elke stelling hoeveel je het ermee eens bent: 1 = helemaal niet, 5 = helemaal. Kies ? als je het niet kunt beoordelen. Je kunt je antwoorden één keer versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="176" />
        <source>%v of %m answered</source>
        <translation>%v van de %m beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="177" />
        <source>Statements answered</source>
        <translation>Beantwoorde stellingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="184" />
        <source>Send my answers</source>
        <translation>Mijn antwoorden versturen</translation>
    </message>
</context>
<context>
    <name>AskToFinishDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/ask_to_finish.py" line="61" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: hoogstens %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="75" />
        <source>Ask %1 to finish</source>
        <translation>%1 vragen om af te ronden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="77" />
        <source>“%1” is %2's work situation: only they finish it. Say what you think came out of it; %2 sees your question on My learning and decides.</source>
        <translation>‘%1’ is de werksituatie van %2: alleen %2 rondt hem af. Zeg wat er volgens jou uit gekomen is; %2 ziet je vraag op Mijn regie en beslist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="80" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="83" />
        <source>&amp;Why?</source>
        <translation>&amp;Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="85" />
        <source>for example: The new schedule has worked for two weeks now.</source>
        <translation>bijvoorbeeld: Het nieuwe rooster werkt nu al twee weken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="86" />
        <source>&amp;Ask %1</source>
        <translation>%1 &amp;vragen</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="119" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="119" />
        <source>Energy (1–5)</source>
        <translation>Energie (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="120" />
        <source>Meaning (1–5)</source>
        <translation>Zingeving (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="122" />
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="122" />
        <source>Meaning</source>
        <translation>Zingeving</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/item_models/audit.py" line="32" />
        <source>Personal copy on a laptop revoked</source>
        <translation>Persoonlijke kopie op een laptop ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="16" />
        <source>Organisation set up</source>
        <translation>Organisatie ingericht</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="17" />
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="18" />
        <source>Person added</source>
        <translation>Medewerker toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="19" />
        <source>Person archived</source>
        <translation>Medewerker gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="20" />
        <source>Person restored</source>
        <translation>Medewerker teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="21" />
        <source>Roles changed</source>
        <translation>Rollen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="22" />
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="23" />
        <source>Temporary password set</source>
        <translation>Tijdelijk wachtwoord ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="24" />
        <source>Password reset with recovery code</source>
        <translation>Wachtwoord opnieuw ingesteld met herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="25" />
        <source>People imported</source>
        <translation>Medewerkers geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="26" />
        <source>People exported</source>
        <translation>Medewerkers geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="27" />
        <source>People list read (command line)</source>
        <translation>Medewerkerslijst gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="29" />
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="30" />
        <source>Personal data exported</source>
        <translation>Persoonsgegevens geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="31" />
        <source>Person erased</source>
        <translation>Medewerker gewist</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="34" />
        <source>Conversation read</source>
        <translation>Gesprek ingezien</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="35" />
        <source>Conversation signed</source>
        <translation>Gesprek ondertekend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="36" />
        <source>Development question read</source>
        <translation>Ontwikkelvraag ingezien</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="38" />
        <source>Budget ledger exported</source>
        <translation>Budgetoverzicht geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="39" />
        <source>Calendar exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="40" />
        <source>Groups list read (command line)</source>
        <translation>Lijst van leergroepen gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="41" />
        <source>Work situations list read (command line)</source>
        <translation>Lijst van werksituaties gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="43" />
        <source>Conversations list read (command line)</source>
        <translation>Lijst van gesprekken gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="45" />
        <source>Conversations of a half year planned</source>
        <translation>Gesprekken van een halfjaar ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="47" />
        <source>Conversation reopened</source>
        <translation>Gesprek heropend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="48" />
        <source>Correction of a conversation asked for</source>
        <translation>Correctie van een gesprek gevraagd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="50" />
        <source>Manager of a conversation replaced</source>
        <translation>Leidinggevende van een gesprek vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="52" />
        <source>Record shared with later managers (changed)</source>
        <translation>Delen van verslag met latere leidinggevenden gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="54" />
        <source>Year budget set</source>
        <translation>Jaarbudget ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="55" />
        <source>Individual budget set</source>
        <translation>Persoonlijk budget ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="56" />
        <source>Carry-over of unused budget set</source>
        <translation>Meenemen van ongebruikt budget ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="58" />
        <source>Learning request approved</source>
        <translation>Leeraanvraag goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="59" />
        <source>Learning request declined</source>
        <translation>Leeraanvraag afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="60" />
        <source>Removal postponed</source>
        <translation>Verwijderen uitgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="61" />
        <source>People due for removal listed</source>
        <translation>Lijst van te verwijderen medewerkers gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="63" />
        <source>Culture scan opened</source>
        <translation>Leercultuurscan geopend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="64" />
        <source>Culture scan closed</source>
        <translation>Leercultuurscan gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="65" />
        <source>Culture focus chosen</source>
        <translation>Focus voor de leercultuur gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="67" />
        <source>Culture scan threshold changed</source>
        <translation>Drempel van de leercultuurscan gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="69" />
        <source>Culture scans listed (command line)</source>
        <translation>Lijst van leercultuurscans gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="71" />
        <source>Culture scan results read (command line)</source>
        <translation>Uitkomsten van een leercultuurscan gelezen (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="73" />
        <source>Dashboard figures read (command line)</source>
        <translation>Dashboardcijfers opgevraagd (opdrachtregel)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="75" />
        <source>Annual learning report saved</source>
        <translation>Jaarverslag leren gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="76" />
        <source>Agreement followed up in a later conversation</source>
        <translation>Afspraak opgevolgd in een later gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="82" />
        <source>Records read in My team</source>
        <translation>Gegevens gelezen in Mijn team</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="98" />
        <source>Concerning</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="28" />
        <source>Demo organisation created</source>
        <translation>Demo-organisatie aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="78" />
        <source>Individual budgets read</source>
        <translation>Persoonlijke budgetten ingezien</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="80" />
        <source>Learning requests of others read</source>
        <translation>Leeraanvragen van anderen ingezien</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="93" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="95" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="96" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="110" />
        <source>administrator (command line)</source>
        <translation>beheerder (opdrachtregel)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="59" />
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="61" />
        <source>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</source>
        <translation>Hier worden gevoelige acties vastgelegd: wijzigingen in medewerkers en rollen, wachtwoorden, imports en exports. Niemand kan deze regels wijzigen of verwijderen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="65" />
        <source>The audit log is kept in your organisation's database only: it never goes along on a personal copy. Read it when you work connected, without a copy.</source>
        <translation>Het auditlog staat alleen in de database van je organisatie: het gaat nooit mee in een persoonlijke kopie. Bekijk het als je met verbinding werkt, zonder kopie.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="78" />
        <source>Closing Regiestoel</source>
        <translation>Regiestoel sluit af</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="80" />
        <source>Making a backup before Regiestoel closes…</source>
        <translation>Er wordt een back-up gemaakt voordat Regiestoel sluit…</translation>
    </message>
</context>
<context>
    <name>BackupToFolderDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="45" />
        <source>Back up to a folder or USB stick</source>
        <translation>Reservekopie naar een map of USB-stick</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="49" />
        <source>Keep a copy of all data somewhere else, such as a USB stick, so it survives a lost or broken laptop.</source>
        <translation>Bewaar een kopie van alle gegevens ergens anders, bijvoorbeeld op een USB-stick. Dan ben je niets kwijt als je laptop zoekraakt of kapotgaat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="56" />
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="59" />
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="64" />
        <source>Optional, but wise for a USB stick: without a passphrase anyone who has the stick can read all the data. Without the passphrase the backup cannot be restored, so keep it safe.</source>
        <translation>Niet verplicht, maar verstandig bij een USB-stick: zonder wachtwoordzin kan iedereen die de stick heeft alle gegevens lezen. Zonder de wachtwoordzin kun je de reservekopie niet terugzetten, dus bewaar hem goed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="68" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="69" />
        <source>&amp;Repeat passphrase</source>
        <translation>Wachtwoordzin &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="71" />
        <source>Re&amp;member the passphrase on this computer</source>
        <translation>Wachtwoordzin &amp;onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="75" />
        <source>It is kept in the system's keyring, never in a file.</source>
        <translation>Hij wordt bewaard in de sleutelbos van je computer, nooit in een bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="79" />
        <source>Regiestoel cannot remember it on this system: there is no keyring to keep it in safely, and it is never written to a file. Type it each time.</source>
        <translation>Regiestoel kan de wachtwoordzin op deze computer niet onthouden: er is geen sleutelbos om hem veilig in te bewaren, en in een bestand komt hij nooit. Typ hem elke keer in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="88" />
        <source>&amp;Back up</source>
        <translation>&amp;Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="100" />
        <source>Choose a folder for the backup</source>
        <translation>Kies een map voor de reservekopie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="109" />
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="133" />
        <source>Making a backup</source>
        <translation>Back-up maken</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/names_budget.py" line="26" />
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="27" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="28" />
        <source>E-learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="29" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="30" />
        <source>Conference</source>
        <translation>Congres</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="31" />
        <source>Theory (reading, study)</source>
        <translation>Theorie (lezen, studeren)</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="38" />
        <source>Waiting for a decision</source>
        <translation>Wacht op een besluit</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="39" />
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="40" />
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="41" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="42" />
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="43" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="50" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="51" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="52" />
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../ui/item_models/budget.py" line="59" />
        <source>Learning intervention</source>
        <translation>Leerinterventie</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="61" />
        <source>Asked by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="63" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="65" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="67" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="69" />
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="94" />
        <source>Scope</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="95" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="96" />
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="97" />
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="98" />
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="99" />
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="100" />
        <source>Expiring</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="107" />
        <source>%1 from %2, until %3</source>
        <translation>%1 uit %2, tot en met %3</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="180" />
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="197" />
        <source>No budget of its own: paid from the organisation's budget.</source>
        <translation>Geen eigen budget: wordt betaald uit het budget van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="200" />
        <source>%1, of which carried over: %2</source>
        <translation>%1, waarvan meegenomen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="205" />
        <source>%1 of individual budget lapses on 31 December unless it is used.</source>
        <translation>%1 van het persoonlijke budget vervalt op 31 december als het niet gebruikt wordt.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="209" />
        <source>More is committed and spent than is available.</source>
        <translation>Er is meer vastgelegd en uitgegeven dan er beschikbaar is.</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../ui/views/budget.py" line="1010" />
        <source>Learning &amp; budget</source>
        <translation>Leren &amp; budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1012" />
        <source>Formal learning: courses, training, coaching and conferences that you ask for, paid from the learning budget and evaluated afterwards.</source>
        <translation>Formeel leren: cursussen, trainingen, coaching en congressen die je aanvraagt. Ze worden betaald uit het leerbudget en achteraf geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1014" />
        <source>My requests</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1018" />
        <source>To decide (%1)</source>
        <translation>Te beslissen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1019" />
        <source>To decide</source>
        <translation>Te beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1021" />
        <source>Ledger</source>
        <translation>Budgetoverzicht</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="50" />
        <source>Unused individual budget lapses on 31 December of its year.</source>
        <translation>Ongebruikt persoonlijk budget vervalt op 31 december van het jaar zelf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/carry_over.py" line="51" />
        <source>What is left of a year's budget stays available %n more year(s), until 31 December of its last year.</source>
        <translation>
            <numerusform>Wat over is van het budget van een jaar, blijft nog %n jaar beschikbaar, tot en met 31 december van dat laatste jaar.</numerusform>
            <numerusform>Wat over is van het budget van een jaar, blijft nog %n jaar beschikbaar, tot en met 31 december van het laatste jaar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="55" />
        <source>Carry over unused budget</source>
        <translation>Ongebruikt budget meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="57" />
        <source>Many collective agreements let people keep what they did not use of their individual learning budget, often for three years. Spending always uses the amount that expires first. Carried-over amounts count for the person and their team, not in the organisation's budget of the year.</source>
        <translation>Veel cao's laten mensen houden wat ze van hun persoonlijke opleidingsbudget niet gebruikten, vaak drie jaar lang. Uitgaven gaan altijd eerst van het bedrag dat het eerst vervalt. Meegenomen bedragen tellen voor de medewerker en het team, niet in het budget van de organisatie voor dat jaar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="61" />
        <source>&amp;Years</source>
        <translation>&amp;Jaren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="62" />
        <source>Years unused budget carries over</source>
        <translation>Jaren dat ongebruikt budget meegaat</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="109" />
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="111" />
        <source>Choose a new password of at least %n characters.</source>
        <translation>
            <numerusform>Kies een nieuw wachtwoord van minstens %n teken.</numerusform>
            <numerusform>Kies een nieuw wachtwoord van minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="115" />
        <source>On your personal copy this is the password that opens the copy on this laptop: the copy is encrypted again with it. Your password at the organisation stays as it is; change that at the office, connected to your organisation's database.</source>
        <translation>Op je persoonlijke kopie is dit het wachtwoord waarmee de kopie op deze laptop opengaat: de kopie wordt er opnieuw mee versleuteld. Je wachtwoord bij de organisatie blijft zoals het is; dat wijzig je op kantoor, verbonden met de database van je organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="119" />
        <source>&amp;Current password</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="123" />
        <source>You logged in with a temporary password. Choose your own password now; only you will know it.</source>
        <translation>Je bent ingelogd met een tijdelijk wachtwoord. Kies nu je eigen wachtwoord. Alleen jij weet het dan.</translation>
    </message>
</context>
<context>
    <name>CoachDialog</name>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="424" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="142" />
        <source>Gathering your material…</source>
        <translation>Je materiaal verzamelen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="164" />
        <source>Thinking…</source>
        <translation>Even denken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/coach_panel.py" line="197" />
        <source>This conversation is longer than the model can read at once: the coach no longer sees the first %n turn(s) after your material. Your material and the latest turns it still reads.</source>
        <translation>
            <numerusform>Dit gesprek is langer dan het model in één keer kan lezen: de coach ziet de eerste %n beurt na je materiaal niet meer. Je materiaal en de laatste beurten leest hij nog wel.</numerusform>
            <numerusform>Dit gesprek is langer dan het model in één keer kan lezen: de coach ziet de eerste %n beurten na je materiaal niet meer. Je materiaal en de laatste beurten leest hij nog wel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="210" />
        <location filename="../../ui/widgets/coach_panel.py" line="214" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="210" />
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="227" />
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="230" />
        <source>Loading the model; the first time takes a moment…</source>
        <translation>Het model laden; de eerste keer duurt even…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="231" />
        <source>Checking once whether this model writes Dutch…</source>
        <translation>Eenmalig nagaan of dit model Nederlands schrijft…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="232" />
        <source>Writing…</source>
        <translation>Aan het schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="254" />
        <source>Stopped. What came so far is below.</source>
        <translation>Gestopt. Wat er tot nu toe kwam, staat hieronder.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="255" />
        <source>Done. Read it critically: the coach can be wrong.</source>
        <translation>Klaar. Lees het kritisch: de coach kan zich vergissen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="258" />
        <source>The coach's answer was cut off: the model cannot read more of this conversation at once. When you reply, the oldest turns are left out.</source>
        <translation>Het antwoord van de coach is afgebroken: het model kan niet meer van dit gesprek in één keer lezen. Als je antwoordt, vallen de oudste beurten weg.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="264" />
        <source>Lessons learned it was given:</source>
        <translation>Geleerde lessen die de coach meekreeg:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="265" />
        <source>No lessons learned matched this situation.</source>
        <translation>Er passen geen geleerde lessen bij deze situatie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/coach_panel.py" line="333" />
        <source>Saved conversations (%n)…</source>
        <translation>
            <numerusform>Bewaard gesprek (%n)…</numerusform>
            <numerusform>Bewaarde gesprekken (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="357" />
        <source>Conversation saved. Only you can read it.</source>
        <translation>Gesprek bewaard. Alleen jij kunt het lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="381" />
        <source>Reopened. Answer the coach to go on.</source>
        <translation>Weer geopend. Antwoord de coach om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="393" />
        <source>The coach asks you questions back, to make your development question sharper. It does not give answers: those are yours.</source>
        <translation>De coach stelt je vragen terug, om je ontwikkelvraag scherper te maken. Hij geeft geen antwoorden: die zijn van jou.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="395" />
        <source>The coach suggests options to try, building on lessons learned by your colleagues.</source>
        <translation>De coach bedenkt opties om te proberen, voortbouwend op geleerde lessen van je collega’s.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="397" />
        <source>The coach proposes actions from the session notes. You check and edit them; nothing is saved until you say so.</source>
        <translation>De coach stelt acties voor uit de aantekeningen van de bijeenkomst. Jij controleert en past ze aan; er wordt niets opgeslagen tot jij dat zegt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="399" />
        <source>The coach drafts your preparation from your own data. The draft is yours alone until you publish your preparation.</source>
        <translation>De coach schrijft een concept van je voorbereiding uit je eigen gegevens. Alleen jij ziet het concept, tot je je voorbereiding publiceert.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="403" />
        <source>The model runs on this computer: nothing leaves it.</source>
        <translation>Het model draait op deze computer: er gaat niets de deur uit.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="404" />
        <source>&amp;Ask the coach</source>
        <translation>&amp;Vraag de coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="405" />
        <source>S&amp;end</source>
        <translation>Ver&amp;sturen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="407" />
        <source>Answer the coach here; it continues from your answer.</source>
        <translation>Antwoord de coach hier; hij gaat verder vanuit jouw antwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="408" />
        <source>Your answer to the coach</source>
        <translation>Jouw antwoord aan de coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="409" />
        <source>Conversation with the coach</source>
        <translation>Gesprek met de coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="410" />
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="411" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="412" />
        <source>Sa&amp;ve conversation</source>
        <translation>Gesprek &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="413" />
        <source>Saved with this question or situation, for you alone</source>
        <translation>Bewaard bij deze vraag of situatie, alleen voor jou</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="415" />
        <source>Saved conversations</source>
        <translation>Bewaarde gesprekken</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../ui/views/conversations.py" line="345" />
        <location filename="../../ui/views/conversations.py" line="368" />
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="349" />
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="350" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="351" />
        <location filename="../../ui/views/conversations.py" line="424" />
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="352" />
        <source>Preparations published</source>
        <translation>Voorbereidingen gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="353" />
        <location filename="../../ui/views/conversations.py" line="355" />
        <source>%1 of 2</source>
        <translation>%1 van 2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="355" />
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="377" />
        <source>meeting %1</source>
        <translation>gesprek op %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="379" />
        <source>no meeting scheduled yet</source>
        <translation>gesprek nog niet ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="381" />
        <source>you take part as %1</source>
        <translation>je doet mee als %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="385" />
        <source>&amp;Move the meeting…</source>
        <translation>Gesprek ver&amp;zetten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="386" />
        <source>Sc&amp;hedule the meeting…</source>
        <translation>Gesprek &amp;inplannen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="392" />
        <source>Signed by both of you on %1. The record is locked: nothing can be changed unless one of you reopens it.</source>
        <translation>Op %1 door jullie allebei ondertekend. Het verslag is vergrendeld: er kan niets meer veranderen, tenzij een van jullie het heropent.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="400" />
        <source>A later manager of yours may read this record, for example when you change teams. Without it, only the two of you read it.</source>
        <translation>Een latere leidinggevende van jou mag dit verslag lezen, bijvoorbeeld als je van team wisselt. Zonder dit vinkje lezen alleen jullie tweeën het.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="402" />
        <source>Only %1 decides this.</source>
        <translation>Alleen %1 beslist hierover.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="419" />
        <source>Choose a conversation to prepare it, hold it, or read it back.</source>
        <translation>Kies een gesprek om het voor te bereiden, te voeren of terug te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="421" />
        <source>&amp;Later managers may read this record</source>
        <translation>&amp;Latere leidinggevenden mogen dit verslag lezen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="422" />
        <source>&amp;Back to the overview</source>
        <translation>&amp;Terug naar het overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="423" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="424" />
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="424" />
        <source>Record</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="425" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="38" />
        <source>Not scheduled</source>
        <translation>Niet ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="47" />
        <source>Signed by one of you</source>
        <translation>Door een van beiden ondertekend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="50" />
        <source>Both prepared</source>
        <translation>Allebei voorbereid</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="52" />
        <source>One preparation published</source>
        <translation>Eén voorbereiding gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="53" />
        <source>Preparing</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="153" />
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="154" />
        <location filename="../../ui/item_models/conversations.py" line="255" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="155" />
        <location filename="../../ui/item_models/conversations.py" line="252" />
        <source>Meeting</source>
        <translation>Datum gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="205" />
        <source>no manager</source>
        <translation>geen leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="206" />
        <source>%1 (your manager)</source>
        <translation>%1 (je leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="249" />
        <location filename="../../ui/names_conversations.py" line="33" />
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="250" />
        <location filename="../../ui/names_conversations.py" line="34" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="251" />
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="253" />
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="254" />
        <location filename="../../ui/names_conversations.py" line="16" />
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="269" />
        <source>%1 of 2</source>
        <translation>%1 van 2</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="272" />
        <source>%1 (left)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="15" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="17" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="24" />
        <source>Due now</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="25" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="41" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="42" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="43" />
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="51" />
        <source>First half of %1</source>
        <translation>Eerste helft van %1</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="53" />
        <source>Second half of %1</source>
        <translation>Tweede helft van %1</translation>
    </message>
</context>
<context>
    <name>ConversationsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/conversations.py" line="832" />
        <source>%n conversation(s) planned for the %1.</source>
        <translation>
            <numerusform>%n gesprek gepland voor de %1.</numerusform>
            <numerusform>%n gesprekken gepland voor de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="871" />
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="873" />
        <source>Every half year a professional and their manager talk about development: both prepare, both give account, and you make agreements. Never about pay.</source>
        <translation>Elk halfjaar praten een professional en de leidinggevende samen over ontwikkeling. Jullie bereiden je allebei voor, leggen allebei verantwoording af en maken afspraken. Het gaat nooit over salaris.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="875" />
        <location filename="../../ui/views/conversations.py" line="877" />
        <source>My conversations</source>
        <translation>Mijn gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="876" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="879" />
        <source>You take part in no conversation yet. A conversation is planned for every professional who has a manager.</source>
        <translation>Je doet nog aan geen enkel gesprek mee. Voor elke professional met een leidinggevende wordt een gesprek gepland.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="882" />
        <source>Talk about development, every half year</source>
        <translation>Elk halfjaar praten over ontwikkeling</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="883" />
        <source>In a talent development conversation a professional and their manager look back and ahead. Both prepare on their own and publish when ready, both give account of what they did, and you make agreements that carry over to the next time. Both sign the record. It is never about pay.</source>
        <translation>In een talentontwikkelgesprek kijken een professional en de leidinggevende terug en vooruit. Jullie bereiden je allebei apart voor en publiceren je voorbereiding als je klaar bent. Jullie leggen allebei verantwoording af over wat jullie hebben gedaan. En jullie maken afspraken die meegaan naar het volgende gesprek. Tot slot ondertekenen jullie allebei het verslag. Het gaat nooit over salaris.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="888" />
        <source>The owner plans the conversations every half year.</source>
        <translation>De eigenaar plant de gesprekken elk halfjaar in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="889" />
        <source>Plan talent conversations…</source>
        <translation>Talentgesprekken plannen…</translation>
    </message>
</context>
<context>
    <name>CopyUnlockWindow</name>
    <message>
        <location filename="../../ui/copy_login.py" line="82" />
        <source>Type your password.</source>
        <translation>Typ je wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="86" />
        <source>Opening your copy…</source>
        <translation>Je kopie wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="122" />
        <source>Your personal copy</source>
        <translation>Je persoonlijke kopie</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="124" />
        <source>This laptop works on your personal copy of your data, in %1. Type your password to open it; it works without a connection too.</source>
        <translation>Deze laptop werkt met je persoonlijke kopie van je gegevens, in %1. Typ je wachtwoord om hem te openen; dat werkt ook zonder verbinding.</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="127" />
        <location filename="../../ui/copy_login.py" line="128" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="129" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="130" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="66" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="67" />
        <source>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</source>
        <translation>Regiestoel liep tegen een onverwacht probleem aan. Je opgeslagen werk is veilig. Er staat een verslag in:
%1

Stuur dit bestand naar degene die jullie helpt met Regiestoel.</translation>
    </message>
</context>
<context>
    <name>CultureActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="296" />
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="298" />
        <source>An action for the focus “%1”. A month after the round everyone in it is asked whether the actions helped; the next round shows what became of each.</source>
        <translation>Een actie voor het speerpunt “%1”. Een maand na de ronde krijgt iedereen voor wie de ronde was de vraag of de acties hebben geholpen; de volgende ronde laat zien wat er van elke actie is geworden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="301" />
        <source>&amp;What will you do?</source>
        <translation>&amp;Wat ga je doen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="303" />
        <source>Choose a colleague…</source>
        <translation>Kies een collega…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="302" />
        <source>W&amp;ho sees to it?</source>
        <translation>W&amp;ie pakt het op?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="304" />
        <source>&amp;Done by</source>
        <translation>&amp;Klaar op</translation>
    </message>
</context>
<context>
    <name>CultureView</name>
    <message>
        <location filename="../../ui/views/culture.py" line="176" />
        <location filename="../../ui/views/culture.py" line="409" />
        <source>Whole organisation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="220" />
        <source>There is no scan round open for you right now, or you have already answered it. Thank you!</source>
        <translation>Er staat nu geen scanronde voor je open, of je hebt hem al ingevuld. Dank je wel!</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="225" />
        <source>Thank you! Your answers have been added to the counts, without your name.</source>
        <translation>Dank je wel! Je antwoorden zijn bij de tellingen opgeteld, zonder je naam.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="230" />
        <source>Learning culture scan</source>
        <translation>Leercultuurscan</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="253" />
        <location filename="../../ui/views/culture.py" line="402" />
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="287" />
        <source>open until %1</source>
        <translation>open tot %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="283" />
        <location filename="../../ui/views/culture.py" line="285" />
        <source>closed %1</source>
        <translation>gesloten %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="250" />
        <source>Close round %1? Nobody can answer it after that; its results appear if at least %3 people took part (now: %2).</source>
        <translation>Ronde %1 sluiten? Daarna kan niemand hem meer invullen; de uitslagen verschijnen als minstens %3 mensen hebben meegedaan (nu: %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="288" />
        <source>Round %1 — %2 — %n respondent(s)</source>
        <translation>
            <numerusform>Ronde %1 — %2 — %n deelnemer</numerusform>
            <numerusform>Ronde %1 — %2 — %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="300" />
        <source>Scan round %1 is open for you until %2. It takes about ten minutes, and your answers cannot be traced back to you.</source>
        <translation>Scanronde %1 staat voor je open tot %2. Het kost ongeveer tien minuten, en je antwoorden zijn niet naar jou terug te leiden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="310" />
        <source>No scan round yet. A round asks everyone 30 short statements about how learning goes here; the results show where your learning culture is strong and what to work on.</source>
        <translation>Nog geen scanronde. In een ronde krijgt iedereen 30 korte stellingen over hoe leren hier gaat; de uitslag laat zien waar jullie leercultuur sterk is en waar je aan kunt werken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="313" />
        <source>Open the first round to start.</source>
        <translation>Open de eerste ronde om te beginnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="318" />
        <source>This round is still open: %n person(s) have answered so far. Results appear after its closing date, or when the round is closed earlier, so nobody can compare before and after a colleague answers.</source>
        <translation>
            <numerusform>Deze ronde loopt nog: tot nu toe heeft %n persoon geantwoord. De uitslag verschijnt na de sluitingsdatum, of eerder als de ronde gesloten wordt, zodat niemand kan vergelijken van voor en na het antwoord van een collega.</numerusform>
            <numerusform>Deze ronde loopt nog: tot nu toe hebben %n mensen geantwoord. De uitslag verschijnt na de sluitingsdatum, of eerder als de ronde gesloten wordt, zodat niemand kan vergelijken van voor en na het antwoord van een collega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="329" />
        <source>%n respondent(s). Average agreement per characteristic, from 1 (not at all) to 5 (completely); ‘don't know’ is left out of the average.</source>
        <translation>
            <numerusform>%n deelnemer. Gemiddelde instemming per kenmerk, van 1 (helemaal niet) tot 5 (helemaal); ‘weet ik niet’ telt niet mee in het gemiddelde.</numerusform>
            <numerusform>%n deelnemers. Gemiddelde instemming per kenmerk, van 1 (helemaal niet) tot 5 (helemaal); ‘weet ik niet’ telt niet mee in het gemiddelde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="335" />
        <location filename="../../ui/views/culture.py" line="376" />
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="337" />
        <source>Radar chart of the results</source>
        <translation>Radardiagram van de uitslag</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="340" />
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="340" />
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="341" />
        <source>Don't know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="371" />
        <source>The trend appears once two rounds are closed with enough respondents each (at least %1).</source>
        <translation>Het verloop verschijnt zodra twee rondes gesloten zijn met elk genoeg deelnemers (minstens %1).</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="382" />
        <location filename="../../ui/views/culture.py" line="404" />
        <source>Trend across rounds</source>
        <translation>Verloop over de rondes</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="391" />
        <source>Learning culture</source>
        <translation>Leercultuur</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="393" />
        <source>How does learning go in your organisation? Ten characteristics of a learning culture, each measured with three statements, answered anonymously in rounds.</source>
        <translation>Hoe gaat leren in jullie organisatie? Tien kenmerken van een leercultuur, elk gemeten met drie stellingen, anoniem ingevuld in rondes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="395" />
        <source>Your turn</source>
        <translation>Jouw beurt</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="396" />
        <source>Answer the scan</source>
        <translation>Scan invullen</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="399" />
        <source>&amp;Round</source>
        <translation>&amp;Ronde</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="400" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="401" />
        <source>Open a round…</source>
        <translation>Ronde openen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="403" />
        <source>Results</source>
        <translation>Uitslag</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="264" />
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="275" />
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="280" />
        <source>learning-report-%1</source>
        <translation>jaarverslag-leren-%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="282" />
        <source>Save the annual learning report</source>
        <translation>Jaarverslag leren opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="282" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="318" />
        <source>Annual learning report</source>
        <translation>Jaarverslag leren</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="312" />
        <source>The report was saved as %1.</source>
        <translation>Het verslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="314" />
        <source>Making the annual learning report</source>
        <translation>Jaarverslag leren maken</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="333" />
        <source>Learning group</source>
        <translation>Leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="334" />
        <location filename="../../ui/views/dashboard.py" line="335" />
        <location filename="../../ui/views/dashboard.py" line="338" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="336" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="337" />
        <source>Kind of learning</source>
        <translation>Soort leren</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="339" />
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="340" />
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="345" />
        <location filename="../../ui/views/dashboard.py" line="379" />
        <source>Sessions held</source>
        <translation>Gehouden sessies</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="346" />
        <source>Professionals present</source>
        <translation>Aanwezige professionals</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="347" />
        <source>Hours in working time</source>
        <translation>Uren in werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="348" />
        <source>Sessions planned</source>
        <translation>Geplande sessies</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="349" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="350" />
        <source>Due</source>
        <translation>In deze periode</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="351" />
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="352" />
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="353" />
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="354" />
        <location filename="../../ui/views/dashboard.py" line="461" />
        <source>Committed</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="355" />
        <location filename="../../ui/views/dashboard.py" line="460" />
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356" />
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="357" />
        <source>Innovated</source>
        <translation>Vernieuwd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="358" />
        <source>Shared on</source>
        <translation>Gedeeld op</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="359" />
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="360" />
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="361" />
        <source>Don't know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="371" />
        <source>In a learning group</source>
        <translation>In een leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="372" />
        <source>%1 of %2 professionals were at a session</source>
        <translation>%1 van de %2 professionals waren bij een sessie</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="375" />
        <source>Learning hours per person</source>
        <translation>Leeruren per persoon</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="376" />
        <source>in working time; norm %1 hours</source>
        <translation>in werktijd; norm %1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="380" />
        <source>%1 cycles · %2 planned · attendance %3</source>
        <translation>%1 cycli · %2 gepland · aanwezigheid %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="384" />
        <source>Talent conversations on time</source>
        <translation>Talentgesprekken op tijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="385" />
        <source>%1 of %2 due; %3 late</source>
        <translation>%1 van de %2 in deze periode; %3 te laat</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="389" />
        <source>Learning budget used</source>
        <translation>Leerbudget gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="390" />
        <source>%1 of %2 in %3 (AWVN: 55%)</source>
        <translation>%1 van %2 in %3 (AWVN: 55%)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="395" />
        <source>Work situations</source>
        <translation>Werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="396" />
        <source>%1 improved · %2 innovated</source>
        <translation>%1 verbeterd · %2 vernieuwd</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398" />
        <source>Lessons shared</source>
        <translation>Gedeelde lessen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="399" />
        <source>written down for everyone</source>
        <translation>opgeschreven voor iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="401" />
        <location filename="../../ui/views/dashboard.py" line="407" />
        <source>Learning culture</source>
        <translation>Leercultuur</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="402" />
        <source>no closed round with enough respondents to show</source>
        <translation>geen gesloten ronde met genoeg deelnemers om te tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="408" />
        <source>average of round %1, %2 respondents</source>
        <translation>gemiddelde van ronde %1, %2 deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="412" />
        <source>Nothing was recorded in this period yet: no sessions, learning hours, conversations, budget use or lessons. The figures fill in as your organisation learns; choose another period to look back.</source>
        <translation>In deze periode is nog niets vastgelegd: geen sessies, leeruren, gesprekken, budgetgebruik of lessen. De cijfers vullen zich terwijl jullie leren; kies een andere periode om terug te kijken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="435" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="437" />
        <source>Does learning actually happen? Figures for the whole organisation, never of one person. Click a figure to see the list behind it.</source>
        <translation>Wordt er echt geleerd? Cijfers voor de hele organisatie, nooit van één persoon. Klik op een cijfer om de lijst erachter te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="439" />
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440" />
        <source>Whole year</source>
        <translation>Heel het jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440" />
        <source>1st quarter</source>
        <translation>1e kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441" />
        <source>2nd quarter</source>
        <translation>2e kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441" />
        <source>3rd quarter</source>
        <translation>3e kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="442" />
        <source>4th quarter</source>
        <translation>4e kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="444" />
        <source>Part of the year</source>
        <translation>Deel van het jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="445" />
        <source>Annual report (PDF)…</source>
        <translation>Jaarverslag (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="446" />
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="454" />
        <source>Hours per person</source>
        <translation>Uren per persoon</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="455" />
        <source>Learning hours in working time per month</source>
        <translation>Leeruren in werktijd per maand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="456" />
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="457" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="458" />
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="459" />
        <source>Sessions per month</source>
        <translation>Sessies per maand</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462" />
        <source>Learning budget used, % of available</source>
        <translation>Gebruikt leerbudget, % van beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="463" />
        <source>AWVN: 55% used</source>
        <translation>AWVN: 55% gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="464" />
        <source>Learning culture, round %1</source>
        <translation>Leercultuur, ronde %1</translation>
    </message>
</context>
<context>
    <name>DataSafetyPanel</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="136" />
        <source>Exporting everything about %1</source>
        <translation>Alles over %1 exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="398" />
        <source>No backups yet.</source>
        <translation>Nog geen reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="419" />
        <source>%1, left on %2</source>
        <translation>%1, vertrokken op %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="424" />
        <source>Nobody is due for removal.</source>
        <translation>Er hoeft niemand verwijderd te worden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="431" />
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="474" />
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="479" />
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="488" />
        <source>No backup was made.</source>
        <translation>Er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="491" />
        <source>Making a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="502" />
        <source>Backup written to %1</source>
        <translation>Reservekopie opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="511" />
        <source>Choose a backup to restore</source>
        <translation>Kies een reservekopie om terug te zetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="512" />
        <source>Regiestoel backups (*.sqlite3 *.regiestoel-backup);;All files (*)</source>
        <translation>Reservekopieën van Regiestoel (*.sqlite3 *.regiestoel-backup);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/data_safety.py" line="541" />
        <source>Remove %n person(s)?</source>
        <translation>
            <numerusform>%n medewerker verwijderen?</numerusform>
            <numerusform>%n medewerkers verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/data_safety.py" line="542" />
        <source>The records of %n person(s) who left more than two years ago are erased. Totals such as learning hours and budget spent stay right. This cannot be undone.</source>
        <translation>
            <numerusform>De gegevens van %n medewerker die meer dan twee jaar geleden is vertrokken, worden gewist. Totalen zoals leeruren en uitgegeven budget blijven kloppen. Dit kun je niet ongedaan maken.</numerusform>
            <numerusform>De gegevens van %n medewerkers die meer dan twee jaar geleden zijn vertrokken, worden gewist. Totalen zoals leeruren en uitgegeven budget blijven kloppen. Dit kun je niet ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="558" />
        <source>Export everything about %1</source>
        <translation>Alles over %1 exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="559" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="569" />
        <location filename="../../ui/views/data_safety.py" line="570" />
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="571" />
        <source>Not exported: no file was written.</source>
        <translation>Niet geëxporteerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="578" />
        <source>Export ready</source>
        <translation>Export klaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="579" />
        <source>Everything about this person is in %1.</source>
        <translation>Alles over deze medewerker staat in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="594" />
        <source>When Regiestoel started</source>
        <translation>Bij het starten van Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="595" />
        <source>When Regiestoel closed</source>
        <translation>Bij het afsluiten van Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="596" />
        <source>Automatic, while working</source>
        <translation>Automatisch, tijdens het werk</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="597" />
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="598" />
        <source>Before an update of the database</source>
        <translation>Voor een update van de database</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="599" />
        <source>Before a restore</source>
        <translation>Voor het terugzetten van een reservekopie</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="608" />
        <location filename="../../ui/views/data_safety.py" line="614" />
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="610" />
        <source>Regiestoel backs up by itself when it starts, when it closes and every few hours, and keeps the last ten, one a day for a month and one a month for a year. Keep a copy somewhere else too, such as on a USB stick.</source>
        <translation>Regiestoel maakt zelf reservekopieën: bij het starten, bij het afsluiten en om de paar uur. Het bewaart de laatste tien, een maand lang één per dag en een jaar lang één per maand. Bewaar ook ergens anders een kopie, bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="615" />
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="616" />
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>Reservekopie naar een &amp;map of USB-stick…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="617" />
        <source>Re&amp;store a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="620" />
        <source>Privacy (AVG)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="622" />
        <source>People who left more than two years ago. The law says their records should not be kept longer without a reason: remove them, or keep them longer for a reason that is recorded.</source>
        <translation>Medewerkers die meer dan twee jaar geleden zijn vertrokken. Volgens de wet mag je hun gegevens niet langer bewaren zonder reden. Verwijder ze, of bewaar ze langer met een reden die wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="625" />
        <source>People due for removal</source>
        <translation>Mensen van wie de gegevens weg moeten</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="626" />
        <source>&amp;Remove all…</source>
        <translation>Allemaal &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="627" />
        <source>&amp;Keep longer…</source>
        <translation>&amp;Langer bewaren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="629" />
        <source>Someone may ask for everything Regiestoel holds about them, or to be erased.</source>
        <translation>Iemand mag vragen om alles wat Regiestoel over hem of haar bewaart, of vragen om gewist te worden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="630" />
        <source>&amp;Person</source>
        <translation>M&amp;edewerker</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="631" />
        <source>E&amp;xport everything about this person…</source>
        <translation>Alles over deze medewerker e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="632" />
        <source>&amp;Erase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="634" />
        <source>Only an archived person can be erased: archive them first under People.</source>
        <translation>Alleen een gearchiveerde medewerker kan worden gewist. Archiveer de medewerker eerst bij Medewerkers.</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../ui/views/database_panel.py" line="144" />
        <source>Connecting…</source>
        <translation>Verbinding maken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="151" />
        <source>Connected. The database is empty: move this laptop's data there, or start a new organisation in it.</source>
        <translation>Verbonden. De database is leeg: verhuis de gegevens van deze laptop ernaartoe, of begin er een nieuwe organisatie in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="153" />
        <source>Connected. It holds a Regiestoel database, up to date.</source>
        <translation>Verbonden. Er staat een Regiestoel-database in, bijgewerkt tot de nieuwste versie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="155" />
        <source>Connected. It holds a Regiestoel database of an older version; Regiestoel updates it at the next start (after a backup with pg_dump).</source>
        <translation>Verbonden. Er staat een Regiestoel-database van een oudere versie in; Regiestoel werkt die bij de volgende start bij (maak eerst een back-up met pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="158" />
        <source>Connected, but the database was made by a newer Regiestoel. Update Regiestoel on this laptop first.</source>
        <translation>Verbonden, maar de database is gemaakt door een nieuwere Regiestoel. Werk Regiestoel op deze laptop eerst bij.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="161" />
        <source>Connected, but this database holds something else than Regiestoel. Regiestoel will not use it.</source>
        <translation>Verbonden, maar in deze database staat iets anders dan Regiestoel. Regiestoel gebruikt hem niet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="183" />
        <source>Saved. Regiestoel uses this server from the next start.</source>
        <translation>Opgeslagen. Regiestoel gebruikt deze server vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="193" />
        <source>Saved. Regiestoel uses the file on this laptop from the next start.</source>
        <translation>Opgeslagen. Regiestoel gebruikt het bestand op deze laptop vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="203" />
        <source>Move the data to this server?</source>
        <translation>De gegevens naar deze server verhuizen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="204" />
        <source>Everything in the database file on this laptop is copied to %1 and checked row by row. After that, this laptop works on the server; the file stays here as it is, as a copy of how things were. The server database must be empty.</source>
        <translation>Alles in het databasebestand op deze laptop wordt naar %1 gekopieerd en rij voor rij gecontroleerd. Daarna werkt deze laptop op de server; het bestand blijft hier staan zoals het is, als kopie van hoe het was. De serverdatabase moet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="229" />
        <source>Not moved. Nothing changed, here or on the server.</source>
        <translation>Niet verhuisd. Er is niets veranderd, hier niet en op de server niet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="232" />
        <source>Moving the data to the server</source>
        <translation>Gegevens naar de server verhuizen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/database_panel.py" line="254" />
        <source>Moved: %n row(s) copied and checked. This laptop now works on the server; log in again.</source>
        <translation>
            <numerusform>Verhuisd: %n rij gekopieerd en gecontroleerd. Deze laptop werkt nu op de server; log opnieuw in.</numerusform>
            <numerusform>Verhuisd: %n rijen gekopieerd en gecontroleerd. Deze laptop werkt nu op de server; log opnieuw in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="257" />
        <source>There is no keyring on this computer: Regiestoel asks for the server's password at every start.</source>
        <translation>Deze computer heeft geen sleutelhanger: Regiestoel vraagt bij elke start om het wachtwoord van de server.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="259" />
        <source>Moved to the server</source>
        <translation>Verhuisd naar de server</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="278" />
        <source>Now: the database file in %1.</source>
        <translation>Nu: het databasebestand in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="281" />
        <source>Now: the database server %1.</source>
        <translation>Nu: de databaseserver %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="285" />
        <source>From the next start: %1.</source>
        <translation>Vanaf de volgende start: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="287" />
        <source>From the next start: the file on this laptop.</source>
        <translation>Vanaf de volgende start: het bestand op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="297" />
        <source>Regiestoel keeps its data in a file on this laptop. When several laptops of the organisation should work in the same data, point every one of them at one PostgreSQL database server. Move the existing data there once, from this laptop, into an empty database. Backups of a server database are made with pg_dump.</source>
        <translation>Regiestoel bewaart zijn gegevens in een bestand op deze laptop. Moeten meerdere laptops van de organisatie met dezelfde gegevens werken, laat ze dan allemaal naar één PostgreSQL-databaseserver wijzen. Verhuis de bestaande gegevens daar één keer naartoe, vanaf deze laptop, in een lege database. Back-ups van een serverdatabase maak je met pg_dump.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="315" />
        <source>&amp;Move the data there…</source>
        <translation>Gegevens daarheen &amp;verhuizen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="317" />
        <source>Copy everything from this laptop into the empty server database, then work there</source>
        <translation>Kopieer alles van deze laptop naar de lege serverdatabase en werk daarna daar</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>Server &amp;address</source>
        <translation>Server&amp;adres</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="303" />
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="303" />
        <source>Pass&amp;word</source>
        <translation>Wacht&amp;woord</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="310" />
        <source>Kept in this computer's keyring, never in a file. Without a keyring Regiestoel asks for it at every start.</source>
        <translation>Bewaard in de sleutelhanger van deze computer, nooit in een bestand. Zonder sleutelhanger vraagt Regiestoel er bij elke start om.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="312" />
        <source>&amp;Test connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="313" />
        <source>Use this &amp;server</source>
        <translation>Deze &amp;server gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="314" />
        <source>Use the file on this &amp;laptop</source>
        <translation>Het bestand op deze &amp;laptop gebruiken</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="271" />
        <source>Choose a date from %1 to %2.</source>
        <translation>Kies een datum van %1 tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="274" />
        <source>Choose %1 or later.</source>
        <translation>Kies %1 of later.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="276" />
        <source>Choose %1 or earlier.</source>
        <translation>Kies %1 of eerder.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="295" />
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="295" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="299" />
        <source>Fill in a date.</source>
        <translation>Vul een datum in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="301" />
        <source>“%1” is not a day on the calendar.</source>
        <translation>“%1” bestaat niet op de kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="303" />
        <source>“%1” is not a date. Type it as %2, 28122026 or %3.</source>
        <translation>“%1” is geen datum. Typ hem als %2, 28122026 of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="308" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kies op een kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="309" />
        <source>Choose from a calendar</source>
        <translation>Kies op een kalender</translation>
    </message>
</context>
<context>
    <name>DayAgendaEditor</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="248" />
        <source>New block</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="274" />
        <source>%1 of %2 minutes</source>
        <translation>%1 van %2 minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="277" />
        <source>%n minute(s) short</source>
        <translation>
            <numerusform>%n minuut te weinig</numerusform>
            <numerusform>%n minuten te weinig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="279" />
        <source>%n minute(s) too many</source>
        <translation>
            <numerusform>%n minuut te veel</numerusform>
            <numerusform>%n minuten te veel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="299" />
        <source>T&amp;heme</source>
        <translation>Th&amp;ema</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="300" />
        <source>Theme of day %1</source>
        <translation>Thema van dag %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="301" />
        <source>Block</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="301" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="302" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="302" />
        <source>Prompt</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="303" />
        <source>Blocks of day %1</source>
        <translation>Onderdelen van dag %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="304" />
        <source>&amp;Add block</source>
        <translation>Onderdeel toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="305" />
        <source>Re&amp;move block</source>
        <translation>Onderdeel ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="306" />
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="307" />
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="308" />
        <source>&amp;Prompt of the selected block, shown to the group:</source>
        <translation>O&amp;pdracht bij het gekozen onderdeel, zoals de groep die ziet:</translation>
    </message>
</context>
<context>
    <name>DecideTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="613" />
        <source>Beyond the budget</source>
        <translation>Boven het budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="614" />
        <source>&amp;Why do you approve it anyway?</source>
        <translation>&amp;Waarom keur je de aanvraag toch goed?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="614" />
        <source>Approve anyway</source>
        <translation>Toch goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="629" />
        <source>Decline %1</source>
        <translation>%1 afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="630" />
        <source>%1 reads your reason with the decision. Perhaps there is another way to learn this, in the work or in a learning group?</source>
        <translation>%1 leest je reden bij het besluit. Is er misschien een andere manier om dit te leren, in het werk of in een leergroep?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="633" />
        <source>&amp;Why do you decline it?</source>
        <translation>&amp;Waarom wijs je de aanvraag af?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="633" />
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="648" />
        <source>Requests of the people you manage. Approve what helps them in their work; when you decline, say why.</source>
        <translation>Aanvragen van de mensen van wie je leidinggevende bent. Keur goed wat hen helpt in hun werk. Wijs je iets af? Zeg dan waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="650" />
        <source>Requests waiting for your decision</source>
        <translation>Aanvragen die op jouw besluit wachten</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="651" />
        <source>A&amp;pprove</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="652" />
        <source>&amp;Decline…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="654" />
        <source>Nothing to decide</source>
        <translation>Niets te beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="655" />
        <source>When someone you manage asks for a course or training, the request waits here for your decision.</source>
        <translation>Vraagt iemand van wie je leidinggevende bent een cursus of training aan? Dan wacht de aanvraag hier op jouw besluit.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/development.py" line="118" />
        <source>Nothing saved yet.</source>
        <translation>Nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="125" />
        <source>My development question</source>
        <translation>Mijn ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="127" />
        <source>Your development question is yours: what do you want to learn, in and for your own work? The ten guiding questions help you sharpen it. Answer them in any order, now or later; every saved version is kept.</source>
        <translation>Je ontwikkelvraag is van jou: wat wil je leren, in en voor je eigen werk? De tien leervragen helpen je om je vraag scherper te maken. Beantwoord ze in de volgorde die jij wilt, nu of later. Elke opgeslagen versie blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="130" />
        <source>My &amp;development question</source>
        <translation>Mijn &amp;ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="132" />
        <source>for example: How do I find faults in heat pumps on my own?</source>
        <translation>bijvoorbeeld: Hoe vind ik zelf storingen in warmtepompen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="133" />
        <source>My manager may read my question and my answers</source>
        <translation>Mijn leidinggevende mag mijn vraag en mijn antwoorden lezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/development.py" line="136" />
        <source>History (%n)</source>
        <translation>
            <numerusform>Geschiedenis (%n)</numerusform>
            <numerusform>Geschiedenis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="138" />
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="34" />
        <source>Your learning group meets tomorrow</source>
        <translation>Morgen komt je leergroep bij elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="36" />
        <source>Your session starts within the hour</source>
        <translation>Je sessie begint binnen een uur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="38" />
        <source>Session of your learning group</source>
        <translation>Sessie van je leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="39" />
        <source>Prepare your talent conversation (in two weeks)</source>
        <translation>Bereid je talentontwikkelgesprek voor (over twee weken)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="41" />
        <source>Finish preparing your talent conversation (in three days)</source>
        <translation>Rond de voorbereiding van je talentontwikkelgesprek af (over drie dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="43" />
        <source>An agreement from your conversation is past its date</source>
        <translation>Een afspraak uit je gesprek is over de datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="45" />
        <source>An action from your group is past its date</source>
        <translation>Een actie uit je leergroep is over de datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="47" />
        <source>A learning request waits for your decision</source>
        <translation>Een leeraanvraag wacht op jouw besluit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="49" />
        <source>You are invited to a learning group</source>
        <translation>Je bent uitgenodigd voor een leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="51" />
        <source>The learning culture scan is open for you</source>
        <translation>De leercultuurscan staat voor je open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="54" />
        <source>Your week</source>
        <translation>Je week</translation>
    </message>
</context>
<context>
    <name>DueCard</name>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="124" />
        <source>Go there</source>
        <translation>Ga erheen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="144" />
        <source>Needs your attention</source>
        <translation>Vraagt je aandacht</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../ui/widgets/due_notice.py" line="61" />
        <source>Go there</source>
        <translation>Ga erheen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_notice.py" line="62" />
        <location filename="../../ui/widgets/due_notice.py" line="63" />
        <source>Put this notification away</source>
        <translation>Deze melding wegzetten</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="208" />
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="212" />
        <source>Everything %1 wrote and everything about %1 as a person is erased: name, e-mail, development questions, preparations, notes. Totals such as learning hours and budget spent stay right, without their name. This cannot be undone.</source>
        <translation>Alles wat %1 heeft geschreven en alles over %1 als persoon wordt gewist: naam, e-mailadres, ontwikkelvragen, voorbereidingen, aantekeningen. Totalen zoals leeruren en uitgegeven budget blijven kloppen, zonder naam. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="218" />
        <source>Name to confirm</source>
        <translation>Naam ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="219" />
        <source>Type the name %1 to confirm:</source>
        <translation>Typ de naam %1 om te bevestigen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="229" />
        <source>&amp;Erase for good</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
</context>
<context>
    <name>EvaluateRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="94" />
        <source>Evaluate %1</source>
        <translation>%1 evalueren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="96" />
        <source>%1 is done. Look back for a moment: what did it bring you, and where will you use it?</source>
        <translation>%1 is afgerond. Kijk even terug: wat heeft het je opgeleverd, en waar ga je het gebruiken?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="99" />
        <source>What did you &amp;learn?</source>
        <translation>Wat heb je &amp;geleerd?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="100" />
        <source>Where do you &amp;apply it?</source>
        <translation>Waar ga je het &amp;toepassen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="101" />
        <source>&amp;How</source>
        <translation>&amp;Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="102" />
        <source>What it &amp;cost</source>
        <translation>Wat het &amp;kostte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="103" />
        <source>Hours it &amp;took</source>
        <translation>&amp;Uren die het kostte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="108" />
        <source>The two or three things you take with you.</source>
        <translation>De twee of drie dingen die je meeneemt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="109" />
        <source>(no work situation)</source>
        <translation>(geen werksituatie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="111" />
        <source>Optional: what you will do differently, and when.</source>
        <translation>Niet verplicht: wat ga je anders doen, en wanneer?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="112" />
        <source>Actual cost in euros</source>
        <translation>Werkelijke kosten in euro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="114" />
        <source>Filled in with what was asked. Change it when the invoice says otherwise.</source>
        <translation>Ingevuld met het aangevraagde bedrag. Pas het aan als er op de factuur iets anders staat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="115" />
        <source>Hours it took</source>
        <translation>Uren die het kostte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="116" />
        <source>In &amp;working time</source>
        <translation>In &amp;werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="117" />
        <source>These hours count as your learning hours.</source>
        <translation>Deze uren tellen mee als je leeruren.</translation>
    </message>
</context>
<context>
    <name>FinishSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="41" />
        <source>Finish the session early?</source>
        <translation>Sessie nu al afronden?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="43" />
        <source>This session has taken %1 minutes of the planned %2. Finish it now? Everyone present gets the time you count here as learning in working time.</source>
        <translation>Deze sessie duurt nu %1 minuten van de geplande %2. Wil je haar nu afronden? Iedereen die er was krijgt de tijd die je hier invult als leren in werktijd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="46" />
        <source>&amp;Minutes to count</source>
        <translation>&amp;Minuten die tellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="47" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="49" />
        <source>The time measured by the clock; change it if the group met longer or shorter.</source>
        <translation>De tijd die de klok heeft gemeten; pas hem aan als de groep langer of korter bij elkaar was.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="50" />
        <source>&amp;Finish session</source>
        <translation>Sessie &amp;afronden</translation>
    </message>
</context>
<context>
    <name>FinishSituationDialog</name>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="93" />
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="95" />
        <source>Expected result: %1</source>
        <translation>Verwacht resultaat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/finish_situation.py" line="104" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="138" />
        <source>Finish: %1</source>
        <translation>Afronden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="140" />
        <source>Look back on the experiment: what came out of it? Then write down the lesson, so that colleagues with a similar situation can find it.</source>
        <translation>Kijk terug op het experiment: wat is eruit gekomen? Schrijf daarna de les op, zodat collega's met een vergelijkbare situatie die kunnen vinden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="142" />
        <source>Close a work situation that no longer needs attention. If you learned something on the way, you can still write it down.</source>
        <translation>Sluit een werksituatie af die geen aandacht meer nodig heeft. Heb je onderweg iets geleerd? Dan kun je dat nog opschrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="144" />
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="146" />
        <source>Improved: it works better now</source>
        <translation>Verbeterd: het werkt nu beter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="147" />
        <source>Innovated: we now do it in a new way</source>
        <translation>Vernieuwd: we doen het nu op een nieuwe manier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="148" />
        <source>Closed: we stop working on it</source>
        <translation>Afgesloten: we werken er niet meer aan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="153" />
        <source>Improved and innovated come after an experiment. You can close the situation at any step.</source>
        <translation>Verbeterd en vernieuwd komen na een experiment. Afsluiten kan bij elke stap.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="155" />
        <source>What came &amp;out of it?</source>
        <translation>Wat is er &amp;uitgekomen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="156" />
        <source>Why do you &amp;close it?</source>
        <translation>Waa&amp;rom sluit je de situatie af?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="158" />
        <source>Compare with the result you expected. What happened, and what did you notice?</source>
        <translation>Vergelijk het met het resultaat dat je verwachtte. Wat is er gebeurd, en wat viel je op?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="159" />
        <source>Write down the lesson learned</source>
        <translation>Schrijf de geleerde les op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="161" />
        <source>Already filled in from the work situation. Make it something a colleague can use.</source>
        <translation>Al ingevuld vanuit de werksituatie. Maak er iets van waar een collega wat aan heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="163" />
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
</context>
<context>
    <name>FirstPasswordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="110" />
        <source>Close without the handout?</source>
        <translation>Sluiten zonder de briefjes?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="111" />
        <source>The temporary passwords are shown only here. Once you close this window, Regiestoel cannot show them again. Close anyway?</source>
        <translation>De tijdelijke wachtwoorden staan alleen hier. Sluit je dit venster, dan kan Regiestoel ze niet meer laten zien. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="113" />
        <source>&amp;Close anyway</source>
        <translation>&amp;Toch sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="119" />
        <source>Save the handout</source>
        <translation>Briefjes opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="120" />
        <source>first-passwords.pdf</source>
        <translation>eerste-wachtwoorden.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="120" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="135" />
        <source>Saved as %1. Print it, cut the slips apart and hand each person their own. Then delete the file: the passwords are in it.</source>
        <translation>Opgeslagen als %1. Druk het af, knip de briefjes los en geef iedereen zijn eigen briefje. Verwijder daarna het bestand: de wachtwoorden staan erin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="146" />
        <location filename="../../ui/dialogs/first_passwords.py" line="163" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="146" />
        <source>Temporary password</source>
        <translation>Tijdelijk wachtwoord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="155" />
        <source>%n person(s) can now log in with a temporary password. At their first login they choose their own.</source>
        <translation>
            <numerusform>%n medewerker kan nu inloggen met een tijdelijk wachtwoord en kiest bij de eerste keer een eigen wachtwoord.</numerusform>
            <numerusform>%n medewerkers kunnen nu inloggen met een tijdelijk wachtwoord en kiezen bij de eerste keer een eigen wachtwoord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="158" />
        <source>Print the handout now, or write the passwords down: Regiestoel keeps only a scrambled form and cannot show them again after you close this window.</source>
        <translation>Druk de briefjes nu af of schrijf de wachtwoorden op: Regiestoel bewaart alleen een versleutelde vorm en kan ze niet meer laten zien als je dit venster sluit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="170" />
        <source>%n person(s) cannot log in yet. Give them all a temporary password in one step; you then print a handout with one slip per person, in their own language.</source>
        <translation>
            <numerusform>%n medewerker kan nog niet inloggen. Geef in één keer een tijdelijk wachtwoord; daarna druk je een briefje af, in de eigen taal van die medewerker.</numerusform>
            <numerusform>%n medewerkers kunnen nog niet inloggen. Geef ze in één keer allemaal een tijdelijk wachtwoord; daarna druk je voor iedereen een briefje af, in ieders eigen taal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="174" />
        <source>Everyone can log in already.</source>
        <translation>Iedereen kan al inloggen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="175" />
        <source>&amp;Give %n temporary password(s)</source>
        <translation>
            <numerusform>%n tijdelijk wachtwoord &amp;geven</numerusform>
            <numerusform>%n tijdelijke wachtwoorden &amp;geven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="185" />
        <source>First passwords</source>
        <translation>Eerste wachtwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="186" />
        <source>&amp;Print handout (PDF)…</source>
        <translation>Briefjes &amp;afdrukken (pdf)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="187" />
        <source>People and their temporary passwords</source>
        <translation>Medewerkers en hun tijdelijke wachtwoorden</translation>
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="56" />
        <source>Focus and actions</source>
        <translation>Speerpunten en acties</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="62" />
        <source>Focus chosen after this round:</source>
        <translation>Speerpunten gekozen na deze ronde:</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="70" />
        <source>No actions yet.</source>
        <translation>Nog geen acties.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="72" />
        <source>Action for %1…</source>
        <translation>Actie voor %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="79" />
        <source>After reading the results together, choose one or two characteristics to work on, and agree on actions, each with someone who sees to it and a date. A month later everyone is asked whether they helped; the next round shows how the characteristics changed.</source>
        <translation>Bespreek de uitslagen samen, kies één of twee kenmerken om aan te werken en spreek acties af, elk met iemand die het oppakt en een datum. Een maand later krijgt iedereen de vraag of ze hebben geholpen; de volgende ronde laat zien hoe de kenmerken zijn veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="84" />
        <source>Choose focus…</source>
        <translation>Speerpunten kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="91" />
        <source>Focus of round %1: %2 — then %3, now %4 (%5)</source>
        <translation>Speerpunt van ronde %1: %2 — toen %3, nu %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="101" />
        <source>No actions were agreed for it.</source>
        <translation>Hiervoor zijn geen acties afgesproken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="105" />
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="107" />
        <source>dropped</source>
        <translation>geschrapt</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="109" />
        <source>open, overdue</source>
        <translation>open, datum verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="110" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="114" />
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="115" />
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="116" />
        <source>• %1 — %2, by %3 (%4)</source>
        <translation>• %1 — %2, uiterlijk %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="123" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="124" />
        <source>Drop</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="139" />
        <source>On %1 everyone in this round is asked whether the actions helped (anonymously, until %2).</source>
        <translation>Op %1 krijgt iedereen van deze ronde de vraag of de acties hebben geholpen (anoniem, tot en met %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture_focus.py" line="142" />
        <source>Whether the actions helped can be answered until %2; %n person(s) answered so far.</source>
        <translation>
            <numerusform>Tot en met %2 kun je antwoorden of de acties hebben geholpen; tot nu toe heeft %n persoon geantwoord.</numerusform>
            <numerusform>Tot en met %2 kun je antwoorden of de acties hebben geholpen; tot nu toe hebben %n mensen geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="145" />
        <source>Too few people answered whether the actions helped: at least %3 are needed to show it.</source>
        <translation>Te weinig mensen hebben geantwoord of de acties hebben geholpen: er zijn er minstens %3 nodig om het te laten zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture_focus.py" line="148" />
        <source>Did the actions help? On average %4, from 1 (not at all) to 5 (completely); %n answer(s), ‘don't know’ left out.</source>
        <translation>
            <numerusform>Hebben de acties geholpen? Gemiddeld %4, van 1 (helemaal niet) tot 5 (helemaal); %n antwoord, ‘weet ik niet’ niet meegeteld.</numerusform>
            <numerusform>Hebben de acties geholpen? Gemiddeld %4, van 1 (helemaal niet) tot 5 (helemaal); %n antwoorden, ‘weet ik niet’ niet meegeteld.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="152" />
        <source>After the previous round:</source>
        <translation>Na de vorige ronde:</translation>
    </message>
</context>
<context>
    <name>FocusDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="222" />
        <source>Choose focus</source>
        <translation>Speerpunten kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="225" />
        <source>Choose one or two characteristics to work on together until the next round. The next round shows how they went.</source>
        <translation>Kies één of twee kenmerken om samen aan te werken tot de volgende ronde. De volgende ronde laat zien hoe het ging.</translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="83" />
        <source>Did the actions help?</source>
        <translation>Hebben de acties geholpen?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="85" />
        <source>1 = not at all, 5 = completely, ? = don't know</source>
        <translation>1 = helemaal niet, 5 = helemaal, ? = weet ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="86" />
        <source>Send my answer</source>
        <translation>Mijn antwoord versturen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="91" />
        <source>A month ago, after learning culture scan round %1, these actions were agreed:</source>
        <translation>Een maand geleden, na ronde %1 van de leercultuurscan, zijn deze acties afgesproken:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="96" />
        <source>Anonymous, like the scan: only how often each answer was given is kept, and the result shows only when enough people answered. You can answer once, until %1.</source>
        <translation>Anoniem, net als de scan: alleen hoe vaak elk antwoord is gegeven wordt bewaard, en de uitslag is pas te zien als genoeg mensen hebben geantwoord. Je kunt één keer antwoorden, tot en met %1.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="154" />
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="155" />
        <source>You have changed this form. Discard what you changed?</source>
        <translation>Je hebt dit formulier gewijzigd. Wil je je wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="156" />
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="173" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>GenerationMix</name>
    <message>
        <location filename="../../ui/dialogs/group.py" line="100" />
        <source>Generation mix</source>
        <translation>Generatiemix</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/group.py" line="274" />
        <source>%n person(s) chosen: %1</source>
        <translation>
            <numerusform>%n medewerker gekozen: %1</numerusform>
            <numerusform>%n medewerkers gekozen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="275" />
        <source>Nobody chosen yet.</source>
        <translation>Nog niemand gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="278" />
        <source>You leave yourself out: once the group has started you do not see its sessions and notes.</source>
        <translation>Je laat jezelf erbuiten: zodra de groep gestart is, zie je de sessies en aantekeningen niet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="296" />
        <source>%1 — ask me about: %2</source>
        <translation>%1 — vraag me over: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="304" />
        <source>(no guide)</source>
        <translation>(geen begeleider)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="312" />
        <location filename="../../ui/dialogs/group.py" line="403" />
        <source>%1 (invited)</source>
        <translation>%1 (uitgenodigd)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="320" />
        <source>Nobody has the guide role yet. The owner can give it to an experienced colleague under People.</source>
        <translation>Nog niemand heeft de rol begeleider. De eigenaar kan die rol bij Medewerkers aan een ervaren collega geven.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="323" />
        <source>No guide knows about “%1”. Try another word.</source>
        <translation>Geen enkele begeleider weet iets van “%1”. Probeer een ander woord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="327" />
        <source>Optional. An experienced colleague who helps the group now and then. Search by what you want to learn about.</source>
        <translation>Niet verplicht. Een ervaren collega die de groep af en toe helpt. Zoek op het onderwerp waarover je wilt leren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="342" />
        <source>Choose at least one person.</source>
        <translation>Kies minstens één medewerker.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="371" />
        <source>Start a learning group</source>
        <translation>Leergroep starten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="372" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="401" />
        <source>Untick yourself to start the group for others without being in it.</source>
        <translation>Vink jezelf uit om de groep voor anderen te starten zonder er zelf in te zitten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="404" />
        <source>Asked to join; has not answered yet.</source>
        <translation>Uitgenodigd; heeft nog niet geantwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="406" />
        <source>%1 (declined)</source>
        <translation>%1 (afgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="407" />
        <source>Said no to joining. Tick to ask again.</source>
        <translation>Heeft de uitnodiging afgeslagen. Vink aan om het opnieuw te vragen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="378" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="374" />
        <source>Choose the colleagues you want to learn with: 3 to 6 people, young and old mixed. You meet one hour a day, four days in a row, in working time. Everyone you choose gets an invitation on My learning and joins when they accept.</source>
        <translation>Kies de collega's met wie je wilt leren: 3 tot 6 mensen, jong en oud door elkaar. Jullie komen vier dagen achter elkaar een uur per dag samen, in werktijd. Iedereen die je kiest krijgt een uitnodiging op Mijn regie en doet mee zodra hij of zij die aanneemt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="379" />
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="380" />
        <source>&amp;Who joins</source>
        <translation>&amp;Wie doen er mee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="381" />
        <source>&amp;Guide</source>
        <translation>&amp;Begeleider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="386" />
        <source>You are in the group you start. To start it for others without being in it, untick yourself.</source>
        <translation>Je zit zelf in de groep die je start. Wil je hem voor anderen starten zonder er zelf in te zitten? Vink jezelf dan uit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="388" />
        <source>for example: Smoother mornings in the bakery</source>
        <translation>bijvoorbeeld: Rustiger ochtenden in de bakkerij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="390" />
        <source>What do you want to get better at together? A sentence or two is enough.</source>
        <translation>Waar willen jullie samen beter in worden? Een of twee zinnen is genoeg.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="391" />
        <source>Search colleagues by name or subject</source>
        <translation>Zoek collega's op naam of onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="392" />
        <source>Search colleagues</source>
        <translation>Collega's zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="393" />
        <source>Colleagues in the group</source>
        <translation>Collega's in de groep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="399" />
        <source>%1 (you)</source>
        <translation>%1 (jij)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="409" />
        <source>Find a guide by subject, e.g. planning</source>
        <translation>Zoek een begeleider op onderwerp, bijv. planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="410" />
        <source>Search guides by subject</source>
        <translation>Begeleiders zoeken op onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="411" />
        <source>Guide</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="412" />
        <source>&amp;Start group</source>
        <translation>Groep &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="412" />
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../ui/names_groups.py" line="27" />
        <source>Gen Z</source>
        <translation>Gen Z</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="28" />
        <source>Millennials</source>
        <translation>Millennials</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="29" />
        <source>Gen X</source>
        <translation>Gen X</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="30" />
        <source>Baby boomers</source>
        <translation>Babyboomers</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="31" />
        <source>year of birth unknown</source>
        <translation>geboortejaar onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="38" />
        <location filename="../../ui/names_groups.py" line="50" />
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="39" />
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="40" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="47" />
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="49" />
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="60" />
        <source>Check-in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="61" />
        <source>Work situation</source>
        <translation>Werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="62" />
        <source>Aim</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="63" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="64" />
        <source>Options</source>
        <translation>Mogelijkheden</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="65" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="66" />
        <source>Looking back</source>
        <translation>Terugblikken</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="67" />
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="68" />
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="69" />
        <source>Check-out</source>
        <translation>Uitchecken</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="77" />
        <source>A learning group works best with 3 to 6 people. With fewer, you hear fewer views; perhaps a colleague would like to join?</source>
        <translation>Een leergroep werkt het best met 3 tot 6 mensen. Met minder hoor je minder verschillende kijken op de zaak. Misschien wil er nog een collega meedoen?</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="81" />
        <source>A learning group works best with 3 to 6 people. With more, not everyone gets a turn in one hour; consider starting two groups.</source>
        <translation>Een leergroep werkt het best met 3 tot 6 mensen. Met meer komt niet iedereen binnen een uur aan de beurt. Misschien kun je beter twee groepen starten.</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/groups.py" line="333" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/groups.py" line="335" />
        <source>%n invited</source>
        <translation>
            <numerusform>%n uitgenodigd</numerusform>
            <numerusform>%n uitgenodigd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="337" />
        <source>next session %1</source>
        <translation>volgende sessie %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="397" />
        <source>No purpose written down yet. What do you want to get better at together?</source>
        <translation>Nog geen doel opgeschreven. Waar willen jullie samen beter in worden?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="400" />
        <source>%1 (you)</source>
        <translation>%1 (jij)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="402" />
        <source>Members (%1)</source>
        <translation>Leden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="404" />
        <source>Nobody yet.</source>
        <translation>Nog niemand.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="406" />
        <source>Invited, no answer yet: %1</source>
        <translation>Uitgenodigd, nog geen antwoord: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="409" />
        <source>Declined: %1</source>
        <translation>Afgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="417" />
        <source> (you)</source>
        <translation> (jij)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="421" />
        <source>%1 (invited, no answer yet)</source>
        <translation>%1 (uitgenodigd, nog geen antwoord)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="426" />
        <source>No guide. An experienced colleague can help the group now and then; choose one with Edit group.</source>
        <translation>Geen begeleider. Een ervaren collega kan de groep af en toe helpen. Kies er een via Groep bewerken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="447" />
        <source>%1 (now with %2)</source>
        <translation>%1 (nu bij %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="454" />
        <source>The group works on bottlenecks and challenges from your own work. Bring in one of your work situations to start.</source>
        <translation>De groep werkt aan knelpunten en uitdagingen uit jullie eigen werk. Breng een van je werksituaties in om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="457" />
        <source>All your open work situations are with this group.</source>
        <translation>Al je open werksituaties liggen al bij deze groep.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="461" />
        <source>Register one under Work situations first.</source>
        <translation>Maak er eerst een aan bij Werksituaties.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="476" />
        <source>Week cycle %1 – %2</source>
        <translation>Weekcyclus %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="495" />
        <source>moved from %1</source>
        <translation>verplaatst van %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="498" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="519" />
        <source>No week cycle yet. In a vital week cycle the group meets one hour a day on four working days in a row, in working time. Plan the first one.</source>
        <translation>Nog geen weekcyclus. In een vitale weekcyclus komt de groep vier werkdagen achter elkaar een uur per dag bij elkaar, in werktijd. Plan de eerste.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="521" />
        <source>To start a session, select it on its day and press Start session.</source>
        <translation>Wil je een sessie starten? Kies de sessie op de dag zelf en klik op Sessie starten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="575" />
        <source>&amp;Continue session</source>
        <translation>&amp;Doorgaan met sessie</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="576" />
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="587" />
        <source>You can start a session on its day.</source>
        <translation>Je kunt een sessie starten op de dag zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="629" />
        <source>Leave %1?</source>
        <translation>%1 verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="630" />
        <source>You no longer see the sessions and notes of %1. The others carry on; they can invite you again later.</source>
        <translation>Je ziet de sessies en aantekeningen van %1 dan niet meer. De anderen gaan door; ze kunnen je later opnieuw uitnodigen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="679" />
        <source>Cancel this week cycle?</source>
        <translation>Deze weekcyclus annuleren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="680" />
        <source>The four sessions from %1 to %2 are cancelled. Export the calendar again, so everyone's calendar shows the cancellation.</source>
        <translation>De vier sessies van %1 tot en met %2 worden geannuleerd. Exporteer de agenda opnieuw, zodat de annulering in ieders agenda komt te staan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="699" />
        <source>Export to calendar</source>
        <translation>Exporteren naar agenda</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="700" />
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="718" />
        <source>Saved as %1. Open this file with your calendar program (such as Outlook or Google Calendar) or send it to the group.</source>
        <translation>Opgeslagen als %1. Open dit bestand met je agendaprogramma (zoals Outlook of Google Agenda) of stuur het naar de groep.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="731" />
        <source>Learning groups</source>
        <translation>Leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="733" />
        <source>Learn with colleagues you chose, on situations from your own work, one hour a day for four days, in working time.</source>
        <translation>Leer met collega's die je zelf kiest, aan situaties uit je eigen werk. Vier dagen lang een uur per dag, in werktijd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="735" />
        <source>My learning groups</source>
        <translation>Mijn leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="736" />
        <source>Start a &amp;learning group</source>
        <translation>&amp;Leergroep starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="737" />
        <source>&amp;Edit group</source>
        <translation>Groep bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="738" />
        <source>Lea&amp;ve group</source>
        <translation>Groep &amp;verlaten</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="739" />
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="740" />
        <source>Guide</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="741" />
        <source>Work situations</source>
        <translation>Werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="742" />
        <source>Week cycles</source>
        <translation>Weekcycli</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="743" />
        <source>&amp;Bring in one of my situations</source>
        <translation>Een van mijn situaties &amp;inbrengen</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="744" />
        <source>&amp;Plan a week cycle…</source>
        <translation>Weekcyclus &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="745" />
        <source>Ca&amp;ncel cycle</source>
        <translation>Cyclus &amp;annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="746" />
        <source>&amp;Move session…</source>
        <translation>Sessie &amp;verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="748" />
        <source>Someone ill, or the room taken? Move the selected session to another day.</source>
        <translation>Is er iemand ziek, of is de ruimte bezet? Verplaats de gekozen sessie naar een andere dag.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="749" />
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xporteren naar agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="751" />
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="751" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="752" />
        <source>Week cycles and their sessions</source>
        <translation>Weekcycli en hun sessies</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="754" />
        <source>Learn together in a learning group</source>
        <translation>Samen leren in een leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="755" />
        <source>A learning group is 3 to 6 colleagues who choose each other, young and old mixed. You meet one hour a day, four days in a row, in working time, and work on situations from your own work.</source>
        <translation>Een leergroep bestaat uit 3 tot 6 collega's die elkaar kiezen, jong en oud door elkaar. Jullie komen vier dagen achter elkaar een uur per dag bij elkaar, in werktijd. Jullie werken dan aan situaties uit je eigen werk.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="758" />
        <source>Start a learning group</source>
        <translation>Leergroep starten</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="267" />
        <source>No conversations yet.</source>
        <translation>Nog geen gesprekken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="274" />
        <source>%1 and %2 · meeting: %3</source>
        <translation>%1 en %2 · gesprek: %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="282" />
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="286" />
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="289" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="294" />
        <source>%1: reopened by %2. Reason: %3</source>
        <translation>%1: heropend door %2. Reden: %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="296" />
        <source>%1: handed over to another manager by %2 (%3).</source>
        <translation>%1: door %2 overgedragen aan een andere leidinggevende (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="304" />
        <source>All conversations of this professional and their agreements, the latest first. Open agreements carry over until they are done.</source>
        <translation>Alle gesprekken van deze professional en de afspraken daaruit, het nieuwste eerst. Open afspraken gaan mee naar het volgende gesprek tot ze gedaan zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="306" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="265" />
        <source>Ask me about</source>
        <translation>Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="266" />
        <source>What may colleagues ask you about? Separate subjects with commas.</source>
        <translation>Waarover mogen collega's je iets vragen? Scheid de onderwerpen met komma's.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="285" />
        <source>Good morning, %1</source>
        <translation>Goedemorgen, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="287" />
        <source>Good afternoon, %1</source>
        <translation>Goedemiddag, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="288" />
        <source>Good evening, %1</source>
        <translation>Goedenavond, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="297" />
        <source>%1, %2: %3 — day %4 of 4</source>
        <translation>%1, %2: %3 — dag %4 van 4</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="307" />
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="319" />
        <source>Talent conversation with %1: %2</source>
        <translation>Talentontwikkelgesprek met %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="322" />
        <source>Talent conversation with %1 is overdue</source>
        <translation>Het talentontwikkelgesprek met %1 is te laat</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="324" />
        <source>Talent conversation with %1: prepare it before %2</source>
        <translation>Talentontwikkelgesprek met %1: bereid het voor vóór %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="330" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="340" />
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="342" />
        <source>was due %1</source>
        <translation>had af moeten zijn op %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="343" />
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="352" />
        <source>Nothing planned for the coming week. Join or start a learning group to learn in working time, together with colleagues.</source>
        <translation>Niets gepland voor de komende week. Doe mee met een leergroep of start er zelf een. Zo leer je in werktijd, samen met collega's.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="365" />
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="366" />
        <source>My development question</source>
        <translation>Mijn ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="368" />
        <source>My learning groups</source>
        <translation>Mijn leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="369" />
        <source>My work situations</source>
        <translation>Mijn werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="370" />
        <source>My profile</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="367" />
        <source>Learning in working time</source>
        <translation>Leren in werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="371" />
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="378" />
        <source>Go to People</source>
        <translation>Naar Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="379" />
        <source>Go to Learning groups</source>
        <translation>Naar Leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="380" />
        <source>Go to Work situations</source>
        <translation>Naar Werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="377" />
        <source>Change what colleagues may ask me</source>
        <translation>Wijzig waarover collega's je iets kunnen vragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="206" />
        <source>How does learning go here? The learning culture scan is open for you until %1: 30 short statements, anonymous, about ten minutes.</source>
        <translation>Hoe gaat leren hier? De leercultuurscan staat voor je open tot %1: 30 korte stellingen, anoniem, ongeveer tien minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="228" />
        <source>Put into my development question</source>
        <translation>In mijn ontwikkelvraag zetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="372" />
        <source>Learning culture scan</source>
        <translation>Leercultuurscan</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="373" />
        <source>Answer the scan</source>
        <translation>Scan invullen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="383" />
        <source>My learning</source>
        <translation>Mijn regie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="393" />
        <source>%n of 10 guiding questions answered</source>
        <translation>
            <numerusform>%n van de 10 leervragen beantwoord</numerusform>
            <numerusform>%n van de 10 leervragen beantwoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="395" />
        <source>Work on my question</source>
        <translation>Aan mijn vraag werken</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="396" />
        <source>Sharpen it with the coach</source>
        <translation>Aanscherpen met de coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="400" />
        <source>What do you want to learn, in and for your own work? Put it into words: your development question is the start of everything you learn here.</source>
        <translation>Wat wil je leren, in en voor je eigen werk? Zet het in woorden. Je ontwikkelvraag is het begin van alles wat je hier leert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="403" />
        <source>Write my development question</source>
        <translation>Mijn ontwikkelvraag opschrijven</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="408" />
        <source>%1 of %2 hours</source>
        <translation>%1 van %2 uur</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="413" />
        <source>Learning hours against the norm</source>
        <translation>Leeruren tegenover de norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="415" />
        <source>Learning hours in working time this year, against the norm of your organisation. Every session you attend counts.</source>
        <translation>Je leeruren in werktijd dit jaar, vergeleken met de norm van je organisatie. Elke sessie waarbij je aanwezig bent, telt mee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="447" />
        <source>&lt;b&gt;Learning budget:&lt;/b&gt; this year&apos;s budget is overspent by %1. Ask for a course or training under Learning &amp;amp; budget: the decision says whether there is room.</source>
        <translation>&lt;b&gt;Leerbudget:&lt;/b&gt; het budget van dit jaar is %1 overschreden. Vraag een cursus of training aan onder Leren &amp;amp; budget: het besluit zegt of er nog ruimte is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="421" />
        <source>&lt;b&gt;Learning budget:&lt;/b&gt; %1 left in your organisation's budget for this year. Ask for a course or training under Learning &amp;amp; budget.</source>
        <translation>&lt;b&gt;Leerbudget:&lt;/b&gt; er is dit jaar nog %1 over in het budget van je organisatie. Vraag een cursus of training aan onder Leren &amp;amp; budget.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="425" />
        <source>&lt;b&gt;My learning budget:&lt;/b&gt; %1 left of %2 this year.</source>
        <translation>&lt;b&gt;Mijn leerbudget:&lt;/b&gt; dit jaar nog %1 over van %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="429" />
        <source>%1 of it expires on %2 unless you use it.</source>
        <translation>Daarvan vervalt %1 op %2 als je het niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="438" />
        <source>next session %1</source>
        <translation>volgende sessie %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="442" />
        <source>You are not in a learning group yet. A group is 3 to 6 colleagues who choose each other and meet one hour a day, four days in a row.</source>
        <translation>Je zit nog niet in een leergroep. Een groep bestaat uit 3 tot 6 collega's die elkaar kiezen en vier dagen achter elkaar een uur per dag bij elkaar komen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="448" />
        <source>No open work situations. Is something in your work stuck, or could it be better? Register it as a work situation.</source>
        <translation>Geen open werksituaties. Loopt er iets vast in je werk, of kan het beter? Leg het vast als werksituatie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="455" />
        <source>&lt;b&gt;Roles:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rollen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="456" />
        <source>&lt;b&gt;Teams:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Teams:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="451" />
        <source>not in a team yet</source>
        <translation>nog in geen team</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="457" />
        <source>&lt;b&gt;Manager:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Leidinggevende:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="452" />
        <source>no direct manager</source>
        <translation>geen directe leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="458" />
        <source>&lt;b&gt;Ask me about:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vraag me over:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="453" />
        <source>nothing filled in yet</source>
        <translation>nog niets ingevuld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="463" />
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n medewerker toegevoegd</numerusform>
            <numerusform>%n medewerkers toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="464" />
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="466" />
        <source>%n person(s) cannot log in yet: give them a temporary password</source>
        <translation>
            <numerusform>%n medewerker kan nog niet inloggen: geef een tijdelijk wachtwoord</numerusform>
            <numerusform>%n medewerkers kunnen nog niet inloggen: geef ze een tijdelijk wachtwoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="468" />
        <source>Everyone can log in</source>
        <translation>Iedereen kan inloggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="470" />
        <source>%n professional(s) without a direct manager</source>
        <translation>
            <numerusform>%n professional zonder directe leidinggevende</numerusform>
            <numerusform>%n professionals zonder directe leidinggevende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="473" />
        <source>Every professional has a direct manager</source>
        <translation>Elke professional heeft een directe leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="474" />
        <source>Yearly learning budget: %1</source>
        <translation>Jaarlijks leerbudget: %1</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="41" />
        <source>Import people</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="44" />
        <source>Choose an Excel workbook (.xlsx) or a CSV file. Regiestoel first shows what would change; nothing is saved until you click Import. A row with an ID updates that person; a row without an ID adds someone.</source>
        <translation>Kies een Excel-werkmap (.xlsx) of een CSV-bestand. Regiestoel laat eerst zien wat er zou veranderen; er wordt niets opgeslagen tot je op Importeren klikt. Een rij met een ID werkt die medewerker bij; een rij zonder ID voegt iemand toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="48" />
        <source>Columns, in any order: ID, Name and E-mail (needed), Roles (owner, manager, employee or professional, guide; empty means employee), Teams, Manager (e-mail), Year of birth, Expertise. Several teams or roles in one cell are separated by commas. Dutch and English headers are both understood.</source>
        <translation>Kolommen, in elke volgorde: ID, Naam en E-mail (verplicht), Rollen (eigenaar, leidinggevende, medewerker of professional, begeleider; leeg betekent medewerker), Teams, Leidinggevende (e-mail), Geboortejaar, Expertise. Meerdere teams of rollen in één cel scheid je met komma's. Nederlandse en Engelse koppen worden allebei begrepen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="53" />
        <source>Save an empty &amp;template…</source>
        <translation>Leeg &amp;sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="62" />
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="63" />
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="73" />
        <source>Summary of the file</source>
        <translation>Samenvatting van het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="85" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="94" />
        <source>Choose a list of people</source>
        <translation>Kies een lijst met medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="95" />
        <source>Excel workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel-werkmappen en CSV-bestanden (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="101" />
        <source>Save an empty template</source>
        <translation>Leeg sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="102" />
        <source>people-template.csv</source>
        <translation>medewerkers-sjabloon.csv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="102" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="111" />
        <source>Template saved as %1.</source>
        <translation>Sjabloon opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="166" />
        <source>Importing people</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="176" />
        <source>People imported</source>
        <translation>Medewerkers geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="119" />
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="122" />
        <source>Checking the file</source>
        <translation>Het bestand controleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="126" />
        <source>Not checked.</source>
        <translation>Niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="129" />
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="141" />
        <source>Ready to import</source>
        <translation>Klaar om te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="144" />
        <source>Nothing can be imported until these problems are solved</source>
        <translation>Er kan niets worden geïmporteerd tot deze problemen zijn opgelost</translation>
    </message>
</context>
<context>
    <name>InvitationCards</name>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="98" />
        <location filename="../../ui/widgets/invitation_cards.py" line="120" />
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="100" />
        <source>%1 asks you to guide the learning group %2.</source>
        <translation>%1 vraagt je de leergroep %2 te begeleiden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="101" />
        <source>Guide this group</source>
        <translation>Deze groep begeleiden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="103" />
        <source>%1 invites you to the learning group %2.</source>
        <translation>%1 nodigt je uit voor de leergroep %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="104" />
        <source>Join</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="105" />
        <source>Aim: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="106" />
        <source>No aim written down yet.</source>
        <translation>Nog geen doel opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="107" />
        <source>Guide: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="108" />
        <source>No guide.</source>
        <translation>Geen begeleider.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="110" />
        <source>You see the group's sessions, work situations and notes once you join. Invited on %1.</source>
        <translation>Je ziet de sessies, werksituaties en aantekeningen van de groep zodra je meedoet. Uitgenodigd op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="113" />
        <source>Invitation: %1</source>
        <translation>Uitnodiging: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="116" />
        <source>Decline</source>
        <translation>Afslaan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="119" />
        <source>%1 asks you to finish your work situation “%2” as: %3.</source>
        <translation>%1 vraagt je je werksituatie ‘%2’ af te ronden als: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="122" />
        <source>Only you finish your own work situation.</source>
        <translation>Alleen jij rondt je eigen werksituatie af.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="124" />
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="127" />
        <source>Finish…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="129" />
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="131" />
        <source>Finish a work situation?</source>
        <translation>Een werksituatie afronden?</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/long_job.py" line="56" />
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="73" />
        <source>This step cannot be stopped halfway; it finishes in a moment.</source>
        <translation>Deze stap kan niet halverwege stoppen; hij is zo klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="81" />
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="93" />
        <source>Copying the database…</source>
        <translation>De database kopiëren…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="94" />
        <source>Writing the checksum…</source>
        <translation>De controlesom schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="95" />
        <source>Encrypting the backup…</source>
        <translation>De back-up versleutelen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="96" />
        <source>Writing the backup…</source>
        <translation>De back-up wegschrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="97" />
        <source>Checking the backup…</source>
        <translation>De back-up controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="98" />
        <source>Preparing the restored data…</source>
        <translation>De teruggezette gegevens klaarzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="99" />
        <source>Backing up the current data…</source>
        <translation>Een back-up maken van de huidige gegevens…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="100" />
        <source>Replacing the data…</source>
        <translation>De gegevens vervangen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="101" />
        <source>Reading the file…</source>
        <translation>Het bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="102" />
        <source>Checking the rows…</source>
        <translation>De rijen controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="103" />
        <source>Saving the people…</source>
        <translation>De medewerkers opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="104" />
        <source>Copying the tables…</source>
        <translation>De tabellen kopiëren…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="105" />
        <source>Building the search index…</source>
        <translation>De zoekindex opbouwen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="106" />
        <source>Saving on the server…</source>
        <translation>Opslaan op de server…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="107" />
        <source>Comparing every row…</source>
        <translation>Elke rij vergelijken…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="108" />
        <source>Collecting the data…</source>
        <translation>De gegevens verzamelen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="109" />
        <source>Adding the signed conversation records…</source>
        <translation>De ondertekende gespreksverslagen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="110" />
        <source>Sealing the file…</source>
        <translation>Het bestand verzegelen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="111" />
        <source>Writing the file…</source>
        <translation>Het bestand wegschrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="112" />
        <source>Counting the year's figures…</source>
        <translation>De cijfers van het jaar tellen…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="113" />
        <source>Writing the report…</source>
        <translation>Het verslag schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="114" />
        <source>Choosing what you may read and encrypting it…</source>
        <translation>Kiezen wat jij mag lezen en dat versleutelen…</translation>
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../../ui/views/laptops.py" line="85" />
        <source>Revoked %1</source>
        <translation>Ingetrokken %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="88" />
        <source>Not synced for over 30 days</source>
        <translation>Al meer dan 30 dagen niet bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="89" />
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="94" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="123" />
        <source>Revoke this laptop's copy?</source>
        <translation>De kopie op deze laptop intrekken?</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="124" />
        <source>The personal copy of %1 on %2 can no longer sync from now on, and the laptop deletes it at its next contact with the database. This cannot be undone: %1 can make a new copy later.</source>
        <translation>De persoonlijke kopie van %1 op %2 kan vanaf nu niet meer bijwerken, en de laptop verwijdert haar bij het volgende contact met de database. Dit kun je niet ongedaan maken: %1 kan later een nieuwe kopie maken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="151" />
        <source>Whoever takes their data along has a personal copy on their laptop, with a login of its own on the organisation's database that reads only what that person may read. Revoke a copy when a laptop is lost or someone leaves: its login stops at once, and the laptop deletes the copy at its next contact.</source>
        <translation>Wie zijn gegevens meeneemt, heeft een persoonlijke kopie op de eigen laptop, met een eigen login op de database van de organisatie die alleen leest wat die persoon mag lezen. Trek een kopie in als een laptop kwijt is of iemand vertrekt: de login stopt meteen, en de laptop verwijdert de kopie bij het volgende contact.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="155" />
        <source>No laptop holds a personal copy.</source>
        <translation>Er staat op geen enkele laptop een persoonlijke kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Person</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Last synced</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="158" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="159" />
        <source>&amp;Revoke…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../ui/names_learning.py" line="18" />
        <source>Bottleneck</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="19" />
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="26" />
        <source>Something in your work that gets stuck or costs too much effort.</source>
        <translation>Iets in je werk dat vastloopt of te veel moeite kost.</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="28" />
        <source>Something new or difficult that you want to handle well.</source>
        <translation>Iets nieuws of moeilijks dat je goed wilt aanpakken.</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="36" />
        <source>Improve</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="37" />
        <source>Innovate</source>
        <translation>Innoveren</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="38" />
        <source>Perform better</source>
        <translation>Beter presteren</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="45" />
        <source>Collecting questions</source>
        <translation>Vragen verzamelen</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="46" />
        <source>Looking for options</source>
        <translation>Mogelijkheden zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="47" />
        <source>Experimenting</source>
        <translation>Experimenteren</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="48" />
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="49" />
        <source>Innovated</source>
        <translation>Vernieuwd</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="50" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="57" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="58" />
        <source>Option</source>
        <translation>Mogelijkheid</translation>
    </message>
</context>
<context>
    <name>LearningRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="328" />
        <source>Ask for training</source>
        <translation>Training aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="329" />
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="331" />
        <source>Ask for a course, training or coaching that helps you in your work. Your manager decides; afterwards you tell what you learned.</source>
        <translation>Vraag een cursus, training of coaching aan die je helpt in je werk. Je leidinggevende beslist. Achteraf vertel je wat je hebt geleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="334" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="335" />
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="336" />
        <source>&amp;Provider</source>
        <translation>&amp;Aanbieder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="337" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="338" />
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="339" />
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="340" />
        <source>&amp;Starts</source>
        <translation>&amp;Begint</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="341" />
        <source>&amp;Ends</source>
        <translation>&amp;Eindigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="342" />
        <source>Wh&amp;y</source>
        <translation>Waa&amp;rom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="343" />
        <source>Development question</source>
        <translation>Ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="344" />
        <source>Work si&amp;tuation</source>
        <translation>Werksi&amp;tuatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="351" />
        <source>for example: Planning with Excel</source>
        <translation>bijvoorbeeld: Plannen met Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="352" />
        <source>the school, trainer or website</source>
        <translation>de school, trainer of website</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="354" />
        <source>Cost in euros</source>
        <translation>Kosten in euro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="356" />
        <source>In euros, for example %1. Type 0 when it is free.</source>
        <translation>In euro, bijvoorbeeld %1. Typ 0 als het gratis is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="358" />
        <source>Hours it takes</source>
        <translation>Uren die het kost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="359" />
        <source>In w&amp;orking time</source>
        <translation>I&amp;n werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="361" />
        <source>All the time it takes you, in hours. When it is done, they count as your learning hours.</source>
        <translation>Alle tijd die het je kost, in uren. Als het af is, tellen ze mee als je leeruren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="364" />
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="365" />
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="366" />
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="368" />
        <source>The start date decides the budget year; without one, it is this year.</source>
        <translation>De begindatum bepaalt het budgetjaar. Zonder begindatum is dat dit jaar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="370" />
        <source>What do you want to learn, and how does it help you in your work?</source>
        <translation>Wat wil je leren, en hoe helpt het je in je werk?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="371" />
        <source>It helps with my development question</source>
        <translation>Het helpt bij mijn ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="374" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="376" />
        <source>Linked to an earlier development question.</source>
        <translation>Gekoppeld aan een eerdere ontwikkelvraag.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="377" />
        <source>(no work situation)</source>
        <translation>(geen werksituatie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="379" />
        <source>Optional: the work situation where you want to use what you learn.</source>
        <translation>Niet verplicht: de werksituatie waarin je wilt gebruiken wat je leert.</translation>
    </message>
</context>
<context>
    <name>LearningSettingsPanel</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="478" />
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="484" />
        <source>No closing days yet.</source>
        <translation>Nog geen sluitingsdagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="602" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="625" />
        <source>Back to the standard agendas?</source>
        <translation>Terug naar de standaardagenda's?</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="626" />
        <source>The four session agendas in %1 go back to how Regiestoel comes. Your own changes to them are lost.</source>
        <translation>De vier sessieagenda's in het %1 worden weer zoals Regiestoel ze levert. Je eigen wijzigingen daarin gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="631" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="631" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="635" />
        <source>Each session lasts exactly %1 minutes. These are the agendas in %2; switch the language to adjust the others.</source>
        <translation>Elke sessie duurt precies %1 minuten. Dit zijn de agenda's in het %2. Wissel van taal om de andere aan te passen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="651" />
        <source>Only the owner changes rooms, closing days and session agendas. You can see them here.</source>
        <translation>Alleen de eigenaar wijzigt ruimtes, sluitingsdagen en sessieagenda's. Je kunt ze hier wel bekijken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="653" />
        <location filename="../../ui/views/learning_settings.py" line="657" />
        <source>Rooms</source>
        <translation>Ruimtes</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="655" />
        <source>Quiet, comfortable rooms where a learning group can meet. A room is never given to two groups at the same time.</source>
        <translation>Rustige, prettige ruimtes waar een leergroep bij elkaar kan komen. Een ruimte gaat nooit op hetzelfde moment naar twee groepen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="658" />
        <location filename="../../ui/views/learning_settings.py" line="659" />
        <source>Name of a new room</source>
        <translation>Naam van een nieuwe ruimte</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="660" />
        <source>Add &amp;room</source>
        <translation>&amp;Ruimte toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="661" />
        <source>Remove room</source>
        <translation>Ruimte verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="662" />
        <location filename="../../ui/views/learning_settings.py" line="668" />
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="664" />
        <source>Dutch public holidays are skipped automatically. Add the days your organisation is closed on top of those, this year and next: one day, or a period such as the construction holiday (fill in both dates).</source>
        <translation>Nederlandse feestdagen worden vanzelf overgeslagen. Voeg daarnaast de dagen toe waarop je organisatie dicht is, dit jaar en volgend jaar: één dag, of een periode zoals de bouwvak (vul dan beide datums in).</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="669" />
        <source>First closing day</source>
        <translation>Eerste sluitingsdag</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="670" />
        <source>&amp;until</source>
        <translation>t/&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="671" />
        <source>Last closing day (empty for one day)</source>
        <translation>Laatste sluitingsdag (leeg voor één dag)</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="675" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="667" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="667" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="672" />
        <source>for example: company outing</source>
        <translation>bijvoorbeeld: bedrijfsuitje</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="673" />
        <source>Description of the closing day</source>
        <translation>Omschrijving van de sluitingsdag</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="674" />
        <source>Add &amp;closing day</source>
        <translation>Sluitings&amp;dag toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="676" />
        <source>Session agendas</source>
        <translation>Sessieagenda's</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="678" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="679" />
        <source>&amp;Save agendas</source>
        <translation>&amp;Agenda's opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="680" />
        <source>Back to the s&amp;tandard agendas</source>
        <translation>Terug &amp;naar de standaardagenda's</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="820" />
        <source>Learning budget %1</source>
        <translation>Leerbudget %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="821" />
        <source>What the organisation sets aside for formal learning in %1: courses, training, coaching.</source>
        <translation>Wat de organisatie in %1 reserveert voor formeel leren: cursussen, trainingen, coaching.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="823" />
        <location filename="../../ui/views/budget.py" line="841" />
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="823" />
        <location filename="../../ui/views/budget.py" line="841" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="837" />
        <source>Budget of %1</source>
        <translation>Budget van %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="838" />
        <source>An individual budget for %1 in %2. Their requests are then paid from it, and are checked against it.</source>
        <translation>Een persoonlijk budget voor %1 in %2. De aanvragen van %1 worden dan hieruit betaald en hieraan getoetst.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="844" />
        <source>No budget of their own: paid from the organisation's budget</source>
        <translation>Geen eigen budget: betaald uit het budget van de organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="858" />
        <source>learning-budget-%1.csv</source>
        <translation>leerbudget-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="860" />
        <source>Export the ledger</source>
        <translation>Budgetoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="860" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/budget.py" line="871" />
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="875" />
        <source>Exporting the ledger</source>
        <translation>Budgetoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="878" />
        <source>Not exported: no file was written.</source>
        <translation>Niet geëxporteerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="892" />
        <source>&lt;b&gt;%1 left&lt;/b&gt; of %2 in %3.</source>
        <translation>&lt;b&gt;Nog %1 over&lt;/b&gt; van %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/budget.py" line="895" />
        <source>Unused individual budget carries over for %n year(s).</source>
        <translation>
            <numerusform>Ongebruikt persoonlijk budget gaat %n jaar mee.</numerusform>
            <numerusform>Ongebruikt persoonlijk budget gaat %n jaar mee.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="897" />
        <source>Unused individual budget lapses at the end of the year.</source>
        <translation>Ongebruikt persoonlijk budget vervalt aan het eind van het jaar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="900" />
        <source>%1 of individual budgets expires on %2.</source>
        <translation>Van de persoonlijke budgetten vervalt %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="904" />
        <source>All requests in %1</source>
        <translation>Alle aanvragen in %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="906" />
        <source>Nobody has asked for training in %1 yet.</source>
        <translation>In %1 heeft nog niemand een training aangevraagd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="917" />
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="918" />
        <source>Ledger</source>
        <translation>Budgetoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="919" />
        <source>All requests</source>
        <translation>Alle aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="920" />
        <source>Set the year &amp;budget…</source>
        <translation>Jaar&amp;budget instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="921" />
        <source>&amp;Individual budget…</source>
        <translation>&amp;Persoonlijk budget…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="922" />
        <source>Choose a person in the ledger first.</source>
        <translation>Kies eerst een medewerker in het budgetoverzicht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="923" />
        <source>&amp;Carry-over…</source>
        <translation>&amp;Meenemen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="924" />
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporteren naar CSV…</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="211" />
        <source>New lesson learned</source>
        <translation>Nieuwe geleerde les</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="212" />
        <source>Edit lesson: %1</source>
        <translation>Les bewerken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="214" />
        <source>Write down what you learned so that a colleague can use it tomorrow. Short and concrete is better than complete.</source>
        <translation>Schrijf op wat je hebt geleerd, zodat een collega er morgen mee verder kan. Kort en concreet is beter dan volledig.</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/lesson.py" line="103" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="140" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="141" />
        <source>What was the &amp;situation?</source>
        <translation>Wat was de &amp;situatie?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="142" />
        <source>What &amp;worked?</source>
        <translation>Wat &amp;werkte?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="143" />
        <source>What did &amp;not work?</source>
        <translation>Wat werkte &amp;niet?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="144" />
        <source>What would you do ne&amp;xt time?</source>
        <translation>Wat doe je de &amp;volgende keer?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="145" />
        <source>T&amp;ags</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="154" />
        <source>In a few words: what did you learn?</source>
        <translation>In een paar woorden: wat heb je geleerd?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="155" />
        <source>Where, when and with whom. Enough for a colleague who was not there.</source>
        <translation>Waar, wanneer en met wie. Genoeg voor een collega die er niet bij was.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="157" />
        <source>for example: planning, new colleagues</source>
        <translation>bijvoorbeeld: planning, nieuwe collega's</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="158" />
        <source>Words that help colleagues find this lesson, separated by commas.</source>
        <translation>Woorden waarmee collega's deze les kunnen vinden, gescheiden door komma's.</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <location filename="../../ui/views/lessons.py" line="280" />
        <source>The newest lessons. Type to search all of them.</source>
        <translation>De nieuwste lessen. Typ om in alle lessen te zoeken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/lessons.py" line="282" />
        <source>%n lesson(s) found, best match first.</source>
        <translation>
            <numerusform>%n les gevonden.</numerusform>
            <numerusform>%n lessen gevonden, de beste treffer eerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="286" />
        <source>No lesson matches “%1”</source>
        <translation>Geen les gevonden voor “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="287" />
        <source>Try fewer words, or another word for the same thing. Perhaps nobody has written this lesson yet: you could be the first.</source>
        <translation>Probeer minder woorden, of een ander woord voor hetzelfde. Misschien heeft nog niemand deze les opgeschreven. Dan kun jij de eerste zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="315" />
        <source>Written by %1</source>
        <translation>Geschreven door %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="319" />
        <source>from a finished work situation</source>
        <translation>uit een afgeronde werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="323" />
        <source>What was the situation?</source>
        <translation>Wat was de situatie?</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="324" />
        <source>What worked</source>
        <translation>Wat werkte</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="325" />
        <source>What did not work</source>
        <translation>Wat werkte niet</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="326" />
        <source>Next time</source>
        <translation>Volgende keer</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="332" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="391" />
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="393" />
        <source>What colleagues learned from their work situations, written down to be used again. Search by any word; other forms of a word are found too.</source>
        <translation>Wat collega's hebben geleerd van hun werksituaties, opgeschreven om opnieuw te gebruiken. Zoek op elk woord dat je wilt. Andere vormen van een woord worden ook gevonden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="395" />
        <source>Search lessons, for example: planning</source>
        <translation>Zoek in lessen, bijvoorbeeld: planning</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="396" />
        <source>Search lessons</source>
        <translation>Lessen zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="397" />
        <source>Lessons found</source>
        <translation>Gevonden lessen</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="398" />
        <source>The chosen lesson</source>
        <translation>De gekozen les</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="399" />
        <source>&amp;New lesson</source>
        <translation>&amp;Nieuwe les</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="400" />
        <source>&amp;Edit</source>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="402" />
        <source>Lessons learned are kept here</source>
        <translation>Hier worden geleerde lessen bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="403" />
        <source>When you finish a work situation, you write down what you learned, so that colleagues facing the same thing can find it. You can also write a lesson straight away.</source>
        <translation>Als je een werksituatie afrondt, schrijf je op wat je hebt geleerd. Zo kunnen collega's die hetzelfde tegenkomen het terugvinden. Je kunt ook meteen een les schrijven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="406" />
        <location filename="../../ui/views/lessons.py" line="407" />
        <source>Write a lesson</source>
        <translation>Les schrijven</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="192" />
        <source>Choose your name first.</source>
        <translation>Kies eerst je naam.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="224" />
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wacht %n seconde voordat je het opnieuw probeert.</numerusform>
            <numerusform>Wacht %n seconden voordat je het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="246" />
        <source>Choose your name and enter your password.</source>
        <translation>Kies je naam en vul je wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="247" />
        <location filename="../../ui/login.py" line="248" />
        <source>Find your name</source>
        <translation>Zoek je naam</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="249" />
        <source>People who can log in</source>
        <translation>Medewerkers die kunnen inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="250" />
        <location filename="../../ui/login.py" line="251" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252" />
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="253" />
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="254" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Not kept</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>While the laptop was locked, someone else logged in. What you had typed and not saved in these windows was not kept: %1</source>
        <translation>Terwijl de laptop vergrendeld was, heeft iemand anders ingelogd. Wat je in deze vensters had getypt en nog niet had opgeslagen, is niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Your copy is out of date</source>
        <translation>Je kopie is verouderd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Personal copy removed</source>
        <translation>Persoonlijke kopie verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>The owner of Regiestoel has withdrawn the personal copy on this laptop, so it has been removed. Regiestoel closes now; next time it works on your organisation's database again.</source>
        <translation>De eigenaar van Regiestoel heeft de persoonlijke kopie op deze laptop ingetrokken, dus is ze verwijderd. Regiestoel sluit nu; de volgende keer werkt het weer met de database van je organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>Your session is paused while the laptop was locked. Press Start to go on.</source>
        <translation>Je sessie staat op pauze omdat de laptop vergrendeld was. Klik op Start om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>My learning</source>
        <translation>Mijn regie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>My team</source>
        <translation>Mijn team</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <source>Work situations</source>
        <translation>Werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>Learning groups</source>
        <translation>Leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>Lessons learned</source>
        <translation>Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Learning &amp; budget</source>
        <translation>Leren &amp; budget</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Learning culture</source>
        <translation>Leercultuur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <location filename="../../ui/main_window.py" line="687" />
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <location filename="../../ui/main_window.py" line="689" />
        <source>Lock (Ctrl+L)</source>
        <translation>Vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484" />
        <location filename="../../ui/main_window.py" line="690" />
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625" />
        <source>Your password has been changed.</source>
        <translation>Je wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673" />
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="674" />
        <source>&amp;Switch user</source>
        <translation>&amp;Gebruiker wisselen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675" />
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>&amp;People</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679" />
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe medewerker…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680" />
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681" />
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>&amp;About Regiestoel</source>
        <translation>&amp;Over Regiestoel</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="414" />
        <source>No agreements yet. What will each of you do in the coming half year?</source>
        <translation>Nog geen afspraken. Wat gaan jullie allebei doen in het komende halfjaar?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="416" />
        <source>Agreements carry over to the next conversation until they are done.</source>
        <translation>Afspraken gaan mee naar het volgende gesprek tot ze gedaan zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="431" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="437" />
        <source>Your preparation is not published yet, so only you can read it. Publish it on the Prepare page.</source>
        <translation>Je voorbereiding is nog niet gepubliceerd. Alleen jij kunt hem dus lezen. Publiceer hem bij Voorbereiden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="440" />
        <source>%1 has not published a preparation yet. You can read it here once it is published.</source>
        <translation>%1 heeft nog geen voorbereiding gepubliceerd. Zodra dat gebeurd is, kun je hem hier lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="444" />
        <source>Nothing written.</source>
        <translation>Niets ingevuld.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="451" />
        <source>Published on %1.</source>
        <translation>Gepubliceerd op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="515" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="491" />
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="519" />
        <source>Sign as &amp;professional…</source>
        <translation>Ondertekenen als &amp;professional…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="520" />
        <source>Sign as &amp;manager…</source>
        <translation>Ondertekenen als lei&amp;dinggevende…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="534" />
        <source>Both of you signed, so the record is locked. If something must change, reopen it; then both of you sign again.</source>
        <translation>Jullie hebben allebei ondertekend, dus het verslag is vergrendeld. Moet er iets veranderen? Heropen het dan. Daarna ondertekenen jullie allebei opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="537" />
        <source>You sign once both of you have published your preparation. Each of you signs with your own password, also on this laptop.</source>
        <translation>Jullie ondertekenen zodra jullie allebei je voorbereiding hebben gepubliceerd. Ieder ondertekent met het eigen wachtwoord, ook op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="368" />
        <source>Saved meanwhile by someone else:</source>
        <translation>Intussen door iemand anders opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="369" />
        <source>Your text is still in the box above. Saving it replaces theirs, so take over what you want to keep.</source>
        <translation>Jouw tekst staat nog in het vak hierboven. Sla je die op, dan vervangt hij de hunne: neem dus over wat je wilt houden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="466" />
        <source>%1 asks for a correction of the agreement “%2”:</source>
        <translation>%1 vraagt om een correctie van de afspraak ‘%2’:</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="469" />
        <source>%1 asks for a correction of the summary:</source>
        <translation>%1 vraagt om een correctie van de samenvatting:</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="474" />
        <source>The record is open for changes again. A change takes back a signature that is already there; whoever asked signs once it is right.</source>
        <translation>Het verslag kan weer worden aangepast. Een wijziging maakt een handtekening die er al staat ongedaan; wie om de correctie vroeg, ondertekent zodra het klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="488" />
        <source>Seen, with a remark, on %1</source>
        <translation>Gezien, met een opmerking, op %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="490" />
        <source>Agreed on %1</source>
        <translation>Akkoord op %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="499" />
        <source>Your signature of %1 was taken back: %2 changed the record afterwards. Read it again and sign once more.</source>
        <translation>Je handtekening van %1 is vervallen: %2 heeft het verslag daarna gewijzigd. Lees het opnieuw en onderteken nog een keer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="502" />
        <source>The signature of %1 was taken back: %2 changed the record afterwards, so %3 signs again.</source>
        <translation>De handtekening van %1 is vervallen: %2 heeft het verslag daarna gewijzigd, dus %3 ondertekent opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="524" />
        <source>Ask for a correction…</source>
        <translation>Om een correctie vragen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="525" />
        <source>%1 asks for a correction</source>
        <translation>%1 vraagt om een correctie</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="540" />
        <source>%1 signed. Until the other signs too, the record stays as it is. Sign as agreed, or as seen with a remark; or ask for a correction, which opens the record for changes again.</source>
        <translation>%1 heeft ondertekend. Tot de ander ook ondertekent, blijft het verslag zoals het is. Onderteken met ‘Akkoord’ of met ‘Gezien, met een opmerking’, of vraag om een correctie: dan kan het verslag weer worden aangepast.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="545" />
        <source>A change now takes back the signature that is already there; then that side signs again.</source>
        <translation>Een wijziging maakt nu de handtekening die er al staat ongedaan; daarna ondertekent die kant opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="548" />
        <source>Each of you signs with your own password, also on this laptop: as agreed, or as seen with a remark. Once both of you have signed, the record is locked.</source>
        <translation>Jullie ondertekenen elk met je eigen wachtwoord, ook op deze laptop: met ‘Akkoord’ of met ‘Gezien, met een opmerking’. Zodra jullie allebei hebben ondertekend, is het verslag vergrendeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/conversation_meeting.py" line="563" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="669" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="697" />
        <source>What became of earlier agreements</source>
        <translation>Wat er van eerdere afspraken is gekomen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="699" />
        <source>The agreements of last time, and older ones that are still open. Mark what is done; open ones carry over.</source>
        <translation>De afspraken van de vorige keer, en oudere die nog open staan. Geef aan wat gedaan is. Open afspraken gaan mee naar het volgende gesprek.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="701" />
        <source>New agreements</source>
        <translation>Nieuwe afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="703" />
        <source>for example: Follow the planning course before March</source>
        <translation>bijvoorbeeld: Vóór maart de cursus plannen volgen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="704" />
        <source>New agreement</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="705" />
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="706" />
        <source>Due &amp;date</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="707" />
        <source>Due date</source>
        <translation>Uiterlijke datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="708" />
        <source>&amp;Add agreement</source>
        <translation>Afspraak toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="709" />
        <location filename="../../ui/views/conversation_meeting.py" line="712" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="711" />
        <source>In a few sentences: what did you talk about, and what do you take with you?</source>
        <translation>In een paar zinnen: waar hebben jullie over gepraat, en wat neem je mee?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="713" />
        <source>Save s&amp;ummary</source>
        <translation>Samenvatting &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="714" />
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="715" />
        <source>Corrections asked for</source>
        <translation>Gevraagde correcties</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="86" />
        <source>%1 is in the weekend.</source>
        <translation>%1 valt in het weekend.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="88" />
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 is een feestdag: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="92" />
        <source>closing day</source>
        <translation>sluitingsdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="93" />
        <source>The organisation is closed on %1: %2.</source>
        <translation>Op %1 is de organisatie dicht: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="97" />
        <source>Day %1 of this cycle is already on %2.</source>
        <translation>Dag %1 van deze cyclus is al op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="141" />
        <source>Move day %1</source>
        <translation>Dag %1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="143" />
        <source>Someone is ill, or the room is taken? Move this one session to another working day and time. The other sessions of the cycle stay where they are.</source>
        <translation>Is er iemand ziek, of is de ruimte bezet? Verplaats deze ene sessie naar een andere werkdag en tijd. De andere sessies van de cyclus blijven waar ze zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="145" />
        <source>Now: %1, %2.</source>
        <translation>Nu: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="147" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="148" />
        <source>Start &amp;time</source>
        <translation>Begin&amp;tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="149" />
        <source>New day</source>
        <translation>Nieuwe dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="151" />
        <source>A working day from %1 to %2: the week it was planned in, or the next.</source>
        <translation>Een werkdag van %1 tot en met %2: de week waarin hij gepland was, of de week erna.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="153" />
        <source>Between %1 and %2; the session lasts an hour.</source>
        <translation>Tussen %1 en %2; de sessie duurt een uur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="156" />
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
</context>
<context>
    <name>MyRequestsTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="446" />
        <source>Cancel %1?</source>
        <translation>%1 annuleren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="447" />
        <source>The request is called off. Money set aside for it goes back to the budget. You cannot undo this, but you can always ask again.</source>
        <translation>De aanvraag gaat dan niet door. Geld dat ervoor gereserveerd was, gaat terug naar het budget. Je kunt dit niet ongedaan maken, maar je kunt altijd opnieuw een aanvraag doen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="477" />
        <source>&lt;b&gt;Learning budget %1:&lt;/b&gt; your requests are paid from the organisation's budget, which has %2 left of %3.</source>
        <translation>&lt;b&gt;Leerbudget %1:&lt;/b&gt; je aanvragen worden betaald uit het budget van de organisatie. Daarvan is nog %2 over van %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="480" />
        <source>&lt;b&gt;My learning budget %1:&lt;/b&gt; %2 left of %3.</source>
        <translation>&lt;b&gt;Mijn leerbudget %1:&lt;/b&gt; nog %2 over van %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="485" />
        <source>%1 of it is for your requests.</source>
        <translation>Daarvan is %1 voor jouw aanvragen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="488" />
        <source>Carried over from earlier years: %1.</source>
        <translation>Meegenomen uit eerdere jaren: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="491" />
        <source>%1 of it expires on %2 unless you use it.</source>
        <translation>Daarvan vervalt %1 op %2 als je het niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="504" />
        <source>My budget</source>
        <translation>Mijn budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="505" />
        <source>My requests</source>
        <translation>Mijn aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="507" />
        <source>Most learning happens in your work: with your learning group, on your own work situations. A course or training comes second: ask for one when it helps with your development question or a situation at work.</source>
        <translation>Je leert het meest in je werk: met je leergroep, aan je eigen werksituaties. Een cursus of training komt op de tweede plaats. Vraag er een aan als die helpt bij je ontwikkelvraag of bij een situatie in je werk.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="510" />
        <source>&amp;Ask for training…</source>
        <translation>Training &amp;aanvragen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="511" />
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="512" />
        <source>Mark as &amp;planned</source>
        <translation>Als &amp;gepland markeren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="513" />
        <source>The dates are fixed: mark the request as planned.</source>
        <translation>De data liggen vast: markeer de aanvraag als gepland.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="514" />
        <source>Ca&amp;ncel request…</source>
        <translation>Aanvraag a&amp;nnuleren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="515" />
        <source>&amp;Done — evaluate…</source>
        <translation>Afgerond — &amp;evalueren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="517" />
        <source>Ask for a course or training</source>
        <translation>Vraag een cursus of training aan</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="518" />
        <source>When a course, training, coaching or conference would help you in your work, ask for it here. Your manager decides, the learning budget pays, and afterwards you tell what you learned.</source>
        <translation>Helpt een cursus, training, coaching of congres je in je werk? Vraag het hier aan. Je leidinggevende beslist, het leerbudget betaalt, en achteraf vertel je wat je hebt geleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="521" />
        <source>Ask for training…</source>
        <translation>Training aanvragen…</translation>
    </message>
</context>
<context>
    <name>MyTeamView</name>
    <message>
        <location filename="../../ui/views/my_team.py" line="226" />
        <source>My team</source>
        <translation>Mijn team</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="228" />
        <source>The people who have you as their manager: what they share with you, their learning hours, your open agreements and what waits for you. What they keep to themselves stays hidden, and each look is written in the audit log.</source>
        <translation>De mensen van wie jij de leidinggevende bent: wat ze met je delen, hun leeruren, jullie openstaande afspraken en wat op jou wacht. Wat ze voor zichzelf houden, blijft verborgen, en elke keer dat je hier kijkt, staat in het logboek.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="231" />
        <source>Nobody reports to you at the moment</source>
        <translation>Je bent op dit moment van niemand de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="232" />
        <source>When the owner makes you someone's manager, you see here how their development is going: their question if they share it, their learning hours and your agreements.</source>
        <translation>Als de eigenaar jou iemands leidinggevende maakt, zie je hier hoe het met diens ontwikkeling gaat: de ontwikkelvraag als die met jou gedeeld is, de leeruren en jullie afspraken.</translation>
    </message>
</context>
<context>
    <name>NotificationPrefsBox</name>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="133" />
        <source>Your notification settings are saved.</source>
        <translation>Je instellingen voor meldingen zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="148" />
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="150" />
        <source>While Regiestoel runs, it tells you when something new is due for you: what and when, never what it is about. Only for you, and never while Regiestoel is locked.</source>
        <translation>Zolang Regiestoel draait, laat het je weten wanneer er iets nieuws voor je klaarstaat: wat en wanneer, nooit waar het over gaat. Alleen voor jou, en nooit terwijl Regiestoel vergrendeld is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="154" />
        <source>Sessions of my learning groups</source>
        <translation>Sessies van mijn leergroepen</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="155" />
        <source>Preparing my talent conversations</source>
        <translation>Voorbereiden van mijn talentontwikkelgesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="156" />
        <source>Agreements and actions past their date</source>
        <translation>Afspraken en acties waarvan de datum voorbij is</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="157" />
        <source>Learning requests waiting for my decision</source>
        <translation>Leeraanvragen die op mijn besluit wachten</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="158" />
        <source>Invitations to a learning group</source>
        <translation>Uitnodigingen voor een leergroep</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="159" />
        <source>The learning culture scan</source>
        <translation>De leercultuurscan</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="163" />
        <source>Tell me about</source>
        <translation>Meldingen over</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="164" />
        <source>&amp;Quiet hours</source>
        <translation>&amp;Stille uren</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="165" />
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="166" />
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="167" />
        <source>Quiet hours</source>
        <translation>Stille uren</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="168" />
        <source>Quiet hours from</source>
        <translation>Stille uren van</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="169" />
        <source>Quiet hours until</source>
        <translation>Stille uren tot</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="172" />
        <source>Keep Regiestoel running in the system tray when I close its window (this computer)</source>
        <translation>Laat Regiestoel in het systeemvak doorlopen als ik het venster sluit (deze computer)</translation>
    </message>
</context>
<context>
    <name>OfflineBar</name>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="90" />
        <source>online — synced at %1</source>
        <translation>online — bijgewerkt om %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="91" />
        <source>offline — last synced %1</source>
        <translation>offline — laatst bijgewerkt %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="99" />
        <source>Syncing…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="103" />
        <source>%n change(s) made on this laptop clash with what changed at the organisation meanwhile. Choose what stays.</source>
        <translation>
            <numerusform>%n wijziging op deze laptop botst met wat er intussen bij de organisatie veranderde. Kies wat blijft.</numerusform>
            <numerusform>%n wijzigingen op deze laptop botsen met wat er intussen bij de organisatie veranderde. Kies wat blijft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="109" />
        <source>%n change(s) from this laptop were not taken over by the organisation's database.</source>
        <translation>
            <numerusform>%n wijziging van deze laptop is niet overgenomen door de database van de organisatie.</numerusform>
            <numerusform>%n wijzigingen van deze laptop zijn niet overgenomen door de database van de organisatie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="126" />
        <source>&amp;Sync now</source>
        <translation>Nu &amp;bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="128" />
        <source>Send your changes to the organisation's database and fetch theirs</source>
        <translation>Stuur je wijzigingen naar de database van de organisatie en haal die van hen op</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="129" />
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="130" />
        <source>&amp;Why?</source>
        <translation>&amp;Waarom?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="136" />
        <source>Your copy has not been synced for %n day(s). Connect to your organisation's network and press Sync now: until then your changes are only on this laptop, and you do not see your colleagues' changes.</source>
        <translation>
            <numerusform>Je kopie is al %n dag niet bijgewerkt. Maak verbinding met het netwerk van je organisatie en klik op Nu bijwerken: tot dan staan je wijzigingen alleen op deze laptop en zie je die van je collega's niet.</numerusform>
            <numerusform>Je kopie is al %n dagen niet bijgewerkt. Maak verbinding met het netwerk van je organisatie en klik op Nu bijwerken: tot dan staan je wijzigingen alleen op deze laptop en zie je die van je collega's niet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="82" />
        <source>Open a culture scan round</source>
        <translation>Scanronde openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="84" />
        <source>Everyone in the round answers 30 statements about learning in your organisation, anonymously, once. The round closes at midnight after its closing day (or when you close it earlier); results appear only when at least %1 people took part.</source>
        <translation>Iedereen in de ronde beantwoordt 30 stellingen over leren in jullie organisatie, anoniem en één keer. De ronde sluit om middernacht na de sluitingsdag (of eerder, als je hem zelf sluit); uitslagen verschijnen alleen als minstens %1 mensen hebben meegedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="88" />
        <source>Closes on</source>
        <translation>Sluit op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="90" />
        <source>Everyone in the organisation</source>
        <translation>Iedereen in de organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="89" />
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="91" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="93" />
        <source>In a round for some teams, results can also be shown per team: for a team with at least %1 respondents, unless its result together with the others would show the answers of a smaller group.</source>
        <translation>In een ronde voor een deel van de teams kunnen uitslagen ook per team verschijnen: voor een team met minstens %1 deelnemers, tenzij die uitslag samen met de andere de antwoorden van een kleinere groep zou laten zien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="97" />
        <source>Open round</source>
        <translation>Ronde openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="109" />
        <source>Choose at least one team, or everyone.</source>
        <translation>Kies minstens één team, of iedereen.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="143" />
        <source>Give your organisation a name.</source>
        <translation>Geef je organisatie een naam.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="152" />
        <source>Your organisation</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="153" />
        <source>The name, the yearly learning budget and the norm for learning hours.</source>
        <translation>De naam, het jaarlijkse leerbudget en de norm voor leeruren.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="157" />
        <source>Organisation &amp;name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="157" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>&amp;Jaarlijks leerbudget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="158" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Leer&amp;uren per persoon per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="162" />
        <source>for example: Bakery De Korenschoof</source>
        <translation>bijvoorbeeld: Bakkerij De Korenschoof</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="165" />
        <source>The money available each year for courses, training and coaching. Everyone will see what is left of it.</source>
        <translation>Het geld dat er elk jaar is voor cursussen, trainingen en coaching. Iedereen ziet hoeveel er nog over is.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168" />
        <source>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</source>
        <translation>Hoeveel uur iedereen per jaar in werktijd leert, in leergroepen en op andere manieren. Regiestoel laat iedereen zien hoe de eigen uren zich verhouden tot deze norm.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/views/conversations.py" line="518" />
        <source>Nothing is due: every conversation of this half year is signed.</source>
        <translation>Er is niets aan de beurt: elk gesprek van dit halfjaar is ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="520" />
        <source>No conversations to show yet.</source>
        <translation>Nog geen gesprekken om te laten zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="541" />
        <source>Who still has to hold their conversation. You see statuses and dates only: what is said stays between the professional and the manager.</source>
        <translation>Wie het gesprek nog moet voeren. Je ziet alleen statussen en data. Wat er gezegd wordt, blijft tussen de professional en de leidinggevende.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="544" />
        <source>The conversations of the people you manage: statuses and dates. You read the content of the conversations you take part in.</source>
        <translation>De gesprekken van de mensen van wie je leidinggevende bent: statussen en data. De inhoud lees je alleen van de gesprekken waaraan je zelf meedoet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="546" />
        <source>Only &amp;due and overdue</source>
        <translation>Alleen &amp;nu aan de beurt en te laat</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="547" />
        <source>Plan talent conversations…</source>
        <translation>Talentgesprekken plannen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="548" />
        <source>&amp;Open conversation</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="549" />
        <source>Conversations overview</source>
        <translation>Overzicht van de gesprekken</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="207" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="209" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="280" />
        <source>Your own account</source>
        <translation>Je eigen account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="281" />
        <source>You become the first owner: you manage people, budget and settings.</source>
        <translation>Je wordt de eerste eigenaar: jij beheert medewerkers, budget en instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286" />
        <source>&amp;Repeat password</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="291" />
        <source>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</source>
        <translation>Op de volgende pagina krijg je een herstelcode. Bewaar die op papier. Het is de enige manier om je wachtwoord opnieuw in te stellen als je het vergeet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="293" />
        <source>&amp;Create organisation</source>
        <translation>&amp;Organisatie aanmaken</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/item_models/people.py" line="31" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="32" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="34" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="36" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="38" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="40" />
        <source>Ask me about</source>
        <translation>Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="42" />
        <source>Can log in</source>
        <translation>Kan inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="23" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="24" />
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="16" />
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people.py" line="197" />
        <location filename="../../ui/views/people.py" line="200" />
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="199" />
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>Archive %1?</source>
        <translation>%1 archiveren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="252" />
        <source>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</source>
        <translation>%1 kan dan niet meer inloggen en verdwijnt uit de lijsten. Alles wat %1 heeft gedaan, blijft bewaard in de geschiedenis. Je kunt %1 later terugzetten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>Export people</source>
        <translation>Medewerkers exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>people.csv</source>
        <translation>medewerkers.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="280" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="286" />
        <source>Export ready</source>
        <translation>Export klaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people.py" line="286" />
        <source>%n person(s) exported.</source>
        <translation>
            <numerusform>%n medewerker geëxporteerd.</numerusform>
            <numerusform>%n medewerkers geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="289" />
        <source>Exporting people</source>
        <translation>Medewerkers exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="291" />
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="292" />
        <source>Not exported: no file was written.</source>
        <translation>Niet geëxporteerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="307" />
        <location filename="../../ui/views/people.py" line="314" />
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="309" />
        <source>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</source>
        <translation>Iedereen in je organisatie, hun teams en waarover collega's hun iets mogen vragen. Zoek je een begeleider voor je leergroep? Zoek dan op een onderwerp.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="311" />
        <source>Search by name, team or subject</source>
        <translation>Zoek op naam, team of onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="312" />
        <source>Search people</source>
        <translation>Medewerkers zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="313" />
        <source>Show archived</source>
        <translation>Gearchiveerde medewerkers tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="315" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="316" />
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="317" />
        <source>&amp;Edit</source>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="318" />
        <source>Pass&amp;word…</source>
        <translation>&amp;Wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="319" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="320" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="321" />
        <source>&amp;First passwords…</source>
        <translation>&amp;Eerste wachtwoorden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="323" />
        <source>A temporary password for everyone who cannot log in yet, and a handout to print</source>
        <translation>Een tijdelijk wachtwoord voor iedereen die nog niet kan inloggen, en briefjes om af te drukken</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="325" />
        <source>Add your colleagues</source>
        <translation>Voeg je collega's toe</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="326" />
        <source>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</source>
        <translation>Regiestoel werkt met de mensen in je organisatie: wie in welk team zit, wie de leidinggevende van wie is en wie wat weet. Voeg ze één voor één toe, of importeer de lijst die je al in Excel bijhoudt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="329" />
        <source>Add a person</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="330" />
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="128" />
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person.py" line="131" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="183" />
        <source>New person</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="184" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="186" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="187" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="188" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="189" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="190" />
        <source>Direct &amp;manager</source>
        <translation>Directe &amp;leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="191" />
        <source>&amp;Year of birth</source>
        <translation>&amp;Geboortejaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="192" />
        <source>As&amp;k me about</source>
        <translation>&amp;Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="193" />
        <source>Temporary &amp;password</source>
        <translation>Tijdelijk &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="200" />
        <source>(no manager)</source>
        <translation>(geen leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="202" />
        <source>Optional. Only used to show the generation mix of a learning group, never as an age.</source>
        <translation>Niet verplicht. Dit dient alleen om de generatiemix van een leergroep te laten zien, nooit als leeftijd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="204" />
        <source>for example: planning, heat pumps</source>
        <translation>bijvoorbeeld: planning, warmtepompen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="206" />
        <source>What colleagues may ask this person about, separated by commas.</source>
        <translation>Waarover collega's deze persoon iets mogen vragen, gescheiden door komma's.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="208" />
        <source>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</source>
        <translation>Niet verplicht. Met een tijdelijk wachtwoord kan deze persoon inloggen en daarna een eigen wachtwoord kiezen. Zonder wachtwoord stel je het later in.</translation>
    </message>
</context>
<context>
    <name>PersonalCopyBox</name>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="62" />
        <source>Take my data along</source>
        <translation>Mijn gegevens meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="63" />
        <source>&amp;Take my data along…</source>
        <translation>Mijn gegevens &amp;meenemen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="64" />
        <source>Work on the organisation's database a&amp;gain</source>
        <translation>&amp;Weer met de database van de organisatie werken</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="67" />
        <source>You are working on your personal copy in %1. Sync now (in the bar above) sends your changes to the organisation's database.</source>
        <translation>Je werkt met je persoonlijke kopie in %1. Met Nu bijwerken (in de balk bovenaan) gaan je wijzigingen naar de database van de organisatie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="71" />
        <source>From the next start this laptop works on the organisation's database again; the copy stays here.</source>
        <translation>Vanaf de volgende start werkt deze laptop weer met de database van de organisatie; de kopie blijft hier staan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="74" />
        <source>From the next start this laptop works on your personal copy in %1.</source>
        <translation>Vanaf de volgende start werkt deze laptop met je persoonlijke kopie in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="78" />
        <source>Working on the road, without a connection? Take your data along: an encrypted copy on this laptop of what you may read, kept up to date whenever the laptop reaches your organisation's database.</source>
        <translation>Werk je onderweg, zonder verbinding? Neem je gegevens mee: een versleutelde kopie op deze laptop van wat jij mag lezen, die wordt bijgewerkt zodra de laptop de database van je organisatie bereikt.</translation>
    </message>
</context>
<context>
    <name>PlanConversationsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="104" />
        <source>Gets a conversation with %1</source>
        <translation>Krijgt een gesprek met %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="105" />
        <source>Already planned in this half year</source>
        <translation>Al gepland in dit halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="107" />
        <source>Not included: no manager. Choose one under People.</source>
        <translation>Niet meegenomen: geen leidinggevende. Kies er een bij Medewerkers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="109" />
        <source>Not included: their manager %1 has left. Choose another under People.</source>
        <translation>Niet meegenomen: leidinggevende %1 is vertrokken. Kies een ander bij Medewerkers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="110" />
        <source>Not included: has left the organisation</source>
        <translation>Niet meegenomen: is uit dienst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="127" />
        <source>%n person(s) get a conversation in the %1.</source>
        <translation>
            <numerusform>%n medewerker krijgt een gesprek in de %1.</numerusform>
            <numerusform>%n medewerkers krijgen een gesprek in de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="129" />
        <source>Nobody new to plan in the %1.</source>
        <translation>Niemand nieuw om te plannen in de %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="131" />
        <source>%n person(s) are not included; the list says why.</source>
        <translation>
            <numerusform>%n medewerker is niet meegenomen; de lijst zegt waarom.</numerusform>
            <numerusform>%n medewerkers zijn niet meegenomen; de lijst zegt waarom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="134" />
        <source>&amp;Plan %n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek &amp;plannen</numerusform>
            <numerusform>%n gesprekken &amp;plannen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="160" />
        <source>Plan talent conversations</source>
        <translation>Talentgesprekken plannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="162" />
        <source>Everyone who has a manager gets one talent conversation with that manager in the half year: professionals, and team leads and managers who have a manager of their own. Both prepare, talk and sign within the half year.</source>
        <translation>Iedereen met een leidinggevende krijgt in het halfjaar één talentontwikkelgesprek met die leidinggevende: professionals, en ook teamleiders en leidinggevenden die zelf een leidinggevende hebben. Jullie bereiden het allebei voor, voeren het gesprek en tekenen binnen het halfjaar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="165" />
        <source>&amp;Half year</source>
        <translation>&amp;Halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="166" />
        <source>Half year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="167" />
        <source>%1 (this half year)</source>
        <translation>%1 (dit halfjaar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="167" />
        <source>%1 (next half year)</source>
        <translation>%1 (volgend halfjaar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="171" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="171" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="172" />
        <source>Included?</source>
        <translation>Meegenomen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="173" />
        <source>Who is included</source>
        <translation>Wie er meedoen</translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="226" />
        <source>If everyone is free, you meet on:</source>
        <translation>Als iedereen kan, komen jullie bij elkaar op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="237" />
        <source>Day %1: %2, %3</source>
        <translation>Dag %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="249" />
        <source>closing day</source>
        <translation>sluitingsdag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="250" />
        <source>Skipped %1: %2</source>
        <translation>Overgeslagen: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="305" />
        <source>Planned. You meet on:</source>
        <translation>Gepland. Jullie komen bij elkaar op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="309" />
        <source>Someone or the room was already taken earlier, so the cycle starts on the first free day.</source>
        <translation>Iemand uit de groep of de ruimte was op die dagen al bezet. Daarom begint de cyclus op de eerste dag dat iedereen kan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="311" />
        <source>Everyone in the group sees these sessions. Export them to your calendar from the group.</source>
        <translation>Iedereen in de groep ziet deze sessies. Vanuit de groep kun je ze naar je agenda exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="314" />
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="340" />
        <source>Looking for free weeks…</source>
        <translation>Vrije weken zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="360" />
        <source>There is no free week in the next %1 weeks either. Try another room, or ask the group about another time.</source>
        <translation>Ook in de komende %1 weken is er geen vrije week. Probeer een andere ruimte, of overleg met de groep over een ander tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="363" />
        <source>These weeks are free. Choose one:</source>
        <translation>Deze weken zijn vrij. Kies er een:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="366" />
        <source>%1 to %2, %3</source>
        <translation>%1 tot en met %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="410" />
        <source>Plan a week cycle for %1</source>
        <translation>Weekcyclus plannen voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="412" />
        <source>A vital week cycle: the group meets one hour a day on four working days in a row, at the same time, in working time. Nobody is planned twice.</source>
        <translation>Een vitale weekcyclus: de groep komt vier werkdagen achter elkaar een uur per dag bij elkaar, steeds op hetzelfde tijdstip en in werktijd. Niemand wordt dubbel ingepland.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="415" />
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="416" />
        <source>Start &amp;time</source>
        <translation>Begin&amp;tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="417" />
        <source>&amp;Room</source>
        <translation>&amp;Ruimte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="418" />
        <source>Peri&amp;od</source>
        <translation>Peri&amp;ode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="422" />
        <source>First day from</source>
        <translation>Eerste dag vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="423" />
        <source>Start no later than</source>
        <translation>Uiterlijk beginnen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="425" />
        <source>The first session is on the first working day from this date. Weekends, public holidays and closing days are skipped.</source>
        <translation>De eerste sessie is op de eerste werkdag vanaf deze datum. Weekenden, feestdagen en sluitingsdagen worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="428" />
        <source>Every session lasts an hour, at the same time each day.</source>
        <translation>Elke sessie duurt een uur, elke dag op hetzelfde tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="429" />
        <source>(no room)</source>
        <translation>(geen ruimte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="431" />
        <source>A quiet, comfortable room helps. Nobody gets the same room twice at once.</source>
        <translation>Een rustige, prettige ruimte helpt. Een ruimte wordt nooit dubbel geboekt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="433" />
        <source>No rooms yet. The owner adds them under Settings.</source>
        <translation>Nog geen ruimtes. De eigenaar voegt ze toe bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="434" />
        <source>Only in the weeks until</source>
        <translation>Alleen in de weken tot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="436" />
        <source>Optional: the last day on which the cycle may start. Without it, Regiestoel looks up to %1 weeks ahead for a free week.</source>
        <translation>Niet verplicht: de laatste dag waarop de cyclus mag beginnen. Zonder deze datum zoekt Regiestoel tot %1 weken vooruit naar een vrije week.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="440" />
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
</context>
<context>
    <name>PostponeRemovalDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="79" />
        <source>Keep the records of %1 longer</source>
        <translation>De gegevens van %1 langer bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="83" />
        <source>The law lets you keep records longer only for a good reason, such as a dispute or a legal obligation. The reason is recorded.</source>
        <translation>Volgens de wet mag je gegevens alleen langer bewaren met een goede reden, zoals een geschil of een wettelijke plicht. De reden wordt vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="95" />
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="97" />
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="98" />
        <source>Keep &amp;until</source>
        <translation>Bewaren &amp;tot</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="200" />
        <source>the other</source>
        <translation>de ander</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="203" />
        <source>Look back on your half year and say what you need. Only you can read your draft until you publish it; then %1 can read it too.</source>
        <translation>Kijk terug op je halfjaar en zeg wat je nodig hebt. Tot je je concept publiceert, kun alleen jij het lezen. Daarna kan %1 het ook lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="207" />
        <source>Give account of what you facilitated and where you saw %1 grow. Only you can read your draft until you publish it; then %1 can read it too.</source>
        <translation>Leg verantwoording af over wat je hebt gefaciliteerd en waarin je %1 zag groeien. Tot je je concept publiceert, kun alleen jij het lezen. Daarna kan %1 het ook lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="211" />
        <source>The record is signed and locked.</source>
        <translation>Het verslag is ondertekend en vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="213" />
        <source>Published on %1. %2 can read it. Changes you save are visible to %2 right away.</source>
        <translation>Gepubliceerd op %1. %2 kan het lezen. Wijzigingen die je opslaat, ziet %2 meteen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="219" />
        <source>Draft: only you can see this.</source>
        <translation>Concept: alleen jij kunt dit zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="221" />
        <source>Nothing saved yet. Only you will see your draft.</source>
        <translation>Nog niets opgeslagen. Alleen jij ziet je concept.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="234" />
        <source>&amp;Save changes</source>
        <translation>&amp;Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="235" />
        <source>&amp;Save draft</source>
        <translation>&amp;Concept opslaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/conversation_prepare.py" line="246" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="276" />
        <source>Filled in what Regiestoel knows. Check it, put it in your own words, and save.</source>
        <translation>Regiestoel heeft ingevuld wat het al weet. Controleer het, zet het in je eigen woorden en sla het op.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="278" />
        <source>Every part already has your own text, so nothing was changed.</source>
        <translation>Elk onderdeel heeft al je eigen tekst. Er is dus niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="293" />
        <source>Put into my preparation</source>
        <translation>In mijn voorbereiding zetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="304" />
        <source>The coach's draft is in your preparation. Put it in your own words, and save.</source>
        <translation>Het concept van de coach staat in je voorbereiding. Zet het in je eigen woorden, en sla op.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="331" />
        <source>Published. %1 can read your preparation now.</source>
        <translation>Gepubliceerd. %1 kan je voorbereiding nu lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="333" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="345" />
        <source>Publish your preparation?</source>
        <translation>Je voorbereiding publiceren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="346" />
        <source>From now on %1 can read your preparation. You can still change it until both of you have signed.</source>
        <translation>Vanaf nu kan %1 je voorbereiding lezen. Je kunt hem nog wijzigen tot jullie allebei hebben ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="357" />
        <source>&amp;Fill in from my data</source>
        <translation>Invullen &amp;uit mijn gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="359" />
        <source>Your development question, finished work situations, lessons learned, learning hours and courses of this half year. Only empty parts are filled in.</source>
        <translation>Je ontwikkelvraag, afgeronde werksituaties, geleerde lessen, leeruren en cursussen van dit halfjaar. Alleen lege onderdelen worden ingevuld.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="361" />
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="362" />
        <source>Draft with the coach…</source>
        <translation>Concept met de coach…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="39" />
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40" />
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="136" />
        <source>The record both of you signed. Print it to PDF to keep it or to give a copy.</source>
        <translation>Het verslag dat jullie allebei hebben ondertekend. Druk het af naar PDF om het te bewaren of om een kopie te geven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="139" />
        <source>The record appears here once both of you have signed.</source>
        <translation>Het verslag verschijnt hier zodra jullie allebei hebben ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="141" />
        <source>The meeting is on %1. Export an invitation for your calendars.</source>
        <translation>Het gesprek is op %1. Exporteer een uitnodiging voor jullie agenda's.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="145" />
        <source>Schedule the meeting first; then you can export an invitation for your calendars.</source>
        <translation>Plan eerst het gesprek in. Daarna kun je een uitnodiging voor jullie agenda's exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="153" />
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="170" />
        <source>Print to PDF</source>
        <translation>Afdrukken naar PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="170" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="189" />
        <source>Export invite</source>
        <translation>Uitnodiging exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="190" />
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="206" />
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="208" />
        <source>Open it with your calendar program (such as Outlook or Google Calendar), or send it to the other.</source>
        <translation>Open het bestand met je agendaprogramma (zoals Outlook of Google Agenda), of stuur het naar de ander.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="215" />
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Afdrukken naar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="216" />
        <source>E&amp;xport invite…</source>
        <translation>Uitnodiging e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="217" />
        <source>Signed record</source>
        <translation>Ondertekend verslag</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="196" />
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="198" />
        <source>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</source>
        <translation>Vraag de eigenaar van Regiestoel in je organisatie om een tijdelijk wachtwoord.

Ben je zelf de eigenaar? Vul dan de herstelcode in die je hebt opgeschreven toen Regiestoel werd ingericht. Kies daarna een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="204" />
        <source>Recovery &amp;code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="220" />
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="221" />
        <source>Your password has been changed. Your old recovery code no longer works; write down this new one:</source>
        <translation>Je wachtwoord is gewijzigd. Je oude herstelcode werkt niet meer. Schrijf deze nieuwe code op:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="331" />
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="332" />
        <source>Write it down now. Regiestoel shows it only once.</source>
        <translation>Schrijf de code nu op. Regiestoel laat hem maar één keer zien.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="334" />
        <source>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</source>
        <translation>Ben je je wachtwoord ooit vergeten? Dan kun je met deze code een nieuw wachtwoord kiezen. Schrijf de code op papier en bewaar hem op een veilige plek, niet bij deze computer. Niemand anders kan het wachtwoord van een eigenaar opnieuw instellen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="337" />
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="338" />
        <source>I have written down the recovery code</source>
        <translation>Ik heb de herstelcode opgeschreven</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="263" />
        <source>Changes not taken over</source>
        <translation>Niet overgenomen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="265" />
        <source>The organisation's database did not take over these changes from your laptop. Here is why, and what you wrote, so you can do it again where it still fits.</source>
        <translation>De database van de organisatie heeft deze wijzigingen van je laptop niet overgenomen. Hier staat waarom, en wat je schreef, zodat je het opnieuw kunt doen waar het nog past.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="267" />
        <source>&amp;Read</source>
        <translation>&amp;Gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="268" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="126" />
        <location filename="../../ui/views/reminder_settings.py" line="229" />
        <source>Folder for your calendar</source>
        <translation>Map voor je agenda</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="138" />
        <source>Choose a folder first.</source>
        <translation>Kies eerst een map.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="147" />
        <source>Your calendar is in %1. Subscribe to this file once in Outlook, Thunderbird or your phone; Regiestoel keeps it up to date while it runs.</source>
        <translation>Je agenda staat in %1. Abonneer je één keer op dit bestand in Outlook, Thunderbird of op je telefoon; Regiestoel houdt het bij zolang het draait.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="164" />
        <source>Regiestoel no longer updates your calendar file.</source>
        <translation>Regiestoel werkt je agendabestand niet meer bij.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="205" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="206" />
        <source>Saved. Without an e-mail server Regiestoel sends no e-mail.</source>
        <translation>Opgeslagen. Zonder e-mailserver verstuurt Regiestoel geen e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="223" />
        <source>My calendar</source>
        <translation>Mijn agenda</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="225" />
        <source>Choose a folder that your calendar program or phone syncs (OneDrive, Nextcloud, a shared drive). Regiestoel keeps one file there with your sessions and conversations, with alarms, and updates it while it runs.</source>
        <translation>Kies een map die je agendaprogramma of telefoon synchroniseert (OneDrive, Nextcloud, een gedeelde schijf). Regiestoel zet daar één bestand met je sessies en gesprekken, met herinneringen, en werkt het bij zolang het draait.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="228" />
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="230" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="231" />
        <source>Keep my calendar here</source>
        <translation>Mijn agenda hier bijhouden</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="232" />
        <source>Stop updating</source>
        <translation>Niet meer bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="233" />
        <source>Reminders by e-mail</source>
        <translation>Herinneringen per e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="235" />
        <source>Optional. With your organisation's SMTP server, Regiestoel e-mails everyone a short reminder when something is due, and a summary on Monday morning. An e-mail names only the kind, the date and the place, never the content. The password is kept in this computer's keyring, never in a file.</source>
        <translation>Niet verplicht. Met de SMTP-server van je organisatie mailt Regiestoel iedereen een korte herinnering als er iets aankomt, en op maandagochtend een overzicht. Een e-mail noemt alleen het soort, de datum en de plaats, nooit de inhoud. Het wachtwoord staat in de sleutelbos van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>SMTP &amp;server</source>
        <translation>SMTP-&amp;server</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>S&amp;ecurity</source>
        <translation>B&amp;eveiliging</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>Se&amp;nder</source>
        <translation>A&amp;fzender</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="241" />
        <source>&amp;Alarm before a conversation (minutes)</source>
        <translation>&amp;Herinnering vóór een gesprek (minuten)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="247" />
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="249" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sign.py" line="290" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="304" />
        <source>Reopen the record</source>
        <translation>Verslag heropenen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="306" />
        <source>Reopening takes back both signatures, so you can change the record. Afterwards both of you sign again.</source>
        <translation>Als je het verslag heropent, vervallen beide handtekeningen. Dan kun je het verslag wijzigen. Daarna ondertekenen jullie allebei opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="308" />
        <source>&amp;Why do you reopen it?</source>
        <translation>&amp;Waarom heropen je het verslag?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="310" />
        <source>The reason stays in the record's history, for both of you to see.</source>
        <translation>De reden blijft in de geschiedenis van het verslag staan. Jullie kunnen hem allebei zien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="311" />
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
</context>
<context>
    <name>ReportCardWidget</name>
    <message>
        <location filename="../../ui/views/my_team.py" line="78" />
        <source>Development question</source>
        <translation>Ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="82" />
        <source>Not shared with you.</source>
        <translation>Niet met jou gedeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="85" />
        <source>Learning hours in working time: %1 of %2 this year</source>
        <translation>Leeruren in werktijd: %1 van %2 dit jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="92" />
        <source>Learning hours of %1 against the norm</source>
        <translation>Leeruren van %1 tegenover de norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="95" />
        <source>Learning groups: %1</source>
        <translation>Leergroepen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="96" />
        <source>Not in a learning group yet.</source>
        <translation>Nog niet in een leergroep.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="100" />
        <source>No talent conversation planned with you yet.</source>
        <translation>Nog geen talentontwikkelgesprek met jou gepland.</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="103" />
        <source>Next talent conversation: %1</source>
        <translation>Volgende talentontwikkelgesprek: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="106" />
        <source>Talent conversation of %1 is overdue</source>
        <translation>Het talentontwikkelgesprek van %1 is te laat</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="108" />
        <source>Next talent conversation: before %1</source>
        <translation>Volgende talentontwikkelgesprek: vóór %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="110" />
        <location filename="../../ui/views/my_team.py" line="127" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="115" />
        <source>Waits for your decision: %1 (since %2)</source>
        <translation>Wacht op jouw besluit: %1 (sinds %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="117" />
        <source>Decide</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="121" />
        <source>Open agreements</source>
        <translation>Openstaande afspraken</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="125" />
        <source>was due %1</source>
        <translation>had af moeten zijn op %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="125" />
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/budget.py" line="174" />
        <source>Asked by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="175" />
        <source>%1, from the budget of %2</source>
        <translation>%1, uit het budget van %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="177" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="179" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="180" />
        <source>%1, in working time</source>
        <translation>%1, in werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="181" />
        <source>%1, outside working time</source>
        <translation>%1, buiten werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="185" />
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="186" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="188" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="190" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="193" />
        <source>your development question</source>
        <translation>je ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="194" />
        <source>a development question</source>
        <translation>een ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="196" />
        <source>the work situation “%1”</source>
        <translation>de werksituatie “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="198" />
        <source>It helps with</source>
        <translation>Het helpt bij</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="200" />
        <source>Approved by %1 on %2</source>
        <translation>Goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="201" />
        <source>Declined by %1 on %2</source>
        <translation>Afgewezen door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="206" />
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="208" />
        <source>Approved beyond the budget, because</source>
        <translation>Boven het budget goedgekeurd, omdat</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="211" />
        <source>What was learned</source>
        <translation>Wat er is geleerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="216" />
        <source>Where it is applied</source>
        <translation>Waar het wordt toegepast</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="217" />
        <source>What it cost</source>
        <translation>Wat het kostte</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="227" />
        <source>Choose a request to see what it is about.</source>
        <translation>Kies een aanvraag om te zien waar die over gaat.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="167" />
        <source>Set a temporary password</source>
        <translation>Tijdelijk wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="169" />
        <source>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</source>
        <translation>Geef %1 een tijdelijk wachtwoord en vertel het persoonlijk. Bij de volgende keer inloggen kiest %1 een eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="171" />
        <source>&amp;Suggest a password</source>
        <translation>Wachtwoord &amp;voorstellen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="60" />
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="67" />
        <source>Backup file</source>
        <translation>Bestand met reservekopie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="71" />
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="79" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="99" />
        <source>Nothing is replaced until you choose to restore.</source>
        <translation>Er wordt pas iets vervangen als je voor terugzetten kiest.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="92" />
        <source>Restoring replaces all current data with this backup. A backup of the current data is made first. Afterwards Regiestoel opens the restored data at the login screen.</source>
        <translation>Terugzetten vervangt alle huidige gegevens door deze back-up. Van de huidige gegevens wordt eerst een back-up gemaakt. Daarna opent Regiestoel de teruggezette gegevens bij het inlogscherm.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="104" />
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="136" />
        <source>Organisation: %1</source>
        <translation>Organisatie: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_backup.py" line="137" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="138" />
        <source>Made on: %1</source>
        <translation>Gemaakt op: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="139" />
        <source>Made by this version of Regiestoel.</source>
        <translation>Gemaakt met deze versie van Regiestoel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="140" />
        <source>Made by an older version of Regiestoel; it is upgraded when restored.</source>
        <translation>Gemaakt met een oudere versie van Regiestoel. Bij het terugzetten wordt hij bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="142" />
        <source>Encrypted with a passphrase.</source>
        <translation>Versleuteld met een wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="143" />
        <source>Not encrypted.</source>
        <translation>Niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="145" />
        <source>No checksum was found beside this file (it was copied by hand, or made by an older Regiestoel), so damage to it cannot be ruled out.</source>
        <translation>Naast dit bestand staat geen controlesom (het is met de hand gekopieerd, of gemaakt door een oudere Regiestoel), dus beschadiging is niet uit te sluiten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="147" />
        <source>Size: %1 kB</source>
        <translation>Grootte: %1 kB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="196" />
        <source>Restoring the backup</source>
        <translation>De back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="202" />
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="203" />
        <source>The backup has been restored. Regiestoel now opens the restored data: log in again.</source>
        <translation>De back-up is teruggezet. Regiestoel opent nu de teruggezette gegevens: log opnieuw in.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/names.py" line="12" />
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="13" />
        <source>manager</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="14" />
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="15" />
        <source>guide</source>
        <translation>begeleider</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="414" />
        <source>Schedule the meeting</source>
        <translation>Gesprek inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="416" />
        <source>Choose a moment for the two of you, about an hour, somewhere you can talk undisturbed. Afterwards you can export an invitation for your calendars.</source>
        <translation>Kies een moment voor jullie tweeën, ongeveer een uur, op een plek waar jullie ongestoord kunnen praten. Daarna kun je een uitnodiging voor jullie agenda's exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="418" />
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="419" />
        <source>&amp;Where</source>
        <translation>&amp;Waar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="420" />
        <source>Date of the meeting</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="421" />
        <source>Time of the meeting</source>
        <translation>Tijd van het gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="422" />
        <source>for example: the small meeting room</source>
        <translation>bijvoorbeeld: de kleine vergaderruimte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="424" />
        <source>This is outside the half year of this conversation (%1 to %2).</source>
        <translation>Dit valt buiten het halfjaar van dit gesprek (%1 tot en met %2).</translation>
    </message>
</context>
<context>
    <name>SealedExportDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="154" />
        <source>Seal the export for %1</source>
        <translation>De export verzegelen voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="158" />
        <source>Let %1 type a passphrase here. The file is sealed with it: only %1 can open it (with 7-Zip, WinZip, PeaZip or The Unarchiver), so what is theirs stays theirs.</source>
        <translation>Laat %1 hier een wachtwoordzin typen. Het bestand wordt ermee verzegeld: alleen %1 kan het openen (met 7-Zip, WinZip, PeaZip of The Unarchiver), zodat wat van %1 is ook van %1 blijft.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="165" />
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="168" />
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="170" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="171" />
        <source>&amp;Again</source>
        <translation>&amp;Nog eens</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="183" />
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="193" />
        <source>Not exported: no file was written.</source>
        <translation>Niet geëxporteerd: er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <location filename="../../ui/views/session_runner.py" line="264" />
        <source>Review and save actions…</source>
        <translation>Acties nakijken en opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="437" />
        <source>Last part of this session</source>
        <translation>Laatste onderdeel van deze sessie</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="440" />
        <source>Next: %1 (%2 min)</source>
        <translation>Hierna: %1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="442" />
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="442" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="460" />
        <source>Paused while the laptop was locked. Press Start or the space bar to go on.</source>
        <translation>Gepauzeerd omdat de laptop vergrendeld was. Klik op Start of druk op de spatiebalk om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="462" />
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="464" />
        <source>Not started yet: press Start or the space bar</source>
        <translation>Nog niet gestart: klik op Start of druk op de spatiebalk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="571" />
        <source>Session finished. %n person(s) present: their learning time is counted.</source>
        <translation>
            <numerusform>Sessie afgerond. %n persoon aanwezig: de leertijd telt mee.</numerusform>
            <numerusform>Sessie afgerond. %n personen aanwezig: hun leertijd telt mee.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="574" />
        <source>Average energy %1, meaning %2.</source>
        <translation>Gemiddelde energie %1, zingeving %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="576" />
        <source>%n action(s) agreed.</source>
        <translation>
            <numerusform>%n actie afgesproken.</numerusform>
            <numerusform>%n acties afgesproken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="605" />
        <source>Full screen (F11)</source>
        <translation>Volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="606" />
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="607" />
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="608" />
        <source>Previous part (←)</source>
        <translation>Vorig onderdeel (←)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="609" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="610" />
        <source>Next part (→)</source>
        <translation>Volgend onderdeel (→)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="611" />
        <source>Start or pause (space)</source>
        <translation>Starten of pauzeren (spatiebalk)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="612" />
        <source>Check-in and attendance</source>
        <translation>Inchecken en aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="613" />
        <location filename="../../ui/views/session_runner.py" line="614" />
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="615" />
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="616" />
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="618" />
        <source>What the group found out, the questions asked, the options seen…</source>
        <translation>Wat de groep ontdekte, welke vragen er kwamen, welke mogelijkheden jullie zagen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="619" />
        <source>What will be done?</source>
        <translation>Wat gaat er gebeuren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="620" />
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="621" />
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="622" />
        <source>By when</source>
        <translation>Uiterlijk wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="623" />
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="624" />
        <source>Propose actions with the coach…</source>
        <translation>Acties voorstellen met de coach…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="626" />
        <source>Sum up in a few sentences what this hour brought. When you finish, everyone present gets the time of the session as learning in working time; finishing early, you say how many minutes count.</source>
        <translation>Vat in een paar zinnen samen wat dit uur heeft opgeleverd. Als je afrondt, krijgt iedereen die aanwezig was de tijd van de sessie als leren in werktijd; rond je eerder af, dan geef je aan hoeveel minuten er tellen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="629" />
        <source>Finish session</source>
        <translation>Sessie afronden</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="634" />
        <source>Day %1 of 4 · %2</source>
        <translation>Dag %1 van 4 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="639" />
        <source>Opening the session…</source>
        <translation>De sessie wordt geopend…</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="372" />
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="330" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="331" />
        <source>My preferences</source>
        <translation>Mijn voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="332" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="333" />
        <source>The language Regiestoel speaks to you in. It changes at once.</source>
        <translation>De taal waarin Regiestoel tegen je praat. Dit verandert meteen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="335" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="340" />
        <source>Culture scan &amp;results from (respondents)</source>
        <translation>Uitslagen leercultuurscan &amp;vanaf (deelnemers)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="352" />
        <source>A culture scan result shows only when at least this many people answered; a team's result needs at least 5 in the team, whatever you choose here. 5 is the norm; you may raise it, or lower it to 3.</source>
        <translation>Een uitslag van de leercultuurscan is alleen te zien als minstens zoveel mensen hebben geantwoord; de uitslag van een team vraagt altijd minstens 5 mensen in dat team, wat je hier ook kiest. 5 is de norm; je mag hem verhogen, of verlagen tot 3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="367" />
        <source>Planning sessions</source>
        <translation>Sessies plannen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="368" />
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="369" />
        <source>AI coach</source>
        <translation>AI-coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="370" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="371" />
        <source>Backups and privacy</source>
        <translation>Reservekopieën en privacy</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="337" />
        <source>Organisation &amp;name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="275" />
        <source>With fewer than 5 respondents, colleagues can often tell who gave an answer: in a small group one different answer stands out, and people who work together recognise each other's views. Dutch survey tools never show fewer than 5. Teams keep 5, and rounds opened before keep their threshold.</source>
        <translation>Met minder dan 5 deelnemers kunnen collega’s vaak raden wie wat heeft geantwoord: in een kleine groep valt één afwijkend antwoord op, en wie samenwerkt kent elkaars opvattingen. Nederlandse enquêtetools tonen nooit minder dan 5. Teams houden 5, en rondes die al geopend zijn houden hun drempel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="318" />
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="337" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>&amp;Jaarlijks leerbudget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="338" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Leer&amp;uren per persoon per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="339" />
        <source>Loc&amp;k after (minutes idle)</source>
        <translation>Ver&amp;grendelen na (minuten niets doen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="339" />
        <source>De&amp;fault language</source>
        <translation>&amp;Standaardtaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="356" />
        <source>Share the data with every account on this computer</source>
        <translation>Deel de gegevens met elk account op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="373" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="349" />
        <source>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</source>
        <translation>Op een gedeelde laptop vergrendelt Regiestoel zichzelf als niemand hem zo lang gebruikt. Zo kan de volgende persoon jouw ontwikkelgegevens niet lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="358" />
        <source>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</source>
        <translation>Dan opent elk account op deze computer dezelfde database. Dit werkt vanaf de volgende keer dat Regiestoel start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="361" />
        <source>Only an owner can change these settings.</source>
        <translation>Alleen een eigenaar kan deze instellingen wijzigen.</translation>
    </message>
</context>
<context>
    <name>ShortList</name>
    <message>
        <location filename="../../ui/widgets/common.py" line="194" />
        <source>Show all (%1)</source>
        <translation>Alle tonen (%1)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="150" />
        <source>&amp;Ask for a correction</source>
        <translation>Correctie &amp;vragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sign.py" line="156" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="225" />
        <source>Sign as professional</source>
        <translation>Ondertekenen als professional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="226" />
        <source>Sign as manager</source>
        <translation>Ondertekenen als leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="228" />
        <source>%1 signs as the professional</source>
        <translation>%1 ondertekent als professional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="229" />
        <source>%1 signs as the manager</source>
        <translation>%1 ondertekent als leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="231" />
        <source>Type your own password to sign.</source>
        <translation>Typ je eigen wachtwoord om te ondertekenen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="234" />
        <source>Let %1 type their own password. Only %1 can sign this side.</source>
        <translation>Laat %1 het eigen wachtwoord typen. Alleen %1 kan deze kant ondertekenen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="237" />
        <source>By signing you confirm that you read the record: both preparations, the agreements and the summary. Once both of you have signed, it is locked. Do you see something differently? Sign as seen, with a remark, or ask for a correction.</source>
        <translation>Met je handtekening bevestig je dat je het verslag hebt gelezen: beide voorbereidingen, de afspraken en de samenvatting. Zodra jullie allebei hebben ondertekend, is het vergrendeld. Zie je iets anders? Onderteken met ‘Gezien, met een opmerking’, of vraag om een correctie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="240" />
        <source>A&amp;greed: I agree with the record</source>
        <translation>A&amp;kkoord: ik ben het eens met het verslag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="241" />
        <source>S&amp;een, with a remark: I read it, and add my view</source>
        <translation>&amp;Gezien, met een opmerking: ik heb het gelezen en geef mijn kijk erop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="242" />
        <source>Ask for a &amp;correction instead of signing</source>
        <translation>Om een &amp;correctie vragen in plaats van ondertekenen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="243" />
        <source>&amp;Your remark</source>
        <translation>&amp;Jouw opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="244" />
        <source>Your remark becomes part of the record, for both of you to read.</source>
        <translation>Je opmerking wordt deel van het verslag, en jullie lezen hem allebei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="246" />
        <source>&amp;What should be corrected?</source>
        <translation>Wat moet er ver&amp;beterd worden?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="249" />
        <source>The summary</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="251" />
        <source>Agreement: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="254" />
        <source>What should c&amp;hange?</source>
        <translation>Wat moet er ande&amp;rs?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="256" />
        <source>This is not a signature. Both of you see the request, and you can both change the record again. A change takes back a signature that is already there.</source>
        <translation>Dit is geen handtekening. Jullie zien het verzoek allebei, en jullie kunnen het verslag allebei weer aanpassen. Een wijziging maakt een handtekening die er al staat ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="259" />
        <source>&amp;Password of %1</source>
        <translation>&amp;Wachtwoord van %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="151" />
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/situation.py" line="112" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Deze tekst is te lang: maximaal %n teken.</numerusform>
            <numerusform>Deze tekst is te lang: maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="158" />
        <source>New work situation</source>
        <translation>Nieuwe werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="159" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="161" />
        <source>Bring something from your own daily work. You will first collect questions about it, then look for options and try one out.</source>
        <translation>Breng iets in uit je eigen dagelijkse werk. Eerst verzamel je er vragen over. Daarna zoek je mogelijkheden en probeer je er een uit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="164" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="165" />
        <source>&amp;What is going on?</source>
        <translation>&amp;Wat speelt er?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="166" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="167" />
        <source>What do you want?</source>
        <translation>Wat wil je?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="168" />
        <source>Development question</source>
        <translation>Ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="173" />
        <source>for example: Orders are late on Mondays</source>
        <translation>bijvoorbeeld: Op maandag zijn de bestellingen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="175" />
        <source>Describe what happens, when, and who notices it. No solutions yet.</source>
        <translation>Beschrijf wat er gebeurt, wanneer, en wie het merkt. Nog geen oplossingen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="180" />
        <source>Improve it: make it work better</source>
        <translation>Verbeteren: zorgen dat het beter werkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="181" />
        <source>Innovate it: do it in a new way</source>
        <translation>Innoveren: het op een nieuwe manier doen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="182" />
        <source>Perform better in it myself</source>
        <translation>Beter presteren: er zelf beter in worden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="187" />
        <source>Link to my development question</source>
        <translation>Koppelen aan mijn ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="190" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="192" />
        <source>Linked to an earlier development question.</source>
        <translation>Gekoppeld aan een eerdere ontwikkelvraag.</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <location filename="../../ui/views/situations.py" line="317" />
        <source>by %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="319" />
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="323" />
        <source>No description yet.</source>
        <translation>Nog geen beschrijving.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="330" />
        <source>No questions yet.</source>
        <translation>Nog geen vragen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="335" />
        <source>No options yet.</source>
        <translation>Nog geen mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="341" />
        <source>&amp;Start experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="342" />
        <source>&amp;Save experiment</source>
        <translation>Experiment &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="344" />
        <source>Choose one option to try in your work. What will you do, and what do you expect to happen?</source>
        <translation>Kies één mogelijkheid om in je werk uit te proberen. Wat ga je doen, en wat verwacht je dat er gebeurt?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="346" />
        <source>The experiment is running. Adjust it if you learn something on the way; finish when you can see what came out of it.</source>
        <translation>Het experiment loopt. Pas het aan als je onderweg iets leert. Rond het af zodra je kunt zien wat eruit is gekomen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="361" />
        <source>Ask %1 to &amp;finish…</source>
        <translation>%1 vragen om af te &amp;ronden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="363" />
        <source>Ask %1 to &amp;close it…</source>
        <translation>%1 vragen om af te &amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="368" />
        <source>%1 asked on %2 to finish it as: %3.</source>
        <translation>%1 vroeg op %2 om hem af te ronden als: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <location filename="../../ui/views/situations.py" line="507" />
        <source>Options</source>
        <translation>Mogelijkheden</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <location filename="../../ui/views/situations.py" line="514" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="376" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="390" />
        <source>Step %1 of 4: %2</source>
        <translation>Stap %1 van 4: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="397" />
        <source>What we tried</source>
        <translation>Wat we hebben geprobeerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="399" />
        <source>What we expected</source>
        <translation>Wat we verwachtten</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="400" />
        <source>What came out of it</source>
        <translation>Wat eruit kwam</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="405" />
        <source>No lesson was written down.</source>
        <translation>Er is geen les opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="408" />
        <source>Lesson learned</source>
        <translation>Geleerde les</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="493" />
        <source>Choose a work situation to see where it stands and what the next step is.</source>
        <translation>Kies een werksituatie om te zien hoe het ermee staat en wat de volgende stap is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="495" />
        <source>&amp;Edit</source>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="496" />
        <source>Brainstorm with the coach</source>
        <translation>Brainstormen met de coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="498" />
        <source>Options to try, drawing on the lessons learned in your organisation</source>
        <translation>Opties om te proberen, op basis van de geleerde lessen in je organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="499" />
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="501" />
        <source>Collect open questions first, no solutions yet. What do you not know about this situation? Ask your group too.</source>
        <translation>Verzamel eerst open vragen, nog geen oplossingen. Wat weet je nog niet over deze situatie? Vraag het ook aan je groep.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="503" />
        <source>for example: Who notices it first?</source>
        <translation>bijvoorbeeld: Wie merkt het als eerste?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="504" />
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="505" />
        <source>Add &amp;question</source>
        <translation>&amp;Vraag toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="506" />
        <source>&amp;Analysis complete</source>
        <translation>&amp;Analyse klaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="509" />
        <source>Now think of possible ways forward. Write down every option, also the unusual ones; you choose later.</source>
        <translation>Bedenk nu hoe je verder kunt. Schrijf elke mogelijkheid op, ook de ongewone. Kiezen doe je later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="511" />
        <source>for example: Plan the orders on Friday</source>
        <translation>bijvoorbeeld: De bestellingen op vrijdag plannen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="512" />
        <source>New option</source>
        <translation>Nieuwe mogelijkheid</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="513" />
        <source>Add o&amp;ption</source>
        <translation>Mogelijkheid &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="515" />
        <source>What will you &amp;try?</source>
        <translation>Wat ga je &amp;proberen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="516" />
        <source>What do you e&amp;xpect to happen?</source>
        <translation>Wat ver&amp;wacht je dat er gebeurt?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="360" />
        <source>&amp;Finish…</source>
        <translation>Af&amp;ronden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="517" />
        <source>Open in lessons learned</source>
        <translation>Openen in Geleerde lessen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="362" />
        <source>&amp;Close without result…</source>
        <translation>Afsluiten &amp;zonder resultaat…</translation>
    </message>
</context>
<context>
    <name>SituationsModel</name>
    <message>
        <location filename="../../ui/item_models/situations.py" line="20" />
        <source>Work situation</source>
        <translation>Werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="22" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="24" />
        <source>Aim</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="26" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="28" />
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="30" />
        <source>Learning group</source>
        <translation>Leergroep</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <location filename="../../ui/views/situations.py" line="710" />
        <source>Put into the work situation</source>
        <translation>In de werksituatie zetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="801" />
        <location filename="../../ui/views/situations.py" line="807" />
        <source>Work situations</source>
        <translation>Werksituaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="803" />
        <source>Bottlenecks and challenges from your own work and from your learning groups. Each one goes step by step: questions, options, an experiment, and a lesson.</source>
        <translation>Knelpunten en uitdagingen uit je eigen werk en uit je leergroepen. Elke situatie gaat stap voor stap: vragen, mogelijkheden, een experiment en een les.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="805" />
        <source>&amp;New work situation</source>
        <translation>&amp;Nieuwe werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="806" />
        <source>Show finished</source>
        <translation>Afgeronde situaties tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="809" />
        <source>All your work situations are finished. Tick “Show finished” to see them again.</source>
        <translation>Al je werksituaties zijn afgerond. Vink “Afgeronde situaties tonen” aan om ze weer te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="811" />
        <source>Bring a situation from your own work</source>
        <translation>Breng een situatie uit je eigen werk in</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="812" />
        <source>A work situation is a bottleneck or a challenge from your daily work that you want to improve, innovate or get better at. You learn from it with questions first, then an experiment.</source>
        <translation>Een werksituatie is een knelpunt of uitdaging uit je dagelijkse werk die je wilt verbeteren of innoveren, of waarin je beter wilt worden. Je leert ervan door eerst vragen te stellen en daarna een experiment te doen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="815" />
        <source>Start a work situation</source>
        <translation>Werksituatie starten</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sync_conflicts.py" line="125" />
        <source>You changed this %n more time(s) after this change. Those changes are kept on this laptop and are sent right after your choice, on top of the version you keep.</source>
        <translation>
            <numerusform>Je hebt dit daarna nog %n keer veranderd. Die wijziging blijft op deze laptop en gaat direct na je keuze mee, bovenop de versie die je houdt.</numerusform>
            <numerusform>Je hebt dit daarna nog %n keer veranderd. Die wijzigingen blijven op deze laptop en gaan direct na je keuze mee, bovenop de versie die je houdt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="30" />
        <source>Development question</source>
        <translation>Ontwikkelvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="32" />
        <source>Work situation</source>
        <translation>Werksituatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="33" />
        <source>Conversation preparation</source>
        <translation>Gespreksvoorbereiding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="35" />
        <source>Learning request</source>
        <translation>Leeraanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="37" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="38" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="123" />
        <source>My version (this laptop)</source>
        <translation>Mijn versie (deze laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="124" />
        <source>Their version (the organisation)</source>
        <translation>Hun versie (de organisatie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="124" />
        <source>Merged (edit freely)</source>
        <translation>Samengevoegd (vrij aan te passen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="190" />
        <source>Changes that clash</source>
        <translation>Wijzigingen die botsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="192" />
        <source>While you worked on this laptop, the same record changed at your organisation. Look at both versions and choose which one stays, or merge them. Nothing is sent or dropped until you choose; what you keep goes along at the next sync.</source>
        <translation>Terwijl je op deze laptop werkte, is hetzelfde gegeven bij je organisatie veranderd. Bekijk beide versies en kies welke blijft, of voeg ze samen. Er wordt niets verstuurd of weggegooid tot je kiest; wat je houdt, gaat mee bij het volgende bijwerken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="195" />
        <source>Keep &amp;my version</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
        <source>Keep &amp;their version</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="197" />
        <source>Mer&amp;ge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="198" />
        <source>Decide &amp;later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="67" />
        <source>Choose a folder for your personal copy</source>
        <translation>Kies een map voor je persoonlijke kopie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="76" />
        <source>Choose a folder.</source>
        <translation>Kies een map.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="90" />
        <source>Making your personal copy</source>
        <translation>Je persoonlijke kopie wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="113" />
        <source>Personal copy made</source>
        <translation>Persoonlijke kopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="121" />
        <source>Your personal copy is ready in %1. From the next start Regiestoel opens it on this laptop, with your password, also without a connection; when the laptop reaches your organisation's database, your changes are exchanged.</source>
        <translation>Je persoonlijke kopie staat klaar in %1. Vanaf de volgende start opent Regiestoel hem op deze laptop met je wachtwoord, ook zonder verbinding; zodra de laptop de database van je organisatie bereikt, worden je wijzigingen uitgewisseld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="127" />
        <source>Take my data along</source>
        <translation>Mijn gegevens meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="129" />
        <source>Regiestoel makes an encrypted copy on this laptop of what you may read: your development question, your work situations, your conversations and preparations, your learning groups with their sessions, lessons learned, names and teams, and the organisation's settings. With it you work without a connection too; whenever the laptop reaches your organisation's database, your changes and theirs are exchanged.</source>
        <translation>Regiestoel maakt op deze laptop een versleutelde kopie van wat jij mag lezen: je ontwikkelvraag, je werksituaties, je gesprekken en voorbereidingen, je leergroepen met hun bijeenkomsten, geleerde lessen, namen en teams, en de instellingen van de organisatie. Zo werk je ook zonder verbinding; zodra de laptop de database van je organisatie bereikt, worden jouw wijzigingen en die van hen uitgewisseld.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="136" />
        <source>What never goes along: colleagues' private records that you may not read, answers to the culture scan, and the audit log.</source>
        <translation>Wat nooit meegaat: privégegevens van collega's die jij niet mag lezen, antwoorden op de cultuurscan en het auditlog.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="139" />
        <source>The copy is locked with your password: without it, nobody can read it, not even from a stolen laptop. Forgot your password? Then make a new copy at the office.</source>
        <translation>De kopie is op slot met je wachtwoord: zonder dat kan niemand haar lezen, ook niet van een gestolen laptop. Wachtwoord vergeten? Maak dan op kantoor een nieuwe kopie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="141" />
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="142" />
        <source>Your &amp;password</source>
        <translation>Je &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="143" />
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="144" />
        <source>&amp;Make the copy</source>
        <translation>Kopie &amp;maken</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/teams.py" line="66" />
        <source>%1 — %n person(s)</source>
        <translation>
            <numerusform>%1 — %n medewerker</numerusform>
            <numerusform>%1 — %n medewerkers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="82" />
        <source>New team</source>
        <translation>Nieuw team</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="82" />
        <source>Name of the team:</source>
        <translation>Naam van het team:</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="91" />
        <source>Rename team</source>
        <translation>Team hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="91" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="109" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="111" />
        <source>Teams group the people who work together. A team can only be removed when nobody is in it any more.</source>
        <translation>Teams brengen de mensen bij elkaar die samenwerken. Je kunt een team pas verwijderen als er niemand meer in zit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="113" />
        <source>New &amp;team</source>
        <translation>Nieuw t&amp;eam</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="114" />
        <source>Rena&amp;me</source>
        <translation>He&amp;rnoemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="115" />
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="351" />
        <source>Choose a time from %1 to %2.</source>
        <translation>Kies een tijd van %1 tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="371" />
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="375" />
        <source>Fill in a time.</source>
        <translation>Vul een tijd in.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="376" />
        <source>“%1” is not a time. Type it as 07:30, 0730 or 7.30.</source>
        <translation>“%1” is geen tijd. Typ hem als 07:30, 0730 of 7.30.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="56" />
        <source>&amp;Open Regiestoel</source>
        <translation>Regiestoel &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="125" />
        <source>Keep Regiestoel running in the system tray?</source>
        <translation>Regiestoel in het systeemvak laten doorlopen?</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="127" />
        <source>Then you still get a notification when something is due, also with the window closed. Open Regiestoel again from its icon in the tray; quit it from the icon's menu. You can change this later under Settings, My preferences.</source>
        <translation>Dan krijg je nog steeds een melding als er iets klaarstaat, ook met het venster dicht. Open Regiestoel weer via het pictogram in het systeemvak; sluit het af via het menu van dat pictogram. Je kunt dit later wijzigen bij Instellingen, Mijn voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="130" />
        <source>&amp;Keep running in the tray</source>
        <translation>In het systeemvak laten &amp;doorlopen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="132" />
        <source>&amp;Quit Regiestoel</source>
        <translation>Regiestoel af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="146" />
        <source>Regiestoel keeps running here. Quit it from this icon's menu.</source>
        <translation>Regiestoel loopt hier door. Sluit het af via het menu van dit pictogram.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="93" />
        <source>Welcome to Regiestoel</source>
        <translation>Welkom bij Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="94" />
        <source>Set up your organisation in a few minutes.</source>
        <translation>Richt je organisatie in een paar minuten in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96" />
        <source>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</source>
        <translation>Met Regiestoel voeren je collega's zelf de regie over hun ontwikkeling. Ze leren in werktijd, in kleine groepen die ze zelf vormen, aan situaties uit hun eigen werk. Jij houdt als eigenaar het budget en de voortgang in het oog.

Alles blijft op deze computer. Kies de taal waarin je wilt werken. Je kunt die later wijzigen bij de instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="65" />
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="66" />
        <source>&amp;Repeat new password</source>
        <translation>Nieuw wachtwoord he&amp;rhalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="75" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="79" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
</context>
</TS>