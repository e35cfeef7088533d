<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="28" />
        <source>About Regiestoel</source>
        <translation>About Regiestoel</translation>
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
        <translation>Workplace learning in your own hands. Professionals direct their own development, learn in working time in small groups on their own work situations, and give account together with their manager twice a year.

Everything stays on this computer (or your own database server).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="38" />
        <source>Regiestoel is built with these components:</source>
        <translation>Regiestoel is built with these components:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="44" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="44" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="61" />
        <source>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</source>
        <translation>Qt and PySide6 are used under the GNU Lesser General Public License v3; you may replace them with your own build.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="63" />
        <source>Regiestoel is free software: you may share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>Regiestoel is free software: you may share and change it under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67" />
        <source>The licence texts of Regiestoel and of every component are in %1.</source>
        <translation>The licence texts of Regiestoel and of every component are in %1.</translation>
    </message>
</context>
<context>
    <name>ActionProposalsDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="36" />
        <source>Proposed actions</source>
        <translation>Proposed actions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="40" />
        <source>Tick the actions you want, double-click one to change its words, then save.</source>
        <translation>Tick the actions you want, double-click one to change its words, then save.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="56" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_proposals.py" line="55" />
        <location filename="../../ui/dialogs/action_proposals.py" line="57" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>AgreementGrid</name>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="105" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="105" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="106" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="106" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="113" />
        <source>Carried over from %1</source>
        <translation>Carried over from %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="120" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="135" />
        <source>Status of “%1”</source>
        <translation>Status of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="146" />
        <source>Remove this agreement</source>
        <translation>Remove this agreement</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="147" />
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
</context>
<context>
    <name>AiModelsPanel</name>
    <message>
        <location filename="../../ui/views/ai_models.py" line="216" />
        <source>fits</source>
        <translation>fits</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="217" />
        <source>close other programs first</source>
        <translation>close other programs first</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="218" />
        <source>too large for this computer</source>
        <translation>too large for this computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="220" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="220" />
        <source>no (fallback)</source>
        <translation>no (fallback)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="238" />
        <source>No model yet: import one with the button below.</source>
        <translation>No model yet: import one with the button below.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="241" />
        <source>The coach uses %1.</source>
        <translation>The coach uses %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="265" />
        <source>Import a model</source>
        <translation>Import a model</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="266" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF models (*.gguf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="317" />
        <source>Remove this model?</source>
        <translation>Remove this model?</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="318" />
        <source>%1 is removed from this computer. You can import it again later.</source>
        <translation>%1 is removed from this computer. You can import it again later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="332" />
        <source>The AI coach runs a language model on this computer: nothing you write leaves it. Import a model file (GGUF) that you fetched elsewhere, from disk or a USB stick. Models belong to this computer, not to the organisation.</source>
        <translation>The AI coach runs a language model on this computer: nothing you write leaves it. Import a model file (GGUF) that you fetched elsewhere, from disk or a USB stick. Models belong to this computer, not to the organisation.</translation>
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
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="336" />
        <source>Quantisation</source>
        <translation>Quantisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="337" />
        <source>Chat template</source>
        <translation>Chat template</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="337" />
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="339" />
        <source>&amp;Import a model…</source>
        <translation>&amp;Import a model…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="340" />
        <source>Use this model</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="341" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="342" />
        <source>Recommended models</source>
        <translation>Recommended models</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="344" />
        <source>Small models that run on an ordinary laptop. Regiestoel never downloads anything: fetch the file on another computer and import it here.</source>
        <translation>Small models that run on an ordinary laptop. Regiestoel never downloads anything: fetch the file on another computer and import it here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/views/ai_models.py" line="347" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="491" />
        <source>Amount in euros</source>
        <translation>Amount in euros</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="131" />
        <source>Learning culture scan</source>
        <translation>Learning culture scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="134" />
        <source>How does learning go here?</source>
        <translation>How does learning go here?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="136" />
        <source>For each statement, choose how much you agree: 1 = not at all, 5 = completely. Choose ? when you cannot judge it. You can send your answers once.</source>
        <translation>For each statement, choose how much you agree: 1 = not at all, 5 = completely. Choose ? when you cannot judge it. You can send your answers once.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="176" />
        <source>%v of %m answered</source>
        <translation>%v of %m answered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="177" />
        <source>Statements answered</source>
        <translation>Statements answered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="184" />
        <source>Send my answers</source>
        <translation>Send my answers</translation>
    </message>
</context>
<context>
    <name>AskToFinishDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/ask_to_finish.py" line="61" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="75" />
        <source>Ask %1 to finish</source>
        <translation>Ask %1 to finish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="77" />
        <source>“%1” is %2's work situation: only they finish it. Say what you think came out of it; %2 sees your question on My learning and decides.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="80" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="83" />
        <source>&amp;Why?</source>
        <translation>&amp;Why?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="85" />
        <source>for example: The new schedule has worked for two weeks now.</source>
        <translation>for example: The new schedule has worked for two weeks now.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ask_to_finish.py" line="86" />
        <source>&amp;Ask %1</source>
        <translation>&amp;Ask %1</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="119" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="119" />
        <source>Energy (1–5)</source>
        <translation>Energy (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="120" />
        <source>Meaning (1–5)</source>
        <translation>Meaning (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="122" />
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/attendance.py" line="122" />
        <source>Meaning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/item_models/audit.py" line="32" />
        <source>Personal copy on a laptop revoked</source>
        <translation>Personal copy on a laptop revoked</translation>
    </message>
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
        <location filename="../../ui/item_models/audit.py" line="29" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="30" />
        <source>Personal data exported</source>
        <translation>Personal data exported</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="31" />
        <source>Person erased</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="34" />
        <source>Conversation read</source>
        <translation>Conversation read</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="35" />
        <source>Conversation signed</source>
        <translation>Conversation signed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="36" />
        <source>Development question read</source>
        <translation>Development question read</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="38" />
        <source>Budget ledger exported</source>
        <translation>Budget ledger exported</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="39" />
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="40" />
        <source>Groups list read (command line)</source>
        <translation>Groups list read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="41" />
        <source>Work situations list read (command line)</source>
        <translation>Work situations list read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="43" />
        <source>Conversations list read (command line)</source>
        <translation>Conversations list read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="45" />
        <source>Conversations of a half year planned</source>
        <translation>Conversations of a half year planned</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="47" />
        <source>Conversation reopened</source>
        <translation>Conversation reopened</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="48" />
        <source>Correction of a conversation asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="50" />
        <source>Manager of a conversation replaced</source>
        <translation>Manager of a conversation replaced</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="52" />
        <source>Record shared with later managers (changed)</source>
        <translation>Record shared with later managers (changed)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="54" />
        <source>Year budget set</source>
        <translation>Year budget set</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="55" />
        <source>Individual budget set</source>
        <translation>Individual budget set</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="56" />
        <source>Carry-over of unused budget set</source>
        <translation>Carry-over of unused budget set</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="58" />
        <source>Learning request approved</source>
        <translation>Learning request approved</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="59" />
        <source>Learning request declined</source>
        <translation>Learning request declined</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="60" />
        <source>Removal postponed</source>
        <translation>Removal postponed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="61" />
        <source>People due for removal listed</source>
        <translation>People due for removal listed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="63" />
        <source>Culture scan opened</source>
        <translation>Culture scan opened</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="64" />
        <source>Culture scan closed</source>
        <translation>Culture scan closed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="65" />
        <source>Culture focus chosen</source>
        <translation>Culture focus chosen</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="67" />
        <source>Culture scan threshold changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="69" />
        <source>Culture scans listed (command line)</source>
        <translation>Culture scans listed (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="71" />
        <source>Culture scan results read (command line)</source>
        <translation>Culture scan results read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="73" />
        <source>Dashboard figures read (command line)</source>
        <translation>Dashboard figures read (command line)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="75" />
        <source>Annual learning report saved</source>
        <translation>Annual learning report saved</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="76" />
        <source>Agreement followed up in a later conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="82" />
        <source>Records read in My team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="98" />
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="28" />
        <source>Demo organisation created</source>
        <translation>Demo organisation created</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="78" />
        <source>Individual budgets read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="80" />
        <source>Learning requests of others read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="93" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="95" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="96" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/audit.py" line="110" />
        <source>administrator (command line)</source>
        <translation>administrator (command line)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="59" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="61" />
        <source>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</source>
        <translation>Sensitive actions are recorded here: changes to people and roles, passwords, imports and exports. Nobody can change or remove these entries.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="65" />
        <source>The audit log is kept in your organisation's database only: it never goes along on a personal copy. Read it when you work connected, without a copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="78" />
        <source>Closing Regiestoel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="80" />
        <source>Making a backup before Regiestoel closes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupToFolderDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="45" />
        <source>Back up to a folder or USB stick</source>
        <translation>Back up to a folder or USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="49" />
        <source>Keep a copy of all data somewhere else, such as a USB stick, so it survives a lost or broken laptop.</source>
        <translation>Keep a copy of all data somewhere else, such as a USB stick, so it survives a lost or broken laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="56" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="59" />
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="64" />
        <source>Optional, but wise for a USB stick: without a passphrase anyone who has the stick can read all the data. Without the passphrase the backup cannot be restored, so keep it safe.</source>
        <translation>Optional, but wise for a USB stick: without a passphrase anyone who has the stick can read all the data. Without the passphrase the backup cannot be restored, so keep it safe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="68" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="69" />
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="71" />
        <source>Re&amp;member the passphrase on this computer</source>
        <translation>Re&amp;member the passphrase on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="75" />
        <source>It is kept in the system's keyring, never in a file.</source>
        <translation>It is kept in the system's keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="79" />
        <source>Regiestoel cannot remember it on this system: there is no keyring to keep it in safely, and it is never written to a file. Type it each time.</source>
        <translation>Regiestoel cannot remember it on this system: there is no keyring to keep it in safely, and it is never written to a file. Type it each time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="88" />
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="100" />
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="109" />
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_to_folder.py" line="133" />
        <source>Making a backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../ui/names_budget.py" line="26" />
        <source>Course</source>
        <translation>Course</translation>
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
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="31" />
        <source>Theory (reading, study)</source>
        <translation>Theory (reading, study)</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="38" />
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="39" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="40" />
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="41" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="42" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="43" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="50" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="51" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/names_budget.py" line="52" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../ui/item_models/budget.py" line="59" />
        <source>Learning intervention</source>
        <translation>Learning intervention</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="61" />
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="63" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="65" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="67" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="69" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="94" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="96" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="97" />
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="98" />
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="99" />
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="100" />
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="107" />
        <source>%1 from %2, until %3</source>
        <translation>%1 from %2, until %3</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="180" />
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="197" />
        <source>No budget of its own: paid from the organisation's budget.</source>
        <translation>No budget of its own: paid from the organisation's budget.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="200" />
        <source>%1, of which carried over: %2</source>
        <translation>%1, of which carried over: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="205" />
        <source>%1 of individual budget lapses on 31 December unless it is used.</source>
        <translation>%1 of individual budget lapses on 31 December unless it is used.</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/budget.py" line="209" />
        <source>More is committed and spent than is available.</source>
        <translation>More is committed and spent than is available.</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../ui/views/budget.py" line="1010" />
        <source>Learning &amp; budget</source>
        <translation>Learning &amp; budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1012" />
        <source>Formal learning: courses, training, coaching and conferences that you ask for, paid from the learning budget and evaluated afterwards.</source>
        <translation>Formal learning: courses, training, coaching and conferences that you ask for, paid from the learning budget and evaluated afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1014" />
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1018" />
        <source>To decide (%1)</source>
        <translation>To decide (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1019" />
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="1021" />
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="50" />
        <source>Unused individual budget lapses on 31 December of its year.</source>
        <translation>Unused individual budget lapses on 31 December of its year.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/carry_over.py" line="51" />
        <source>What is left of a year's budget stays available %n more year(s), until 31 December of its last year.</source>
        <translation>
            <numerusform>What is left of a year's budget stays available %n more year, until 31 December of its last year.</numerusform>
            <numerusform>What is left of a year's budget stays available %n more years, until 31 December of its last year.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="55" />
        <source>Carry over unused budget</source>
        <translation>Carry over unused budget</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="57" />
        <source>Many collective agreements let people keep what they did not use of their individual learning budget, often for three years. Spending always uses the amount that expires first. Carried-over amounts count for the person and their team, not in the organisation's budget of the year.</source>
        <translation>Many collective agreements let people keep what they did not use of their individual learning budget, often for three years. Spending always uses the amount that expires first. Carried-over amounts count for the person and their team, not in the organisation's budget of the year.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="61" />
        <source>&amp;Years</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="62" />
        <source>Years unused budget carries over</source>
        <translation>Years unused budget carries over</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="109" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="111" />
        <source>Choose a new password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a new password of at least %n character.</numerusform>
            <numerusform>Choose a new password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="115" />
        <source>On your personal copy this is the password that opens the copy on this laptop: the copy is encrypted again with it. Your password at the organisation stays as it is; change that at the office, connected to your organisation's database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="119" />
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="123" />
        <source>You logged in with a temporary password. Choose your own password now; only you will know it.</source>
        <translation>You logged in with a temporary password. Choose your own password now; only you will know it.</translation>
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
        <translation>Gathering your material…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="164" />
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/coach_panel.py" line="197" />
        <source>This conversation is longer than the model can read at once: the coach no longer sees the first %n turn(s) after your material. Your material and the latest turns it still reads.</source>
        <translation>
            <numerusform>This conversation is longer than the model can read at once: the coach no longer sees the first %n turn after your material. Your material and the latest turns it still reads.</numerusform>
            <numerusform>This conversation is longer than the model can read at once: the coach no longer sees the first %n turns after your material. Your material and the latest turns it still reads.</numerusform>
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
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="227" />
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="230" />
        <source>Loading the model; the first time takes a moment…</source>
        <translation>Loading the model; the first time takes a moment…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="231" />
        <source>Checking once whether this model writes Dutch…</source>
        <translation>Checking once whether this model writes Dutch…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="232" />
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="254" />
        <source>Stopped. What came so far is below.</source>
        <translation>Stopped. What came so far is below.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="255" />
        <source>Done. Read it critically: the coach can be wrong.</source>
        <translation>Done. Read it critically: the coach can be wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="258" />
        <source>The coach's answer was cut off: the model cannot read more of this conversation at once. When you reply, the oldest turns are left out.</source>
        <translation>The coach's answer was cut off: the model cannot read more of this conversation at once. When you reply, the oldest turns are left out.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="264" />
        <source>Lessons learned it was given:</source>
        <translation>Lessons learned it was given:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="265" />
        <source>No lessons learned matched this situation.</source>
        <translation>No lessons learned matched this situation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/coach_panel.py" line="333" />
        <source>Saved conversations (%n)…</source>
        <translation>
            <numerusform>Saved conversation (%n)…</numerusform>
            <numerusform>Saved conversations (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="357" />
        <source>Conversation saved. Only you can read it.</source>
        <translation>Conversation saved. Only you can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="381" />
        <source>Reopened. Answer the coach to go on.</source>
        <translation>Reopened. Answer the coach to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="393" />
        <source>The coach asks you questions back, to make your development question sharper. It does not give answers: those are yours.</source>
        <translation>The coach asks you questions back, to make your development question sharper. It does not give answers: those are yours.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="395" />
        <source>The coach suggests options to try, building on lessons learned by your colleagues.</source>
        <translation>The coach suggests options to try, building on lessons learned by your colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="397" />
        <source>The coach proposes actions from the session notes. You check and edit them; nothing is saved until you say so.</source>
        <translation>The coach proposes actions from the session notes. You check and edit them; nothing is saved until you say so.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="399" />
        <source>The coach drafts your preparation from your own data. The draft is yours alone until you publish your preparation.</source>
        <translation>The coach drafts your preparation from your own data. The draft is yours alone until you publish your preparation.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="403" />
        <source>The model runs on this computer: nothing leaves it.</source>
        <translation>The model runs on this computer: nothing leaves it.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="404" />
        <source>&amp;Ask the coach</source>
        <translation>&amp;Ask the coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="405" />
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="407" />
        <source>Answer the coach here; it continues from your answer.</source>
        <translation>Answer the coach here; it continues from your answer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="408" />
        <source>Your answer to the coach</source>
        <translation>Your answer to the coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="409" />
        <source>Conversation with the coach</source>
        <translation>Conversation with the coach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="410" />
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="411" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="412" />
        <source>Sa&amp;ve conversation</source>
        <translation>Sa&amp;ve conversation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="413" />
        <source>Saved with this question or situation, for you alone</source>
        <translation>Saved with this question or situation, for you alone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/coach_panel.py" line="415" />
        <source>Saved conversations</source>
        <translation>Saved conversations</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../ui/views/conversations.py" line="345" />
        <location filename="../../ui/views/conversations.py" line="368" />
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="349" />
        <source>Half year</source>
        <translation>Half year</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="352" />
        <source>Preparations published</source>
        <translation>Preparations published</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="353" />
        <location filename="../../ui/views/conversations.py" line="355" />
        <source>%1 of 2</source>
        <translation>%1 of 2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="355" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="377" />
        <source>meeting %1</source>
        <translation>meeting %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="379" />
        <source>no meeting scheduled yet</source>
        <translation>no meeting scheduled yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="381" />
        <source>you take part as %1</source>
        <translation>you take part as %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="385" />
        <source>&amp;Move the meeting…</source>
        <translation>&amp;Move the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="386" />
        <source>Sc&amp;hedule the meeting…</source>
        <translation>Sc&amp;hedule the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="392" />
        <source>Signed by both of you on %1. The record is locked: nothing can be changed unless one of you reopens it.</source>
        <translation>Signed by both of you on %1. The record is locked: nothing can be changed unless one of you reopens it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="400" />
        <source>A later manager of yours may read this record, for example when you change teams. Without it, only the two of you read it.</source>
        <translation>A later manager of yours may read this record, for example when you change teams. Without it, only the two of you read it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="402" />
        <source>Only %1 decides this.</source>
        <translation>Only %1 decides this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="419" />
        <source>Choose a conversation to prepare it, hold it, or read it back.</source>
        <translation>Choose a conversation to prepare it, hold it, or read it back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="421" />
        <source>&amp;Later managers may read this record</source>
        <translation>&amp;Later managers may read this record</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="422" />
        <source>&amp;Back to the overview</source>
        <translation>&amp;Back to the overview</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="423" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="424" />
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="424" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="425" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="38" />
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="47" />
        <source>Signed by one of you</source>
        <translation>Signed by one of you</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="50" />
        <source>Both prepared</source>
        <translation>Both prepared</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="52" />
        <source>One preparation published</source>
        <translation>One preparation published</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="53" />
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="153" />
        <source>Conversation</source>
        <translation>Conversation</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="205" />
        <source>no manager</source>
        <translation>no manager</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="206" />
        <source>%1 (your manager)</source>
        <translation>%1 (your manager)</translation>
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
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="251" />
        <source>Half year</source>
        <translation>Half year</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="253" />
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="254" />
        <location filename="../../ui/names_conversations.py" line="16" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="269" />
        <source>%1 of 2</source>
        <translation>%1 of 2</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/conversations.py" line="272" />
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="15" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="17" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="24" />
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="25" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="41" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="42" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="43" />
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="51" />
        <source>First half of %1</source>
        <translation>First half of %1</translation>
    </message>
    <message>
        <location filename="../../ui/names_conversations.py" line="53" />
        <source>Second half of %1</source>
        <translation>Second half of %1</translation>
    </message>
</context>
<context>
    <name>ConversationsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/conversations.py" line="832" />
        <source>%n conversation(s) planned for the %1.</source>
        <translation>
            <numerusform>%n conversation planned for the %1.</numerusform>
            <numerusform>%n conversations planned for the %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="871" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="873" />
        <source>Every half year a professional and their manager talk about development: both prepare, both give account, and you make agreements. Never about pay.</source>
        <translation>Every half year a professional and their manager talk about development: both prepare, both give account, and you make agreements. Never about pay.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="875" />
        <location filename="../../ui/views/conversations.py" line="877" />
        <source>My conversations</source>
        <translation>My conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="876" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="879" />
        <source>You take part in no conversation yet. A conversation is planned for every professional who has a manager.</source>
        <translation>You take part in no conversation yet. A conversation is planned for every professional who has a manager.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="882" />
        <source>Talk about development, every half year</source>
        <translation>Talk about development, every half year</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="883" />
        <source>In a talent development conversation a professional and their manager look back and ahead. Both prepare on their own and publish when ready, both give account of what they did, and you make agreements that carry over to the next time. Both sign the record. It is never about pay.</source>
        <translation>In a talent development conversation a professional and their manager look back and ahead. Both prepare on their own and publish when ready, both give account of what they did, and you make agreements that carry over to the next time. Both sign the record. It is never about pay.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="888" />
        <source>The owner plans the conversations every half year.</source>
        <translation>The owner plans the conversations every half year.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="889" />
        <source>Plan talent conversations…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CopyUnlockWindow</name>
    <message>
        <location filename="../../ui/copy_login.py" line="82" />
        <source>Type your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="86" />
        <source>Opening your copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="122" />
        <source>Your personal copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="124" />
        <source>This laptop works on your personal copy of your data, in %1. Type your password to open it; it works without a connection too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="127" />
        <location filename="../../ui/copy_login.py" line="128" />
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="129" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/copy_login.py" line="130" />
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="66" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="67" />
        <source>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</source>
        <translation>Regiestoel ran into an unexpected problem. Your saved work is safe. A report has been written to:
%1

Please send it to whoever supports Regiestoel for you.</translation>
    </message>
</context>
<context>
    <name>CultureActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="296" />
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="298" />
        <source>An action for the focus “%1”. A month after the round everyone in it is asked whether the actions helped; the next round shows what became of each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="301" />
        <source>&amp;What will you do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="303" />
        <source>Choose a colleague…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="302" />
        <source>W&amp;ho sees to it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="304" />
        <source>&amp;Done by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CultureView</name>
    <message>
        <location filename="../../ui/views/culture.py" line="176" />
        <location filename="../../ui/views/culture.py" line="409" />
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="220" />
        <source>There is no scan round open for you right now, or you have already answered it. Thank you!</source>
        <translation>There is no scan round open for you right now, or you have already answered it. Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="225" />
        <source>Thank you! Your answers have been added to the counts, without your name.</source>
        <translation>Thank you! Your answers have been added to the counts, without your name.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="230" />
        <source>Learning culture scan</source>
        <translation>Learning culture scan</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="253" />
        <location filename="../../ui/views/culture.py" line="402" />
        <source>Close round</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="287" />
        <source>open until %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="283" />
        <location filename="../../ui/views/culture.py" line="285" />
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="250" />
        <source>Close round %1? Nobody can answer it after that; its results appear if at least %3 people took part (now: %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="288" />
        <source>Round %1 — %2 — %n respondent(s)</source>
        <translation>
            <numerusform>Round %1 — %2 — %n respondent</numerusform>
            <numerusform>Round %1 — %2 — %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="300" />
        <source>Scan round %1 is open for you until %2. It takes about ten minutes, and your answers cannot be traced back to you.</source>
        <translation>Scan round %1 is open for you until %2. It takes about ten minutes, and your answers cannot be traced back to you.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="310" />
        <source>No scan round yet. A round asks everyone 30 short statements about how learning goes here; the results show where your learning culture is strong and what to work on.</source>
        <translation>No scan round yet. A round asks everyone 30 short statements about how learning goes here; the results show where your learning culture is strong and what to work on.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="313" />
        <source>Open the first round to start.</source>
        <translation>Open the first round to start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="318" />
        <source>This round is still open: %n person(s) have answered so far. Results appear after its closing date, or when the round is closed earlier, so nobody can compare before and after a colleague answers.</source>
        <translation>
            <numerusform>This round is still open: %n person has answered so far. Results appear after its closing date, or when the round is closed earlier, so nobody can compare before and after a colleague answers.</numerusform>
            <numerusform>This round is still open: %n people have answered so far. Results appear after its closing date, or when the round is closed earlier, so nobody can compare before and after a colleague answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture.py" line="329" />
        <source>%n respondent(s). Average agreement per characteristic, from 1 (not at all) to 5 (completely); ‘don't know’ is left out of the average.</source>
        <translation>
            <numerusform>%n respondent. Average agreement per characteristic, from 1 (not at all) to 5 (completely); ‘don't know’ is left out of the average.</numerusform>
            <numerusform>%n respondents. Average agreement per characteristic, from 1 (not at all) to 5 (completely); ‘don't know’ is left out of the average.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="335" />
        <location filename="../../ui/views/culture.py" line="376" />
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="337" />
        <source>Radar chart of the results</source>
        <translation>Radar chart of the results</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="340" />
        <source>Characteristic</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="340" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="341" />
        <source>Don't know</source>
        <translation>Don't know</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="371" />
        <source>The trend appears once two rounds are closed with enough respondents each (at least %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="382" />
        <location filename="../../ui/views/culture.py" line="404" />
        <source>Trend across rounds</source>
        <translation>Trend across rounds</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="391" />
        <source>Learning culture</source>
        <translation>Learning culture</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="393" />
        <source>How does learning go in your organisation? Ten characteristics of a learning culture, each measured with three statements, answered anonymously in rounds.</source>
        <translation>How does learning go in your organisation? Ten characteristics of a learning culture, each measured with three statements, answered anonymously in rounds.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="395" />
        <source>Your turn</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="396" />
        <source>Answer the scan</source>
        <translation>Answer the scan</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="399" />
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="400" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="401" />
        <source>Open a round…</source>
        <translation>Open a round…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture.py" line="403" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="264" />
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="275" />
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="280" />
        <source>learning-report-%1</source>
        <translation>learning-report-%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="282" />
        <source>Save the annual learning report</source>
        <translation>Save the annual learning report</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="282" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="318" />
        <source>Annual learning report</source>
        <translation>Annual learning report</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="312" />
        <source>The report was saved as %1.</source>
        <translation>The report was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="314" />
        <source>Making the annual learning report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="333" />
        <source>Learning group</source>
        <translation>Learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="334" />
        <location filename="../../ui/views/dashboard.py" line="335" />
        <location filename="../../ui/views/dashboard.py" line="338" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="336" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="337" />
        <source>Kind of learning</source>
        <translation>Kind of learning</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="339" />
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="340" />
        <source>Characteristic</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="345" />
        <location filename="../../ui/views/dashboard.py" line="379" />
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="346" />
        <source>Professionals present</source>
        <translation>Professionals present</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="347" />
        <source>Hours in working time</source>
        <translation>Hours in working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="348" />
        <source>Sessions planned</source>
        <translation>Sessions planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="349" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="350" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="351" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="352" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="353" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="354" />
        <location filename="../../ui/views/dashboard.py" line="461" />
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="355" />
        <location filename="../../ui/views/dashboard.py" line="460" />
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356" />
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="357" />
        <source>Innovated</source>
        <translation>Innovated</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="358" />
        <source>Shared on</source>
        <translation>Shared on</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="359" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="360" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="361" />
        <source>Don't know</source>
        <translation>Don't know</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="371" />
        <source>In a learning group</source>
        <translation>In a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="372" />
        <source>%1 of %2 professionals were at a session</source>
        <translation>%1 of %2 professionals were at a session</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="375" />
        <source>Learning hours per person</source>
        <translation>Learning hours per person</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="376" />
        <source>in working time; norm %1 hours</source>
        <translation>in working time; norm %1 hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="380" />
        <source>%1 cycles · %2 planned · attendance %3</source>
        <translation>%1 cycles · %2 planned · attendance %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="384" />
        <source>Talent conversations on time</source>
        <translation>Talent conversations on time</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="385" />
        <source>%1 of %2 due; %3 late</source>
        <translation>%1 of %2 due; %3 late</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="389" />
        <source>Learning budget used</source>
        <translation>Learning budget used</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="390" />
        <source>%1 of %2 in %3 (AWVN: 55%)</source>
        <translation>%1 of %2 in %3 (AWVN: 55%)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="395" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="396" />
        <source>%1 improved · %2 innovated</source>
        <translation>%1 improved · %2 innovated</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398" />
        <source>Lessons shared</source>
        <translation>Lessons shared</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="399" />
        <source>written down for everyone</source>
        <translation>written down for everyone</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="401" />
        <location filename="../../ui/views/dashboard.py" line="407" />
        <source>Learning culture</source>
        <translation>Learning culture</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="402" />
        <source>no closed round with enough respondents to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="408" />
        <source>average of round %1, %2 respondents</source>
        <translation>average of round %1, %2 respondents</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="412" />
        <source>Nothing was recorded in this period yet: no sessions, learning hours, conversations, budget use or lessons. The figures fill in as your organisation learns; choose another period to look back.</source>
        <translation>Nothing was recorded in this period yet: no sessions, learning hours, conversations, budget use or lessons. The figures fill in as your organisation learns; choose another period to look back.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="435" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="437" />
        <source>Does learning actually happen? Figures for the whole organisation, never of one person. Click a figure to see the list behind it.</source>
        <translation>Does learning actually happen? Figures for the whole organisation, never of one person. Click a figure to see the list behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="439" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440" />
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440" />
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441" />
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="441" />
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="442" />
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="444" />
        <source>Part of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="445" />
        <source>Annual report (PDF)…</source>
        <translation>Annual report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="446" />
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="454" />
        <source>Hours per person</source>
        <translation>Hours per person</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="455" />
        <source>Learning hours in working time per month</source>
        <translation>Learning hours in working time per month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="456" />
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="457" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="458" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="459" />
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462" />
        <source>Learning budget used, % of available</source>
        <translation>Learning budget used, % of available</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="463" />
        <source>AWVN: 55% used</source>
        <translation>AWVN: 55% used</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="464" />
        <source>Learning culture, round %1</source>
        <translation>Learning culture, round %1</translation>
    </message>
</context>
<context>
    <name>DataSafetyPanel</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="136" />
        <source>Exporting everything about %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="398" />
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="419" />
        <source>%1, left on %2</source>
        <translation>%1, left on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="424" />
        <source>Nobody is due for removal.</source>
        <translation>Nobody is due for removal.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="431" />
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="474" />
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="479" />
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="488" />
        <source>No backup was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="491" />
        <source>Making a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="502" />
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="511" />
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="512" />
        <source>Regiestoel backups (*.sqlite3 *.regiestoel-backup);;All files (*)</source>
        <translation>Regiestoel backups (*.sqlite3 *.regiestoel-backup);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/data_safety.py" line="541" />
        <source>Remove %n person(s)?</source>
        <translation>
            <numerusform>Remove %n person?</numerusform>
            <numerusform>Remove %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/data_safety.py" line="542" />
        <source>The records of %n person(s) who left more than two years ago are erased. Totals such as learning hours and budget spent stay right. This cannot be undone.</source>
        <translation>
            <numerusform>The records of %n person who left more than two years ago are erased. Totals such as learning hours and budget spent stay right. This cannot be undone.</numerusform>
            <numerusform>The records of %n people who left more than two years ago are erased. Totals such as learning hours and budget spent stay right. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="558" />
        <source>Export everything about %1</source>
        <translation>Export everything about %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="559" />
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="569" />
        <location filename="../../ui/views/data_safety.py" line="570" />
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="571" />
        <source>Not exported: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="578" />
        <source>Export ready</source>
        <translation>Export ready</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="579" />
        <source>Everything about this person is in %1.</source>
        <translation>Everything about this person is in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="594" />
        <source>When Regiestoel started</source>
        <translation>When Regiestoel started</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="595" />
        <source>When Regiestoel closed</source>
        <translation>When Regiestoel closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="596" />
        <source>Automatic, while working</source>
        <translation>Automatic, while working</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="597" />
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="598" />
        <source>Before an update of the database</source>
        <translation>Before an update of the database</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="599" />
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="608" />
        <location filename="../../ui/views/data_safety.py" line="614" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="610" />
        <source>Regiestoel backs up by itself when it starts, when it closes and every few hours, and keeps the last ten, one a day for a month and one a month for a year. Keep a copy somewhere else too, such as on a USB stick.</source>
        <translation>Regiestoel backs up by itself when it starts, when it closes and every few hours, and keeps the last ten, one a day for a month and one a month for a year. Keep a copy somewhere else too, such as on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="613" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="615" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="616" />
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>Back up to a &amp;folder or USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="617" />
        <source>Re&amp;store a backup…</source>
        <translation>Re&amp;store a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="620" />
        <source>Privacy (AVG)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="622" />
        <source>People who left more than two years ago. The law says their records should not be kept longer without a reason: remove them, or keep them longer for a reason that is recorded.</source>
        <translation>People who left more than two years ago. The law says their records should not be kept longer without a reason: remove them, or keep them longer for a reason that is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="625" />
        <source>People due for removal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="626" />
        <source>&amp;Remove all…</source>
        <translation>&amp;Remove all…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="627" />
        <source>&amp;Keep longer…</source>
        <translation>&amp;Keep longer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="629" />
        <source>Someone may ask for everything Regiestoel holds about them, or to be erased.</source>
        <translation>Someone may ask for everything Regiestoel holds about them, or to be erased.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="630" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="631" />
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;xport everything about this person…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="632" />
        <source>&amp;Erase…</source>
        <translation>&amp;Erase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="634" />
        <source>Only an archived person can be erased: archive them first under People.</source>
        <translation>Only an archived person can be erased: archive them first under People.</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <location filename="../../ui/views/database_panel.py" line="144" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="151" />
        <source>Connected. The database is empty: move this laptop's data there, or start a new organisation in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="153" />
        <source>Connected. It holds a Regiestoel database, up to date.</source>
        <translation>Connected. It holds a Regiestoel database, up to date.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="155" />
        <source>Connected. It holds a Regiestoel database of an older version; Regiestoel updates it at the next start (after a backup with pg_dump).</source>
        <translation>Connected. It holds a Regiestoel database of an older version; Regiestoel updates it at the next start (after a backup with pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="158" />
        <source>Connected, but the database was made by a newer Regiestoel. Update Regiestoel on this laptop first.</source>
        <translation>Connected, but the database was made by a newer Regiestoel. Update Regiestoel on this laptop first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="161" />
        <source>Connected, but this database holds something else than Regiestoel. Regiestoel will not use it.</source>
        <translation>Connected, but this database holds something else than Regiestoel. Regiestoel will not use it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="183" />
        <source>Saved. Regiestoel uses this server from the next start.</source>
        <translation>Saved. Regiestoel uses this server from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="193" />
        <source>Saved. Regiestoel uses the file on this laptop from the next start.</source>
        <translation>Saved. Regiestoel uses the file on this laptop from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="203" />
        <source>Move the data to this server?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="204" />
        <source>Everything in the database file on this laptop is copied to %1 and checked row by row. After that, this laptop works on the server; the file stays here as it is, as a copy of how things were. The server database must be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="229" />
        <source>Not moved. Nothing changed, here or on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="232" />
        <source>Moving the data to the server</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/database_panel.py" line="254" />
        <source>Moved: %n row(s) copied and checked. This laptop now works on the server; log in again.</source>
        <translation>
            <numerusform>Moved: %n row copied and checked. This laptop now works on the server; log in again.</numerusform>
            <numerusform>Moved: %n rows copied and checked. This laptop now works on the server; log in again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="257" />
        <source>There is no keyring on this computer: Regiestoel asks for the server's password at every start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="259" />
        <source>Moved to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="278" />
        <source>Now: the database file in %1.</source>
        <translation>Now: the database file in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="281" />
        <source>Now: the database server %1.</source>
        <translation>Now: the database server %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="285" />
        <source>From the next start: %1.</source>
        <translation>From the next start: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="287" />
        <source>From the next start: the file on this laptop.</source>
        <translation>From the next start: the file on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="297" />
        <source>Regiestoel keeps its data in a file on this laptop. When several laptops of the organisation should work in the same data, point every one of them at one PostgreSQL database server. Move the existing data there once, from this laptop, into an empty database. Backups of a server database are made with pg_dump.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="315" />
        <source>&amp;Move the data there…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="317" />
        <source>Copy everything from this laptop into the empty server database, then work there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="302" />
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="303" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="303" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="310" />
        <source>Kept in this computer's keyring, never in a file. Without a keyring Regiestoel asks for it at every start.</source>
        <translation>Kept in this computer's keyring, never in a file. Without a keyring Regiestoel asks for it at every start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="312" />
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="313" />
        <source>Use this &amp;server</source>
        <translation>Use this &amp;server</translation>
    </message>
    <message>
        <location filename="../../ui/views/database_panel.py" line="314" />
        <source>Use the file on this &amp;laptop</source>
        <translation>Use the file on this &amp;laptop</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="271" />
        <source>Choose a date from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="274" />
        <source>Choose %1 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="276" />
        <source>Choose %1 or earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="295" />
        <source>dd-mm-yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="295" />
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="299" />
        <source>Fill in a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="301" />
        <source>“%1” is not a day on the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="303" />
        <source>“%1” is not a date. Type it as %2, 28122026 or %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="308" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="309" />
        <source>Choose from a calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayAgendaEditor</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="248" />
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="274" />
        <source>%1 of %2 minutes</source>
        <translation>%1 of %2 minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="277" />
        <source>%n minute(s) short</source>
        <translation>
            <numerusform>%n minute short</numerusform>
            <numerusform>%n minutes short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/learning_settings.py" line="279" />
        <source>%n minute(s) too many</source>
        <translation>
            <numerusform>%n minute too many</numerusform>
            <numerusform>%n minutes too many</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="299" />
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="300" />
        <source>Theme of day %1</source>
        <translation>Theme of day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="301" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="301" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="302" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="302" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="303" />
        <source>Blocks of day %1</source>
        <translation>Blocks of day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="304" />
        <source>&amp;Add block</source>
        <translation>&amp;Add block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="305" />
        <source>Re&amp;move block</source>
        <translation>Re&amp;move block</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="306" />
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="307" />
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="308" />
        <source>&amp;Prompt of the selected block, shown to the group:</source>
        <translation>&amp;Prompt of the selected block, shown to the group:</translation>
    </message>
</context>
<context>
    <name>DecideTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="613" />
        <source>Beyond the budget</source>
        <translation>Beyond the budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="614" />
        <source>&amp;Why do you approve it anyway?</source>
        <translation>&amp;Why do you approve it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="614" />
        <source>Approve anyway</source>
        <translation>Approve anyway</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="629" />
        <source>Decline %1</source>
        <translation>Decline %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="630" />
        <source>%1 reads your reason with the decision. Perhaps there is another way to learn this, in the work or in a learning group?</source>
        <translation>%1 reads your reason with the decision. Perhaps there is another way to learn this, in the work or in a learning group?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="633" />
        <source>&amp;Why do you decline it?</source>
        <translation>&amp;Why do you decline it?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="633" />
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="648" />
        <source>Requests of the people you manage. Approve what helps them in their work; when you decline, say why.</source>
        <translation>Requests of the people you manage. Approve what helps them in their work; when you decline, say why.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="650" />
        <source>Requests waiting for your decision</source>
        <translation>Requests waiting for your decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="651" />
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="652" />
        <source>&amp;Decline…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="654" />
        <source>Nothing to decide</source>
        <translation>Nothing to decide</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="655" />
        <source>When someone you manage asks for a course or training, the request waits here for your decision.</source>
        <translation>When someone you manage asks for a course or training, the request waits here for your decision.</translation>
    </message>
</context>
<context>
    <name>DevelopmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/development.py" line="118" />
        <source>Nothing saved yet.</source>
        <translation>Nothing saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="125" />
        <source>My development question</source>
        <translation>My development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="127" />
        <source>Your development question is yours: what do you want to learn, in and for your own work? The ten guiding questions help you sharpen it. Answer them in any order, now or later; every saved version is kept.</source>
        <translation>Your development question is yours: what do you want to learn, in and for your own work? The ten guiding questions help you sharpen it. Answer them in any order, now or later; every saved version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="130" />
        <source>My &amp;development question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="132" />
        <source>for example: How do I find faults in heat pumps on my own?</source>
        <translation>for example: How do I find faults in heat pumps on my own?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="133" />
        <source>My manager may read my question and my answers</source>
        <translation>My manager may read my question and my answers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/development.py" line="136" />
        <source>History (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/development.py" line="138" />
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="34" />
        <source>Your learning group meets tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="36" />
        <source>Your session starts within the hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="38" />
        <source>Session of your learning group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="39" />
        <source>Prepare your talent conversation (in two weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="41" />
        <source>Finish preparing your talent conversation (in three days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="43" />
        <source>An agreement from your conversation is past its date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="45" />
        <source>An action from your group is past its date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="47" />
        <source>A learning request waits for your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="49" />
        <source>You are invited to a learning group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="51" />
        <source>The learning culture scan is open for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="54" />
        <source>Your week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueCard</name>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="124" />
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_card.py" line="144" />
        <source>Needs your attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../../ui/widgets/due_notice.py" line="61" />
        <source>Go there</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_notice.py" line="62" />
        <location filename="../../ui/widgets/due_notice.py" line="63" />
        <source>Put this notification away</source>
        <translation>Put this notification away</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="208" />
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="212" />
        <source>Everything %1 wrote and everything about %1 as a person is erased: name, e-mail, development questions, preparations, notes. Totals such as learning hours and budget spent stay right, without their name. This cannot be undone.</source>
        <translation>Everything %1 wrote and everything about %1 as a person is erased: name, e-mail, development questions, preparations, notes. Totals such as learning hours and budget spent stay right, without their name. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="218" />
        <source>Name to confirm</source>
        <translation>Name to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="219" />
        <source>Type the name %1 to confirm:</source>
        <translation>Type the name %1 to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="229" />
        <source>&amp;Erase for good</source>
        <translation>&amp;Erase for good</translation>
    </message>
</context>
<context>
    <name>EvaluateRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="94" />
        <source>Evaluate %1</source>
        <translation>Evaluate %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="96" />
        <source>%1 is done. Look back for a moment: what did it bring you, and where will you use it?</source>
        <translation>%1 is done. Look back for a moment: what did it bring you, and where will you use it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="99" />
        <source>What did you &amp;learn?</source>
        <translation>What did you &amp;learn?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="100" />
        <source>Where do you &amp;apply it?</source>
        <translation>Where do you &amp;apply it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="101" />
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="102" />
        <source>What it &amp;cost</source>
        <translation>What it &amp;cost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="103" />
        <source>Hours it &amp;took</source>
        <translation>Hours it &amp;took</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="108" />
        <source>The two or three things you take with you.</source>
        <translation>The two or three things you take with you.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="109" />
        <source>(no work situation)</source>
        <translation>(no work situation)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="111" />
        <source>Optional: what you will do differently, and when.</source>
        <translation>Optional: what you will do differently, and when.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="112" />
        <source>Actual cost in euros</source>
        <translation>Actual cost in euros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="114" />
        <source>Filled in with what was asked. Change it when the invoice says otherwise.</source>
        <translation>Filled in with what was asked. Change it when the invoice says otherwise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="115" />
        <source>Hours it took</source>
        <translation>Hours it took</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="116" />
        <source>In &amp;working time</source>
        <translation>In &amp;working time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evaluate_request.py" line="117" />
        <source>These hours count as your learning hours.</source>
        <translation>These hours count as your learning hours.</translation>
    </message>
</context>
<context>
    <name>FinishSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="41" />
        <source>Finish the session early?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="43" />
        <source>This session has taken %1 minutes of the planned %2. Finish it now? Everyone present gets the time you count here as learning in working time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="46" />
        <source>&amp;Minutes to count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="47" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="49" />
        <source>The time measured by the clock; change it if the group met longer or shorter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_session.py" line="50" />
        <source>&amp;Finish session</source>
        <translation type="unfinished" />
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
        <translation>Expected result: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/finish_situation.py" line="104" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="138" />
        <source>Finish: %1</source>
        <translation>Finish: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="140" />
        <source>Look back on the experiment: what came out of it? Then write down the lesson, so that colleagues with a similar situation can find it.</source>
        <translation>Look back on the experiment: what came out of it? Then write down the lesson, so that colleagues with a similar situation can find it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="142" />
        <source>Close a work situation that no longer needs attention. If you learned something on the way, you can still write it down.</source>
        <translation>Close a work situation that no longer needs attention. If you learned something on the way, you can still write it down.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="144" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="146" />
        <source>Improved: it works better now</source>
        <translation>Improved: it works better now</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="147" />
        <source>Innovated: we now do it in a new way</source>
        <translation>Innovated: we now do it in a new way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="148" />
        <source>Closed: we stop working on it</source>
        <translation>Closed: we stop working on it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="153" />
        <source>Improved and innovated come after an experiment. You can close the situation at any step.</source>
        <translation>Improved and innovated come after an experiment. You can close the situation at any step.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="155" />
        <source>What came &amp;out of it?</source>
        <translation>What came &amp;out of it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="156" />
        <source>Why do you &amp;close it?</source>
        <translation>Why do you &amp;close it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="158" />
        <source>Compare with the result you expected. What happened, and what did you notice?</source>
        <translation>Compare with the result you expected. What happened, and what did you notice?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="159" />
        <source>Write down the lesson learned</source>
        <translation>Write down the lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="161" />
        <source>Already filled in from the work situation. Make it something a colleague can use.</source>
        <translation>Already filled in from the work situation. Make it something a colleague can use.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/finish_situation.py" line="163" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>FirstPasswordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="110" />
        <source>Close without the handout?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="111" />
        <source>The temporary passwords are shown only here. Once you close this window, Regiestoel cannot show them again. Close anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="113" />
        <source>&amp;Close anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="119" />
        <source>Save the handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="120" />
        <source>first-passwords.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="120" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="135" />
        <source>Saved as %1. Print it, cut the slips apart and hand each person their own. Then delete the file: the passwords are in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="146" />
        <location filename="../../ui/dialogs/first_passwords.py" line="163" />
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="146" />
        <source>Temporary password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="155" />
        <source>%n person(s) can now log in with a temporary password. At their first login they choose their own.</source>
        <translation>
            <numerusform>%n person can now log in with a temporary password. At their first login they choose their own.</numerusform>
            <numerusform>%n people can now log in with a temporary password. At their first login they choose their own.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="158" />
        <source>Print the handout now, or write the passwords down: Regiestoel keeps only a scrambled form and cannot show them again after you close this window.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="170" />
        <source>%n person(s) cannot log in yet. Give them all a temporary password in one step; you then print a handout with one slip per person, in their own language.</source>
        <translation>
            <numerusform>%n person cannot log in yet. Give them a temporary password in one step; you then print a handout with a slip in their own language.</numerusform>
            <numerusform>%n people cannot log in yet. Give them all a temporary password in one step; you then print a handout with one slip per person, in their own language.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="174" />
        <source>Everyone can log in already.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/first_passwords.py" line="175" />
        <source>&amp;Give %n temporary password(s)</source>
        <translation>
            <numerusform>&amp;Give %n temporary password</numerusform>
            <numerusform>&amp;Give %n temporary passwords</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="185" />
        <source>First passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="186" />
        <source>&amp;Print handout (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/first_passwords.py" line="187" />
        <source>People and their temporary passwords</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FocusCard</name>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="56" />
        <source>Focus and actions</source>
        <translation type="unfinished">Focus and actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="62" />
        <source>Focus chosen after this round:</source>
        <translation type="unfinished">Focus chosen after this round:</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="70" />
        <source>No actions yet.</source>
        <translation type="unfinished">No actions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="72" />
        <source>Action for %1…</source>
        <translation type="unfinished">Action for %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="79" />
        <source>After reading the results together, choose one or two characteristics to work on, and agree on actions, each with someone who sees to it and a date. A month later everyone is asked whether they helped; the next round shows how the characteristics changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="84" />
        <source>Choose focus…</source>
        <translation type="unfinished">Choose focus…</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="91" />
        <source>Focus of round %1: %2 — then %3, now %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="101" />
        <source>No actions were agreed for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="105" />
        <source>done</source>
        <translation type="unfinished">done</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="107" />
        <source>dropped</source>
        <translation type="unfinished">dropped</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="109" />
        <source>open, overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="110" />
        <source>open</source>
        <translation type="unfinished">open</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="114" />
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="115" />
        <source>no date</source>
        <translation type="unfinished">no date</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="116" />
        <source>• %1 — %2, by %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="123" />
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="124" />
        <source>Drop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="139" />
        <source>On %1 everyone in this round is asked whether the actions helped (anonymously, until %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture_focus.py" line="142" />
        <source>Whether the actions helped can be answered until %2; %n person(s) answered so far.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="145" />
        <source>Too few people answered whether the actions helped: at least %3 are needed to show it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/culture_focus.py" line="148" />
        <source>Did the actions help? On average %4, from 1 (not at all) to 5 (completely); %n answer(s), ‘don't know’ left out.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/culture_focus.py" line="152" />
        <source>After the previous round:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FocusDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="222" />
        <source>Choose focus</source>
        <translation>Choose focus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="225" />
        <source>Choose one or two characteristics to work on together until the next round. The next round shows how they went.</source>
        <translation>Choose one or two characteristics to work on together until the next round. The next round shows how they went.</translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="83" />
        <source>Did the actions help?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="85" />
        <source>1 = not at all, 5 = completely, ? = don't know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="86" />
        <source>Send my answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="91" />
        <source>A month ago, after learning culture scan round %1, these actions were agreed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/culture_followup.py" line="96" />
        <source>Anonymous, like the scan: only how often each answer was given is kept, and the result shows only when enough people answered. You can answer once, until %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="154" />
        <source>Discard changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="155" />
        <source>You have changed this form. Discard what you changed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="156" />
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/form.py" line="173" />
        <source>&amp;Keep editing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GenerationMix</name>
    <message>
        <location filename="../../ui/dialogs/group.py" line="100" />
        <source>Generation mix</source>
        <translation>Generation mix</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/group.py" line="274" />
        <source>%n person(s) chosen: %1</source>
        <translation>
            <numerusform>%n person chosen: %1</numerusform>
            <numerusform>%n people chosen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="275" />
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="278" />
        <source>You leave yourself out: once the group has started you do not see its sessions and notes.</source>
        <translation>You leave yourself out: once the group has started you do not see its sessions and notes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="296" />
        <source>%1 — ask me about: %2</source>
        <translation>%1 — ask me about: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="304" />
        <source>(no guide)</source>
        <translation>(no guide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="312" />
        <location filename="../../ui/dialogs/group.py" line="403" />
        <source>%1 (invited)</source>
        <translation>%1 (invited)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="320" />
        <source>Nobody has the guide role yet. The owner can give it to an experienced colleague under People.</source>
        <translation>Nobody has the guide role yet. The owner can give it to an experienced colleague under People.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="323" />
        <source>No guide knows about “%1”. Try another word.</source>
        <translation>No guide knows about “%1”. Try another word.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="327" />
        <source>Optional. An experienced colleague who helps the group now and then. Search by what you want to learn about.</source>
        <translation>Optional. An experienced colleague who helps the group now and then. Search by what you want to learn about.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="342" />
        <source>Choose at least one person.</source>
        <translation>Choose at least one person.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="371" />
        <source>Start a learning group</source>
        <translation>Start a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="372" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="401" />
        <source>Untick yourself to start the group for others without being in it.</source>
        <translation>Untick yourself to start the group for others without being in it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="404" />
        <source>Asked to join; has not answered yet.</source>
        <translation>Asked to join; has not answered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="406" />
        <source>%1 (declined)</source>
        <translation>%1 (declined)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="407" />
        <source>Said no to joining. Tick to ask again.</source>
        <translation>Said no to joining. Tick to ask again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="378" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="374" />
        <source>Choose the colleagues you want to learn with: 3 to 6 people, young and old mixed. You meet one hour a day, four days in a row, in working time. Everyone you choose gets an invitation on My learning and joins when they accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="379" />
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="380" />
        <source>&amp;Who joins</source>
        <translation>&amp;Who joins</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="381" />
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="386" />
        <source>You are in the group you start. To start it for others without being in it, untick yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="388" />
        <source>for example: Smoother mornings in the bakery</source>
        <translation>for example: Smoother mornings in the bakery</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="390" />
        <source>What do you want to get better at together? A sentence or two is enough.</source>
        <translation>What do you want to get better at together? A sentence or two is enough.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="391" />
        <source>Search colleagues by name or subject</source>
        <translation>Search colleagues by name or subject</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="392" />
        <source>Search colleagues</source>
        <translation>Search colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="393" />
        <source>Colleagues in the group</source>
        <translation>Colleagues in the group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="399" />
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="409" />
        <source>Find a guide by subject, e.g. planning</source>
        <translation>Find a guide by subject, e.g. planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="410" />
        <source>Search guides by subject</source>
        <translation>Search guides by subject</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="411" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="412" />
        <source>&amp;Start group</source>
        <translation>&amp;Start group</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/group.py" line="412" />
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
        <location filename="../../ui/views/groups.py" line="333" />
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/groups.py" line="335" />
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="337" />
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="397" />
        <source>No purpose written down yet. What do you want to get better at together?</source>
        <translation>No purpose written down yet. What do you want to get better at together?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="400" />
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="402" />
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="404" />
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="406" />
        <source>Invited, no answer yet: %1</source>
        <translation>Invited, no answer yet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="409" />
        <source>Declined: %1</source>
        <translation>Declined: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="417" />
        <source> (you)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="421" />
        <source>%1 (invited, no answer yet)</source>
        <translation>%1 (invited, no answer yet)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="426" />
        <source>No guide. An experienced colleague can help the group now and then; choose one with Edit group.</source>
        <translation>No guide. An experienced colleague can help the group now and then; choose one with Edit group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="447" />
        <source>%1 (now with %2)</source>
        <translation>%1 (now with %2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="454" />
        <source>The group works on bottlenecks and challenges from your own work. Bring in one of your work situations to start.</source>
        <translation>The group works on bottlenecks and challenges from your own work. Bring in one of your work situations to start.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="457" />
        <source>All your open work situations are with this group.</source>
        <translation>All your open work situations are with this group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="461" />
        <source>Register one under Work situations first.</source>
        <translation>Register one under Work situations first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="476" />
        <source>Week cycle %1 – %2</source>
        <translation>Week cycle %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="495" />
        <source>moved from %1</source>
        <translation>moved from %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="498" />
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="519" />
        <source>No week cycle yet. In a vital week cycle the group meets one hour a day on four working days in a row, in working time. Plan the first one.</source>
        <translation>No week cycle yet. In a vital week cycle the group meets one hour a day on four working days in a row, in working time. Plan the first one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="521" />
        <source>To start a session, select it on its day and press Start session.</source>
        <translation>To start a session, select it on its day and press Start session.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="575" />
        <source>&amp;Continue session</source>
        <translation>&amp;Continue session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="576" />
        <source>&amp;Start session</source>
        <translation>&amp;Start session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="587" />
        <source>You can start a session on its day.</source>
        <translation>You can start a session on its day.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="629" />
        <source>Leave %1?</source>
        <translation>Leave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="630" />
        <source>You no longer see the sessions and notes of %1. The others carry on; they can invite you again later.</source>
        <translation>You no longer see the sessions and notes of %1. The others carry on; they can invite you again later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="679" />
        <source>Cancel this week cycle?</source>
        <translation>Cancel this week cycle?</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="680" />
        <source>The four sessions from %1 to %2 are cancelled. Export the calendar again, so everyone's calendar shows the cancellation.</source>
        <translation>The four sessions from %1 to %2 are cancelled. Export the calendar again, so everyone's calendar shows the cancellation.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="699" />
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="700" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="718" />
        <source>Saved as %1. Open this file with your calendar program (such as Outlook or Google Calendar) or send it to the group.</source>
        <translation>Saved as %1. Open this file with your calendar program (such as Outlook or Google Calendar) or send it to the group.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="731" />
        <source>Learning groups</source>
        <translation>Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="733" />
        <source>Learn with colleagues you chose, on situations from your own work, one hour a day for four days, in working time.</source>
        <translation>Learn with colleagues you chose, on situations from your own work, one hour a day for four days, in working time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="735" />
        <source>My learning groups</source>
        <translation>My learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="736" />
        <source>Start a &amp;learning group</source>
        <translation>Start a &amp;learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="737" />
        <source>&amp;Edit group</source>
        <translation>&amp;Edit group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="738" />
        <source>Lea&amp;ve group</source>
        <translation>Lea&amp;ve group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="739" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="740" />
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="741" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="742" />
        <source>Week cycles</source>
        <translation>Week cycles</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="743" />
        <source>&amp;Bring in one of my situations</source>
        <translation>&amp;Bring in one of my situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="744" />
        <source>&amp;Plan a week cycle…</source>
        <translation>&amp;Plan a week cycle…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="745" />
        <source>Ca&amp;ncel cycle</source>
        <translation>Ca&amp;ncel cycle</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="746" />
        <source>&amp;Move session…</source>
        <translation>&amp;Move session…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="748" />
        <source>Someone ill, or the room taken? Move the selected session to another day.</source>
        <translation>Someone ill, or the room taken? Move the selected session to another day.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="749" />
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xport to calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="750" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="751" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="751" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="752" />
        <source>Week cycles and their sessions</source>
        <translation>Week cycles and their sessions</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="754" />
        <source>Learn together in a learning group</source>
        <translation>Learn together in a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="755" />
        <source>A learning group is 3 to 6 colleagues who choose each other, young and old mixed. You meet one hour a day, four days in a row, in working time, and work on situations from your own work.</source>
        <translation>A learning group is 3 to 6 colleagues who choose each other, young and old mixed. You meet one hour a day, four days in a row, in working time, and work on situations from your own work.</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="758" />
        <source>Start a learning group</source>
        <translation>Start a learning group</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="267" />
        <source>No conversations yet.</source>
        <translation>No conversations yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="274" />
        <source>%1 and %2 · meeting: %3</source>
        <translation>%1 and %2 · meeting: %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="282" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="286" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="289" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="294" />
        <source>%1: reopened by %2. Reason: %3</source>
        <translation>%1: reopened by %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="296" />
        <source>%1: handed over to another manager by %2 (%3).</source>
        <translation>%1: handed over to another manager by %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="304" />
        <source>All conversations of this professional and their agreements, the latest first. Open agreements carry over until they are done.</source>
        <translation>All conversations of this professional and their agreements, the latest first. Open agreements carry over until they are done.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="306" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="265" />
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="266" />
        <source>What may colleagues ask you about? Separate subjects with commas.</source>
        <translation>What may colleagues ask you about? Separate subjects with commas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="285" />
        <source>Good morning, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="287" />
        <source>Good afternoon, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="288" />
        <source>Good evening, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="297" />
        <source>%1, %2: %3 — day %4 of 4</source>
        <translation>%1, %2: %3 — day %4 of 4</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="307" />
        <source>Start session</source>
        <translation>Start session</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="319" />
        <source>Talent conversation with %1: %2</source>
        <translation>Talent conversation with %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="322" />
        <source>Talent conversation with %1 is overdue</source>
        <translation>Talent conversation with %1 is overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="324" />
        <source>Talent conversation with %1: prepare it before %2</source>
        <translation>Talent conversation with %1: prepare it before %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="330" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="340" />
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="342" />
        <source>was due %1</source>
        <translation>was due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="343" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="352" />
        <source>Nothing planned for the coming week. Join or start a learning group to learn in working time, together with colleagues.</source>
        <translation>Nothing planned for the coming week. Join or start a learning group to learn in working time, together with colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="365" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="366" />
        <source>My development question</source>
        <translation>My development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="368" />
        <source>My learning groups</source>
        <translation>My learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="369" />
        <source>My work situations</source>
        <translation>My work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="370" />
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="367" />
        <source>Learning in working time</source>
        <translation>Learning in working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="371" />
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="378" />
        <source>Go to People</source>
        <translation>Go to People</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="379" />
        <source>Go to Learning groups</source>
        <translation>Go to Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="380" />
        <source>Go to Work situations</source>
        <translation>Go to Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="377" />
        <source>Change what colleagues may ask me</source>
        <translation>Change what colleagues may ask me</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="206" />
        <source>How does learning go here? The learning culture scan is open for you until %1: 30 short statements, anonymous, about ten minutes.</source>
        <translation>How does learning go here? The learning culture scan is open for you until %1: 30 short statements, anonymous, about ten minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="228" />
        <source>Put into my development question</source>
        <translation>Put into my development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="372" />
        <source>Learning culture scan</source>
        <translation>Learning culture scan</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="373" />
        <source>Answer the scan</source>
        <translation>Answer the scan</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="383" />
        <source>My learning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="393" />
        <source>%n of 10 guiding questions answered</source>
        <translation>
            <numerusform>%n of 10 guiding questions answered</numerusform>
            <numerusform>%n of 10 guiding questions answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="395" />
        <source>Work on my question</source>
        <translation>Work on my question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="396" />
        <source>Sharpen it with the coach</source>
        <translation>Sharpen it with the coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="400" />
        <source>What do you want to learn, in and for your own work? Put it into words: your development question is the start of everything you learn here.</source>
        <translation>What do you want to learn, in and for your own work? Put it into words: your development question is the start of everything you learn here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="403" />
        <source>Write my development question</source>
        <translation>Write my development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="408" />
        <source>%1 of %2 hours</source>
        <translation>%1 of %2 hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="413" />
        <source>Learning hours against the norm</source>
        <translation>Learning hours against the norm</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="415" />
        <source>Learning hours in working time this year, against the norm of your organisation. Every session you attend counts.</source>
        <translation>Learning hours in working time this year, against the norm of your organisation. Every session you attend counts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="447" />
        <source>&lt;b&gt;Learning budget:&lt;/b&gt; this year&apos;s budget is overspent by %1. Ask for a course or training under Learning &amp;amp; budget: the decision says whether there is room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="421" />
        <source>&lt;b&gt;Learning budget:&lt;/b&gt; %1 left in your organisation's budget for this year. Ask for a course or training under Learning &amp;amp; budget.</source>
        <translation>&lt;b&gt;Learning budget:&lt;/b&gt; %1 left in your organisation's budget for this year. Ask for a course or training under Learning &amp;amp; budget.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="425" />
        <source>&lt;b&gt;My learning budget:&lt;/b&gt; %1 left of %2 this year.</source>
        <translation>&lt;b&gt;My learning budget:&lt;/b&gt; %1 left of %2 this year.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="429" />
        <source>%1 of it expires on %2 unless you use it.</source>
        <translation>%1 of it expires on %2 unless you use it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="438" />
        <source>next session %1</source>
        <translation>next session %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="442" />
        <source>You are not in a learning group yet. A group is 3 to 6 colleagues who choose each other and meet one hour a day, four days in a row.</source>
        <translation>You are not in a learning group yet. A group is 3 to 6 colleagues who choose each other and meet one hour a day, four days in a row.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="448" />
        <source>No open work situations. Is something in your work stuck, or could it be better? Register it as a work situation.</source>
        <translation>No open work situations. Is something in your work stuck, or could it be better? Register it as a work situation.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="455" />
        <source>&lt;b&gt;Roles:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Roles:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="456" />
        <source>&lt;b&gt;Teams:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Teams:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="451" />
        <source>not in a team yet</source>
        <translation>not in a team yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="457" />
        <source>&lt;b&gt;Manager:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Manager:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="452" />
        <source>no direct manager</source>
        <translation>no direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="458" />
        <source>&lt;b&gt;Ask me about:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ask me about:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="453" />
        <source>nothing filled in yet</source>
        <translation>nothing filled in yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="463" />
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
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
            <numerusform>%n person cannot log in yet: give them a temporary password</numerusform>
            <numerusform>%n people cannot log in yet: give them a temporary password</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="468" />
        <source>Everyone can log in</source>
        <translation>Everyone can log in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/home.py" line="470" />
        <source>%n professional(s) without a direct manager</source>
        <translation>
            <numerusform>%n professional without a direct manager</numerusform>
            <numerusform>%n professionals without a direct manager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="473" />
        <source>Every professional has a direct manager</source>
        <translation>Every professional has a direct manager</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="474" />
        <source>Yearly learning budget: %1</source>
        <translation>Yearly learning budget: %1</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="41" />
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="44" />
        <source>Choose an Excel workbook (.xlsx) or a CSV file. Regiestoel first shows what would change; nothing is saved until you click Import. A row with an ID updates that person; a row without an ID adds someone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="48" />
        <source>Columns, in any order: ID, Name and E-mail (needed), Roles (owner, manager, employee or professional, guide; empty means employee), Teams, Manager (e-mail), Year of birth, Expertise. Several teams or roles in one cell are separated by commas. Dutch and English headers are both understood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="53" />
        <source>Save an empty &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="62" />
        <source>Chosen file</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="63" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="73" />
        <source>Summary of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="77" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="85" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="94" />
        <source>Choose a list of people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="95" />
        <source>Excel workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="101" />
        <source>Save an empty template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="102" />
        <source>people-template.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="102" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="111" />
        <source>Template saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="166" />
        <source>Importing people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="176" />
        <source>People imported</source>
        <translation type="unfinished">People imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="119" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="122" />
        <source>Checking the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="126" />
        <source>Not checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="129" />
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="141" />
        <source>Ready to import</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_people.py" line="144" />
        <source>Nothing can be imported until these problems are solved</source>
        <translation>Nothing can be imported until these problems are solved</translation>
    </message>
</context>
<context>
    <name>InvitationCards</name>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="98" />
        <location filename="../../ui/widgets/invitation_cards.py" line="120" />
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="100" />
        <source>%1 asks you to guide the learning group %2.</source>
        <translation>%1 asks you to guide the learning group %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="101" />
        <source>Guide this group</source>
        <translation>Guide this group</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="103" />
        <source>%1 invites you to the learning group %2.</source>
        <translation>%1 invites you to the learning group %2.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="104" />
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="105" />
        <source>Aim: %1</source>
        <translation>Aim: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="106" />
        <source>No aim written down yet.</source>
        <translation>No aim written down yet.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="107" />
        <source>Guide: %1</source>
        <translation>Guide: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="108" />
        <source>No guide.</source>
        <translation>No guide.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="110" />
        <source>You see the group's sessions, work situations and notes once you join. Invited on %1.</source>
        <translation>You see the group's sessions, work situations and notes once you join. Invited on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="113" />
        <source>Invitation: %1</source>
        <translation>Invitation: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="116" />
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="119" />
        <source>%1 asks you to finish your work situation “%2” as: %3.</source>
        <translation>%1 asks you to finish your work situation “%2” as: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="122" />
        <source>Only you finish your own work situation.</source>
        <translation>Only you finish your own work situation.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="124" />
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="127" />
        <source>Finish…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="129" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_cards.py" line="131" />
        <source>Finish a work situation?</source>
        <translation>Finish a work situation?</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/long_job.py" line="56" />
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="73" />
        <source>This step cannot be stopped halfway; it finishes in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="81" />
        <source>Stopping…</source>
        <translation type="unfinished">Stopping…</translation>
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="93" />
        <source>Copying the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="94" />
        <source>Writing the checksum…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="95" />
        <source>Encrypting the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="96" />
        <source>Writing the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="97" />
        <source>Checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="98" />
        <source>Preparing the restored data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="99" />
        <source>Backing up the current data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="100" />
        <source>Replacing the data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="101" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="102" />
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="103" />
        <source>Saving the people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="104" />
        <source>Copying the tables…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="105" />
        <source>Building the search index…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="106" />
        <source>Saving on the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="107" />
        <source>Comparing every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="108" />
        <source>Collecting the data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="109" />
        <source>Adding the signed conversation records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="110" />
        <source>Sealing the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="111" />
        <source>Writing the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="112" />
        <source>Counting the year's figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="113" />
        <source>Writing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/long_job.py" line="114" />
        <source>Choosing what you may read and encrypting it…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../../ui/views/laptops.py" line="85" />
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="88" />
        <source>Not synced for over 30 days</source>
        <translation>Not synced for over 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="89" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="94" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="123" />
        <source>Revoke this laptop's copy?</source>
        <translation>Revoke this laptop's copy?</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="124" />
        <source>The personal copy of %1 on %2 can no longer sync from now on, and the laptop deletes it at its next contact with the database. This cannot be undone: %1 can make a new copy later.</source>
        <translation>The personal copy of %1 on %2 can no longer sync from now on, and the laptop deletes it at its next contact with the database. This cannot be undone: %1 can make a new copy later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="151" />
        <source>Whoever takes their data along has a personal copy on their laptop, with a login of its own on the organisation's database that reads only what that person may read. Revoke a copy when a laptop is lost or someone leaves: its login stops at once, and the laptop deletes the copy at its next contact.</source>
        <translation>Whoever takes their data along has a personal copy on their laptop, with a login of its own on the organisation's database that reads only what that person may read. Revoke a copy when a laptop is lost or someone leaves: its login stops at once, and the laptop deletes the copy at its next contact.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="155" />
        <source>No laptop holds a personal copy.</source>
        <translation>No laptop holds a personal copy.</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="157" />
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="158" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/laptops.py" line="159" />
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
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
    <name>LearningRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="328" />
        <source>Ask for training</source>
        <translation>Ask for training</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="329" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="331" />
        <source>Ask for a course, training or coaching that helps you in your work. Your manager decides; afterwards you tell what you learned.</source>
        <translation>Ask for a course, training or coaching that helps you in your work. Your manager decides; afterwards you tell what you learned.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="334" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="335" />
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="336" />
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="337" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="338" />
        <source>&amp;Cost</source>
        <translation>&amp;Cost</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="339" />
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="340" />
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="341" />
        <source>&amp;Ends</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="342" />
        <source>Wh&amp;y</source>
        <translation>Wh&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="343" />
        <source>Development question</source>
        <translation>Development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="344" />
        <source>Work si&amp;tuation</source>
        <translation>Work si&amp;tuation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="351" />
        <source>for example: Planning with Excel</source>
        <translation>for example: Planning with Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="352" />
        <source>the school, trainer or website</source>
        <translation>the school, trainer or website</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="354" />
        <source>Cost in euros</source>
        <translation>Cost in euros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="356" />
        <source>In euros, for example %1. Type 0 when it is free.</source>
        <translation>In euros, for example %1. Type 0 when it is free.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="358" />
        <source>Hours it takes</source>
        <translation>Hours it takes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="359" />
        <source>In w&amp;orking time</source>
        <translation>In w&amp;orking time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="361" />
        <source>All the time it takes you, in hours. When it is done, they count as your learning hours.</source>
        <translation>All the time it takes you, in hours. When it is done, they count as your learning hours.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="364" />
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="365" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="366" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="368" />
        <source>The start date decides the budget year; without one, it is this year.</source>
        <translation>The start date decides the budget year; without one, it is this year.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="370" />
        <source>What do you want to learn, and how does it help you in your work?</source>
        <translation>What do you want to learn, and how does it help you in your work?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="371" />
        <source>It helps with my development question</source>
        <translation>It helps with my development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="374" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="376" />
        <source>Linked to an earlier development question.</source>
        <translation>Linked to an earlier development question.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="377" />
        <source>(no work situation)</source>
        <translation>(no work situation)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/learning_request.py" line="379" />
        <source>Optional: the work situation where you want to use what you learn.</source>
        <translation>Optional: the work situation where you want to use what you learn.</translation>
    </message>
</context>
<context>
    <name>LearningSettingsPanel</name>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="478" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="484" />
        <source>No closing days yet.</source>
        <translation>No closing days yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="602" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="625" />
        <source>Back to the standard agendas?</source>
        <translation>Back to the standard agendas?</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="626" />
        <source>The four session agendas in %1 go back to how Regiestoel comes. Your own changes to them are lost.</source>
        <translation>The four session agendas in %1 go back to how Regiestoel comes. Your own changes to them are lost.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="631" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="631" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="635" />
        <source>Each session lasts exactly %1 minutes. These are the agendas in %2; switch the language to adjust the others.</source>
        <translation>Each session lasts exactly %1 minutes. These are the agendas in %2; switch the language to adjust the others.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="651" />
        <source>Only the owner changes rooms, closing days and session agendas. You can see them here.</source>
        <translation>Only the owner changes rooms, closing days and session agendas. You can see them here.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="653" />
        <location filename="../../ui/views/learning_settings.py" line="657" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="655" />
        <source>Quiet, comfortable rooms where a learning group can meet. A room is never given to two groups at the same time.</source>
        <translation>Quiet, comfortable rooms where a learning group can meet. A room is never given to two groups at the same time.</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="658" />
        <location filename="../../ui/views/learning_settings.py" line="659" />
        <source>Name of a new room</source>
        <translation>Name of a new room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="660" />
        <source>Add &amp;room</source>
        <translation>Add &amp;room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="661" />
        <source>Remove room</source>
        <translation>Remove room</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="662" />
        <location filename="../../ui/views/learning_settings.py" line="668" />
        <source>Closing days</source>
        <translation>Closing days</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="664" />
        <source>Dutch public holidays are skipped automatically. Add the days your organisation is closed on top of those, this year and next: one day, or a period such as the construction holiday (fill in both dates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="669" />
        <source>First closing day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="670" />
        <source>&amp;until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="671" />
        <source>Last closing day (empty for one day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="675" />
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="667" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="667" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="672" />
        <source>for example: company outing</source>
        <translation>for example: company outing</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="673" />
        <source>Description of the closing day</source>
        <translation>Description of the closing day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="674" />
        <source>Add &amp;closing day</source>
        <translation>Add &amp;closing day</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="676" />
        <source>Session agendas</source>
        <translation>Session agendas</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="678" />
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="679" />
        <source>&amp;Save agendas</source>
        <translation>&amp;Save agendas</translation>
    </message>
    <message>
        <location filename="../../ui/views/learning_settings.py" line="680" />
        <source>Back to the s&amp;tandard agendas</source>
        <translation>Back to the s&amp;tandard agendas</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="820" />
        <source>Learning budget %1</source>
        <translation>Learning budget %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="821" />
        <source>What the organisation sets aside for formal learning in %1: courses, training, coaching.</source>
        <translation>What the organisation sets aside for formal learning in %1: courses, training, coaching.</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="837" />
        <source>Budget of %1</source>
        <translation>Budget of %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="838" />
        <source>An individual budget for %1 in %2. Their requests are then paid from it, and are checked against it.</source>
        <translation>An individual budget for %1 in %2. Their requests are then paid from it, and are checked against it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="844" />
        <source>No budget of their own: paid from the organisation's budget</source>
        <translation>No budget of their own: paid from the organisation's budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="858" />
        <source>learning-budget-%1.csv</source>
        <translation>learning-budget-%1.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="860" />
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="860" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/budget.py" line="871" />
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="875" />
        <source>Exporting the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="878" />
        <source>Not exported: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="892" />
        <source>&lt;b&gt;%1 left&lt;/b&gt; of %2 in %3.</source>
        <translation>&lt;b&gt;%1 left&lt;/b&gt; of %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/budget.py" line="895" />
        <source>Unused individual budget carries over for %n year(s).</source>
        <translation>
            <numerusform>Unused individual budget carries over for %n year.</numerusform>
            <numerusform>Unused individual budget carries over for %n years.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="897" />
        <source>Unused individual budget lapses at the end of the year.</source>
        <translation>Unused individual budget lapses at the end of the year.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="900" />
        <source>%1 of individual budgets expires on %2.</source>
        <translation>%1 of individual budgets expires on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="904" />
        <source>All requests in %1</source>
        <translation>All requests in %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="906" />
        <source>Nobody has asked for training in %1 yet.</source>
        <translation>Nobody has asked for training in %1 yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="917" />
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="918" />
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="919" />
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="920" />
        <source>Set the year &amp;budget…</source>
        <translation>Set the year &amp;budget…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="921" />
        <source>&amp;Individual budget…</source>
        <translation>&amp;Individual budget…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="922" />
        <source>Choose a person in the ledger first.</source>
        <translation>Choose a person in the ledger first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="923" />
        <source>&amp;Carry-over…</source>
        <translation>&amp;Carry-over…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="924" />
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="211" />
        <source>New lesson learned</source>
        <translation>New lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="212" />
        <source>Edit lesson: %1</source>
        <translation>Edit lesson: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="214" />
        <source>Write down what you learned so that a colleague can use it tomorrow. Short and concrete is better than complete.</source>
        <translation>Write down what you learned so that a colleague can use it tomorrow. Short and concrete is better than complete.</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/lesson.py" line="103" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="140" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="141" />
        <source>What was the &amp;situation?</source>
        <translation>What was the &amp;situation?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="142" />
        <source>What &amp;worked?</source>
        <translation>What &amp;worked?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="143" />
        <source>What did &amp;not work?</source>
        <translation>What did &amp;not work?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="144" />
        <source>What would you do ne&amp;xt time?</source>
        <translation>What would you do ne&amp;xt time?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="145" />
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="154" />
        <source>In a few words: what did you learn?</source>
        <translation>In a few words: what did you learn?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="155" />
        <source>Where, when and with whom. Enough for a colleague who was not there.</source>
        <translation>Where, when and with whom. Enough for a colleague who was not there.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="157" />
        <source>for example: planning, new colleagues</source>
        <translation>for example: planning, new colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lesson.py" line="158" />
        <source>Words that help colleagues find this lesson, separated by commas.</source>
        <translation>Words that help colleagues find this lesson, separated by commas.</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <location filename="../../ui/views/lessons.py" line="280" />
        <source>The newest lessons. Type to search all of them.</source>
        <translation>The newest lessons. Type to search all of them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/lessons.py" line="282" />
        <source>%n lesson(s) found, best match first.</source>
        <translation>
            <numerusform>%n lesson found.</numerusform>
            <numerusform>%n lessons found, best match first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="286" />
        <source>No lesson matches “%1”</source>
        <translation>No lesson matches “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="287" />
        <source>Try fewer words, or another word for the same thing. Perhaps nobody has written this lesson yet: you could be the first.</source>
        <translation>Try fewer words, or another word for the same thing. Perhaps nobody has written this lesson yet: you could be the first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="315" />
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="319" />
        <source>from a finished work situation</source>
        <translation>from a finished work situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="323" />
        <source>What was the situation?</source>
        <translation>What was the situation?</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="324" />
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="325" />
        <source>What did not work</source>
        <translation>What did not work</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="326" />
        <source>Next time</source>
        <translation>Next time</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="332" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="391" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="393" />
        <source>What colleagues learned from their work situations, written down to be used again. Search by any word; other forms of a word are found too.</source>
        <translation>What colleagues learned from their work situations, written down to be used again. Search by any word; other forms of a word are found too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="395" />
        <source>Search lessons, for example: planning</source>
        <translation>Search lessons, for example: planning</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="396" />
        <source>Search lessons</source>
        <translation>Search lessons</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="397" />
        <source>Lessons found</source>
        <translation>Lessons found</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="398" />
        <source>The chosen lesson</source>
        <translation>The chosen lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="399" />
        <source>&amp;New lesson</source>
        <translation>&amp;New lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="400" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="402" />
        <source>Lessons learned are kept here</source>
        <translation>Lessons learned are kept here</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="403" />
        <source>When you finish a work situation, you write down what you learned, so that colleagues facing the same thing can find it. You can also write a lesson straight away.</source>
        <translation>When you finish a work situation, you write down what you learned, so that colleagues facing the same thing can find it. You can also write a lesson straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lessons.py" line="406" />
        <location filename="../../ui/views/lessons.py" line="407" />
        <source>Write a lesson</source>
        <translation>Write a lesson</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="192" />
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="224" />
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="246" />
        <source>Choose your name and enter your password.</source>
        <translation>Choose your name and enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="247" />
        <location filename="../../ui/login.py" line="248" />
        <source>Find your name</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="249" />
        <source>People who can log in</source>
        <translation>People who can log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="250" />
        <location filename="../../ui/login.py" line="251" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252" />
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="253" />
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="254" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Not kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>While the laptop was locked, someone else logged in. What you had typed and not saved in these windows was not kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Your copy is out of date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Personal copy removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>The owner of Regiestoel has withdrawn the personal copy on this laptop, so it has been removed. Regiestoel closes now; next time it works on your organisation's database again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>Your session is paused while the laptop was locked. Press Start to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>My learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>My team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>Learning groups</source>
        <translation>Learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Learning &amp; budget</source>
        <translation>Learning &amp; budget</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Learning culture</source>
        <translation>Learning culture</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <location filename="../../ui/main_window.py" line="687" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <location filename="../../ui/main_window.py" line="689" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484" />
        <location filename="../../ui/main_window.py" line="690" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625" />
        <source>Your password has been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="674" />
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678" />
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679" />
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="680" />
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681" />
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>&amp;About Regiestoel</source>
        <translation>&amp;About Regiestoel</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="414" />
        <source>No agreements yet. What will each of you do in the coming half year?</source>
        <translation>No agreements yet. What will each of you do in the coming half year?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="416" />
        <source>Agreements carry over to the next conversation until they are done.</source>
        <translation>Agreements carry over to the next conversation until they are done.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="431" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="437" />
        <source>Your preparation is not published yet, so only you can read it. Publish it on the Prepare page.</source>
        <translation>Your preparation is not published yet, so only you can read it. Publish it on the Prepare page.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="440" />
        <source>%1 has not published a preparation yet. You can read it here once it is published.</source>
        <translation>%1 has not published a preparation yet. You can read it here once it is published.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="444" />
        <source>Nothing written.</source>
        <translation>Nothing written.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="451" />
        <source>Published on %1.</source>
        <translation>Published on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="515" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="491" />
        <source>Not signed yet</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="519" />
        <source>Sign as &amp;professional…</source>
        <translation>Sign as &amp;professional…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="520" />
        <source>Sign as &amp;manager…</source>
        <translation>Sign as &amp;manager…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="534" />
        <source>Both of you signed, so the record is locked. If something must change, reopen it; then both of you sign again.</source>
        <translation>Both of you signed, so the record is locked. If something must change, reopen it; then both of you sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="537" />
        <source>You sign once both of you have published your preparation. Each of you signs with your own password, also on this laptop.</source>
        <translation>You sign once both of you have published your preparation. Each of you signs with your own password, also on this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="368" />
        <source>Saved meanwhile by someone else:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="369" />
        <source>Your text is still in the box above. Saving it replaces theirs, so take over what you want to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="466" />
        <source>%1 asks for a correction of the agreement “%2”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="469" />
        <source>%1 asks for a correction of the summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="474" />
        <source>The record is open for changes again. A change takes back a signature that is already there; whoever asked signs once it is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="488" />
        <source>Seen, with a remark, on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="490" />
        <source>Agreed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="499" />
        <source>Your signature of %1 was taken back: %2 changed the record afterwards. Read it again and sign once more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="502" />
        <source>The signature of %1 was taken back: %2 changed the record afterwards, so %3 signs again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="524" />
        <source>Ask for a correction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="525" />
        <source>%1 asks for a correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="540" />
        <source>%1 signed. Until the other signs too, the record stays as it is. Sign as agreed, or as seen with a remark; or ask for a correction, which opens the record for changes again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="545" />
        <source>A change now takes back the signature that is already there; then that side signs again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="548" />
        <source>Each of you signs with your own password, also on this laptop: as agreed, or as seen with a remark. Once both of you have signed, the record is locked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/conversation_meeting.py" line="563" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="669" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="697" />
        <source>What became of earlier agreements</source>
        <translation>What became of earlier agreements</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="699" />
        <source>The agreements of last time, and older ones that are still open. Mark what is done; open ones carry over.</source>
        <translation>The agreements of last time, and older ones that are still open. Mark what is done; open ones carry over.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="701" />
        <source>New agreements</source>
        <translation>New agreements</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="703" />
        <source>for example: Follow the planning course before March</source>
        <translation>for example: Follow the planning course before March</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="704" />
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="705" />
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="706" />
        <source>Due &amp;date</source>
        <translation>Due &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="707" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="708" />
        <source>&amp;Add agreement</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="709" />
        <location filename="../../ui/views/conversation_meeting.py" line="712" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="711" />
        <source>In a few sentences: what did you talk about, and what do you take with you?</source>
        <translation>In a few sentences: what did you talk about, and what do you take with you?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="713" />
        <source>Save s&amp;ummary</source>
        <translation>Save s&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="714" />
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_meeting.py" line="715" />
        <source>Corrections asked for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="86" />
        <source>%1 is in the weekend.</source>
        <translation>%1 is in the weekend.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="88" />
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 is a public holiday: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="92" />
        <source>closing day</source>
        <translation>closing day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="93" />
        <source>The organisation is closed on %1: %2.</source>
        <translation>The organisation is closed on %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="97" />
        <source>Day %1 of this cycle is already on %2.</source>
        <translation>Day %1 of this cycle is already on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="141" />
        <source>Move day %1</source>
        <translation>Move day %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="143" />
        <source>Someone is ill, or the room is taken? Move this one session to another working day and time. The other sessions of the cycle stay where they are.</source>
        <translation>Someone is ill, or the room is taken? Move this one session to another working day and time. The other sessions of the cycle stay where they are.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="145" />
        <source>Now: %1, %2.</source>
        <translation>Now: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="147" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="148" />
        <source>Start &amp;time</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="149" />
        <source>New day</source>
        <translation>New day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="151" />
        <source>A working day from %1 to %2: the week it was planned in, or the next.</source>
        <translation>A working day from %1 to %2: the week it was planned in, or the next.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="153" />
        <source>Between %1 and %2; the session lasts an hour.</source>
        <translation>Between %1 and %2; the session lasts an hour.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_session.py" line="156" />
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
</context>
<context>
    <name>MyRequestsTab</name>
    <message>
        <location filename="../../ui/views/budget.py" line="446" />
        <source>Cancel %1?</source>
        <translation>Cancel %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="447" />
        <source>The request is called off. Money set aside for it goes back to the budget. You cannot undo this, but you can always ask again.</source>
        <translation>The request is called off. Money set aside for it goes back to the budget. You cannot undo this, but you can always ask again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="477" />
        <source>&lt;b&gt;Learning budget %1:&lt;/b&gt; your requests are paid from the organisation's budget, which has %2 left of %3.</source>
        <translation>&lt;b&gt;Learning budget %1:&lt;/b&gt; your requests are paid from the organisation's budget, which has %2 left of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="480" />
        <source>&lt;b&gt;My learning budget %1:&lt;/b&gt; %2 left of %3.</source>
        <translation>&lt;b&gt;My learning budget %1:&lt;/b&gt; %2 left of %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="485" />
        <source>%1 of it is for your requests.</source>
        <translation>%1 of it is for your requests.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="488" />
        <source>Carried over from earlier years: %1.</source>
        <translation>Carried over from earlier years: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="491" />
        <source>%1 of it expires on %2 unless you use it.</source>
        <translation>%1 of it expires on %2 unless you use it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="504" />
        <source>My budget</source>
        <translation>My budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="505" />
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="507" />
        <source>Most learning happens in your work: with your learning group, on your own work situations. A course or training comes second: ask for one when it helps with your development question or a situation at work.</source>
        <translation>Most learning happens in your work: with your learning group, on your own work situations. A course or training comes second: ask for one when it helps with your development question or a situation at work.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="510" />
        <source>&amp;Ask for training…</source>
        <translation>&amp;Ask for training…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="511" />
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="512" />
        <source>Mark as &amp;planned</source>
        <translation>Mark as &amp;planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="513" />
        <source>The dates are fixed: mark the request as planned.</source>
        <translation>The dates are fixed: mark the request as planned.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="514" />
        <source>Ca&amp;ncel request…</source>
        <translation>Ca&amp;ncel request…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="515" />
        <source>&amp;Done — evaluate…</source>
        <translation>&amp;Done — evaluate…</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="517" />
        <source>Ask for a course or training</source>
        <translation>Ask for a course or training</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="518" />
        <source>When a course, training, coaching or conference would help you in your work, ask for it here. Your manager decides, the learning budget pays, and afterwards you tell what you learned.</source>
        <translation>When a course, training, coaching or conference would help you in your work, ask for it here. Your manager decides, the learning budget pays, and afterwards you tell what you learned.</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="521" />
        <source>Ask for training…</source>
        <translation>Ask for training…</translation>
    </message>
</context>
<context>
    <name>MyTeamView</name>
    <message>
        <location filename="../../ui/views/my_team.py" line="226" />
        <source>My team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="228" />
        <source>The people who have you as their manager: what they share with you, their learning hours, your open agreements and what waits for you. What they keep to themselves stays hidden, and each look is written in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="231" />
        <source>Nobody reports to you at the moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="232" />
        <source>When the owner makes you someone's manager, you see here how their development is going: their question if they share it, their learning hours and your agreements.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationPrefsBox</name>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="133" />
        <source>Your notification settings are saved.</source>
        <translation>Your notification settings are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="148" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="150" />
        <source>While Regiestoel runs, it tells you when something new is due for you: what and when, never what it is about. Only for you, and never while Regiestoel is locked.</source>
        <translation>While Regiestoel runs, it tells you when something new is due for you: what and when, never what it is about. Only for you, and never while Regiestoel is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="154" />
        <source>Sessions of my learning groups</source>
        <translation>Sessions of my learning groups</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="155" />
        <source>Preparing my talent conversations</source>
        <translation>Preparing my talent conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="156" />
        <source>Agreements and actions past their date</source>
        <translation>Agreements and actions past their date</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="157" />
        <source>Learning requests waiting for my decision</source>
        <translation>Learning requests waiting for my decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="158" />
        <source>Invitations to a learning group</source>
        <translation>Invitations to a learning group</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="159" />
        <source>The learning culture scan</source>
        <translation>The learning culture scan</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="163" />
        <source>Tell me about</source>
        <translation>Tell me about</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="164" />
        <source>&amp;Quiet hours</source>
        <translation>&amp;Quiet hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="165" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="166" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="167" />
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="168" />
        <source>Quiet hours from</source>
        <translation>Quiet hours from</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="169" />
        <source>Quiet hours until</source>
        <translation>Quiet hours until</translation>
    </message>
    <message>
        <location filename="../../ui/views/notification_prefs.py" line="172" />
        <source>Keep Regiestoel running in the system tray when I close its window (this computer)</source>
        <translation>Keep Regiestoel running in the system tray when I close its window (this computer)</translation>
    </message>
</context>
<context>
    <name>OfflineBar</name>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="90" />
        <source>online — synced at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="91" />
        <source>offline — last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="99" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="103" />
        <source>%n change(s) made on this laptop clash with what changed at the organisation meanwhile. Choose what stays.</source>
        <translation>
            <numerusform>%n change made on this laptop clashes with what changed at the organisation meanwhile. Choose what stays.</numerusform>
            <numerusform>%n changes made on this laptop clash with what changed at the organisation meanwhile. Choose what stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="109" />
        <source>%n change(s) from this laptop were not taken over by the organisation's database.</source>
        <translation>
            <numerusform>%n change from this laptop was not taken over by the organisation's database.</numerusform>
            <numerusform>%n changes from this laptop were not taken over by the organisation's database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="126" />
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="128" />
        <source>Send your changes to the organisation's database and fetch theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="129" />
        <source>&amp;Choose…</source>
        <translation type="unfinished">&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/offline_bar.py" line="130" />
        <source>&amp;Why?</source>
        <translation type="unfinished">&amp;Why?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/offline_bar.py" line="136" />
        <source>Your copy has not been synced for %n day(s). Connect to your organisation's network and press Sync now: until then your changes are only on this laptop, and you do not see your colleagues' changes.</source>
        <translation>
            <numerusform>Your copy has not been synced for %n day. Connect to your organisation's network and press Sync now: until then your changes are only on this laptop, and you do not see your colleagues' changes.</numerusform>
            <numerusform>Your copy has not been synced for %n days. Connect to your organisation's network and press Sync now: until then your changes are only on this laptop, and you do not see your colleagues' changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="82" />
        <source>Open a culture scan round</source>
        <translation>Open a culture scan round</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="84" />
        <source>Everyone in the round answers 30 statements about learning in your organisation, anonymously, once. The round closes at midnight after its closing day (or when you close it earlier); results appear only when at least %1 people took part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="88" />
        <source>Closes on</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="90" />
        <source>Everyone in the organisation</source>
        <translation>Everyone in the organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="89" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="91" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="93" />
        <source>In a round for some teams, results can also be shown per team: for a team with at least %1 respondents, unless its result together with the others would show the answers of a smaller group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="97" />
        <source>Open round</source>
        <translation>Open round</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/culture.py" line="109" />
        <source>Choose at least one team, or everyone.</source>
        <translation>Choose at least one team, or everyone.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="143" />
        <source>Give your organisation a name.</source>
        <translation>Give your organisation a name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="152" />
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="153" />
        <source>The name, the yearly learning budget and the norm for learning hours.</source>
        <translation>The name, the yearly learning budget and the norm for learning hours.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="157" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="157" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="158" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="162" />
        <source>for example: Bakery De Korenschoof</source>
        <translation>for example: Bakery De Korenschoof</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="165" />
        <source>The money available each year for courses, training and coaching. Everyone will see what is left of it.</source>
        <translation>The money available each year for courses, training and coaching. Everyone will see what is left of it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168" />
        <source>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</source>
        <translation>How many hours each person learns in working time per year, in learning groups and otherwise. Regiestoel shows everyone their hours against this norm.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/views/conversations.py" line="518" />
        <source>Nothing is due: every conversation of this half year is signed.</source>
        <translation>Nothing is due: every conversation of this half year is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="520" />
        <source>No conversations to show yet.</source>
        <translation>No conversations to show yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="541" />
        <source>Who still has to hold their conversation. You see statuses and dates only: what is said stays between the professional and the manager.</source>
        <translation>Who still has to hold their conversation. You see statuses and dates only: what is said stays between the professional and the manager.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="544" />
        <source>The conversations of the people you manage: statuses and dates. You read the content of the conversations you take part in.</source>
        <translation>The conversations of the people you manage: statuses and dates. You read the content of the conversations you take part in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="546" />
        <source>Only &amp;due and overdue</source>
        <translation>Only &amp;due and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="547" />
        <source>Plan talent conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="548" />
        <source>&amp;Open conversation</source>
        <translation>&amp;Open conversation</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversations.py" line="549" />
        <source>Conversations overview</source>
        <translation>Conversations overview</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard.py" line="207" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="209" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="280" />
        <source>Your own account</source>
        <translation>Your own account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="281" />
        <source>You become the first owner: you manage people, budget and settings.</source>
        <translation>You become the first owner: you manage people, budget and settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="285" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="286" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="291" />
        <source>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</source>
        <translation>On the next page you get a recovery code. Keep it on paper: it is the only way to reset your password if you forget it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="293" />
        <source>&amp;Create organisation</source>
        <translation>&amp;Create organisation</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/item_models/people.py" line="31" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="32" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="34" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="36" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="38" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="40" />
        <source>Ask me about</source>
        <translation>Ask me about</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="42" />
        <source>Can log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="23" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="24" />
        <source>Not yet</source>
        <translation type="unfinished">Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/people.py" line="16" />
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people.py" line="197" />
        <location filename="../../ui/views/people.py" line="200" />
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="199" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="251" />
        <source>Archive %1?</source>
        <translation>Archive %1?</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="252" />
        <source>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</source>
        <translation>%1 can no longer log in and disappears from the lists. Everything %1 did stays in the history. You can restore %1 later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>Export people</source>
        <translation>Export people</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="279" />
        <source>people.csv</source>
        <translation>people.csv</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="280" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="286" />
        <source>Export ready</source>
        <translation>Export ready</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people.py" line="286" />
        <source>%n person(s) exported.</source>
        <translation>
            <numerusform>%n person exported.</numerusform>
            <numerusform>%n people exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="289" />
        <source>Exporting people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="291" />
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="292" />
        <source>Not exported: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="307" />
        <location filename="../../ui/views/people.py" line="314" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="309" />
        <source>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</source>
        <translation>Everyone in your organisation, their teams, and what colleagues may ask them about. Looking for someone to guide your learning group? Search for a subject.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="311" />
        <source>Search by name, team or subject</source>
        <translation>Search by name, team or subject</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="312" />
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="313" />
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="315" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="316" />
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="317" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="318" />
        <source>Pass&amp;word…</source>
        <translation>Pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="319" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="320" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="321" />
        <source>&amp;First passwords…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="323" />
        <source>A temporary password for everyone who cannot log in yet, and a handout to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="325" />
        <source>Add your colleagues</source>
        <translation>Add your colleagues</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="326" />
        <source>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</source>
        <translation>Regiestoel works with the people in your organisation: who is in which team, who manages whom, and who knows what. Add them one by one, or import the list you already keep in Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="329" />
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="330" />
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="128" />
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person.py" line="131" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="183" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="184" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="186" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="187" />
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="188" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="189" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="190" />
        <source>Direct &amp;manager</source>
        <translation>Direct &amp;manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="191" />
        <source>&amp;Year of birth</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="192" />
        <source>As&amp;k me about</source>
        <translation>As&amp;k me about</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="193" />
        <source>Temporary &amp;password</source>
        <translation>Temporary &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="200" />
        <source>(no manager)</source>
        <translation>(no manager)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="202" />
        <source>Optional. Only used to show the generation mix of a learning group, never as an age.</source>
        <translation>Optional. Only used to show the generation mix of a learning group, never as an age.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="204" />
        <source>for example: planning, heat pumps</source>
        <translation>for example: planning, heat pumps</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="206" />
        <source>What colleagues may ask this person about, separated by commas.</source>
        <translation>What colleagues may ask this person about, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="208" />
        <source>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</source>
        <translation>Optional. With a temporary password this person can log in, and then chooses their own. Without one, set it later.</translation>
    </message>
</context>
<context>
    <name>PersonalCopyBox</name>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="62" />
        <source>Take my data along</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="63" />
        <source>&amp;Take my data along…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="64" />
        <source>Work on the organisation's database a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="67" />
        <source>You are working on your personal copy in %1. Sync now (in the bar above) sends your changes to the organisation's database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="71" />
        <source>From the next start this laptop works on the organisation's database again; the copy stays here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="74" />
        <source>From the next start this laptop works on your personal copy in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/personal_copy_box.py" line="78" />
        <source>Working on the road, without a connection? Take your data along: an encrypted copy on this laptop of what you may read, kept up to date whenever the laptop reaches your organisation's database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanConversationsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="104" />
        <source>Gets a conversation with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="105" />
        <source>Already planned in this half year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="107" />
        <source>Not included: no manager. Choose one under People.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="109" />
        <source>Not included: their manager %1 has left. Choose another under People.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="110" />
        <source>Not included: has left the organisation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="127" />
        <source>%n person(s) get a conversation in the %1.</source>
        <translation>
            <numerusform>%n person gets a conversation in the %1.</numerusform>
            <numerusform>%n people get a conversation in the %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="129" />
        <source>Nobody new to plan in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="131" />
        <source>%n person(s) are not included; the list says why.</source>
        <translation>
            <numerusform>%n person is not included; the list says why.</numerusform>
            <numerusform>%n people are not included; the list says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_conversations.py" line="134" />
        <source>&amp;Plan %n conversation(s)</source>
        <translation>
            <numerusform>&amp;Plan %n conversation</numerusform>
            <numerusform>&amp;Plan %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="160" />
        <source>Plan talent conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="162" />
        <source>Everyone who has a manager gets one talent conversation with that manager in the half year: professionals, and team leads and managers who have a manager of their own. Both prepare, talk and sign within the half year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="165" />
        <source>&amp;Half year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="166" />
        <source>Half year</source>
        <translation type="unfinished">Half year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="167" />
        <source>%1 (this half year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="167" />
        <source>%1 (next half year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="171" />
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="171" />
        <source>Manager</source>
        <translation type="unfinished">Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="172" />
        <source>Included?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_conversations.py" line="173" />
        <source>Who is included</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="226" />
        <source>If everyone is free, you meet on:</source>
        <translation>If everyone is free, you meet on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="237" />
        <source>Day %1: %2, %3</source>
        <translation>Day %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="249" />
        <source>closing day</source>
        <translation>closing day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="250" />
        <source>Skipped %1: %2</source>
        <translation>Skipped %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="305" />
        <source>Planned. You meet on:</source>
        <translation>Planned. You meet on:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="309" />
        <source>Someone or the room was already taken earlier, so the cycle starts on the first free day.</source>
        <translation>Someone or the room was already taken earlier, so the cycle starts on the first free day.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="311" />
        <source>Everyone in the group sees these sessions. Export them to your calendar from the group.</source>
        <translation>Everyone in the group sees these sessions. Export them to your calendar from the group.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="314" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="340" />
        <source>Looking for free weeks…</source>
        <translation>Looking for free weeks…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="360" />
        <source>There is no free week in the next %1 weeks either. Try another room, or ask the group about another time.</source>
        <translation>There is no free week in the next %1 weeks either. Try another room, or ask the group about another time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="363" />
        <source>These weeks are free. Choose one:</source>
        <translation>These weeks are free. Choose one:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="366" />
        <source>%1 to %2, %3</source>
        <translation>%1 to %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="410" />
        <source>Plan a week cycle for %1</source>
        <translation>Plan a week cycle for %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="412" />
        <source>A vital week cycle: the group meets one hour a day on four working days in a row, at the same time, in working time. Nobody is planned twice.</source>
        <translation>A vital week cycle: the group meets one hour a day on four working days in a row, at the same time, in working time. Nobody is planned twice.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="415" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="416" />
        <source>Start &amp;time</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="417" />
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="418" />
        <source>Peri&amp;od</source>
        <translation>Peri&amp;od</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="422" />
        <source>First day from</source>
        <translation>First day from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="423" />
        <source>Start no later than</source>
        <translation>Start no later than</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="425" />
        <source>The first session is on the first working day from this date. Weekends, public holidays and closing days are skipped.</source>
        <translation>The first session is on the first working day from this date. Weekends, public holidays and closing days are skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="428" />
        <source>Every session lasts an hour, at the same time each day.</source>
        <translation>Every session lasts an hour, at the same time each day.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="429" />
        <source>(no room)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="431" />
        <source>A quiet, comfortable room helps. Nobody gets the same room twice at once.</source>
        <translation>A quiet, comfortable room helps. Nobody gets the same room twice at once.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="433" />
        <source>No rooms yet. The owner adds them under Settings.</source>
        <translation>No rooms yet. The owner adds them under Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="434" />
        <source>Only in the weeks until</source>
        <translation>Only in the weeks until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="436" />
        <source>Optional: the last day on which the cycle may start. Without it, Regiestoel looks up to %1 weeks ahead for a free week.</source>
        <translation>Optional: the last day on which the cycle may start. Without it, Regiestoel looks up to %1 weeks ahead for a free week.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_cycle.py" line="440" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
<context>
    <name>PostponeRemovalDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="79" />
        <source>Keep the records of %1 longer</source>
        <translation>Keep the records of %1 longer</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="83" />
        <source>The law lets you keep records longer only for a good reason, such as a dispute or a legal obligation. The reason is recorded.</source>
        <translation>The law lets you keep records longer only for a good reason, such as a dispute or a legal obligation. The reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="95" />
        <source>Keep until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="97" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="98" />
        <source>Keep &amp;until</source>
        <translation>Keep &amp;until</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="200" />
        <source>the other</source>
        <translation>the other</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="203" />
        <source>Look back on your half year and say what you need. Only you can read your draft until you publish it; then %1 can read it too.</source>
        <translation>Look back on your half year and say what you need. Only you can read your draft until you publish it; then %1 can read it too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="207" />
        <source>Give account of what you facilitated and where you saw %1 grow. Only you can read your draft until you publish it; then %1 can read it too.</source>
        <translation>Give account of what you facilitated and where you saw %1 grow. Only you can read your draft until you publish it; then %1 can read it too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="211" />
        <source>The record is signed and locked.</source>
        <translation>The record is signed and locked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="213" />
        <source>Published on %1. %2 can read it. Changes you save are visible to %2 right away.</source>
        <translation>Published on %1. %2 can read it. Changes you save are visible to %2 right away.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="219" />
        <source>Draft: only you can see this.</source>
        <translation>Draft: only you can see this.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="221" />
        <source>Nothing saved yet. Only you will see your draft.</source>
        <translation>Nothing saved yet. Only you will see your draft.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="234" />
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="235" />
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/conversation_prepare.py" line="246" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="276" />
        <source>Filled in what Regiestoel knows. Check it, put it in your own words, and save.</source>
        <translation>Filled in what Regiestoel knows. Check it, put it in your own words, and save.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="278" />
        <source>Every part already has your own text, so nothing was changed.</source>
        <translation>Every part already has your own text, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="293" />
        <source>Put into my preparation</source>
        <translation>Put into my preparation</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="304" />
        <source>The coach's draft is in your preparation. Put it in your own words, and save.</source>
        <translation>The coach's draft is in your preparation. Put it in your own words, and save.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="331" />
        <source>Published. %1 can read your preparation now.</source>
        <translation>Published. %1 can read your preparation now.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="333" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="345" />
        <source>Publish your preparation?</source>
        <translation>Publish your preparation?</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="346" />
        <source>From now on %1 can read your preparation. You can still change it until both of you have signed.</source>
        <translation>From now on %1 can read your preparation. You can still change it until both of you have signed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="357" />
        <source>&amp;Fill in from my data</source>
        <translation>&amp;Fill in from my data</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="359" />
        <source>Your development question, finished work situations, lessons learned, learning hours and courses of this half year. Only empty parts are filled in.</source>
        <translation>Your development question, finished work situations, lessons learned, learning hours and courses of this half year. Only empty parts are filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="361" />
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_prepare.py" line="362" />
        <source>Draft with the coach…</source>
        <translation>Draft with the coach…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="39" />
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40" />
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="136" />
        <source>The record both of you signed. Print it to PDF to keep it or to give a copy.</source>
        <translation>The record both of you signed. Print it to PDF to keep it or to give a copy.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="139" />
        <source>The record appears here once both of you have signed.</source>
        <translation>The record appears here once both of you have signed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="141" />
        <source>The meeting is on %1. Export an invitation for your calendars.</source>
        <translation>The meeting is on %1. Export an invitation for your calendars.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="145" />
        <source>Schedule the meeting first; then you can export an invitation for your calendars.</source>
        <translation>Schedule the meeting first; then you can export an invitation for your calendars.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="153" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="170" />
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="170" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="189" />
        <source>Export invite</source>
        <translation>Export invite</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="190" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="206" />
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="208" />
        <source>Open it with your calendar program (such as Outlook or Google Calendar), or send it to the other.</source>
        <translation>Open it with your calendar program (such as Outlook or Google Calendar), or send it to the other.</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="215" />
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Print to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="216" />
        <source>E&amp;xport invite…</source>
        <translation>E&amp;xport invite…</translation>
    </message>
    <message>
        <location filename="../../ui/views/conversation_record.py" line="217" />
        <source>Signed record</source>
        <translation>Signed record</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="196" />
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="198" />
        <source>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</source>
        <translation>Ask the owner of Regiestoel in your organisation for a temporary password.

Are you the owner yourself? Then enter the recovery code you wrote down when Regiestoel was set up, and choose a new password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="204" />
        <source>Recovery &amp;code</source>
        <translation>Recovery &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="220" />
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="221" />
        <source>Your password has been changed. Your old recovery code no longer works; write down this new one:</source>
        <translation>Your password has been changed. Your old recovery code no longer works; write down this new one:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="331" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="332" />
        <source>Write it down now. Regiestoel shows it only once.</source>
        <translation>Write it down now. Regiestoel shows it only once.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="334" />
        <source>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</source>
        <translation>If you ever forget your password, this code lets you choose a new one. Write it on paper and keep it somewhere safe, away from this computer. Nobody else can reset an owner's password.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="337" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="338" />
        <source>I have written down the recovery code</source>
        <translation>I have written down the recovery code</translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="263" />
        <source>Changes not taken over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="265" />
        <source>The organisation's database did not take over these changes from your laptop. Here is why, and what you wrote, so you can do it again where it still fits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="267" />
        <source>&amp;Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="268" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="126" />
        <location filename="../../ui/views/reminder_settings.py" line="229" />
        <source>Folder for your calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="138" />
        <source>Choose a folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="147" />
        <source>Your calendar is in %1. Subscribe to this file once in Outlook, Thunderbird or your phone; Regiestoel keeps it up to date while it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="164" />
        <source>Regiestoel no longer updates your calendar file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="205" />
        <source>Saved.</source>
        <translation type="unfinished">Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="206" />
        <source>Saved. Without an e-mail server Regiestoel sends no e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="223" />
        <source>My calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="225" />
        <source>Choose a folder that your calendar program or phone syncs (OneDrive, Nextcloud, a shared drive). Regiestoel keeps one file there with your sessions and conversations, with alarms, and updates it while it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="228" />
        <source>&amp;Folder</source>
        <translation type="unfinished">&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="230" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="231" />
        <source>Keep my calendar here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="232" />
        <source>Stop updating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="233" />
        <source>Reminders by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="235" />
        <source>Optional. With your organisation's SMTP server, Regiestoel e-mails everyone a short reminder when something is due, and a summary on Monday morning. An e-mail names only the kind, the date and the place, never the content. The password is kept in this computer's keyring, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>SMTP &amp;server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>&amp;Port</source>
        <translation type="unfinished">&amp;Port</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="239" />
        <source>S&amp;ecurity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>Pass&amp;word</source>
        <translation type="unfinished">Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="240" />
        <source>Se&amp;nder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="241" />
        <source>&amp;Alarm before a conversation (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="247" />
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/reminder_settings.py" line="249" />
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sign.py" line="290" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="304" />
        <source>Reopen the record</source>
        <translation>Reopen the record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="306" />
        <source>Reopening takes back both signatures, so you can change the record. Afterwards both of you sign again.</source>
        <translation>Reopening takes back both signatures, so you can change the record. Afterwards both of you sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="308" />
        <source>&amp;Why do you reopen it?</source>
        <translation>&amp;Why do you reopen it?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="310" />
        <source>The reason stays in the record's history, for both of you to see.</source>
        <translation>The reason stays in the record's history, for both of you to see.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="311" />
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
</context>
<context>
    <name>ReportCardWidget</name>
    <message>
        <location filename="../../ui/views/my_team.py" line="78" />
        <source>Development question</source>
        <translation type="unfinished">Development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="82" />
        <source>Not shared with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="85" />
        <source>Learning hours in working time: %1 of %2 this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="92" />
        <source>Learning hours of %1 against the norm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="95" />
        <source>Learning groups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="96" />
        <source>Not in a learning group yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="100" />
        <source>No talent conversation planned with you yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="103" />
        <source>Next talent conversation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="106" />
        <source>Talent conversation of %1 is overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="108" />
        <source>Next talent conversation: before %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="110" />
        <location filename="../../ui/views/my_team.py" line="127" />
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="115" />
        <source>Waits for your decision: %1 (since %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="117" />
        <source>Decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="121" />
        <source>Open agreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="125" />
        <source>was due %1</source>
        <translation type="unfinished">was due %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/my_team.py" line="125" />
        <source>due %1</source>
        <translation type="unfinished">due %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/budget.py" line="174" />
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="175" />
        <source>%1, from the budget of %2</source>
        <translation>%1, from the budget of %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="177" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="179" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="180" />
        <source>%1, in working time</source>
        <translation>%1, in working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="181" />
        <source>%1, outside working time</source>
        <translation>%1, outside working time</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="185" />
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="186" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="188" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="190" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="193" />
        <source>your development question</source>
        <translation>your development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="194" />
        <source>a development question</source>
        <translation>a development question</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="196" />
        <source>the work situation “%1”</source>
        <translation>the work situation “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="198" />
        <source>It helps with</source>
        <translation>It helps with</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="200" />
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="201" />
        <source>Declined by %1 on %2</source>
        <translation>Declined by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="206" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="208" />
        <source>Approved beyond the budget, because</source>
        <translation>Approved beyond the budget, because</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="211" />
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="216" />
        <source>Where it is applied</source>
        <translation>Where it is applied</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="217" />
        <source>What it cost</source>
        <translation>What it cost</translation>
    </message>
    <message>
        <location filename="../../ui/views/budget.py" line="227" />
        <source>Choose a request to see what it is about.</source>
        <translation>Choose a request to see what it is about.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="167" />
        <source>Set a temporary password</source>
        <translation>Set a temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="169" />
        <source>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</source>
        <translation>Give %1 a temporary password and pass it on in person. At the next login, %1 chooses a password of their own.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="171" />
        <source>&amp;Suggest a password</source>
        <translation>&amp;Suggest a password</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="60" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="67" />
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="71" />
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="79" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="99" />
        <source>Nothing is replaced until you choose to restore.</source>
        <translation>Nothing is replaced until you choose to restore.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="92" />
        <source>Restoring replaces all current data with this backup. A backup of the current data is made first. Afterwards Regiestoel opens the restored data at the login screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="104" />
        <source>&amp;Restore</source>
        <translation type="unfinished">&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="136" />
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_backup.py" line="137" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="138" />
        <source>Made on: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="139" />
        <source>Made by this version of Regiestoel.</source>
        <translation>Made by this version of Regiestoel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="140" />
        <source>Made by an older version of Regiestoel; it is upgraded when restored.</source>
        <translation>Made by an older version of Regiestoel; it is upgraded when restored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="142" />
        <source>Encrypted with a passphrase.</source>
        <translation>Encrypted with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="143" />
        <source>Not encrypted.</source>
        <translation>Not encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="145" />
        <source>No checksum was found beside this file (it was copied by hand, or made by an older Regiestoel), so damage to it cannot be ruled out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="147" />
        <source>Size: %1 kB</source>
        <translation>Size: %1 kB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="196" />
        <source>Restoring the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="202" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="203" />
        <source>The backup has been restored. Regiestoel now opens the restored data: log in again.</source>
        <translation type="unfinished" />
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
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="414" />
        <source>Schedule the meeting</source>
        <translation>Schedule the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="416" />
        <source>Choose a moment for the two of you, about an hour, somewhere you can talk undisturbed. Afterwards you can export an invitation for your calendars.</source>
        <translation>Choose a moment for the two of you, about an hour, somewhere you can talk undisturbed. Afterwards you can export an invitation for your calendars.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="418" />
        <source>&amp;Date and time</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="419" />
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="420" />
        <source>Date of the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="421" />
        <source>Time of the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="422" />
        <source>for example: the small meeting room</source>
        <translation>for example: the small meeting room</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="424" />
        <source>This is outside the half year of this conversation (%1 to %2).</source>
        <translation>This is outside the half year of this conversation (%1 to %2).</translation>
    </message>
</context>
<context>
    <name>SealedExportDialog</name>
    <message>
        <location filename="../../ui/views/data_safety.py" line="154" />
        <source>Seal the export for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="158" />
        <source>Let %1 type a passphrase here. The file is sealed with it: only %1 can open it (with 7-Zip, WinZip, PeaZip or The Unarchiver), so what is theirs stays theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="165" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="168" />
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="170" />
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="171" />
        <source>&amp;Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="183" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/data_safety.py" line="193" />
        <source>Not exported: no file was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <location filename="../../ui/views/session_runner.py" line="264" />
        <source>Review and save actions…</source>
        <translation>Review and save actions…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="437" />
        <source>Last part of this session</source>
        <translation>Last part of this session</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="440" />
        <source>Next: %1 (%2 min)</source>
        <translation>Next: %1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="442" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="442" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="460" />
        <source>Paused while the laptop was locked. Press Start or the space bar to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="462" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="464" />
        <source>Not started yet: press Start or the space bar</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="571" />
        <source>Session finished. %n person(s) present: their learning time is counted.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="574" />
        <source>Average energy %1, meaning %2.</source>
        <translation>Average energy %1, meaning %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/session_runner.py" line="576" />
        <source>%n action(s) agreed.</source>
        <translation>
            <numerusform>%n action agreed.</numerusform>
            <numerusform>%n actions agreed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="605" />
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="606" />
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="607" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="608" />
        <source>Previous part (←)</source>
        <translation>Previous part (←)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="609" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="610" />
        <source>Next part (→)</source>
        <translation>Next part (→)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="611" />
        <source>Start or pause (space)</source>
        <translation>Start or pause (space)</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="612" />
        <source>Check-in and attendance</source>
        <translation>Check-in and attendance</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="613" />
        <location filename="../../ui/views/session_runner.py" line="614" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="615" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="616" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="618" />
        <source>What the group found out, the questions asked, the options seen…</source>
        <translation>What the group found out, the questions asked, the options seen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="619" />
        <source>What will be done?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="620" />
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="621" />
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="622" />
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="623" />
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="624" />
        <source>Propose actions with the coach…</source>
        <translation>Propose actions with the coach…</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="626" />
        <source>Sum up in a few sentences what this hour brought. When you finish, everyone present gets the time of the session as learning in working time; finishing early, you say how many minutes count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="629" />
        <source>Finish session</source>
        <translation>Finish session</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="634" />
        <source>Day %1 of 4 · %2</source>
        <translation>Day %1 of 4 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/session_runner.py" line="639" />
        <source>Opening the session…</source>
        <translation>Opening the session…</translation>
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
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="331" />
        <source>My preferences</source>
        <translation>My preferences</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="332" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="333" />
        <source>The language Regiestoel speaks to you in. It changes at once.</source>
        <translation>The language Regiestoel speaks to you in. It changes at once.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="335" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="340" />
        <source>Culture scan &amp;results from (respondents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="352" />
        <source>A culture scan result shows only when at least this many people answered; a team's result needs at least 5 in the team, whatever you choose here. 5 is the norm; you may raise it, or lower it to 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="367" />
        <source>Planning sessions</source>
        <translation>Planning sessions</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="368" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="369" />
        <source>AI coach</source>
        <translation>AI coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="370" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="371" />
        <source>Backups and privacy</source>
        <translation>Backups and privacy</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="337" />
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="275" />
        <source>With fewer than 5 respondents, colleagues can often tell who gave an answer: in a small group one different answer stands out, and people who work together recognise each other's views. Dutch survey tools never show fewer than 5. Teams keep 5, and rounds opened before keep their threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="318" />
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="337" />
        <source>Yearly learning &amp;budget (€)</source>
        <translation>Yearly learning &amp;budget (€)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="338" />
        <source>Learning &amp;hours per person per year</source>
        <translation>Learning &amp;hours per person per year</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="339" />
        <source>Loc&amp;k after (minutes idle)</source>
        <translation>Loc&amp;k after (minutes idle)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="339" />
        <source>De&amp;fault language</source>
        <translation>De&amp;fault language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="356" />
        <source>Share the data with every account on this computer</source>
        <translation>Share the data with every account on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="373" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="349" />
        <source>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</source>
        <translation>On a shared laptop Regiestoel locks itself when nobody uses it for this long, so the next person cannot read your development records.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="358" />
        <source>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</source>
        <translation>Every account on this computer then opens the same database. Takes effect the next time Regiestoel starts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="361" />
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
</context>
<context>
    <name>ShortList</name>
    <message>
        <location filename="../../ui/widgets/common.py" line="194" />
        <source>Show all (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="150" />
        <source>&amp;Ask for a correction</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sign.py" line="156" />
        <source>This text is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="225" />
        <source>Sign as professional</source>
        <translation>Sign as professional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="226" />
        <source>Sign as manager</source>
        <translation>Sign as manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="228" />
        <source>%1 signs as the professional</source>
        <translation>%1 signs as the professional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="229" />
        <source>%1 signs as the manager</source>
        <translation>%1 signs as the manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="231" />
        <source>Type your own password to sign.</source>
        <translation>Type your own password to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="234" />
        <source>Let %1 type their own password. Only %1 can sign this side.</source>
        <translation>Let %1 type their own password. Only %1 can sign this side.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="237" />
        <source>By signing you confirm that you read the record: both preparations, the agreements and the summary. Once both of you have signed, it is locked. Do you see something differently? Sign as seen, with a remark, or ask for a correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="240" />
        <source>A&amp;greed: I agree with the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="241" />
        <source>S&amp;een, with a remark: I read it, and add my view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="242" />
        <source>Ask for a &amp;correction instead of signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="243" />
        <source>&amp;Your remark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="244" />
        <source>Your remark becomes part of the record, for both of you to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="246" />
        <source>&amp;What should be corrected?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="249" />
        <source>The summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="251" />
        <source>Agreement: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="254" />
        <source>What should c&amp;hange?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="256" />
        <source>This is not a signature. Both of you see the request, and you can both change the record again. A change takes back a signature that is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="259" />
        <source>&amp;Password of %1</source>
        <translation>&amp;Password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign.py" line="151" />
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/situation.py" line="112" />
        <source>This text is too long: at most %n characters.</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="158" />
        <source>New work situation</source>
        <translation>New work situation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="159" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="161" />
        <source>Bring something from your own daily work. You will first collect questions about it, then look for options and try one out.</source>
        <translation>Bring something from your own daily work. You will first collect questions about it, then look for options and try one out.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="164" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="165" />
        <source>&amp;What is going on?</source>
        <translation>&amp;What is going on?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="166" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="167" />
        <source>What do you want?</source>
        <translation>What do you want?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="168" />
        <source>Development question</source>
        <translation>Development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="173" />
        <source>for example: Orders are late on Mondays</source>
        <translation>for example: Orders are late on Mondays</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="175" />
        <source>Describe what happens, when, and who notices it. No solutions yet.</source>
        <translation>Describe what happens, when, and who notices it. No solutions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="180" />
        <source>Improve it: make it work better</source>
        <translation>Improve it: make it work better</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="181" />
        <source>Innovate it: do it in a new way</source>
        <translation>Innovate it: do it in a new way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="182" />
        <source>Perform better in it myself</source>
        <translation>Perform better in it myself</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="187" />
        <source>Link to my development question</source>
        <translation>Link to my development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="190" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/situation.py" line="192" />
        <source>Linked to an earlier development question.</source>
        <translation>Linked to an earlier development question.</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <location filename="../../ui/views/situations.py" line="317" />
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="319" />
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="323" />
        <source>No description yet.</source>
        <translation>No description yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="330" />
        <source>No questions yet.</source>
        <translation>No questions yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="335" />
        <source>No options yet.</source>
        <translation>No options yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="341" />
        <source>&amp;Start experiment</source>
        <translation>&amp;Start experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="342" />
        <source>&amp;Save experiment</source>
        <translation>&amp;Save experiment</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="344" />
        <source>Choose one option to try in your work. What will you do, and what do you expect to happen?</source>
        <translation>Choose one option to try in your work. What will you do, and what do you expect to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="346" />
        <source>The experiment is running. Adjust it if you learn something on the way; finish when you can see what came out of it.</source>
        <translation>The experiment is running. Adjust it if you learn something on the way; finish when you can see what came out of it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="361" />
        <source>Ask %1 to &amp;finish…</source>
        <translation>Ask %1 to &amp;finish…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="363" />
        <source>Ask %1 to &amp;close it…</source>
        <translation>Ask %1 to &amp;close it…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="368" />
        <source>%1 asked on %2 to finish it as: %3.</source>
        <translation>%1 asked on %2 to finish it as: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="375" />
        <location filename="../../ui/views/situations.py" line="507" />
        <source>Options</source>
        <translation>Options</translation>
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
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="390" />
        <source>Step %1 of 4: %2</source>
        <translation>Step %1 of 4: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="397" />
        <source>What we tried</source>
        <translation>What we tried</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="399" />
        <source>What we expected</source>
        <translation>What we expected</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="400" />
        <source>What came out of it</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="405" />
        <source>No lesson was written down.</source>
        <translation>No lesson was written down.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="408" />
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="493" />
        <source>Choose a work situation to see where it stands and what the next step is.</source>
        <translation>Choose a work situation to see where it stands and what the next step is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="495" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="496" />
        <source>Brainstorm with the coach</source>
        <translation>Brainstorm with the coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="498" />
        <source>Options to try, drawing on the lessons learned in your organisation</source>
        <translation>Options to try, drawing on the lessons learned in your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="499" />
        <source>Open questions</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="501" />
        <source>Collect open questions first, no solutions yet. What do you not know about this situation? Ask your group too.</source>
        <translation>Collect open questions first, no solutions yet. What do you not know about this situation? Ask your group too.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="503" />
        <source>for example: Who notices it first?</source>
        <translation>for example: Who notices it first?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="504" />
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="505" />
        <source>Add &amp;question</source>
        <translation>Add &amp;question</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="506" />
        <source>&amp;Analysis complete</source>
        <translation>&amp;Analysis complete</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="509" />
        <source>Now think of possible ways forward. Write down every option, also the unusual ones; you choose later.</source>
        <translation>Now think of possible ways forward. Write down every option, also the unusual ones; you choose later.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="511" />
        <source>for example: Plan the orders on Friday</source>
        <translation>for example: Plan the orders on Friday</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="512" />
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="513" />
        <source>Add o&amp;ption</source>
        <translation>Add o&amp;ption</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="515" />
        <source>What will you &amp;try?</source>
        <translation>What will you &amp;try?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="516" />
        <source>What do you e&amp;xpect to happen?</source>
        <translation>What do you e&amp;xpect to happen?</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="360" />
        <source>&amp;Finish…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="517" />
        <source>Open in lessons learned</source>
        <translation>Open in lessons learned</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="362" />
        <source>&amp;Close without result…</source>
        <translation>&amp;Close without result…</translation>
    </message>
</context>
<context>
    <name>SituationsModel</name>
    <message>
        <location filename="../../ui/item_models/situations.py" line="20" />
        <source>Work situation</source>
        <translation>Work situation</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="22" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="24" />
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="26" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="28" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/item_models/situations.py" line="30" />
        <source>Learning group</source>
        <translation>Learning group</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <location filename="../../ui/views/situations.py" line="710" />
        <source>Put into the work situation</source>
        <translation>Put into the work situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="801" />
        <location filename="../../ui/views/situations.py" line="807" />
        <source>Work situations</source>
        <translation>Work situations</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="803" />
        <source>Bottlenecks and challenges from your own work and from your learning groups. Each one goes step by step: questions, options, an experiment, and a lesson.</source>
        <translation>Bottlenecks and challenges from your own work and from your learning groups. Each one goes step by step: questions, options, an experiment, and a lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="805" />
        <source>&amp;New work situation</source>
        <translation>&amp;New work situation</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="806" />
        <source>Show finished</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="809" />
        <source>All your work situations are finished. Tick “Show finished” to see them again.</source>
        <translation>All your work situations are finished. Tick “Show finished” to see them again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="811" />
        <source>Bring a situation from your own work</source>
        <translation>Bring a situation from your own work</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="812" />
        <source>A work situation is a bottleneck or a challenge from your daily work that you want to improve, innovate or get better at. You learn from it with questions first, then an experiment.</source>
        <translation>A work situation is a bottleneck or a challenge from your daily work that you want to improve, innovate or get better at. You learn from it with questions first, then an experiment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/situations.py" line="815" />
        <source>Start a work situation</source>
        <translation>Start a work situation</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/sync_conflicts.py" line="125" />
        <source>You changed this %n more time(s) after this change. Those changes are kept on this laptop and are sent right after your choice, on top of the version you keep.</source>
        <translation>
            <numerusform>You changed this %n more time after this change. That change is kept on this laptop and is sent right after your choice, on top of the version you keep.</numerusform>
            <numerusform>You changed this %n more times after this change. Those changes are kept on this laptop and are sent right after your choice, on top of the version you keep.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="30" />
        <source>Development question</source>
        <translation type="unfinished">Development question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="32" />
        <source>Work situation</source>
        <translation type="unfinished">Work situation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="33" />
        <source>Conversation preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="35" />
        <source>Learning request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="37" />
        <source>Lesson</source>
        <translation type="unfinished">Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="38" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="123" />
        <source>My version (this laptop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="124" />
        <source>Their version (the organisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="124" />
        <source>Merged (edit freely)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="190" />
        <source>Changes that clash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="192" />
        <source>While you worked on this laptop, the same record changed at your organisation. Look at both versions and choose which one stays, or merge them. Nothing is sent or dropped until you choose; what you keep goes along at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="195" />
        <source>Keep &amp;my version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
        <source>Keep &amp;their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="197" />
        <source>Mer&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts.py" line="198" />
        <source>Decide &amp;later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="67" />
        <source>Choose a folder for your personal copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="76" />
        <source>Choose a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="90" />
        <source>Making your personal copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="113" />
        <source>Personal copy made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="121" />
        <source>Your personal copy is ready in %1. From the next start Regiestoel opens it on this laptop, with your password, also without a connection; when the laptop reaches your organisation's database, your changes are exchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="127" />
        <source>Take my data along</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="129" />
        <source>Regiestoel makes an encrypted copy on this laptop of what you may read: your development question, your work situations, your conversations and preparations, your learning groups with their sessions, lessons learned, names and teams, and the organisation's settings. With it you work without a connection too; whenever the laptop reaches your organisation's database, your changes and theirs are exchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="136" />
        <source>What never goes along: colleagues' private records that you may not read, answers to the culture scan, and the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="139" />
        <source>The copy is locked with your password: without it, nobody can read it, not even from a stolen laptop. Forgot your password? Then make a new copy at the office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="141" />
        <source>&amp;Folder</source>
        <translation type="unfinished">&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="142" />
        <source>Your &amp;password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="143" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/take_along.py" line="144" />
        <source>&amp;Make the copy</source>
        <translation type="unfinished" />
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
        <location filename="../../ui/views/teams.py" line="109" />
        <source>Teams</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="111" />
        <source>Teams group the people who work together. A team can only be removed when nobody is in it any more.</source>
        <translation>Teams group the people who work together. A team can only be removed when nobody is in it any more.</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="113" />
        <source>New &amp;team</source>
        <translation>New &amp;team</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="114" />
        <source>Rena&amp;me</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/views/teams.py" line="115" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="351" />
        <source>Choose a time from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="371" />
        <source>hh:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="375" />
        <source>Fill in a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="376" />
        <source>“%1” is not a time. Type it as 07:30, 0730 or 7.30.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="56" />
        <source>&amp;Open Regiestoel</source>
        <translation>&amp;Open Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="125" />
        <source>Keep Regiestoel running in the system tray?</source>
        <translation>Keep Regiestoel running in the system tray?</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="127" />
        <source>Then you still get a notification when something is due, also with the window closed. Open Regiestoel again from its icon in the tray; quit it from the icon's menu. You can change this later under Settings, My preferences.</source>
        <translation>Then you still get a notification when something is due, also with the window closed. Open Regiestoel again from its icon in the tray; quit it from the icon's menu. You can change this later under Settings, My preferences.</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="130" />
        <source>&amp;Keep running in the tray</source>
        <translation>&amp;Keep running in the tray</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="132" />
        <source>&amp;Quit Regiestoel</source>
        <translation>&amp;Quit Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="146" />
        <source>Regiestoel keeps running here. Quit it from this icon's menu.</source>
        <translation>Regiestoel keeps running here. Quit it from this icon's menu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="93" />
        <source>Welcome to Regiestoel</source>
        <translation>Welcome to Regiestoel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="94" />
        <source>Set up your organisation in a few minutes.</source>
        <translation>Set up your organisation in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96" />
        <source>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</source>
        <translation>With Regiestoel your colleagues direct their own development: they learn in working time, in small groups they form themselves, on situations from their own work. You, as the owner, keep the budget and the progress in view.

Everything stays on this computer. Choose the language you want to work in; you can change it later in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>_PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="65" />
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="66" />
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passwords.py" line="75" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwords.py" line="79" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
</TS>