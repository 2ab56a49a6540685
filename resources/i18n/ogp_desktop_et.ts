<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="8"/>
        <location filename="../../ui/about_dialog.ui" line="9"/>
        <source>About OGP Report Studio</source>
        <translation>OGP Report Studio teave</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="18"/>
        <source>Write Open Government Partnership action-plan progress reports offline and export them to Word and PDF.</source>
        <translation>Koostage avatud valitsemise partnerluse (OGP) tegevuskava enesehindamise aruandeid võrguühenduseta ning eksportige need Wordi ja PDF-i.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="29"/>
        <source>Data and log folders</source>
        <translation>Andme- ja logikaustad</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="49"/>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="50"/>
        <source>New report from a previous one</source>
        <translation>Uus aruanne eelmise põhjal</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="53"/>
        <source>Commitments, milestones, progress, the forum and IRM responses come along; the reporting period, executive summary and this report&apos;s public consultation start empty.</source>
        <translation>Kaasa tulevad kohustused, vahe-eesmärgid, edenemine, foorum ja vastused IRM-ile; aruandlusperiood, kokkuvõte ja selle aruande avalik konsultatsioon algavad tühjana.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="59"/>
        <source>From the &amp;library:</source>
        <translation>&amp;Kogust:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="60"/>
        <source>From a report &amp;file:</source>
        <translation>Aruande&amp;failist:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="65"/>
        <source>Previous report in the library</source>
        <translation>Eelmine aruanne kogus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="73"/>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="163"/>
        <source>Previous report file</source>
        <translation>Eelmise aruande fail</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="82"/>
        <source>New report &amp;type:</source>
        <translation>Uue aruande &amp;liik:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="84"/>
        <source>New report type</source>
        <translation>Uue aruande liik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="89"/>
        <source>T&amp;itle:</source>
        <translation>P&amp;ealkiri:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="91"/>
        <source>Title of the new report</source>
        <translation>Uue aruande pealkiri</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="100"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="105"/>
        <source>&amp;Create</source>
        <translation>&amp;Loo</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="130"/>
        <source>Choose a report in the library.</source>
        <translation>Valige kogust aruanne.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/carry_forward_dialog.py" line="134"/>
        <source>Choose the previous report&apos;s file.</source>
        <translation>Valige eelmise aruande fail.</translation>
    </message>
