<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Open Government Partnership action-plan progress reports offline and export them to Word and PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and log folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. PDF exports embed the DejaVu fonts (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are kept in:&lt;br&gt;&lt;tt&gt;{data}&lt;/tt&gt;&lt;br&gt;Logs are written to:&lt;br&gt;&lt;tt&gt;{logs}&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveBridge</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+S to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} {retry}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>New report from a previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments, milestones, progress, the forum and IRM responses come along; the reporting period, executive summary and this report&apos;s public consultation start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a report &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous report in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionExportDialog</name>
    <message>
        <source>Export contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for input as a Word form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the commitments to send. The contributor fills in the Word form in Word or LibreOffice and sends it back for Report &gt; Merge contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the commitments to send. The agency fills them in and sends the file back for Report &gt; Merge contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report&apos;s own language the form edits its values; in the other language it edits the translation of the text fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contribution as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demonstration</name>
    <message>
        <source>This is a demonstration in a temporary library: what you write here goes when you quit, unless you choose then to keep it in your own library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your drafts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote in {count} report(s) in this demonstration: {titles}. Keep them in your own library? If not, they are deleted with the demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be copied to your library: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the form YYYY-MM-DD, e.g. 2018-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the form YYYY-MM, e.g. 2018-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words, {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit {n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling checked only near your edits (text over {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to edit its long texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows yet. Add one, then write its long texts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” with all its milestones and evidence? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance &amp;beside the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typing in “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation of “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced in {n} fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>{app}: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your drafts are saved automatically; the details were written to {log}. Please send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>language in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <comment>language in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} value(s) are not translated into {language} and will stay in {source}: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the report for errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no errors, so it can be exported as final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final export needs a report without errors; {errors} error(s) are left (see the problems list). A draft export is marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Word, PDF or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {files}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft (marked DRAFT, allowed with errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final (for submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the files when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the files when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Building the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a field to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} error(s) left to fix before a final export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>&lt;h2&gt;Your reports&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected report as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet. Choose &lt;b&gt;New report…&lt;/b&gt; to start one, or open a report file someone sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;{title}&quot; into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Choose Undo delete to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report file (*.ogpreport.json) as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a report file to the library without opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open report now (it is also saved automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Word/PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each text beside its translation into the report&apos;s other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OGP Report Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a contribution for {whom}, taken from the report “{title}”: it holds only the commitments sent to you. Edit them and send the file back; the coordinator merges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes are not saved: {reason}

Close anyway and lose the changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saved {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} did not close normally last time. &quot;{title}&quot; was reopened as it was last saved{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name} as a new draft in the library; the file itself is not changed (use Save a copy to write one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is shown read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample report could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranslation mode (into {language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeConflictsModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All m&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All th&amp;eirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the contribution for {who}: {taken} value(s) taken from the contributor, {kept} of your own changes kept, {conflicts} conflict(s) where you both changed the same value. Choose a side for each conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} conflict(s) still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment by {who} on {field}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment by {who} outside the fields: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging the contribution for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution for {who} holds no changes to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the contribution for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the contribution for {who}: {count} value(s) taken; a version from before the merge is kept (Report &gt; Versions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total} translated, {stale} stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReport</name>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action plan this report is about. Everything can be changed later in the report itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;plan title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Estonia&apos;s Fourth Action Plan 2018-2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan end month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title of the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} by completion level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{e} and {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields filled: {f} of {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a final export, fix these errors (activate one to go to its field):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors: the report is ready for a final export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>{name}: the file cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &amp;new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &amp;current report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{commitments} commitment(s) with {milestones} milestone(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}; {problems} problem(s) to check (rows marked below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}; no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing into the current report changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing the action plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import action plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft will be made holding the {count} commitment(s) of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;export language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are saved automatically while you type; Ctrl+S saves at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: {errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Merged from the contribution for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from the contribution for {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from a contribution on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}; edited here since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report details ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is no longer there; it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Import action &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from pre&amp;vious report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for input as a &amp;Word form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the report for this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the contribution {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Word form {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution merged. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version restored. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save a copy as report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tables: next / previous cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: duplicate the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: move the row up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field: put the cursor in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Problems in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} current, {stale} stale, {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ({language}, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source changed but this translation still fits: mark it as current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value above to translate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here needs translating with this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;deleted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version and Compare to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a named version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a named version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. &quot;Sent for public comment&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} change(s) from {old} to {target}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences between {old} and {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version {id} (&quot;{label}&quot;) the current state of this report? What is there now is kept as a version first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {id}, saved {time}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
