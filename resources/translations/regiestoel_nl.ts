<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49" />
        <source>About Regiestoel</source>
        <translation>Over Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="51" />
        <source>Regiestoel %1</source>
        <translation>Regiestoel %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53" />
        <source>Workplace learning in your own hands. Professionals direct their own development, learn in working time in small groups on their own work situations, and give account together with their manager twice a year.

Everything stays on this computer (or your own database server).</source>
        <translation>Leren op het werk, in eigen hand. Professionals voeren zelf de regie over hun ontwikkeling. Ze leren in werktijd, in kleine groepen, aan situaties uit hun eigen werk. Twee keer per jaar leggen ze samen met hun leidinggevende verantwoording af.

Alles blijft op deze computer (of op je eigen databaseserver).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="59" />
        <source>Regiestoel is built with these components:</source>
        <translation>Regiestoel is gemaakt met deze onderdelen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="62" />
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="73" />
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License v3. Je mag ze vervangen door een versie die je zelf hebt gebouwd.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
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
        <location filename="../../ui/item_models/audit.py" line="59" />
        <source>Concerning</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="28" />
        <source>Demo organisation created</source>
        <translation>Demo-organisatie aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="56" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="57" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="58" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="68" />
        <source>administrator (command line)</source>
        <translation>beheerder (opdrachtregel)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="55" />
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="57" />
        <source>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</source>
        <translation>Hier worden gevoelige acties vastgelegd: wijzigingen in medewerkers en rollen, wachtwoorden, imports en exports. Niemand kan deze regels wijzigen of verwijderen.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="101" />
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="103" />
        <source>Choose a new password of at least %n characters.</source>
        <translation>
            <numerusform>Kies een nieuw wachtwoord van minstens %n teken.</numerusform>
            <numerusform>Kies een nieuw wachtwoord van minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="105" />
        <source>&amp;Current password</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="109" />
        <source>You logged in with a temporary password. Choose your own password now; only you will know it.</source>
        <translation>Je bent ingelogd met een tijdelijk wachtwoord. Kies nu je eigen wachtwoord. Alleen jij weet het dan.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="44" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="45" />
        <source>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</source>
        <translation>Regiestoel liep tegen een onverwacht probleem aan. Je opgeslagen werk is veilig. Er staat een verslag in:
%1