</context>
<context>
    <name>ContributionExportDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="57"/>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="58"/>
        <source>Export contribution</source>
        <translation>Ekspordi panus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="61"/>
        <source>Check the commitments to send. The agency fills them in and sends the file back for Report &gt; Merge contribution.</source>
        <translation>Märkige saadetavad kohustused. Asutus täidab need ja saadab faili tagasi menüüsse Aruanne &gt; Ühenda panus.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="66"/>
        <source>Commitments to send</source>
        <translation>Saadetavad kohustused</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="85"/>
        <source>For whom</source>
        <translation>Kellele</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="86"/>
        <source>e.g. Ministry of Justice</source>
        <translation>nt Justiitsministeerium</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="88"/>
        <source>&amp;For whom:</source>
        <translation>&amp;Kellele:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="91"/>
        <source>Contribution file</source>
        <translation>Panuse fail</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="93"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="97"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="103"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="108"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="153"/>
        <source>Save the contribution as</source>
        <translation>Salvesta panus nimega</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="167"/>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} on kaust; lisage failinimi.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/contribution_export_dialog.py" line="172"/>
        <source>The file could not be written: {reason}.</source>
        <translation>Faili ei saanud kirjutada: {reason}.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="16"/>
        <source>— choose —</source>
        <translation>— vali —</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="17"/>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="18"/>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="19"/>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="20"/>
        <source>Duplicate</source>
        <translation>Kopeeri</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="21"/>
        <source>Move up</source>
        <translation>Üles</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="22"/>
        <source>Move down</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="23"/>
        <source>Renumber</source>
        <translation>Nummerda</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="24"/>
        <source>Pick a date from a calendar</source>
        <translation>Vali kuupäev kalendrist</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="25"/>
        <source>Use the form YYYY-MM-DD, e.g. 2018-07-01.</source>
        <translation>Kasuta kuju AAAA-KK-PP, nt 2018-07-01.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="26"/>
        <source>Use the form YYYY-MM, e.g. 2018-07.</source>
        <translation>Kasuta kuju AAAA-KK, nt 2018-07.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="27"/>
        <source>A web address starts with http:// or https://.</source>
        <translation>Veebiaadress algab http:// või https://.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="28"/>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>See ei näe välja nagu e-posti aadress (nimi@näide.ee).</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="29"/>
        <source>Enter a whole number.</source>
        <translation>Sisesta täisarv.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="30"/>
        <source>{words} words, {chars} characters</source>
        <translation>{words} sõna, {chars} märki</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="31"/>
        <source>limit {n} words</source>
        <translation>piir {n} sõna</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="32"/>
        <source>limit {n} characters</source>
        <translation>piir {n} märki</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="33"/>
        <source>over the limit</source>
        <translation>üle piiri</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="34"/>
        <source>New item</source>
        <translation>Uus rida</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="35"/>
        <source>{n} items</source>
        <translation>{n} rida</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="36"/>
        <source>Details of row {n}</source>
        <translation>Rea {n} üksikasjad</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="37"/>
        <source>Select a row to edit its long texts.</source>
        <translation>Vali rida, et selle pikki tekste muuta.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="38"/>
        <source>required</source>
        <translation>kohustuslik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/editors/ui_text.py" line="39"/>
        <source>recommended</source>
        <translation>soovitatav</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="55"/>
        <source>Remove commitment</source>
        <translation>Eemalda kohustus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="56"/>
        <source>Remove “{title}” with all its milestones and evidence? Undo brings it back.</source>
        <translation>Kas eemaldada „{title}“ koos vahe-eesmärkide ja tõenditega? Tagasivõtmine toob selle tagasi.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/report_editor_widget.py" line="57"/>
        <source>Sections</source>
        <translation>Jaotised</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="8"/>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Export report</source>
        <translation>Aruande eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="15"/>
        <source>Formats:</source>
        <translation>Vormingud:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="22"/>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="23"/>
        <source>Export Word document</source>
        <translation>Ekspordi Wordi dokument</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="29"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="30"/>
        <source>Export PDF document</source>
        <translation>Ekspordi PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="49"/>
        <source>Export language</source>
        <translation>Ekspordi keel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="54"/>
        <source>&amp;Folder:</source>
        <translation>K&amp;aust:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="62"/>
        <source>Export folder</source>
        <translation>Ekspordi kaust</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="67"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="68"/>
        <source>Choose export folder</source>
        <translation>Vali ekspordi kaust</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="75"/>
        <source>File &amp;name:</source>
        <translation>Faili&amp;nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="81"/>
        <source>File name without extension</source>
        <translation>Failinimi ilma laiendita</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="86"/>
        <source>Version:</source>
        <translation>Versioon:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="93"/>
        <source>&amp;Draft (marked DRAFT, allowed with errors)</source>
        <translation>&amp;Mustand (märgisega MUSTAND, vigadega lubatud)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="94"/>
        <source>Draft export</source>
        <translation>Mustandi eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="100"/>
        <source>&amp;Final (for submission)</source>
        <translation>&amp;Lõplik (esitamiseks)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="101"/>
        <source>Final export</source>
        <translation>Lõplik eksport</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="115"/>
        <source>&amp;Open the files when done</source>
        <translation>&amp;Ava failid pärast eksporti</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="116"/>
        <source>Open the files when done</source>
        <translation>Ava failid pärast eksporti</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="121"/>
        <source>Export progress</source>
        <translation>Ekspordi edenemine</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../ogp_desktop/gui/guidance_widget.py" line="11"/>
        <source>Guidance</source>
        <translation>Juhised</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/guidance_widget.py" line="12"/>
        <source>Move to a field to see what it asks for.</source>
        <translation>Liigu väljale, et näha, mida seal küsitakse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>OGP Report Studio</source>
        <translation>OGP Report Studio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Notice</source>
        <translation>Teade</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>Dismiss</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>Dismiss notice</source>
        <translation>Sulge teade</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimati avatud</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Main toolbar</source>
        <translation>Peamine tööriistariba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>&amp;New report…</source>
        <translation>&amp;Uus aruanne…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>Start a new progress report</source>
        <translation>Alusta uut enesehindamise aruannet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="115"/>
        <source>&amp;Open report file…</source>
        <translation>&amp;Ava aruandefail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>Open a report file (*.ogpreport.json) as a draft</source>
        <translation>Ava aruandefail (*.ogpreport.json) mustandina</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <source>&amp;Import report file…</source>
        <translation>&amp;Impordi aruandefail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="120"/>
        <source>Add a report file to the library without opening it</source>
        <translation>Lisa aruandefail kogusse seda avamata</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124"/>
        <source>Save the open report now (it is also saved automatically)</source>
        <translation>Salvesta avatud aruanne kohe (see salvestatakse ka automaatselt)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Save a &amp;copy as report file…</source>
        <translation>Salvesta &amp;koopia aruandefailina…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>&amp;Export to Word/PDF…</source>
        <translation>&amp;Ekspordi Wordi/PDF-i…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>&amp;Close report</source>
        <translation>Sul&amp;ge aruanne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="139"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>&amp;Library</source>
        <translation>&amp;Kogu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="143"/>
        <source>Show all drafts</source>
        <translation>Näita kõiki mustandeid</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Tööriistariba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;About OGP Report Studio</source>
        <translation>&amp;OGP Report Studio teave</translation>
    </message>
