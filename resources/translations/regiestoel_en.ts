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
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="106" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="106" />
        <source>Energy (1–5)</source>
        <translation>Energy (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="107" />
        <source>Meaning (1–5)</source>
        <translation>Meaning (1–5)</translation>
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
    <name>DayAgendaEditor</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="239" />
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="263" />
        <source>%1 of %2 minutes</source>
        <translation>%1 of %2 minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="266" />
        <source>%n minute(s) short</source>
        <translation>
            <numerusform>%n minute short</numerusform>
            <numerusform>%n minutes short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="268" />
        <source>%n minute(s) too many</source>
        <translation>
            <numerusform>%n minute too many</numerusform>
            <numerusform>%n minutes too many</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="288" />
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="289" />
        <source>Theme of day %1</source>
        <translation>Theme of day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="290" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="290" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="291" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="291" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="292" />
        <source>Blocks of day %1</source>
        <translation>Blocks of day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="293" />
        <source>&amp;Add block</source>
        <translation>&amp;Add block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="294" />
        <source>Re&amp;move block</source>
        <translation>Re&amp;move block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="295" />
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="296" />
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="297" />
        <source>&amp;Prompt of the selected block, shown to the group:</source>
        <translation>&amp;Prompt of the selected block, shown to the group:</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/development.py" line="129" />
        <source>Nothing saved yet.</source>
        <translation>Nothing saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="141" />
        <location filename="../../ui/dialogs/development.py" line="146" />
        <location filename="../../ui/dialogs/development.py" line="149" />
        <source>My development question</source>
        <translation>My development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="143" />
        <source>Your development question is yours: what do you want to learn, in and for your own work? The ten guiding questions help you sharpen it. Answer them in any order, now or later; every saved version is kept.</source>
        <translation>Your development question is yours: what do you want to learn, in and for your own work? The ten guiding questions help you sharpen it. Answer them in any order, now or later; every saved version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="148" />
        <source>for example: How do I find faults in heat pumps on my own?</source>
        <translation>for example: How do I find faults in heat pumps on my own?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="150" />
        <source>My manager may read my question and my answers</source>
        <translation>My manager may read my question and my answers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/development.py" line="153" />
        <source>History (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="155" />
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
</context>
<context>
    <name>FinishSituationDialog</name>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="128" />
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="130" />
        <source>Expected result: %1</source>
        <translation>Expected result: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/finish_situation.py" line="139" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="182" />
        <source>Finish: %1</source>
        <translation>Finish: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="184" />
        <source>Look back on the experiment: what came out of it? Then write down the lesson, so that colleagues with a similar situation can find it.</source>
        <translation>Look back on the experiment: what came out of it? Then write down the lesson, so that colleagues with a similar situation can find it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="186" />
        <source>Close a work situation that no longer needs attention. If you learned something on the way, you can still write it down.</source>
        <translation>Close a work situation that no longer needs attention. If you learned something on the way, you can still write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="188" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="190" />
        <source>Improved: it works better now</source>
        <translation>Improved: it works better now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="191" />
        <source>Innovated: we now do it in a new way</source>
        <translation>Innovated: we now do it in a new way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="192" />
        <source>Closed: we stop working on it</source>
        <translation>Closed: we stop working on it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="197" />
        <source>Improved and innovated come after an experiment. You can close the situation at any step.</source>
        <translation>Improved and innovated come after an experiment. You can close the situation at any step.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="199" />
        <source>What came &amp;out of it?</source>
        <translation>What came &amp;out of it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="200" />
        <source>Why do you &amp;close it?</source>
        <translation>Why do you &amp;close it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="202" />
        <source>Compare with the result you expected. What happened, and what did you notice?</source>
        <translation>Compare with the result you expected. What happened, and what did you notice?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="203" />
        <source>Write down the lesson learned</source>
        <translation>Write down the lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="205" />
        <source>Already filled in from the work situation. Make it something a colleague can use.</source>
        <translation>Already filled in from the work situation. Make it something a colleague can use.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="207" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>GenerationMix</name>
    <message>
        <location filename="../../ui/dialogs/group.py" line="104" />
        <source>Generation mix</source>
        <translation>Generation mix</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/group.py" line="284" />
        <source>%n person(s) chosen: %1</source>
        <translation>
            <numerusform>%n person chosen: %1</numerusform>
            <numerusform>%n people chosen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="285" />
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="301" />
        <source>%1 — ask me about: %2</source>
        <translation>%1 — ask me about: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="309" />
        <source>(no guide)</source>
        <translation>(no guide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="322" />
        <source>Nobody has the guide role yet. The owner can give it to an experienced colleague under People.</source>
        <translation>Nobody has the guide role yet. The owner can give it to an experienced colleague under People.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="325" />
        <source>No guide knows about “%1”. Try another word.</source>
        <translation>No guide knows about “%1”. Try another word.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="329" />
        <source>Optional. An experienced colleague who helps the group now and then. Search by what you want to learn about.</source>
        <translation>Optional. An experienced colleague who helps the group now and then. Search by what you want to learn about.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="344" />
        <source>Choose at least one person.</source>
        <translation>Choose at least one person.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="386" />
        <source>Start a learning group</source>
        <translation>Start a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="387" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="389" />
        <source>Choose the colleagues you want to learn with: 3 to 6 people, young and old mixed. You meet one hour a day, four days in a row, in working time.</source>
        <translation>Choose the colleagues you want to learn with: 3 to 6 people, young and old mixed. You meet one hour a day, four days in a row, in working time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="392" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="393" />
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="394" />
        <source>&amp;Who joins</source>
        <translation>&amp;Who joins</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="395" />
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="399" />
        <source>for example: Smoother mornings in the bakery</source>
        <translation>for example: Smoother mornings in the bakery</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="401" />
        <source>What do you want to get better at together? A sentence or two is enough.</source>
        <translation>What do you want to get better at together? A sentence or two is enough.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="402" />
        <source>Search colleagues by name or subject</source>
        <translation>Search colleagues by name or subject</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="403" />
        <source>Search colleagues</source>
        <translation>Search colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="404" />
        <source>Colleagues in the group</source>
        <translation>Colleagues in the group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="409" />
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="411" />
        <source>You are in the group you start.</source>
        <translation>You are in the group you start.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="412" />
        <source>Find a guide by subject, e.g. planning</source>
        <translation>Find a guide by subject, e.g. planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="413" />
        <source>Search guides by subject</source>
        <translation>Search guides by subject</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="414" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="416" />
        <source>&amp;Start group</source>
        <translation>&amp;Start group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="416" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
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
        <translation>Baby boomers</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="31" />
        <source>year of birth unknown</source>
        <translation>year of birth unknown</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="38" />
        <location filename="../../ui/names_groups.py" line="50" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="39" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="40" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="47" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="49" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="60" />
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="61" />
        <source>Work situation</source>
        <translation>Work situation</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="62" />
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="63" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="64" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="65" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="66" />
        <source>Looking back</source>
        <translation>Looking back</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="67" />
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="68" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="69" />
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="77" />
        <source>A learning group works best with 3 to 6 people. With fewer, you hear fewer views; perhaps a colleague would like to join?</source>
        <translation>A learning group works best with 3 to 6 people. With fewer, you hear fewer views; perhaps a colleague would like to join?</translation>
    </message>
    <message>
        <location filename="../../ui/names_groups.py" line="81" />
        <source>A learning group works best with 3 to 6 people. With more, not everyone gets a turn in one hour; consider starting two groups.</source>
        <translation>A learning group works best with 3 to 6 people. With more, not everyone gets a turn in one hour; consider starting two groups.</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/groups.py" line="314" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="316" />
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="376" />
        <source>No purpose written down yet. What do you want to get better at together?</source>
        <translation>No purpose written down yet. What do you want to get better at together?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="379" />
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="381" />
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="383" />
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="389" />
        <source> (you)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="394" />
        <source>No guide. An experienced colleague can help the group now and then; choose one with Edit group.</source>
        <translation>No guide. An experienced colleague can help the group now and then; choose one with Edit group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="415" />
        <source>%1 (now with %2)</source>
        <translation>%1 (now with %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="422" />
        <source>The group works on bottlenecks and challenges from your own work. Bring in one of your work situations to start.</source>
        <translation>The group works on bottlenecks and challenges from your own work. Bring in one of your work situations to start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="425" />
        <source>All your open work situations are with this group.</source>
        <translation>All your open work situations are with this group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="429" />
        <source>Register one under Work situations first.</source>
        <translation>Register one under Work situations first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="444" />
        <source>Week cycle %1 – %2</source>
        <translation>Week cycle %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="459" />
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="481" />
        <source>No week cycle yet. In a vital week cycle the group meets one hour a day on four working days in a row, in working time. Plan the first one.</source>
        <translation>No week cycle yet. In a vital week cycle the group meets one hour a day on four working days in a row, in working time. Plan the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="483" />
        <source>To start a session, select it on its day and press Start session.</source>
        <translation>To start a session, select it on its day and press Start session.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="536" />
        <source>&amp;Continue session</source>
        <translation>&amp;Continue session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="537" />
        <source>&amp;Start session</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="544" />
        <source>You can start a session on its day.</source>
        <translation>You can start a session on its day.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="586" />
        <source>Leave %1?</source>
        <translation>Leave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="587" />
        <source>You no longer see the sessions and notes of %1. The others carry on; they can add you again later.</source>
        <translation>You no longer see the sessions and notes of %1. The others carry on; they can add you again later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="624" />
        <source>Cancel this week cycle?</source>
        <translation>Cancel this week cycle?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="625" />
        <source>The four sessions from %1 to %2 are cancelled. Export the calendar again, so everyone's calendar shows the cancellation.</source>
        <translation>The four sessions from %1 to %2 are cancelled. Export the calendar again, so everyone's calendar shows the cancellation.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="644" />
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="645" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="663" />
        <source>Saved as %1. Open this file with your calendar program (such as Outlook or Google Calendar) or send it to the group.</source>
        <translation>Saved as %1. Open this file with your calendar program (such as Outlook or Google Calendar) or send it to the group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="676" />
        <source>Learning groups</source>
        <translation>Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="678" />
        <source>Learn with colleagues you chose, on situations from your own work, one hour a day for four days, in working time.</source>
        <translation>Learn with colleagues you chose, on situations from your own work, one hour a day for four days, in working time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="680" />
        <source>My learning groups</source>
        <translation>My learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="681" />
        <source>Start a &amp;learning group</source>
        <translation>Start a &amp;learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="682" />
        <source>&amp;Edit group</source>
        <translation>&amp;Edit group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="683" />
        <source>Lea&amp;ve group</source>
        <translation>Lea&amp;ve group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="684" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="685" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="686" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="687" />
        <source>Week cycles</source>
        <translation>Week cycles</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="688" />
        <source>&amp;Bring in one of my situations</source>
        <translation>&amp;Bring in one of my situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="689" />
        <source>&amp;Plan a week cycle…</source>
        <translation>&amp;Plan a week cycle…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="690" />
        <source>Ca&amp;ncel cycle</source>
        <translation>Ca&amp;ncel cycle</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="691" />
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xport to calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="692" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="692" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="692" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="693" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="693" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="694" />
        <source>Week cycles and their sessions</source>
        <translation>Week cycles and their sessions</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="696" />
        <source>Learn together in a learning group</source>
        <translation>Learn together in a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="697" />
        <source>A learning group is 3 to 6 colleagues who choose each other, young and old mixed. You meet one hour a day, four days in a row, in working time, and work on situations from your own work.</source>
        <translation>A learning group is 3 to 6 colleagues who choose each other, young and old mixed. You meet one hour a day, four days in a row, in working time, and work on situations from your own work.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="700" />
        <source>Start a learning group</source>
        <translation>Start a learning group</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="165" />
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="166" />
        <source>What may colleagues ask you about? Separate subjects with commas.</source>
        <translation>What may colleagues ask you about? Separate subjects with commas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="185" />
        <source>Good morning, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="187" />
        <source>Good afternoon, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="188" />
        <source>Good evening, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="197" />
        <source>%1, %2: %3 — day %4 of 4</source>
        <translation>%1, %2: %3 — day %4 of 4</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="207" />
        <source>Start session</source>
        <translation>Start session</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="218" />
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="220" />
        <source>was due %1</source>
        <translation>was due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="221" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="230" />
        <source>Nothing planned for the coming week. Join or start a learning group to learn in working time, together with colleagues.</source>
        <translation>Nothing planned for the coming week. Join or start a learning group to learn in working time, together with colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="243" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="244" />
        <source>My development question</source>
        <translation>My development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="246" />
        <source>My learning groups</source>
        <translation>My learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="247" />
        <source>My work situations</source>
        <translation>My work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="248" />
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="245" />
        <source>Learning in working time</source>
        <translation>Learning in working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="249" />
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="251" />
        <source>Go to People</source>
        <translation>Go to People</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="252" />
        <source>Go to Learning groups</source>
        <translation>Go to Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="253" />
        <source>Go to Work situations</source>
        <translation>Go to Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="256" />
        <source>My direction</source>
        <translation>My direction</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="250" />
        <source>Change what colleagues may ask me</source>
        <translation>Change what colleagues may ask me</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="266" />
        <source>%n of 10 guiding questions answered</source>
        <translation>
            <numerusform>%n of 10 guiding questions answered</numerusform>
            <numerusform>%n of 10 guiding questions answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="268" />
        <source>Work on my question</source>
        <translation>Work on my question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="271" />
        <source>What do you want to learn, in and for your own work? Put it into words: your development question is the start of everything you learn here.</source>
        <translation>What do you want to learn, in and for your own work? Put it into words: your development question is the start of everything you learn here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="274" />
        <source>Write my development question</source>
        <translation>Write my development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="278" />
        <source>%1 of %2 hours</source>
        <translation>%1 of %2 hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="283" />
        <source>Learning hours against the norm</source>
        <translation>Learning hours against the norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="285" />
        <source>Learning hours in working time this year, against the norm of your organisation. Every session you attend counts.</source>
        <translation>Learning hours in working time this year, against the norm of your organisation. Every session you attend counts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="291" />
        <source>&lt;b&gt;Learning budget:&lt;/b&gt; %1 left in your organisation's budget for this year. Ask for a course or training under Learning &amp;amp; budget.</source>
        <translation>&lt;b&gt;Learning budget:&lt;/b&gt; %1 left in your organisation's budget for this year. Ask for a course or training under Learning &amp;amp; budget.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="296" />
        <source>&lt;b&gt;My learning budget:&lt;/b&gt; %1 left of %2 this year.</source>
        <translation>&lt;b&gt;My learning budget:&lt;/b&gt; %1 left of %2 this year.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="304" />
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="308" />
        <source>You are not in a learning group yet. A group is 3 to 6 colleagues who choose each other and meet one hour a day, four days in a row.</source>
        <translation>You are not in a learning group yet. A group is 3 to 6 colleagues who choose each other and meet one hour a day, four days in a row.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="314" />
        <source>No open work situations. Is something in your work stuck, or could it be better? Register it as a work situation.</source>
        <translation>No open work situations. Is something in your work stuck, or could it be better? Register it as a work situation.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="321" />
        <source>&lt;b&gt;Roles:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Roles:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="322" />
        <source>&lt;b&gt;Teams:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Teams:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="317" />
        <source>not in a team yet</source>
        <translation>not in a team yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="323" />
        <source>&lt;b&gt;Manager:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Manager:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="318" />
        <source>no direct manager</source>
        <translation>no direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="324" />
        <source>&lt;b&gt;Ask me about:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ask me about:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="319" />
        <source>nothing filled in yet</source>
        <translation>nothing filled in yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="329" />
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="330" />
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="332" />
        <source>%n person(s) cannot log in yet: give them a temporary password</source>
        <translation>
            <numerusform>%n person cannot log in yet: give them a temporary password</numerusform>
            <numerusform>%n people cannot log in yet: give them a temporary password</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="334" />
        <source>Everyone can log in</source>
        <translation>Everyone can log in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="336" />
        <source>%n professional(s) without a direct manager</source>
        <translation>
            <numerusform>%n professional without a direct manager</numerusform>
            <numerusform>%n professionals without a direct manager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="339" />
        <source>Every professional has a direct manager</source>
        <translation>Every professional has a direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="340" />
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
    <name>Learning</name>
    <message>
        <location filename="../../ui/names_learning.py" line="18" />
        <source>Bottleneck</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="19" />
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="26" />
        <source>Something in your work that gets stuck or costs too much effort.</source>
        <translation>Something in your work that gets stuck or costs too much effort.</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="28" />
        <source>Something new or difficult that you want to handle well.</source>
        <translation>Something new or difficult that you want to handle well.</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="36" />
        <source>Improve</source>
        <translation>Improve</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="37" />
        <source>Innovate</source>
        <translation>Innovate</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="38" />
        <source>Perform better</source>
        <translation>Perform better</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="45" />
        <source>Collecting questions</source>
        <translation>Collecting questions</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="46" />
        <source>Looking for options</source>
        <translation>Looking for options</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="47" />
        <source>Experimenting</source>
        <translation>Experimenting</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="48" />
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="49" />
        <source>Innovated</source>
        <translation>Innovated</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="50" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="57" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/names_learning.py" line="58" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>LearningSettingsPanel</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="461" />
        <source>No closing days yet.</source>
        <translation>No closing days yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="569" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="592" />
        <source>Back to the standard agendas?</source>
        <translation>Back to the standard agendas?</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="593" />
        <source>The four session agendas in %1 go back to how Regiestoel comes. Your own changes to them are lost.</source>
        <translation>The four session agendas in %1 go back to how Regiestoel comes. Your own changes to them are lost.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="598" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="598" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="602" />
        <source>Each session lasts exactly %1 minutes. These are the agendas in %2; switch the language to adjust the others.</source>
        <translation>Each session lasts exactly %1 minutes. These are the agendas in %2; switch the language to adjust the others.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="618" />
        <source>Only the owner changes rooms, closing days and session agendas. You can see them here.</source>
        <translation>Only the owner changes rooms, closing days and session agendas. You can see them here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="620" />
        <location filename="../../ui/views/learning_settings.py" line="624" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="622" />
        <source>Quiet, comfortable rooms where a learning group can meet. A room is never given to two groups at the same time.</source>
        <translation>Quiet, comfortable rooms where a learning group can meet. A room is never given to two groups at the same time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="625" />
        <location filename="../../ui/views/learning_settings.py" line="626" />
        <source>Name of a new room</source>
        <translation>Name of a new room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="627" />
        <source>Add &amp;room</source>
        <translation>Add &amp;room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="628" />
        <source>Remove room</source>
        <translation>Remove room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="629" />
        <location filename="../../ui/views/learning_settings.py" line="634" />
        <source>Closing days</source>
        <translation>Closing days</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="631" />
        <source>Dutch public holidays are skipped automatically. Add the days your organisation is closed on top of those, this year and next.</source>
        <translation>Dutch public holidays are skipped automatically. Add the days your organisation is closed on top of those, this year and next.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="633" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="633" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="637" />
        <source>Date of the closing day</source>
        <translation>Date of the closing day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="638" />
        <source>for example: company outing</source>
        <translation>for example: company outing</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="639" />
        <source>Description of the closing day</source>
        <translation>Description of the closing day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="640" />
        <source>Add &amp;closing day</source>
        <translation>Add &amp;closing day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="641" />
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="642" />
        <source>Session agendas</source>
        <translation>Session agendas</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="644" />
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="645" />
        <source>&amp;Save agendas</source>
        <translation>&amp;Save agendas</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="646" />
        <source>Back to the s&amp;tandard agendas</source>
        <translation>Back to the s&amp;tandard agendas</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="224" />
        <source>New lesson learned</source>
        <translation>New lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="225" />
        <source>Edit lesson: %1</source>
        <translation>Edit lesson: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="227" />
        <source>Write down what you learned so that a colleague can use it tomorrow. Short and concrete is better than complete.</source>
        <translation>Write down what you learned so that a colleague can use it tomorrow. Short and concrete is better than complete.</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/lesson.py" line="105" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="142" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="143" />
        <source>What was the &amp;situation?</source>
        <translation>What was the &amp;situation?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="144" />
        <source>What &amp;worked?</source>
        <translation>What &amp;worked?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="145" />
        <source>What did &amp;not work?</source>
        <translation>What did &amp;not work?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="146" />
        <source>What would you do ne&amp;xt time?</source>
        <translation>What would you do ne&amp;xt time?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="147" />
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="151" />
        <source>In a few words: what did you learn?</source>
        <translation>In a few words: what did you learn?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="152" />
        <source>Where, when and with whom. Enough for a colleague who was not there.</source>
        <translation>Where, when and with whom. Enough for a colleague who was not there.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="154" />
        <source>for example: planning, new colleagues</source>
        <translation>for example: planning, new colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="155" />
        <source>Words that help colleagues find this lesson, separated by commas.</source>
        <translation>Words that help colleagues find this lesson, separated by commas.</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <location filename="../../ui/views/lessons.py" line="259" />
        <source>The newest lessons. Type to search all of them.</source>
        <translation>The newest lessons. Type to search all of them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/lessons.py" line="261" />
        <source>%n lesson(s) found, best match first.</source>
        <translation>
            <numerusform>%n lesson found.</numerusform>
            <numerusform>%n lessons found, best match first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="265" />
        <source>No lesson matches “%1”</source>
        <translation>No lesson matches “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="266" />
        <source>Try fewer words, or another word for the same thing. Perhaps nobody has written this lesson yet: you could be the first.</source>
        <translation>Try fewer words, or another word for the same thing. Perhaps nobody has written this lesson yet: you could be the first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="294" />
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="298" />
        <source>from a finished work situation</source>
        <translation>from a finished work situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="302" />
        <source>What was the situation?</source>
        <translation>What was the situation?</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="303" />
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="304" />
        <source>What did not work</source>
        <translation>What did not work</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="305" />
        <source>Next time</source>
        <translation>Next time</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="311" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="370" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="372" />
        <source>What colleagues learned from their work situations, written down to be used again. Search by any word; other forms of a word are found too.</source>
        <translation>What colleagues learned from their work situations, written down to be used again. Search by any word; other forms of a word are found too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="374" />
        <source>Search lessons, for example: planning</source>
        <translation>Search lessons, for example: planning</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="375" />
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="376" />
        <source>Lessons found</source>
        <translation>Lessons found</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="377" />
        <source>The chosen lesson</source>
        <translation>The chosen lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="378" />
        <source>&amp;New lesson</source>
        <translation>&amp;New lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="379" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="381" />
        <source>Lessons learned are kept here</source>
        <translation>Lessons learned are kept here</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="382" />
        <source>When you finish a work situation, you write down what you learned, so that colleagues facing the same thing can find it. You can also write a lesson straight away.</source>
        <translation>When you finish a work situation, you write down what you learned, so that colleagues facing the same thing can find it. You can also write a lesson straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="385" />
        <location filename="../../ui/views/lessons.py" line="386" />
        <source>Write a lesson</source>
        <translation>Write a lesson</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="171" />
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="197" />
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="218" />
        <source>Choose your name and enter your password.</source>
        <translation>Choose your name and enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="219" />
        <location filename="../../ui/login.py" line="220" />
        <source>Find your name</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="221" />
        <source>People who can log in</source>
        <translation>People who can log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="222" />
        <location filename="../../ui/login.py" line="223" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="224" />
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="225" />
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="226" />
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
        <location filename="../../ui/main_window.py" line="123" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Learning groups</source>
        <translation>Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <location filename="../../ui/main_window.py" line="369" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <location filename="../../ui/main_window.py" line="371" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <location filename="../../ui/main_window.py" line="372" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361" />
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>&amp;About Regiestoel</source>
        <translation>&amp;About Regiestoel</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="121" />
        <source>Give your organisation a name.</source>
        <translation>Give your organisation a name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="130" />
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="131" />
        <source>The name, the yearly learning budget and the norm for learning hours.</source>
        <translation>The name, the yearly learning budget and the norm for learning hours.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="135" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="136" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="140" />
        <source>for example: Bakery De Korenschoof</source>
        <translation>for example: Bakery De Korenschoof</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="143" />
        <source>The money available each year for courses, training and coaching. Everyone will see what is left of it.</source>
        <translation>The money available each year for courses, training and coaching. Everyone will see what is left of it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="146" />
        <source>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</source>
        <translation>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="185" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="187" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229" />
        <source>Your own account</source>
        <translation>Your own account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230" />
        <source>You become the first owner: you manage people, budget and settings.</source>
        <translation>You become the first owner: you manage people, budget and settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234" />
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="234" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="235" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="240" />
        <source>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</source>
        <translation>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="242" />
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
    <name>PlanCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="271" />
        <source>If everyone is free, you meet on:</source>
        <translation>If everyone is free, you meet on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="283" />
        <source>Day %1: %2, %3</source>
        <translation>Day %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="295" />
        <source>closing day</source>
        <translation>closing day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="296" />
        <source>Skipped %1: %2</source>
        <translation>Skipped %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="348" />
        <source>Planned. You meet on:</source>
        <translation>Planned. You meet on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="352" />
        <source>Someone or the room was already taken earlier, so the cycle starts on the first free day.</source>
        <translation>Someone or the room was already taken earlier, so the cycle starts on the first free day.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="354" />
        <source>Everyone in the group sees these sessions. Export them to your calendar from the group.</source>
        <translation>Everyone in the group sees these sessions. Export them to your calendar from the group.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="357" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="380" />
        <source>Looking for free weeks…</source>
        <translation>Looking for free weeks…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="400" />
        <source>There is no free week in the next %1 weeks either. Try another room, or ask the group about another time.</source>
        <translation>There is no free week in the next %1 weeks either. Try another room, or ask the group about another time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="403" />
        <source>These weeks are free. Choose one:</source>
        <translation>These weeks are free. Choose one:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="406" />
        <source>%1 to %2, %3</source>
        <translation>%1 to %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="443" />
        <source>Plan a week cycle for %1</source>
        <translation>Plan a week cycle for %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="445" />
        <source>A vital week cycle: the group meets one hour a day on four working days in a row, at the same time, in working time. Nobody is planned twice.</source>
        <translation>A vital week cycle: the group meets one hour a day on four working days in a row, at the same time, in working time. Nobody is planned twice.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="448" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="449" />
        <source>Start &amp;time</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="450" />
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="451" />
        <source>Peri&amp;od</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="458" />
        <source>First day from</source>
        <translation>First day from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="459" />
        <source>Start no later than</source>
        <translation>Start no later than</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="461" />
        <source>The first session is on the first working day from this date. Weekends, public holidays and closing days are skipped.</source>
        <translation>The first session is on the first working day from this date. Weekends, public holidays and closing days are skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="464" />
        <source>Every session lasts an hour, at the same time each day.</source>
        <translation>Every session lasts an hour, at the same time each day.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="465" />
        <source>(no room)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="467" />
        <source>A quiet, comfortable room helps. Nobody gets the same room twice at once.</source>
        <translation>A quiet, comfortable room helps. Nobody gets the same room twice at once.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="469" />
        <source>No rooms yet. The owner adds them under Settings.</source>
        <translation>No rooms yet. The owner adds them under Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="470" />
        <source>Only in the weeks until</source>
        <translation>Only in the weeks until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="472" />
        <source>Optional: the last day on which the cycle may start. Without it, Regiestoel looks up to %1 weeks ahead for a free week.</source>
        <translation>Optional: the last day on which the cycle may start. Without it, Regiestoel looks up to %1 weeks ahead for a free week.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="476" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
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
        <location filename="../../ui/wizard.py" line="280" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="281" />
        <source>Write it down now. Regiestoel shows it only once.</source>
        <translation>Write it down now. Regiestoel shows it only once.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="283" />
        <source>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</source>
        <translation>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="287" />
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
    <name>SessionRunner</name>
    <message>
        <location filename="../../ui/views/session_runner.py" line="316" />
        <source>Last part of this session</source>
        <translation>Last part of this session</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="319" />
        <source>Next: %1 (%2 min)</source>
        <translation>Next: %1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="321" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="321" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="404" />
        <source>Session finished. %n person(s) present: their learning hour is counted.</source>
        <translation>
            <numerusform>Session finished. %n person present: their learning hour is counted.</numerusform>
            <numerusform>Session finished. %n people present: their learning hour is counted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="407" />
        <source>Average energy %1, meaning %2.</source>
        <translation>Average energy %1, meaning %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="409" />
        <source>%n action(s) agreed.</source>
        <translation>
            <numerusform>%n action agreed.</numerusform>
            <numerusform>%n actions agreed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="437" />
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="438" />
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="439" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="440" />
        <source>Previous part (←)</source>
        <translation>Previous part (←)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="441" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="442" />
        <source>Next part (→)</source>
        <translation>Next part (→)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="443" />
        <source>Start or pause (space)</source>
        <translation>Start or pause (space)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="444" />
        <source>Check-in and attendance</source>
        <translation>Check-in and attendance</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="445" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="446" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="447" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="449" />
        <source>What the group found out, the questions asked, the options seen…</source>
        <translation>What the group found out, the questions asked, the options seen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="450" />
        <source>What will be done?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="451" />
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="452" />
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="453" />
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="454" />
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="456" />
        <source>Sum up in a few sentences what this hour brought. When you finish, everyone present gets one learning hour in working time.</source>
        <translation>Sum up in a few sentences what this hour brought. When you finish, everyone present gets one learning hour in working time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="458" />
        <source>Finish session</source>
        <translation>Finish session</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="463" />
        <source>Day %1 of 4 · %2</source>
        <translation>Day %1 of 4 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="468" />
        <source>Opening the session…</source>
        <translation>Opening the session…</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="190" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="191" />
        <source>My preferences</source>
        <translation>My preferences</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="192" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="193" />
        <source>The language Regiestoel speaks to you in. It changes at once.</source>
        <translation>The language Regiestoel speaks to you in. It changes at once.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="195" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="196" />
        <source>Rooms, closing days and session agendas</source>
        <translation>Rooms, closing days and session agendas</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="198" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="199" />
        <source>Loc&amp;k after (minutes idle)</source>
        <translation>Loc&amp;k after (minutes idle)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="199" />
        <source>De&amp;fault language</source>
        <translation>De&amp;fault language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="205" />
        <source>Share the data with every account on this computer</source>
        <translation>Share the data with every account on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="203" />
        <source>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</source>
        <translation>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="207" />
        <source>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</source>
        <translation>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="210" />
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/situation.py" line="141" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="201" />
        <source>New work situation</source>
        <translation>New work situation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="202" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="204" />
        <source>Bring something from your own daily work. You will first collect questions about it, then look for options and try one out.</source>
        <translation>Bring something from your own daily work. You will first collect questions about it, then look for options and try one out.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="207" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="208" />
        <source>&amp;What is going on?</source>
        <translation>&amp;What is going on?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="209" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="210" />
        <source>What do you want?</source>
        <translation>What do you want?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="211" />
        <source>Development question</source>
        <translation>Development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="215" />
        <source>for example: Orders are late on Mondays</source>
        <translation>for example: Orders are late on Mondays</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="217" />
        <source>Describe what happens, when, and who notices it. No solutions yet.</source>
        <translation>Describe what happens, when, and who notices it. No solutions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="222" />
        <source>Improve it: make it work better</source>
        <translation>Improve it: make it work better</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="223" />
        <source>Innovate it: do it in a new way</source>
        <translation>Innovate it: do it in a new way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="224" />
        <source>Perform better in it myself</source>
        <translation>Perform better in it myself</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="229" />
        <source>Link to my development question</source>
        <translation>Link to my development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="232" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="234" />
        <source>Linked to an earlier development question.</source>
        <translation>Linked to an earlier development question.</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <location filename="../../ui/views/situations.py" line="306" />
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="308" />
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="312" />
        <source>No description yet.</source>
        <translation>No description yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="319" />
        <source>No questions yet.</source>
        <translation>No questions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="324" />
        <source>No options yet.</source>
        <translation>No options yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="330" />
        <source>&amp;Start experiment</source>
        <translation>&amp;Start experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="331" />
        <source>&amp;Save experiment</source>
        <translation>&amp;Save experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="333" />
        <source>Choose one option to try in your work. What will you do, and what do you expect to happen?</source>
        <translation>Choose one option to try in your work. What will you do, and what do you expect to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="335" />
        <source>The experiment is running. Adjust it if you learn something on the way; finish when you can see what came out of it.</source>
        <translation>The experiment is running. Adjust it if you learn something on the way; finish when you can see what came out of it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="345" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="345" />
        <location filename="../../ui/views/situations.py" line="472" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="345" />
        <location filename="../../ui/views/situations.py" line="479" />
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="346" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="360" />
        <source>Step %1 of 4: %2</source>
        <translation>Step %1 of 4: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="367" />
        <source>What we tried</source>
        <translation>What we tried</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="369" />
        <source>What we expected</source>
        <translation>What we expected</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="370" />
        <source>What came out of it</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <source>No lesson was written down.</source>
        <translation>No lesson was written down.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="378" />
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="461" />
        <source>Choose a work situation to see where it stands and what the next step is.</source>
        <translation>Choose a work situation to see where it stands and what the next step is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="463" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="464" />
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="466" />
        <source>Collect open questions first, no solutions yet. What do you not know about this situation? Ask your group too.</source>
        <translation>Collect open questions first, no solutions yet. What do you not know about this situation? Ask your group too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="468" />
        <source>for example: Who notices it first?</source>
        <translation>for example: Who notices it first?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="469" />
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="470" />
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="471" />
        <source>&amp;Analysis complete</source>
        <translation>&amp;Analysis complete</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="474" />
        <source>Now think of possible ways forward. Write down every option, also the unusual ones; you choose later.</source>
        <translation>Now think of possible ways forward. Write down every option, also the unusual ones; you choose later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="476" />
        <source>for example: Plan the orders on Friday</source>
        <translation>for example: Plan the orders on Friday</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="477" />
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="478" />
        <source>Add o&amp;ption</source>
        <translation>Add o&amp;ption</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="480" />
        <source>What will you &amp;try?</source>
        <translation>What will you &amp;try?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="481" />
        <source>What do you e&amp;xpect to happen?</source>
        <translation>What do you e&amp;xpect to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="482" />
        <source>&amp;Finish…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="483" />
        <source>Open in lessons learned</source>
        <translation>Open in lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="484" />
        <source>&amp;Close without result…</source>
        <translation>&amp;Close without result…</translation>
    </message>
</context>
<context>
    <name>SituationsModel</name>
    <message>
        <location filename="../../ui/item_models/situations.py" line="26" />
        <source>Work situation</source>
        <translation>Work situation</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="27" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="28" />
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="29" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="30" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="31" />
        <source>Learning group</source>
        <translation>Learning group</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <location filename="../../ui/views/situations.py" line="708" />
        <location filename="../../ui/views/situations.py" line="714" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="710" />
        <source>Bottlenecks and challenges from your own work and from your learning groups. Each one goes step by step: questions, options, an experiment, and a lesson.</source>
        <translation>Bottlenecks and challenges from your own work and from your learning groups. Each one goes step by step: questions, options, an experiment, and a lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="712" />
        <source>&amp;New work situation</source>
        <translation>&amp;New work situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="713" />
        <source>Show finished</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="716" />
        <source>All your work situations are finished. Tick “Show finished” to see them again.</source>
        <translation>All your work situations are finished. Tick “Show finished” to see them again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="718" />
        <source>Bring a situation from your own work</source>
        <translation>Bring a situation from your own work</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="719" />
        <source>A work situation is a bottleneck or a challenge from your daily work that you want to improve, innovate or get better at. You learn from it with questions first, then an experiment.</source>
        <translation>A work situation is a bottleneck or a challenge from your daily work that you want to improve, innovate or get better at. You learn from it with questions first, then an experiment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="722" />
        <source>Start a work situation</source>
        <translation>Start a work situation</translation>
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
        <location filename="../../ui/wizard.py" line="71" />
        <source>Welcome to Regiestoel</source>
        <translation>Welcome to Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72" />
        <source>Set up your organisation in a few minutes.</source>
        <translation>Set up your organisation in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="74" />
        <source>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</source>
        <translation>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="80" />
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