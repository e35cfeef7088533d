<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49" />
        <source>About Regiestoel</source>
        <translation>About Regiestoel</translation>
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
        <translation>Workplace learning in your own hands. Professionals direct their own development, learn in working time in small groups on their own work situations, and give account together with their manager twice a year.

Everything stays on this computer (or your own database server).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="59" />
        <source>Regiestoel is built with these components:</source>
        <translation>Regiestoel is built with these components:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="62" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="73" />
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/item_models/audit.py" line="16" />
        <source>Organisation set up</source>
        <translation>Organisation set up</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="17" />
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="18" />
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="19" />
        <source>Person archived</source>
        <translation>Person archived</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="20" />
        <source>Person restored</source>
        <translation>Person restored</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="21" />
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="22" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="23" />
        <source>Temporary password set</source>
        <translation>Temporary password set</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="24" />
        <source>Password reset with recovery code</source>
        <translation>Password reset with recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="25" />
        <source>People imported</source>
        <translation>People imported</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="26" />
        <source>People exported</source>
        <translation>People exported</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="27" />
        <source>People list read (command line)</source>
        <translation>People list read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="59" />
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="28" />
        <source>Demo organisation created</source>
        <translation>Demo organisation created</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="56" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="57" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="58" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="68" />
        <source>administrator (command line)</source>
        <translation>administrator (command line)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="55" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="57" />
        <source>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</source>
        <translation>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="101" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="103" />
        <source>Choose a new password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a new password of at least %n character.</numerusform>
            <numerusform>Choose a new password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="105" />
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="109" />
        <source>You logged in with a temporary password. Choose your own password now; only you will know it.</source>
        <translation>You logged in with a temporary password. Choose your own password now; only you will know it.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="44" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="45" />
        <source>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</source>
        <translation>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="116" />
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="117" />
        <source>What may colleagues ask you about? Separate subjects with commas.</source>
        <translation>What may colleagues ask you about? Separate subjects with commas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="134" />
        <source>Good morning, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="136" />
        <source>Good afternoon, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="137" />
        <source>Good evening, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="140" />
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="141" />
        <source>Learning in working time</source>
        <translation>Learning in working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="142" />
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="144" />
        <source>Go to People</source>
        <translation>Go to People</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="147" />
        <source>My direction</source>
        <translation>My direction</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="143" />
        <source>Change what colleagues may ask me</source>
        <translation>Change what colleagues may ask me</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="153" />
        <source>&lt;b&gt;Roles:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Roles:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="154" />
        <source>&lt;b&gt;Teams:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Teams:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="155" />
        <source>not in a team yet</source>
        <translation>not in a team yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="156" />
        <source>&lt;b&gt;Manager:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Manager:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="157" />
        <source>no direct manager</source>
        <translation>no direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="158" />
        <source>&lt;b&gt;Ask me about:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ask me about:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="159" />
        <source>nothing filled in yet</source>
        <translation>nothing filled in yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="162" />
        <source>%n hour(s) a year</source>
        <translation>
            <numerusform>%n hour a year</numerusform>
            <numerusform>%n hours a year</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="164" />
        <source>That is the norm in your organisation for learning in working time: in small groups, on situations from your own work. Your own hours are counted from the sessions you attend.</source>
        <translation>That is the norm in your organisation for learning in working time: in small groups, on situations from your own work. Your own hours are counted from the sessions you attend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="171" />
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
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
            <numerusform>%n person cannot log in yet: give them a temporary password</numerusform>
            <numerusform>%n people cannot log in yet: give them a temporary password</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="176" />
        <source>Everyone can log in</source>
        <translation>Everyone can log in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="178" />
        <source>%n professional(s) without a direct manager</source>
        <translation>
            <numerusform>%n professional without a direct manager</numerusform>
            <numerusform>%n professionals without a direct manager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="181" />
        <source>Every professional has a direct manager</source>
        <translation>Every professional has a direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="182" />
        <source>Yearly learning budget: %1</source>
        <translation>Yearly learning budget: %1</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="34" />
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="37" />
        <source>Choose a CSV file, for example one saved from Excel. Regiestoel first shows what would change; nothing is saved until you click Import. A row with an ID updates that person; a row without an ID adds someone.</source>
        <translation>Choose a CSV file, for example one saved from Excel. Regiestoel first shows what would change; nothing is saved until you click Import. A row with an ID updates that person; a row without an ID adds someone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="43" />
        <source>Chosen file</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="44" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="57" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="65" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="74" />
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="75" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="84" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="94" />
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="104" />
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="107" />
        <source>Nothing can be imported until these problems are solved</source>
        <translation>Nothing can be imported until these problems are solved</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="167" />
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="193" />
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="214" />
        <source>Choose your name and enter your password.</source>
        <translation>Choose your name and enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="215" />
        <location filename="../../ui/login.py" line="216" />
        <source>Find your name</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="217" />
        <source>People who can log in</source>
        <translation>People who can log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="218" />
        <location filename="../../ui/login.py" line="219" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="220" />
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="221" />
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="222" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>My direction</source>
        <translation>My direction</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <location filename="../../ui/main_window.py" line="300" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <location filename="../../ui/main_window.py" line="302" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <location filename="../../ui/main_window.py" line="303" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293" />
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>&amp;About Regiestoel</source>
        <translation>&amp;About Regiestoel</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="120" />
        <source>Give your organisation a name.</source>
        <translation>Give your organisation a name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="129" />
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="130" />
        <source>The name, the yearly learning budget and the norm for learning hours.</source>
        <translation>The name, the yearly learning budget and the norm for learning hours.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139" />
        <source>for example: Bakery De Korenschoof</source>
        <translation>for example: Bakery De Korenschoof</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="142" />
        <source>The money available each year for courses, training and coaching. Everyone will see what is left of it.</source>
        <translation>The money available each year for courses, training and coaching. Everyone will see what is left of it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="145" />
        <source>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</source>
        <translation>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="184" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="186" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="228" />
        <source>Your own account</source>
        <translation>Your own account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229" />
        <source>You become the first owner: you manage people, budget and settings.</source>
        <translation>You become the first owner: you manage people, budget and settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="233" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="239" />
        <source>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</source>
        <translation>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="241" />
        <source>&amp;Create organisation</source>
        <translation>&amp;Create organisation</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/item_models/people.py" line="26" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="27" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="28" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="29" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="30" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="31" />
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="71" />
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people.py" line="184" />
        <location filename="../../ui/views/people.py" line="187" />
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="186" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="234" />
        <source>Archive %1?</source>
        <translation>Archive %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="235" />
        <source>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</source>
        <translation>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>people.csv</source>
        <translation>people.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="252" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="258" />
        <source>Export ready</source>
        <translation>Export ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people.py" line="259" />
        <source>%n person(s) exported.</source>
        <translation>
            <numerusform>%n person exported.</numerusform>
            <numerusform>%n people exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="269" />
        <location filename="../../ui/views/people.py" line="276" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="271" />
        <source>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</source>
        <translation>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="273" />
        <source>Search by name, team or subject</source>
        <translation>Search by name, team or subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="274" />
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="275" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="277" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="278" />
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="280" />
        <source>Pass&amp;word…</source>
        <translation>Pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="281" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="282" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="284" />
        <source>Add your colleagues</source>
        <translation>Add your colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="285" />
        <source>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</source>
        <translation>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="288" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="289" />
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="154" />
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person.py" line="157" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="221" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="222" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="224" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="225" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="226" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="227" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="228" />
        <source>Direct &amp;manager</source>
        <translation>Direct &amp;manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="229" />
        <source>&amp;Year of birth</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="230" />
        <source>As&amp;k me about</source>
        <translation>As&amp;k me about</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="231" />
        <source>Temporary &amp;password</source>
        <translation>Temporary &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="237" />
        <source>(no manager)</source>
        <translation>(no manager)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="239" />
        <source>Optional. Only used to show the generation mix of a learning group, never as an age.</source>
        <translation>Optional. Only used to show the generation mix of a learning group, never as an age.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="241" />
        <source>for example: planning, heat pumps</source>
        <translation>for example: planning, heat pumps</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="243" />
        <source>What colleagues may ask this person about, separated by commas.</source>
        <translation>What colleagues may ask this person about, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="245" />
        <source>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</source>
        <translation>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="167" />
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="169" />
        <source>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</source>
        <translation>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="175" />
        <source>Recovery &amp;code</source>
        <translation>Recovery &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="191" />
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="192" />
        <source>Your password has been changed. Your old recovery code no longer works; write down this new one:</source>
        <translation>Your password has been changed. Your old recovery code no longer works; write down this new one:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="279" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="280" />
        <source>Write it down now. Regiestoel shows it only once.</source>
        <translation>Write it down now. Regiestoel shows it only once.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="282" />
        <source>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</source>
        <translation>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286" />
        <source>I have written down the recovery code</source>
        <translation>I have written down the recovery code</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="138" />
        <source>Set a temporary password</source>
        <translation>Set a temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="140" />
        <source>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</source>
        <translation>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="142" />
        <source>&amp;Suggest a password</source>
        <translation>&amp;Suggest a password</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/names.py" line="12" />
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="13" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="14" />
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../ui/names.py" line="15" />
        <source>guide</source>
        <translation>guide</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="181" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="182" />
        <source>My preferences</source>
        <translation>My preferences</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="183" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="184" />
        <source>The language Regiestoel speaks to you in. It changes at once.</source>
        <translation>The language Regiestoel speaks to you in. It changes at once.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="186" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="187" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="187" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="188" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="189" />
        <source>Loc&amp;k after (minutes idle)</source>
        <translation>Loc&amp;k after (minutes idle)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="189" />
        <source>De&amp;fault language</source>
        <translation>De&amp;fault language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="195" />
        <source>Share the data with every account on this computer</source>
        <translation>Share the data with every account on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="193" />
        <source>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</source>
        <translation>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</source>
        <translation>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="200" />
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/teams.py" line="66" />
        <source>%1 — %n person(s)</source>
        <translation>
            <numerusform>%1 — %n person</numerusform>
            <numerusform>%1 — %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="82" />
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="82" />
        <source>Name of the team:</source>
        <translation>Name of the team:</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="91" />
        <source>Rename team</source>
        <translation>Rename team</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="91" />
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="110" />
        <source>Teams group the people who work together. A team can only be removed when nobody is in it any more.</source>
        <translation>Teams group the people who work together. A team can only be removed when nobody is in it any more.</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="112" />
        <source>New &amp;team</source>
        <translation>New &amp;team</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="113" />
        <source>Rena&amp;me</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="114" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>Welcome to Regiestoel</source>
        <translation>Welcome to Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>Set up your organisation in a few minutes.</source>
        <translation>Set up your organisation in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="73" />
        <source>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</source>
        <translation>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="79" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="57" />
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="58" />
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="67" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="71" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
</TS>