</context>
<context>
    <name>MergeConflictsModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Your version</source>
        <translation>Teie versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Their version</source>
        <translation>Nende versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="113"/>
        <source>Choice</source>
        <translation>Valik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>Keep mine</source>
        <translation>Jäta minu oma</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>Take theirs</source>
        <translation>Võta nende oma</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="117"/>
        <source>(choose)</source>
        <translation>(vali)</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_conflicts_model.py" line="130"/>
        <source>(empty or removed)</source>
        <translation>(tühi või eemaldatud)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="133"/>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="134"/>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="285"/>
        <source>Merge contribution</source>
        <translation>Ühenda panus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="147"/>
        <source>Merge summary</source>
        <translation>Ühendamise kokkuvõte</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="152"/>
        <source>Conflicts</source>
        <translation>Vastuolud</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="170"/>
        <source>Field in conflict</source>
        <translation>Vastuoluline väli</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="172"/>
        <source>When it was sent</source>
        <translation>Saatmise ajal</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="172"/>
        <source>Your version</source>
        <translation>Teie versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="173"/>
        <source>Their version ({who})</source>
        <translation>Nende versioon ({who})</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="173"/>
        <source>Their version</source>
        <translation>Nende versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="183"/>
        <source>Keep &amp;mine</source>
        <translation>Jäta &amp;minu oma</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="184"/>
        <source>Take &amp;theirs</source>
        <translation>Võta &amp;nende oma</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="204"/>
        <source>All m&amp;ine</source>
        <translation>Kõik m&amp;inu omad</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="205"/>
        <source>All th&amp;eirs</source>
        <translation>Kõik n&amp;ende omad</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="217"/>
        <source>&amp;Apply</source>
        <translation>&amp;Rakenda</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="228"/>
        <source>the contributor</source>
        <translation>panustaja</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="229"/>
        <source>From the contribution for {who}: {taken} value(s) taken from the contributor, {kept} of your own changes kept, {conflicts} conflict(s) where you both changed the same value. Choose a side for each conflict.</source>
        <translation>Panusest ({who}): panustajalt võetud väärtusi {taken}, teie enda muudatustest jäeti alles {kept}, vastuolusid (mõlemad muutsite sama väärtust) {conflicts}. Valige iga vastuolu puhul pool.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="250"/>
        <source>(empty or removed)</source>
        <translation>(tühi või eemaldatud)</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="276"/>
        <source>{count} conflict(s) still to decide</source>
        <translation>Otsustamata vastuolusid: {count}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/merge_dialog.py" line="277"/>
        <source>Every conflict has a choice.</source>
        <translation>Igal vastuolul on valik tehtud.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="34"/>
        <source>not started</source>
        <translation>alustamata</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="35"/>
        <source>complete</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="36"/>
        <source>has warnings</source>
        <translation>hoiatustega</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="37"/>
        <source>has errors</source>
        <translation>vigadega</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="38"/>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/navigator_model.py" line="40"/>
        <source>{current} of {total} translated, {stale} stale</source>
        <translation>tõlgitud {current}/{total}, vananenuid {stale}</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="8"/>
        <location filename="../../ui/new_report_dialog.ui" line="9"/>
        <source>New report</source>
        <translation>Uus aruanne</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="13"/>
        <source>Describe the action plan this report is about. Everything can be changed later in the report itself.</source>
        <translation>Kirjeldage tegevuskava, millest aruanne räägib. Kõike saab hiljem aruandes endas muuta.</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="21"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="27"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="32"/>
        <source>&amp;Country:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="38"/>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="39"/>
        <source>e.g. Estonia</source>
        <translation>nt Eesti</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="44"/>
        <source>Action &amp;plan title:</source>
        <translation>&amp;Tegevuskava pealkiri:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="50"/>
        <source>Action plan title</source>
        <translation>Tegevuskava pealkiri</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="51"/>
        <source>e.g. Estonia&apos;s Fourth Action Plan 2018-2020</source>
        <translation>nt Eesti neljas tegevuskava 2018–2020</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="56"/>
        <source>Plan &amp;starts:</source>
        <translation>Kava &amp;algus:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="62"/>
        <source>Plan start month</source>
        <translation>Kava alguskuu</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="63"/>
        <location filename="../../ui/new_report_dialog.ui" line="76"/>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="69"/>
        <source>Plan &amp;ends:</source>
        <translation>Kava &amp;lõpp:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="75"/>
        <source>Plan end month</source>
        <translation>Kava lõpukuu</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="81"/>
        <source>Report &amp;type:</source>
        <translation>Aruande &amp;liik:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="87"/>
        <source>Report type</source>
        <translation>Aruande liik</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="92"/>
        <source>&amp;Language of the report:</source>
        <translation>Aruande &amp;keel:</translation>
    </message>
    <message>
        <location filename="../../ui/new_report_dialog.ui" line="98"/>
        <source>Language of the report</source>
        <translation>Aruande keel</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="34"/>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="35"/>
        <source>{group} by completion level</source>
        <translation>{group} täitmise taseme järgi</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="36"/>
        <source>Level not given</source>
        <translation>Tase märkimata</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="37"/>
        <source>{e} errors and {w} warnings</source>
        <translation>{e} viga ja {w} hoiatust</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="38"/>
        <source>Required fields filled: {f} of {r}</source>
        <translation>Kohustuslikke välju täidetud: {f} / {r}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="39"/>
        <source>Before a final export, fix these errors (activate one to go to its field):</source>
        <translation>Enne lõplikku eksporti paranda need vead (aktiveeri rida, et minna väljale):</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/summary_page.py" line="40"/>
        <source>No errors: the report is ready for a final export.</source>
        <translation>Vigu pole: aruande võib lõplikult eksportida.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="116"/>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="117"/>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="197"/>
        <source>Import action plan</source>
        <translation>Impordi tegevuskava</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="126"/>
        <source>&amp;Plan file:</source>
        <translation>&amp;Kavafail:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="129"/>
        <source>Plan file</source>
        <translation>Kavafail</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="131"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vali fail…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="139"/>
        <source>Import status</source>
        <translation>Impordi olek</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="145"/>
        <source>Commitments in the plan</source>
        <translation>Kava kohustused</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="154"/>
        <source>Problems in the plan file</source>
        <translation>Probleemid kavafailis</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="155"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="161"/>
        <source>What the import will change</source>
        <translation>Mida import muudab</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="171"/>
        <source>Import into</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="173"/>
        <source>a &amp;new report</source>
        <translation>&amp;uude aruandesse</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="174"/>
        <source>the &amp;current report</source>
        <translation>&amp;praegusesse aruandesse</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="189"/>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="226"/>
        <source>Reading {name}…</source>
        <translation>Loen faili {name}…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="247"/>
        <source>{commitments} commitment(s) with {milestones} milestone(s); {problems} problem(s) to check.</source>
        <translation>Kohustusi {commitments}, vahe-eesmärke {milestones}; kontrollida tuleb probleeme: {problems}.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="280"/>
        <source>Importing into the current report will:</source>
        <translation>Praegusesse aruandesse importimine:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_import_dialog.py" line="282"/>
        <source>A new draft will be made holding the {count} commitment(s) of the plan.</source>
        <translation>Luuakse uus mustand kava kohustustega (kokku {count}).</translation>
    </message>