Stuur dit bestand naar degene die jullie helpt met Regiestoel.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="116" />
        <source>Ask me about</source>
        <translation>Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="117" />
        <source>What may colleagues ask you about? Separate subjects with commas.</source>
        <translation>Waarover mogen collega's je iets vragen? Scheid de onderwerpen met komma's.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="134" />
        <source>Good morning, %1</source>
        <translation>Goedemorgen, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="136" />
        <source>Good afternoon, %1</source>
        <translation>Goedemiddag, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="137" />
        <source>Good evening, %1</source>
        <translation>Goedenavond, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="140" />
        <source>My profile</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="141" />
        <source>Learning in working time</source>
        <translation>Leren in werktijd</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="142" />
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="144" />
        <source>Go to People</source>
        <translation>Naar Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="147" />
        <source>My direction</source>
        <translation>Mijn regie</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="143" />
        <source>Change what colleagues may ask me</source>
        <translation>Wijzig waarover collega's je iets kunnen vragen</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="153" />
        <source>&lt;b&gt;Roles:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rollen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="154" />
        <source>&lt;b&gt;Teams:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Teams:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="155" />
        <source>not in a team yet</source>
        <translation>nog in geen team</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="156" />
        <source>&lt;b&gt;Manager:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Leidinggevende:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="157" />
        <source>no direct manager</source>
        <translation>geen directe leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="158" />
        <source>&lt;b&gt;Ask me about:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vraag me over:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="159" />
        <source>nothing filled in yet</source>
        <translation>nog niets ingevuld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="162" />
        <source>%n hour(s) a year</source>
        <translation>
            <numerusform>%n uur per jaar</numerusform>
            <numerusform>%n uur per jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="164" />
        <source>That is the norm in your organisation for learning in working time: in small groups, on situations from your own work. Your own hours are counted from the sessions you attend.</source>
        <translation>Dat is de norm in je organisatie voor leren in werktijd: in kleine groepen, aan situaties uit je eigen werk. Je eigen uren tellen mee vanuit de sessies die je bijwoont.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="171" />
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n medewerker toegevoegd</numerusform>
            <numerusform>%n medewerkers toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="172" />
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="174" />
        <source>%n person(s) cannot log in yet: give them a temporary password</source>
        <translation>
            <numerusform>%n medewerker kan nog niet inloggen: geef een tijdelijk wachtwoord</numerusform>
            <numerusform>%n medewerkers kunnen nog niet inloggen: geef ze een tijdelijk wachtwoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="176" />
        <source>Everyone can log in</source>
        <translation>Iedereen kan inloggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="178" />
        <source>%n professional(s) without a direct manager</source>
        <translation>
            <numerusform>%n professional zonder directe leidinggevende</numerusform>
            <numerusform>%n professionals zonder directe leidinggevende</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="181" />
        <source>Every professional has a direct manager</source>
        <translation>Elke professional heeft een directe leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="182" />
        <source>Yearly learning budget: %1</source>
        <translation>Jaarlijks leerbudget: %1</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="34" />
        <source>Import people</source>
        <translation>Medewerkers importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="37" />
        <source>Choose a CSV file, for example one saved from Excel. Regiestoel first shows what would change; nothing is saved until you click Import. A row with an ID updates that person; a row without an ID adds someone.</source>
        <translation>Kies een CSV-bestand, bijvoorbeeld een bestand dat je vanuit Excel hebt opgeslagen. Regiestoel laat eerst zien wat er zou veranderen. Er wordt pas iets opgeslagen als je op Importeren klikt. Een regel met een ID werkt die medewerker bij. Een regel zonder ID voegt iemand toe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="43" />
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="44" />
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="65" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="74" />
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="75" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="84" />
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="94" />
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="104" />
        <source>Ready to import</source>
        <translation>Klaar om te importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="107" />
        <source>Nothing can be imported until these problems are solved</source>
        <translation>Er kan niets worden geïmporteerd tot deze problemen zijn opgelost</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="167" />
        <source>Choose your name first.</source>
        <translation>Kies eerst je naam.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="193" />
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wacht %n seconde voordat je het opnieuw probeert.</numerusform>
            <numerusform>Wacht %n seconden voordat je het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="214" />
        <source>Choose your name and enter your password.</source>
        <translation>Kies je naam en vul je wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="215" />
        <location filename="../../ui/login.py" line="216" />
        <source>Find your name</source>
        <translation>Zoek je naam</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="217" />
        <source>People who can log in</source>
        <translation>Medewerkers die kunnen inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="218" />
        <location filename="../../ui/login.py" line="219" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="220" />
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="221" />
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="222" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>My direction</source>
        <translation>Mijn regie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../ui/main_window.py" line="300" />
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <location filename="../../ui/main_window.py" line="302" />
        <source>Lock (Ctrl+L)</source>
        <translation>Vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>&amp;Switch user</source>
        <translation>&amp;Gebruiker wisselen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>&amp;People</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe medewerker…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>&amp;About Regiestoel</source>
        <translation>&amp;Over Regiestoel</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="120" />
        <source>Give your organisation a name.</source>
        <translation>Geef je organisatie een naam.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="129" />
        <source>Your organisation</source>
        <translation>Je organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="130" />
        <source>The name, the yearly learning budget and the norm for learning hours.</source>
        <translation>De naam, het jaarlijkse leerbudget en de norm voor leeruren.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134" />
        <source>Organisation &amp;name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>&amp;Jaarlijks leerbudget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Leer&amp;uren per persoon per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139" />
        <source>for example: Bakery De Korenschoof</source>
        <translation>bijvoorbeeld: Bakkerij De Korenschoof</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="142" />
        <source>The money available each year for courses, training and coaching. Everyone will see what is left of it.</source>
        <translation>Het geld dat er elk jaar is voor cursussen, trainingen en coaching. Iedereen ziet hoeveel er nog over is.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="145" />
        <source>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</source>
        <translation>Hoeveel uur iedereen per jaar in werktijd leert, in leergroepen en op andere manieren. Regiestoel laat iedereen zien hoe de eigen uren zich verhouden tot deze norm.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="184" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="186" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228" />
        <source>Your own account</source>
        <translation>Je eigen account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229" />
        <source>You become the first owner: you manage people, budget and settings.</source>
        <translation>Je wordt de eerste eigenaar: jij beheert medewerkers, budget en instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234" />
        <source>&amp;Repeat password</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="239" />
        <source>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</source>
        <translation>Op de volgende pagina krijg je een herstelcode. Bewaar die op papier. Het is de enige manier om je wachtwoord opnieuw in te stellen als je het vergeet.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="241" />
        <source>&amp;Create organisation</source>
        <translation>&amp;Organisatie aanmaken</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/item_models/people.py" line="26" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="27" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="28" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="29" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="30" />
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="31" />
        <source>Ask me about</source>
        <translation>Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="71" />
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people.py" line="184" />
        <location filename="../../ui/views/people.py" line="187" />
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="186" />
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="234" />
        <source>Archive %1?</source>
        <translation>%1 archiveren?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="235" />
        <source>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</source>
        <translation>%1 kan dan niet meer inloggen en verdwijnt uit de lijsten. Alles wat %1 heeft gedaan, blijft bewaard in de geschiedenis. Je kunt %1 later terugzetten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>Export people</source>
        <translation>Medewerkers exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>people.csv</source>
        <translation>medewerkers.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="252" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="258" />
        <source>Export ready</source>
        <translation>Export klaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people.py" line="259" />
        <source>%n person(s) exported.</source>
        <translation>
            <numerusform>%n medewerker geëxporteerd.</numerusform>
            <numerusform>%n medewerkers geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="269" />
        <location filename="../../ui/views/people.py" line="276" />
        <source>People</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="271" />
        <source>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</source>
        <translation>Iedereen in je organisatie, hun teams en waarover collega's hun iets mogen vragen. Zoek je een begeleider voor je leergroep? Zoek dan op een onderwerp.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="273" />
        <source>Search by name, team or subject</source>
        <translation>Zoek op naam, team of onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="274" />
        <source>Search people</source>
        <translation>Medewerkers zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="275" />
        <source>Show archived</source>
        <translation>Gearchiveerde medewerkers tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="277" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="278" />
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>&amp;Edit</source>
        <translation>Bewer&amp;ken</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="280" />
        <source>Pass&amp;word…</source>
        <translation>&amp;Wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="281" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="282" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="284" />
        <source>Add your colleagues</source>
        <translation>Voeg je collega's toe</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="285" />
        <source>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</source>
        <translation>Regiestoel werkt met de mensen in je organisatie: wie in welk team zit, wie de leidinggevende van wie is en wie wat weet. Voeg ze één voor één toe, of importeer de lijst die je al in Excel bijhoudt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="288" />
        <source>Add a person</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="289" />
        <source>Import from Excel</source>
        <translation>Importeren uit Excel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="154" />
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person.py" line="157" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="221" />
        <source>New person</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="222" />
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="224" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="225" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="226" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="227" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="228" />
        <source>Direct &amp;manager</source>
        <translation>Directe &amp;leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="229" />
        <source>&amp;Year of birth</source>
        <translation>&amp;Geboortejaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="230" />
        <source>As&amp;k me about</source>
        <translation>&amp;Vraag me over</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="231" />
        <source>Temporary &amp;password</source>
        <translation>Tijdelijk &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="237" />
        <source>(no manager)</source>
        <translation>(geen leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="239" />
        <source>Optional. Only used to show the generation mix of a learning group, never as an age.</source>
        <translation>Niet verplicht. Dit dient alleen om de generatiemix van een leergroep te laten zien, nooit als leeftijd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="241" />
        <source>for example: planning, heat pumps</source>
        <translation>bijvoorbeeld: planning, warmtepompen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="243" />
        <source>What colleagues may ask this person about, separated by commas.</source>
        <translation>Waarover collega's deze persoon iets mogen vragen, gescheiden door komma's.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="245" />
        <source>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</source>
        <translation>Niet verplicht. Met een tijdelijk wachtwoord kan deze persoon inloggen en daarna een eigen wachtwoord kiezen. Zonder wachtwoord stel je het later in.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="167" />
        <source>Forgot your password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="169" />
        <source>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</source>
        <translation>Vraag de eigenaar van Regiestoel in je organisatie om een tijdelijk wachtwoord.

Ben je zelf de eigenaar? Vul dan de herstelcode in die je hebt opgeschreven toen Regiestoel werd ingericht. Kies daarna een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="175" />
        <source>Recovery &amp;code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="191" />
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="192" />
        <source>Your password has been changed. Your old recovery code no longer works; write down this new one:</source>
        <translation>Je wachtwoord is gewijzigd. Je oude herstelcode werkt niet meer. Schrijf deze nieuwe code op:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="279" />
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="280" />
        <source>Write it down now. Regiestoel shows it only once.</source>
        <translation>Schrijf de code nu op. Regiestoel laat hem maar één keer zien.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282" />
        <source>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</source>
        <translation>Ben je je wachtwoord ooit vergeten? Dan kun je met deze code een nieuw wachtwoord kiezen. Schrijf de code op papier en bewaar hem op een veilige plek, niet bij deze computer. Niemand anders kan het wachtwoord van een eigenaar opnieuw instellen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286" />
        <source>I have written down the recovery code</source>
        <translation>Ik heb de herstelcode opgeschreven</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="138" />
        <source>Set a temporary password</source>
        <translation>Tijdelijk wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="140" />
        <source>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</source>
        <translation>Geef %1 een tijdelijk wachtwoord en vertel het persoonlijk. Bij de volgende keer inloggen kiest %1 een eigen wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="142" />
        <source>&amp;Suggest a password</source>
        <translation>Wachtwoord &amp;voorstellen</translation>
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
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="181" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="182" />
        <source>My preferences</source>
        <translation>Mijn voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="183" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="184" />
        <source>The language Regiestoel speaks to you in. It changes at once.</source>
        <translation>De taal waarin Regiestoel tegen je praat. Dit verandert meteen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="186" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="187" />
        <source>Organisation &amp;name</source>
        <translation>Naam van de &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="187" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>&amp;Jaarlijks leerbudget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="188" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Leer&amp;uren per persoon per jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="189" />
        <source>Loc&amp;k after (minutes idle)</source>
        <translation>Ver&amp;grendelen na (minuten niets doen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="189" />
        <source>De&amp;fault language</source>
        <translation>&amp;Standaardtaal</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="195" />
        <source>Share the data with every account on this computer</source>
        <translation>Deel de gegevens met elk account op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="193" />
        <source>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</source>
        <translation>Op een gedeelde laptop vergrendelt Regiestoel zichzelf als niemand hem zo lang gebruikt. Zo kan de volgende persoon jouw ontwikkelgegevens niet lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</source>
        <translation>Dan opent elk account op deze computer dezelfde database. Dit werkt vanaf de volgende keer dat Regiestoel start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="200" />
        <source>Only an owner can change these settings.</source>
        <translation>Alleen een eigenaar kan deze instellingen wijzigen.</translation>
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
        <location filename="../../ui/views/teams.py" line="110" />
        <source>Teams group the people who work together. A team can only be removed when nobody is in it any more.</source>
        <translation>Teams brengen de mensen bij elkaar die samenwerken. Je kunt een team pas verwijderen als er niemand meer in zit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="112" />
        <source>New &amp;team</source>
        <translation>Nieuw t&amp;eam</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="113" />
        <source>Rena&amp;me</source>
        <translation>He&amp;rnoemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="114" />
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>Welcome to Regiestoel</source>
        <translation>Welkom bij Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>Set up your organisation in a few minutes.</source>
        <translation>Richt je organisatie in een paar minuten in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73" />
        <source>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</source>
        <translation>Met Regiestoel voeren je collega's zelf de regie over hun ontwikkeling. Ze leren in werktijd, in kleine groepen die ze zelf vormen, aan situaties uit hun eigen werk. Jij houdt als eigenaar het budget en de voortgang in het oog.

Alles blijft op deze computer. Kies de taal waarin je wilt werken. Je kunt die later wijzigen bij de instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="79" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="57" />
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="58" />
        <source>&amp;Repeat new password</source>
        <translation>Nieuw wachtwoord he&amp;rhalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="67" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="71" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde.</translation>
    </message>
</context>
</TS>