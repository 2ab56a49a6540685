<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="8"/>
        <location filename="../../ui/about_dialog.ui" line="9"/>
        <source>About OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="18"/>
        <source>Write Open Government Partnership action-plan progress reports offline and export them to Word and PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="29"/>
        <source>Data and log folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="49"/>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="50"/>
        <source>New report from a previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="53"/>
        <source>Commitments, milestones, progress, the forum and IRM responses come along; the reporting period, executive summary and this report&apos;s public consultation start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="59"/>
        <source>From the &amp;library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="60"/>
        <source>From a report &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="65"/>
        <source>Previous report in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="73"/>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="163"/>
        <source>Previous report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="82"/>
        <source>New report &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="84"/>
        <source>New report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="89"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="91"/>
        <source>Title of the new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="100"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="105"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="130"/>
        <source>Choose a report in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="134"/>
        <source>Choose the previous report&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionExportDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="57"/>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="58"/>
        <source>Export contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="61"/>
        <source>Check the commitments to send. The agency fills them in and sends the file back for Report &gt; Merge contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="66"/>
        <source>Commitments to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="85"/>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="86"/>
        <source>e.g. Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="88"/>
        <source>&amp;For whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="91"/>
        <source>Contribution file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="93"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="97"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="103"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="108"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="153"/>
        <source>Save the contribution as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="167"/>
        <source>{path} is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="172"/>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="16"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="17"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="18"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="19"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="20"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="21"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="22"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="23"/>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="24"/>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="25"/>
        <source>Use the form YYYY-MM-DD, e.g. 2018-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="26"/>
        <source>Use the form YYYY-MM, e.g. 2018-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="27"/>
        <source>A web address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="28"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="29"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="30"/>
        <source>{words} words, {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="31"/>
        <source>limit {n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="32"/>
        <source>limit {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="33"/>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="34"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="35"/>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="36"/>
        <source>Details of row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="37"/>
        <source>Select a row to edit its long texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="38"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="39"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="55"/>
        <source>Remove commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="56"/>
        <source>Remove “{title}” with all its milestones and evidence? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="57"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="8"/>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="15"/>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="22"/>
        <source>&amp;Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="23"/>
        <source>Export Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="29"/>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="30"/>
        <source>Export PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="49"/>
        <source>Export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="54"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="62"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="67"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="68"/>
        <source>Choose export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="75"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="81"/>
        <source>File name without extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="86"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="93"/>
        <source>&amp;Draft (marked DRAFT, allowed with errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="94"/>
        <source>Draft export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="100"/>
        <source>&amp;Final (for submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="101"/>
        <source>Final export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="115"/>
        <source>&amp;Open the files when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="116"/>
        <source>Open the files when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="121"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../ogp_desktop/gui/guidance_widget.py" line="11"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/guidance_widget.py" line="12"/>
        <source>Move to a field to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>Start a new progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="115"/>
        <source>&amp;Open report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>Open a report file (*.ogpreport.json) as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <source>&amp;Import report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="120"/>
        <source>Add a report file to the library without opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124"/>
        <source>Save the open report now (it is also saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Save a &amp;copy as report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>&amp;Export to Word/PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>&amp;Close report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="139"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="143"/>
        <source>Show all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;About OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeConflictsModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="130"/>
        <source>(empty or removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="133"/>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="134"/>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="285"/>
        <source>Merge contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="147"/>
        <source>Merge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="152"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="170"/>
        <source>Field in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="172"/>
        <source>When it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="172"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="173"/>
        <source>Their version ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="173"/>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="183"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="184"/>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="204"/>
        <source>All m&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="205"/>
        <source>All th&amp;eirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="217"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="228"/>
        <source>the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="229"/>
        <source>From the contribution for {who}: {taken} value(s) taken from the contributor, {kept} of your own changes kept, {conflicts} conflict(s) where you both changed the same value. Choose a side for each conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="250"/>
        <source>(empty or removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="276"/>
        <source>{count} conflict(s) still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="277"/>
        <source>Every conflict has a choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="34"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="35"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="36"/>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="37"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="38"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="40"/>
        <source>{current} of {total} translated, {stale} stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="8"/>
        <location filename="../../ui/new_report_dialog.ui" line="9"/>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="13"/>
        <source>Describe the action plan this report is about. Everything can be changed later in the report itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="21"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="27"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="32"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="38"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="39"/>
        <source>e.g. Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="44"/>
        <source>Action &amp;plan title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="50"/>
        <source>Action plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="51"/>
        <source>e.g. Estonia&apos;s Fourth Action Plan 2018-2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="56"/>
        <source>Plan &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="62"/>
        <source>Plan start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="63"/>
        <location filename="../../ui/new_report_dialog.ui" line="76"/>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="69"/>
        <source>Plan &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="75"/>
        <source>Plan end month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="81"/>
        <source>Report &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="87"/>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="92"/>
        <source>&amp;Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="98"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="34"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="35"/>
        <source>{group} by completion level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="36"/>
        <source>Level not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="37"/>
        <source>{e} errors and {w} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="38"/>
        <source>Required fields filled: {f} of {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="39"/>
        <source>Before a final export, fix these errors (activate one to go to its field):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="40"/>
        <source>No errors: the report is ready for a final export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="116"/>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="117"/>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="197"/>
        <source>Import action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="126"/>
        <source>&amp;Plan file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="129"/>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="131"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="139"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="145"/>
        <source>Commitments in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="154"/>
        <source>Problems in the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="161"/>
        <source>What the import will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="171"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="173"/>
        <source>a &amp;new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="174"/>
        <source>the &amp;current report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="189"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="226"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="247"/>
        <source>{commitments} commitment(s) with {milestones} milestone(s); {problems} problem(s) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="280"/>
        <source>Importing into the current report will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="282"/>
        <source>A new draft will be made holding the {count} commitment(s) of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="113"/>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="114"/>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="124"/>
        <source>{count} problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="8"/>
        <location filename="../../ui/preferences_dialog.ui" line="9"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="15"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="21"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="26"/>
        <source>Default export &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="34"/>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="39"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="40"/>
        <source>Choose default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="47"/>
        <source>Default &amp;export language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="53"/>
        <source>Default export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="60"/>
        <source>Reports are saved automatically while you type; Ctrl+S saves at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="18"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="19"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="19"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="20"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="20"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="25"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="25"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="26"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="27"/>
        <source>Problems: {error} errors, {warning} warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="29"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="30"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="31"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="32"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="33"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="34"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="49"/>
        <source>Translation into {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="50"/>
        <source>{current} current, {stale} stale, {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="51"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="52"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="53"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="54"/>
        <source>Source ({language}, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="55"/>
        <source>Translation ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="56"/>
        <source>Confirm translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="57"/>
        <source>The source changed but this translation still fits: mark it as current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="59"/>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="60"/>
        <source>Select a value above to translate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="61"/>
        <source>Nothing here needs translating with this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="62"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="63"/>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="63"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="64"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="143"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="68"/>
        <source>&amp;Versions of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="69"/>
        <source>Recently &amp;deleted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="83"/>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="91"/>
        <source>Choose a version and Compare to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="94"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="105"/>
        <source>&amp;Save a named version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="106"/>
        <source>Compare with &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="107"/>
        <source>Compare &amp;two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="108"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="123"/>
        <source>Recently deleted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="124"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="124"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="130"/>
        <source>Restore to the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="182"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="189"/>
        <source>Save a named version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="183"/>
        <source>Name (e.g. &quot;Sent for public comment&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="210"/>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="213"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="214"/>
        <source>{count} change(s) from {old} to {target}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="216"/>
        <source>No differences between {old} and {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="228"/>
        <source>version {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="275"/>
        <source>Restore a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="237"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="245"/>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="238"/>
        <source>Make version {id} (&quot;{label}&quot;) the current state of this report? What is there now is kept as a version first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="258"/>
        <source>Restore report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="59"/>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="59"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="63"/>
        <source>Version {id}, saved {time}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