</context>
<context>
    <name>PlanPreviewModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Lead agency</source>
        <translation>Vastutav asutus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Milestones</source>
        <translation>Vahe-eesmärgid</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="92"/>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="113"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>Rida {row}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="114"/>
        <source>whole row</source>
        <translation>kogu rida</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/plan_preview_model.py" line="124"/>
        <source>{count} problem(s)</source>
        <translation>Probleeme: {count}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="8"/>
        <location filename="../../ui/preferences_dialog.ui" line="9"/>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="15"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Kasutajaliidese keel:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="21"/>
        <source>Interface language</source>
        <translation>Kasutajaliidese keel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="26"/>
        <source>Default export &amp;folder:</source>
        <translation>Vaikimisi ekspordi&amp;kaust:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="34"/>
        <source>Default export folder</source>
        <translation>Vaikimisi ekspordikaust</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="39"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="40"/>
        <source>Choose default export folder</source>
        <translation>Vali vaikimisi ekspordikaust</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="47"/>
        <source>Default &amp;export language:</source>
        <translation>Vaikimisi &amp;ekspordi keel:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="53"/>
        <source>Default export language</source>
        <translation>Vaikimisi ekspordi keel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="60"/>
        <source>Reports are saved automatically while you type; Ctrl+S saves at once.</source>
        <translation>Aruanded salvestatakse trükkimise ajal automaatselt; Ctrl+S salvestab kohe.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="18"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="19"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="19"/>
        <source>Where</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="20"/>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_model.py" line="20"/>
        <source>Warning</source>
        <translation>Hoiatus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="25"/>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="25"/>
        <source>Errors</source>
        <translation>Vead</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="26"/>
        <source>Warnings</source>
        <translation>Hoiatused</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/problems_widget.py" line="27"/>
        <source>Problems: {error} errors, {warning} warnings</source>
        <translation>Probleemid: {error} viga, {warning} hoiatust</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="29"/>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="29"/>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="30"/>
        <source>Source</source>
        <translation>Lähtetekst</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="31"/>
        <source>Translation</source>
        <translation>Tõlge</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="32"/>
        <source>missing</source>
        <translation>puudub</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="33"/>
        <source>current</source>
        <translation>ajakohane</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_model.py" line="34"/>
        <source>stale</source>
        <translation>vananenud</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="49"/>
        <source>Translation into {language}</source>
        <translation>Tõlge: {language}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="50"/>
        <source>{current} current, {stale} stale, {missing} missing</source>
        <translation>ajakohaseid {current}, vananenuid {stale}, puuduvaid {missing}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="51"/>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="52"/>
        <source>Missing</source>
        <translation>Puuduvad</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="53"/>
        <source>Stale</source>
        <translation>Vananenud</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="54"/>
        <source>Source ({language}, read-only)</source>
        <translation>Lähtetekst ({language}, ainult lugemiseks)</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="55"/>
        <source>Translation ({language})</source>
        <translation>Tõlge ({language})</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="56"/>
        <source>Confirm translation</source>
        <translation>Kinnita tõlge</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="57"/>
        <source>The source changed but this translation still fits: mark it as current.</source>
        <translation>Lähteteksti muudeti, kuid tõlge sobib endiselt: märgi see ajakohaseks.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="59"/>
        <source>State: {state}</source>
        <translation>Olek: {state}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="60"/>
        <source>Select a value above to translate it.</source>
        <translation>Valige ülal väärtus, et seda tõlkida.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="61"/>
        <source>Nothing here needs translating with this filter.</source>
        <translation>Selle filtriga pole siin midagi tõlkida.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="62"/>
        <source>English</source>
        <translation>inglise keel</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/translation_widget.py" line="63"/>
        <source>Estonian</source>
        <translation>eesti keel</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="63"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="64"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="143"/>
        <source>Versions</source>
        <translation>Versioonid</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="68"/>
        <source>&amp;Versions of this report</source>
        <translation>Selle aruande &amp;versioonid</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="69"/>
        <source>Recently &amp;deleted reports</source>
        <translation>Hiljuti &amp;kustutatud aruanded</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="83"/>
        <source>Saved versions</source>
        <translation>Salvestatud versioonid</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="91"/>
        <source>Choose a version and Compare to see what changed.</source>
        <translation>Valige versioon ja vajutage Võrdle, et näha, mis muutus.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="94"/>
        <source>Changed fields</source>
        <translation>Muudetud väljad</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="105"/>
        <source>&amp;Save a named version…</source>
        <translation>&amp;Salvesta nimega versioon…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="106"/>
        <source>Compare with &amp;current</source>
        <translation>Võrdle &amp;praegusega</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="107"/>
        <source>Compare &amp;two</source>
        <translation>Võrdle &amp;kahte</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="108"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Taasta…</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="123"/>
        <source>Recently deleted reports</source>
        <translation>Hiljuti kustutatud aruanded</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="124"/>
        <source>Report</source>
        <translation>Aruanne</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="124"/>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="130"/>
        <source>Restore to the &amp;library</source>
        <translation>Taasta &amp;kogusse</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="182"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="189"/>
        <source>Save a named version</source>
        <translation>Salvesta nimega versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="183"/>
        <source>Name (e.g. &quot;Sent for public comment&quot;):</source>
        <translation>Nimi (nt „Saadetud avalikule arutelule“):</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="210"/>
        <source>Compare versions</source>
        <translation>Võrdle versioone</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="213"/>
        <source>now</source>
        <translation>praegu</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="214"/>
        <source>{count} change(s) from {old} to {target}:</source>
        <translation>Muudatused ({count}) – {old} → {target}:</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="216"/>
        <source>No differences between {old} and {target}.</source>
        <translation>{old} ja {target} ei erine.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="228"/>
        <source>version {id}</source>
        <translation>versioon {id}</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="275"/>
        <source>Restore a version</source>
        <translation>Taasta versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="237"/>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="245"/>
        <source>Restore version</source>
        <translation>Taasta versioon</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="238"/>
        <source>Make version {id} (&quot;{label}&quot;) the current state of this report? What is there now is kept as a version first, so this can be undone.</source>
        <translation>Kas muuta versioon {id} („{label}“) selle aruande praeguseks seisuks? Praegune seis jäetakse enne alles versioonina, nii et selle saab tagasi võtta.</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_dialog.py" line="258"/>
        <source>Restore report</source>
        <translation>Taasta aruanne</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="45"/>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="59"/>
        <source>Named</source>
        <translation>Nimega</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="59"/>
        <source>Automatic</source>
        <translation>Automaatne</translation>
    </message>
    <message>
        <location filename="../../ogp_desktop/gui/versions_model.py" line="63"/>
        <source>Version {id}, saved {time}: {label}</source>
        <translation>Versioon {id}, salvestatud {time}: {label}</translation>
    </message>
</context>
</TS>
