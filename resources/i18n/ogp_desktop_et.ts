<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OGP Report Studio</source>
        <translation>OGP Report Studio teave</translation>
    </message>
    <message>
        <source>Write Open Government Partnership action-plan progress reports offline and export them to Word and PDF.</source>
        <translation>Koostage avatud valitsemise partnerluse (OGP) tegevuskava enesehindamise aruandeid võrguühenduseta ning eksportige need Wordi ja PDF-i.</translation>
    </message>
    <message>
        <source>Data and log folders</source>
        <translation>Andme- ja logikaustad</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence. PDF exports embed the DejaVu fonts (Bitstream Vera licence).</source>
        <translation>Litsents: MIT. PDF-ekspordis on põimitud DejaVu fondid (Bitstream Vera litsents).</translation>
    </message>
    <message>
        <source>Drafts are kept in:&lt;br&gt;&lt;tt&gt;{data}&lt;/tt&gt;&lt;br&gt;Logs are written to:&lt;br&gt;&lt;tt&gt;{logs}&lt;/tt&gt;</source>
        <translation>Mustandid asuvad kaustas:&lt;br&gt;&lt;tt&gt;{data}&lt;/tt&gt;&lt;br&gt;Logid kirjutatakse kausta:&lt;br&gt;&lt;tt&gt;{logs}&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>AutosaveBridge</name>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Salvestatud kell {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvestan…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Salvestamata muudatused</translation>
    </message>
    <message>
        <source>Retrying in {seconds} s.</source>
        <translation>Proovin uuesti {seconds} s pärast.</translation>
    </message>
    <message>
        <source>Press Ctrl+S to try again.</source>
        <translation>Uuesti proovimiseks vajutage Ctrl+S.</translation>
    </message>
    <message>
        <source>the draft could not be written.</source>
        <translation>mustandit ei saanud kirjutada.</translation>
    </message>
    <message>
        <source>Not saved: {reason} {retry}</source>
        <translation>Salvestamata: {reason} {retry}</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>New report from a previous one</source>
        <translation>Uus aruanne eelmise põhjal</translation>
    </message>
    <message>
        <source>Commitments, milestones, progress, the forum and IRM responses come along; the reporting period, executive summary and this report&apos;s public consultation start empty.</source>
        <translation>Kaasa tulevad kohustused, vahe-eesmärgid, edenemine, foorum ja vastused IRM-ile; aruandlusperiood, kokkuvõte ja selle aruande avalik konsultatsioon algavad tühjana.</translation>
    </message>
    <message>
        <source>From the &amp;library:</source>
        <translation>&amp;Kogust:</translation>
    </message>
    <message>
        <source>From a report &amp;file:</source>
        <translation>Aruande&amp;failist:</translation>
    </message>
    <message>
        <source>Previous report in the library</source>
        <translation>Eelmine aruanne kogus</translation>
    </message>
    <message>
        <source>Previous report file</source>
        <translation>Eelmise aruande fail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>New report &amp;type:</source>
        <translation>Uue aruande &amp;liik:</translation>
    </message>
    <message>
        <source>New report type</source>
        <translation>Uue aruande liik</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>P&amp;ealkiri:</translation>
    </message>
    <message>
        <source>Title of the new report</source>
        <translation>Uue aruande pealkiri</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Loo</translation>
    </message>
</context>
<context>
    <name>ContributionExportDialog</name>
    <message>
        <source>Export contribution</source>
        <translation>Ekspordi panus</translation>
    </message>
    <message>
        <source>Ask for input as a Word form</source>
        <translation>Küsi sisendit Wordi vormina</translation>
    </message>
    <message>
        <source>Check the commitments to send. The contributor fills in the Word form in Word or LibreOffice and sends it back for Report &gt; Merge contribution.</source>
        <translation>Märkige saadetavad kohustused. Panustaja täidab Wordi vormi Wordis või LibreOffice’is ja saadab selle tagasi; ühendage see menüüst Aruanne &gt; Ühenda panus.</translation>
    </message>
    <message>
        <source>Check the commitments to send. The agency fills them in and sends the file back for Report &gt; Merge contribution.</source>
        <translation>Märkige saadetavad kohustused. Asutus täidab need ja saadab faili tagasi menüüsse Aruanne &gt; Ühenda panus.</translation>
    </message>
    <message>
        <source>Commitments to send</source>
        <translation>Saadetavad kohustused</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kellele</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>nt Justiitsministeerium</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>&amp;Kellele:</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Vormi keel</translation>
    </message>
    <message>
        <source>In the report&apos;s own language the form edits its values; in the other language it edits the translation of the text fields.</source>
        <translation>Aruande enda keeles muudab vorm selle väärtusi; teises keeles muudab see tekstiväljade tõlget.</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>Vormi &amp;keel:</translation>
    </message>
    <message>
        <source>Contribution file</source>
        <translation>Panuse fail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>Save the contribution as</source>
        <translation>Salvesta panus nimega</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} on kaust; lisage failinimi.</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} on juba olemas. Kas asendada?</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Faili ei saanud kirjutada: {reason}.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 error</source>
        <translation>1 viga</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} viga</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 hoiatus</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} hoiatust</translation>
    </message>
</context>
<context>
    <name>Demonstration</name>
    <message>
        <source>Keep your drafts?</source>
        <translation>Kas jätta mustandid alles?</translation>
    </message>
    <message>
        <source>The drafts could not be copied to your library: {reason}</source>
        <translation>Mustandeid ei saanud teie kogusse kopeerida: {reason}</translation>
    </message>
    <message>
        <source>This is a demonstration in a temporary library: what you write here goes when you quit, unless you choose then to keep it in your own library.</source>
        <translation>See on tutvustus ajutises kogus: siia kirjutatu kaob rakendusest väljumisel, kui te siis ei vali seda oma kogusse alles jätta.</translation>
    </message>
    <message>
        <source>You wrote in {count} report(s) in this demonstration: {titles}. Keep them in your own library? If not, they are deleted with the demonstration.</source>
        <translation>Kirjutasite selles tutvustuses aruandeid: {count} ({titles}). Kas jätta need oma kogusse alles? Kui ei, kustutatakse need koos tutvustusega.</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(pealkirjata aruanne)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>— choose —</source>
        <translation>— vali —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopeeri</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Üles</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Nummerda</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Vali kuupäev kalendrist</translation>
    </message>
    <message>
        <source>Use the form YYYY-MM-DD, e.g. 2018-07-01.</source>
        <translation>Kasuta kuju AAAA-KK-PP, nt 2018-07-01.</translation>
    </message>
    <message>
        <source>Use the form YYYY-MM, e.g. 2018-07.</source>
        <translation>Kasuta kuju AAAA-KK, nt 2018-07.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation>Veebiaadress algab http:// või https://.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org).</source>
        <translation>See ei näe välja nagu e-posti aadress (nimi@näide.ee).</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Sisesta täisarv.</translation>
    </message>
    <message>
        <source>{words} words, {chars} characters</source>
        <translation>{words} sõna, {chars} märki</translation>
    </message>
    <message>
        <source>limit {n} words</source>
        <translation>piir {n} sõna</translation>
    </message>
    <message>
        <source>limit {n} characters</source>
        <translation>piir {n} märki</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>üle piiri</translation>
    </message>
    <message>
        <source>spelling checked only near your edits (text over {n} characters)</source>
        <translation>õigekirja kontrollitakse ainult muudatuste lähedal (tekst üle {n} märgi)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Uus rida</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} rida</translation>
    </message>
    <message>
        <source>Details of row {n}</source>
        <translation>Rea {n} üksikasjad</translation>
    </message>
    <message>
        <source>Select a row to edit its long texts.</source>
        <translation>Vali rida, et selle pikki tekste muuta.</translation>
    </message>
    <message>
        <source>No rows yet. Add one, then write its long texts here.</source>
        <translation>Ridu veel pole. Lisa rida ja kirjuta siia selle pikad tekstid.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kohustuslik</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>soovitatav</translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation>Eemalda kohustus</translation>
    </message>
    <message>
        <source>Remove “{title}” with all its milestones and evidence? Undo brings it back.</source>
        <translation>Kas eemaldada „{title}“ koos vahe-eesmärkide ja tõenditega? Tagasivõtmine toob selle tagasi.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Jaotised</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Otsi &amp;järgmine</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Otsi eel&amp;mine</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Asenda…</translation>
    </message>
    <message>
        <source>&amp;Guidance for this field</source>
        <translation>&amp;Selle välja juhis</translation>
    </message>
    <message>
        <source>Guidance &amp;beside the field</source>
        <translation>Juhis välja kõ&amp;rval</translation>
    </message>
    <message>
        <source>&amp;Guidance pane</source>
        <translation>&amp;Juhiste paan</translation>
    </message>
    <message>
        <source>&amp;Problems pane</source>
        <translation>&amp;Probleemide paan</translation>
    </message>
    <message>
        <source>typing in “{field}”</source>
        <translation>muudatus väljal „{field}“</translation>
    </message>
    <message>
        <source>translation of “{field}”</source>
        <translation>tõlge väljal „{field}“</translation>
    </message>
    <message>
        <source>adding {field}</source>
        <translation>rea lisamine ({field})</translation>
    </message>
    <message>
        <source>removing {field}</source>
        <translation>rea eemaldamine ({field})</translation>
    </message>
    <message>
        <source>moving {field}</source>
        <translation>rea liigutamine ({field})</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Otsi:</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Asen&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Järgmine</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Eelmine</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>A&amp;senda</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Asenda &amp;kõik</translation>
    </message>
    <message>
        <source>Close the search bar</source>
        <translation>Sulge otsinguriba</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ei leitud</translation>
    </message>
    <message>
        <source>Replaced in {n} fields</source>
        <translation>Asendatud {n} väljal</translation>
    </message>
    <message>
        <source>replacing “{text}”</source>
        <translation>„{text}“ asendamine</translation>
    </message>
    <message>
        <source>in a field name</source>
        <translation>välja nimes</translation>
    </message>
    <message>
        <source>in a translation</source>
        <translation>tõlkes</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: ootamatu viga</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your drafts are saved automatically; the details were written to {log}. Please send them to support.</source>
        <translation>Midagi läks valesti: {summary}

Teie mustandid salvestatakse automaatselt; üksikasjad kirjutati faili {log}. Palun saatke need kasutajatoele.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Aruande eksport</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Vormingud:</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>Export Word document</source>
        <translation>Ekspordi Wordi dokument</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>Export PDF document</source>
        <translation>Ekspordi PDF-dokument</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>Export language</source>
        <translation>Ekspordi keel</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>K&amp;aust:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Ekspordi kaust</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language in a sentence</comment>
        <translation>inglise</translation>
    </message>
    <message>
        <source>Estonian</source>
        <comment>language in a sentence</comment>
        <translation>eesti</translation>
    </message>
    <message>
        <source>{count} value(s) are not translated into {language} and will stay in {source}: {where}.</source>
        <translation>{count} väärtust pole tõlgitud {language} keelde ja jäävad {source} keelde: {where}.</translation>
    </message>
    <message>
        <source>Checking the report for errors…</source>
        <translation>Aruannet kontrollitakse vigade suhtes…</translation>
    </message>
    <message>
        <source>The report has no errors, so it can be exported as final.</source>
        <translation>Aruandes pole vigu, seega saab selle eksportida lõplikuna.</translation>
    </message>
    <message>
        <source>A final export needs a report without errors; {errors} error(s) are left (see the problems list). A draft export is marked DRAFT.</source>
        <translation>Lõplikuks ekspordiks peab aruanne olema vigadeta; vigu on alles {errors} (vt probleemide loendit). Mustandi eksport märgitakse sõnaga MUSTAND.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Alusta eksporti</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Katkesta eksport</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Katkesta eksport</translation>
    </message>
    <message>
        <source>Choose Word, PDF or both.</source>
        <translation>Valige Word, PDF või mõlemad.</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Valige kaust, kuhu eksportida.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kausta {folder} pole olemas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Replace {files}?</source>
        <translation>Kas asendada {files}?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Ekspordin…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Katkestan…</translation>
    </message>
    <message>
        <source>Exported {files}.</source>
        <translation>Eksporditud: {files}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport ebaõnnestus</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport katkestati; ühtegi faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation>Vali ekspordi kaust</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Faili&amp;nimi:</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Failinimi ilma laiendita</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versioon:</translation>
    </message>
    <message>
        <source>&amp;Draft (marked DRAFT, allowed with errors)</source>
        <translation>&amp;Mustand (märgisega MUSTAND, vigadega lubatud)</translation>
    </message>
    <message>
        <source>Draft export</source>
        <translation>Mustandi eksport</translation>
    </message>
    <message>
        <source>&amp;Final (for submission)</source>
        <translation>&amp;Lõplik (esitamiseks)</translation>
    </message>
    <message>
        <source>Final export</source>
        <translation>Lõplik eksport</translation>
    </message>
    <message>
        <source>&amp;Open the files when done</source>
        <translation>&amp;Ava failid pärast eksporti</translation>
    </message>
    <message>
        <source>Open the files when done</source>
        <translation>Ava failid pärast eksporti</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ekspordi edenemine</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Building the document…</source>
        <translation>Koostan dokumenti…</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Kirjutan faile…</translation>
    </message>
    <message>
        <source>Word document done.</source>
        <translation>Wordi dokument valmis.</translation>
    </message>
    <message>
        <source>PDF done.</source>
        <translation>PDF valmis.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder. Choose another file name.</source>
        <translation>{path} ei saa kirjutada: see on kaust. Valige muu failinimi.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>Juhised</translation>
    </message>
    <message>
        <source>Move to a field to see what it asks for.</source>
        <translation>Liigu väljale, et näha, mida seal küsitakse.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Kasutusjuhend</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Aruande liik</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimane muudatus</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>{errors} error(s) left to fix before a final export</source>
        <translation>Enne lõplikku eksporti tuleb parandada vigu: {errors}</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(pealkirjata aruanne)</translation>
    </message>
    <message>
        <source>{title} (damaged)</source>
        <translation>{title} (kahjustatud)</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>&lt;h2&gt;Your reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Teie aruanded&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Report actions</source>
        <translation>Aruande toimingud</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>Import report file</source>
        <translation>Impordi aruandefail</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>Open selected report</source>
        <translation>Ava valitud aruanne</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Nimeta ümber…</translation>
    </message>
    <message>
        <source>Rename selected report</source>
        <translation>Nimeta valitud aruanne ümber</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Duplicate selected report</source>
        <translation>Kopeeri valitud aruanne</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salvesta &amp;koopia…</translation>
    </message>
    <message>
        <source>Save a copy of the selected report as a file</source>
        <translation>Salvesta valitud aruande koopia failina</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Delete selected report</source>
        <translation>Kustuta valitud aruanne</translation>
    </message>
    <message>
        <source>Undo &amp;delete</source>
        <translation>Võta &amp;kustutamine tagasi</translation>
    </message>
    <message>
        <source>Reports in the library</source>
        <translation>Kogus olevad aruanded</translation>
    </message>
    <message>
        <source>No reports yet. Choose &lt;b&gt;New report…&lt;/b&gt; to start one, or open a report file someone sent you.</source>
        <translation>Aruandeid veel pole. Valige &lt;b&gt;Uus aruanne…&lt;/b&gt;, et alustada, või avage aruandefail, mille keegi teile saatis.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Kogu</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(pealkirjata aruanne)</translation>
    </message>
    <message>
        <source>Imported &quot;{title}&quot; into the library.</source>
        <translation>„{title}“ imporditi kogusse.</translation>
    </message>
    <message>
        <source>Rename report</source>
        <translation>Nimeta aruanne ümber</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Uus pealkiri:</translation>
    </message>
    <message>
        <source>Duplicate report</source>
        <translation>Kopeeri aruanne</translation>
    </message>
    <message>
        <source>Save a copy as report file</source>
        <translation>Salvesta koopia aruandefailina</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>Koopia salvestati: {path}.</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Kustuta aruanne</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Choose Undo delete to bring it back.</source>
        <translation>„{title}“ kustutati. Tagasi toomiseks valige Võta kustutamine tagasi.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Võta kustutamine tagasi</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>„{title}“ taastati.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OGP Report Studio</source>
        <translation>OGP Report Studio</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Teade</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Sulge teade</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Hiljutised failid</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Peamine tööriistariba</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Uus aruanne…</translation>
    </message>
    <message>
        <source>Start a new progress report</source>
        <translation>Alusta uut enesehindamise aruannet</translation>
    </message>
    <message>
        <source>&amp;Open report file…</source>
        <translation>&amp;Ava aruandefail…</translation>
    </message>
    <message>
        <source>Open a report file (*.ogpreport.json) as a draft</source>
        <translation>Ava aruandefail (*.ogpreport.json) mustandina</translation>
    </message>
    <message>
        <source>&amp;Import report file…</source>
        <translation>&amp;Impordi aruandefail…</translation>
    </message>
    <message>
        <source>Add a report file to the library without opening it</source>
        <translation>Lisa aruandefail kogusse seda avamata</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>Save the open report now (it is also saved automatically)</source>
        <translation>Salvesta avatud aruanne kohe (see salvestatakse ka automaatselt)</translation>
    </message>
    <message>
        <source>Save a &amp;copy as report file…</source>
        <translation>Salvesta &amp;koopia aruandefailina…</translation>
    </message>
    <message>
        <source>&amp;Export to Word/PDF…</source>
        <translation>&amp;Ekspordi Wordi/PDF-i…</translation>
    </message>
    <message>
        <source>C&amp;lose report</source>
        <translation>Sul&amp;ge aruanne</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Eelistu&amp;sed…</translation>
    </message>
    <message>
        <source>T&amp;ranslation mode</source>
        <translation>&amp;Tõlkerežiim</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Kogu</translation>
    </message>
    <message>
        <source>Show all drafts</source>
        <translation>Näita kõiki mustandeid</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Tööriista&amp;riba</translation>
    </message>
    <message>
        <source>Show each text beside its translation into the report&apos;s other language</source>
        <translation>Näita iga teksti kõrval selle tõlget aruande teise keelde</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;About OGP Report Studio</source>
        <translation>&amp;OGP Report Studio teave</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Ainult lugemiseks: {reason}</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(pealkirjata aruanne)</translation>
    </message>
    <message>
        <source>This is a contribution for {whom}, taken from the report “{title}”: it holds only the commitments sent to you. Edit them and send the file back; the coordinator merges it.</source>
        <translation>See on kaastöö osapoolele {whom}, võetud aruandest „{title}“: selles on ainult teile saadetud kohustused. Muutke neid ja saatke fail tagasi; koordinaator liidab selle aruandesse.</translation>
    </message>
    <message>
        <source>a contributor</source>
        <translation>kaasautor</translation>
    </message>
    <message>
        <source>the draft could not be written</source>
        <translation>mustandit ei saanud kirjutada</translation>
    </message>
    <message>
        <source>The latest changes are not saved: {reason}

Close anyway and lose the changes since the last save?</source>
        <translation>Viimased muudatused on salvestamata: {reason}

Kas sulgeda ikkagi ja kaotada muudatused alates viimasest salvestamisest?</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Sulge aruanne</translation>
    </message>
    <message>
        <source> (saved {time})</source>
        <translation> (salvestatud {time})</translation>
    </message>
    <message>
        <source>{app} did not close normally last time. &quot;{title}&quot; was reopened as it was last saved{when}.</source>
        <translation>{app} ei sulgunud eelmine kord korrektselt. „{title}“ avati uuesti viimati salvestatud kujul{when}.</translation>
    </message>
    <message>
        <source>Open report file</source>
        <translation>Ava aruandefail</translation>
    </message>
    <message>
        <source>Opened {name} as a new draft in the library; the file itself is not changed (use Save a copy to write one).</source>
        <translation>{name} avati kogus uue mustandina; faili ennast ei muudetud (faili kirjutamiseks kasutage Salvesta koopia).</translation>
    </message>
    <message>
        <source>{name} is shown read-only: {reason}</source>
        <translation>{name} on avatud ainult lugemiseks: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvestatud.</translation>
    </message>
    <message>
        <source>The sample report could not be opened: {reason}</source>
        <translation>Näidisaruannet ei saanud avada: {reason}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;peeri</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Kasutus&amp;juhend</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglise keel</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>eesti keel</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Vali kõ&amp;ik</translation>
    </message>
    <message>
        <source>T&amp;ranslation mode (into {language})</source>
        <translation>&amp;Tõlkerežiim ({language})</translation>
    </message>
</context>
<context>
    <name>MergeConflictsModel</name>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>(removed in this version)</source>
        <translation>(selles versioonis eemaldatud)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Teie versioon</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Nende versioon</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Valik</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Jäta minu oma</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Võta nende oma</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vali)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contribution</source>
        <translation>Ühenda panus</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>Ühendamise kokkuvõte</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Vastuolud</translation>
    </message>
    <message>
        <source>Field in conflict</source>
        <translation>Vastuoluline väli</translation>
    </message>
    <message>
        <source>Comments on this field</source>
        <translation>Selle välja kommentaarid</translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation>Saatmise ajal</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Teie versioon</translation>
    </message>
    <message>
        <source>Their version ({who})</source>
        <translation>Nende versioon ({who})</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Nende versioon</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Jäta &amp;minu oma</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Võta &amp;nende oma</translation>
    </message>
    <message>
        <source>All m&amp;ine</source>
        <translation>Kõik m&amp;inu omad</translation>
    </message>
    <message>
        <source>All th&amp;eirs</source>
        <translation>Kõik n&amp;ende omad</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Rakenda</translation>
    </message>
    <message>
        <source>the contributor</source>
        <translation>panustaja</translation>
    </message>
    <message>
        <source>From the contribution for {who}: {taken} value(s) taken from the contributor, {kept} of your own changes kept, {conflicts} conflict(s) where you both changed the same value. Choose a side for each conflict.</source>
        <translation>Panusest ({who}): panustajalt võetud väärtusi {taken}, teie enda muudatustest jäeti alles {kept}, vastuolusid (mõlemad muutsite sama väärtust) {conflicts}. Valige iga vastuolu puhul pool.</translation>
    </message>
    <message>
        <source>{count} conflict(s) still to decide</source>
        <translation>Otsustamata vastuolusid: {count}</translation>
    </message>
    <message>
        <source>Every conflict has a choice.</source>
        <translation>Igal vastuolul on valik tehtud.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>keegi</translation>
    </message>
    <message>
        <source>Comment by {who} on {field}: {text}</source>
        <translation>{who} kommentaar väljale {field}: {text}</translation>
    </message>
    <message>
        <source>Comment by {who} outside the fields: {text}</source>
        <translation>{who} kommentaar väljaspool välju: {text}</translation>
    </message>
    <message>
        <source>Merge it anyway?</source>
        <translation>Kas ühendada ikkagi?</translation>
    </message>
    <message>
        <source>Before merging the contribution for {who}</source>
        <translation>Enne panuse ({who}) ühendamist</translation>
    </message>
    <message>
        <source>The contribution for {who} holds no changes to merge.</source>
        <translation>Panuses ({who}) pole ühendatavaid muudatusi.</translation>
    </message>
    <message>
        <source>Merge the contribution for {who}</source>
        <translation>Ühenda panus ({who})</translation>
    </message>
    <message>
        <source>Merged the contribution for {who}: {count} value(s) taken; a version from before the merge is kept (Report &gt; Versions).</source>
        <translation>Panus ({who}) ühendati: võetud väärtusi {count}; ühendamise-eelne versioon on alles (Aruanne &gt; Versioonid).</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>not started</source>
        <translation>alustamata</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>hoiatustega</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>vigadega</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>{current} of {total} translated, {stale} stale</source>
        <translation>tõlgitud {current}/{total}, vananenuid {stale}</translation>
    </message>
</context>
<context>
    <name>NewReport</name>
    <message>
        <source>New report</source>
        <translation>Uus aruanne</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Uus aruanne</translation>
    </message>
    <message>
        <source>Describe the action plan this report is about. Everything can be changed later in the report itself.</source>
        <translation>Kirjeldage tegevuskava, millest aruanne räägib. Kõike saab hiljem aruandes endas muuta.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>e.g. Estonia</source>
        <translation>nt Eesti</translation>
    </message>
    <message>
        <source>Action &amp;plan title:</source>
        <translation>&amp;Tegevuskava pealkiri:</translation>
    </message>
    <message>
        <source>Action plan title</source>
        <translation>Tegevuskava pealkiri</translation>
    </message>
    <message>
        <source>e.g. Estonia&apos;s Fourth Action Plan 2018-2020</source>
        <translation>nt Eesti neljas tegevuskava 2018–2020</translation>
    </message>
    <message>
        <source>Plan &amp;starts:</source>
        <translation>Kava &amp;algus:</translation>
    </message>
    <message>
        <source>Plan start month</source>
        <translation>Kava alguskuu</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>MM.yyyy</translation>
    </message>
    <message>
        <source>Plan &amp;ends:</source>
        <translation>Kava &amp;lõpp:</translation>
    </message>
    <message>
        <source>Plan end month</source>
        <translation>Kava lõpukuu</translation>
    </message>
    <message>
        <source>Report &amp;type:</source>
        <translation>Aruande &amp;liik:</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Aruande liik</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Aruande &amp;keel:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Aruande keel</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Loo</translation>
    </message>
    <message>
        <source>Enter the country.</source>
        <translation>Sisestage riik.</translation>
    </message>
    <message>
        <source>Enter the title of the action plan.</source>
        <translation>Sisestage tegevuskava pealkiri.</translation>
    </message>
    <message>
        <source>The action plan must end after it starts.</source>
        <translation>Tegevuskava peab lõppema pärast algust.</translation>
    </message>
    <message>
        <source>Reporting period &amp;from:</source>
        <translation>Aruandeperioodi al&amp;gus:</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>Aruandeperioodi algus</translation>
    </message>
    <message>
        <source>Reporting period t&amp;o:</source>
        <translation>Aruandeperioodi lõ&amp;pp:</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>Aruandeperioodi lõpp</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>The reporting period must end after it starts.</source>
        <translation>Aruandeperiood peab lõppema pärast algust.</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Open report</source>
        <translation>Ava aruanne</translation>
    </message>
    <message>
        <source>Open report file</source>
        <translation>Ava aruandefail</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>Avan aruannet „{name}“…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>{group} by completion level</source>
        <translation>{group} täitmise taseme järgi</translation>
    </message>
    <message>
        <source>Level not given</source>
        <translation>Tase märkimata</translation>
    </message>
    <message>
        <source>{e} and {w}</source>
        <translation>{e} ja {w}</translation>
    </message>
    <message>
        <source>Required fields filled: {f} of {r}</source>
        <translation>Kohustuslikke välju täidetud: {f} / {r}</translation>
    </message>
    <message>
        <source>Before a final export, fix these errors (activate one to go to its field):</source>
        <translation>Enne lõplikku eksporti paranda need vead (aktiveeri rida, et minna väljale):</translation>
    </message>
    <message>
        <source>No errors: the report is ready for a final export.</source>
        <translation>Vigu pole: aruande võib lõplikult eksportida.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>{name}: the file cannot be read ({error}).</source>
        <translation>{name}: faili ei saa lugeda ({error}).</translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation>Impordi tegevuskava</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>&amp;Kavafail:</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Kavafail</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vali fail…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Impordi olek</translation>
    </message>
    <message>
        <source>Commitments in the plan</source>
        <translation>Kava kohustused</translation>
    </message>
    <message>
        <source>Problems in the plan file</source>
        <translation>Probleemid kavafailis</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Mida import muudab</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <source>a &amp;new report</source>
        <translation>&amp;uude aruandesse</translation>
    </message>
    <message>
        <source>the &amp;current report</source>
        <translation>&amp;praegusesse aruandesse</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Loen faili {name}…</translation>
    </message>
    <message>
        <source>{commitments} commitment(s) with {milestones} milestone(s)</source>
        <translation>kohustusi {commitments}, vahe-eesmärke {milestones}</translation>
    </message>
    <message>
        <source>{counts}; {problems} problem(s) to check (rows marked below).</source>
        <translation>{counts}; kontrollida tuleb probleeme: {problems} (read on allpool märgitud).</translation>
    </message>
    <message>
        <source>{counts}; no problems found.</source>
        <translation>{counts}; probleeme ei leitud.</translation>
    </message>
    <message>
        <source>What importing into the current report changes:</source>
        <translation>Mida praegusesse aruandesse importimine muudab:</translation>
    </message>
    <message>
        <source>Before importing the action plan {name}</source>
        <translation>Enne tegevuskava {name} importimist</translation>
    </message>
    <message>
        <source>Import action plan {name}</source>
        <translation>Impordi tegevuskava {name}</translation>
    </message>
    <message>
        <source>A new draft will be made holding the {count} commitment(s) of the plan.</source>
        <translation>Luuakse uus mustand kava kohustustega (kokku {count}).</translation>
    </message>
</context>
<context>
    <name>PlanPreviewModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Vastutav asutus</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Vahe-eesmärgid</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Rida {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>kogu rida</translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <translation>Probleeme: {count}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Kasutajaliidese keel:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Kasutajaliidese keel</translation>
    </message>
    <message>
        <source>Default export &amp;folder:</source>
        <translation>Vaikimisi ekspordi&amp;kaust:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Vaikimisi ekspordikaust</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Choose default export folder</source>
        <translation>Vali vaikimisi ekspordikaust</translation>
    </message>
    <message>
        <source>Default &amp;export language:</source>
        <translation>Vaikimisi &amp;ekspordi keel:</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translation>Vaikimisi ekspordi keel</translation>
    </message>
    <message>
        <source>Reports are saved automatically while you type; Ctrl+S saves at once.</source>
        <translation>Aruanded salvestatakse trükkimise ajal automaatselt; Ctrl+S salvestab kohe.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hoiatus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Vead</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Hoiatused</translation>
    </message>
    <message>
        <source>Problems: {errors}, {warnings}</source>
        <translation>Probleemid: {errors}, {warnings}</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Merged from the contribution for {who}</source>
        <translation>Ühendatud panusest ({who})</translation>
    </message>
    <message>
        <source>Merged from a contribution</source>
        <translation>Ühendatud panusest</translation>
    </message>
    <message>
        <source>Merged from the contribution for {who} on {when}</source>
        <translation>Ühendatud panusest ({who}) {when}</translation>
    </message>
    <message>
        <source>Merged from a contribution on {when}</source>
        <translation>Ühendatud panusest {when}</translation>
    </message>
    <message>
        <source>{sentence}; edited here since</source>
        <translation>{sentence}; hiljem siin muudetud</translation>
    </message>
    <message>
        <source>Report details ({key})</source>
        <translation>Aruande andmed ({key})</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;peeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hülga</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Ko&amp;peeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ava viimati kasutatud</translation>
    </message>
    <message>
        <source>{path} is no longer there; it was removed from the list.</source>
        <translation>Faili {path} enam pole; see eemaldati loendist.</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Import action &amp;plan…</source>
        <translation>Impordi &amp;tegevuskava…</translation>
    </message>
    <message>
        <source>New from pre&amp;vious report…</source>
        <translation>Uus eelmise aruande &amp;põhjal…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Ar&amp;uanne</translation>
    </message>
    <message>
        <source>&amp;Export contribution…</source>
        <translation>&amp;Ekspordi panus…</translation>
    </message>
    <message>
        <source>Ask for input as a &amp;Word form…</source>
        <translation>Küsi sisendit &amp;Wordi vormina…</translation>
    </message>
    <message>
        <source>&amp;Merge contribution…</source>
        <translation>Ü&amp;henda panus…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioonid…</translation>
    </message>
    <message>
        <source>Import action plan</source>
        <translation>Impordi tegevuskava</translation>
    </message>
    <message>
        <source>About the report for this plan</source>
        <translation>Selle tegevuskava aruande andmed</translation>
    </message>
    <message>
        <source>Wrote the contribution {name}.</source>
        <translation>Panus kirjutati faili {name}.</translation>
    </message>
    <message>
        <source>Wrote the Word form {name}.</source>
        <translation>Wordi vorm {name} on kirjutatud.</translation>
    </message>
    <message>
        <source>Contribution merged. Edit &gt; Undo takes it back.</source>
        <translation>Panus ühendati. Redigeeri &gt; Võta tagasi võtab selle tagasi.</translation>
    </message>
    <message>
        <source>Version restored. Edit &gt; Undo takes it back.</source>
        <translation>Versioon taastati. Redigeeri &gt; Võta tagasi võtab selle tagasi.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Exported {files}.</source>
        <translation>Eksporditud: {files}.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <source>Save a copy as report file</source>
        <translation>Salvesta koopia aruandefailina</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>Koopia salvestati: {path}.</translation>
    </message>
    <message>
        <source>The copy could not be written: {reason}.</source>
        <translation>Koopiat ei saanud kirjutada: {reason}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tables: next / previous cell</source>
        <translation>Tabelid: järgmine / eelmine lahter</translation>
    </message>
    <message>
        <source>Tables: add a row</source>
        <translation>Tabelid: lisa rida</translation>
    </message>
    <message>
        <source>Tables: remove the row</source>
        <translation>Tabelid: eemalda rida</translation>
    </message>
    <message>
        <source>Tables: duplicate the row</source>
        <translation>Tabelid: kopeeri rida</translation>
    </message>
    <message>
        <source>Tables: move the row up / down</source>
        <translation>Tabelid: rida üles / alla</translation>
    </message>
    <message>
        <source>A field: put the cursor in it</source>
        <translation>Väli: vii kursor sinna</translation>
    </message>
    <message>
        <source>Alt + the underlined letter of its name</source>
        <translation>Alt + välja nimes allakriipsutatud täht</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Lisa „{word}“ sõnastikku</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(soovitusi pole)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No problems</source>
        <translation>Probleeme pole</translation>
    </message>
    <message>
        <source>Problems in the report</source>
        <translation>Aruande probleemid</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Ainult lugemiseks</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Salvestamise olek</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Võta kustutamine tagasi</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähtetekst</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tõlge</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ajakohane</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>vananenud</translation>
    </message>
    <message>
        <source>Translation into {language}</source>
        <translation>Tõlge: {language}</translation>
    </message>
    <message>
        <source>{current} current, {stale} stale, {missing} missing</source>
        <translation>ajakohaseid {current}, vananenuid {stale}, puuduvaid {missing}</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuduvad</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Vananenud</translation>
    </message>
    <message>
        <source>Source ({language}, read-only)</source>
        <translation>Lähtetekst ({language}, ainult lugemiseks)</translation>
    </message>
    <message>
        <source>Translation ({language})</source>
        <translation>Tõlge ({language})</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Kinnita tõlge</translation>
    </message>
    <message>
        <source>The source changed but this translation still fits: mark it as current.</source>
        <translation>Lähteteksti muudeti, kuid tõlge sobib endiselt: märgi see ajakohaseks.</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Olek: {state}</translation>
    </message>
    <message>
        <source>Select a value above to translate it.</source>
        <translation>Valige ülal väärtus, et seda tõlkida.</translation>
    </message>
    <message>
        <source>Nothing here needs translating with this filter.</source>
        <translation>Selle filtriga pole siin midagi tõlkida.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglise keel</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>eesti keel</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versioonid</translation>
    </message>
    <message>
        <source>&amp;Versions of this report</source>
        <translation>Selle aruande &amp;versioonid</translation>
    </message>
    <message>
        <source>Recently &amp;deleted reports</source>
        <translation>Hiljuti &amp;kustutatud aruanded</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Salvestatud versioonid</translation>
    </message>
    <message>
        <source>Choose a version and Compare to see what changed.</source>
        <translation>Valige versioon ja vajutage Võrdle, et näha, mis muutus.</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Muudetud väljad</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Enne ja pärast</translation>
    </message>
    <message>
        <source>&amp;Save a named version…</source>
        <translation>&amp;Salvesta nimega versioon…</translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation>Võrdle &amp;praegusega</translation>
    </message>
    <message>
        <source>Compare &amp;two</source>
        <translation>Võrdle &amp;kahte</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Taasta…</translation>
    </message>
    <message>
        <source>Recently deleted reports</source>
        <translation>Hiljuti kustutatud aruanded</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Aruanne</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Restore to the &amp;library</source>
        <translation>Taasta &amp;kogusse</translation>
    </message>
    <message>
        <source>Save a named version</source>
        <translation>Salvesta nimega versioon</translation>
    </message>
    <message>
        <source>Name (e.g. &quot;Sent for public comment&quot;):</source>
        <translation>Nimi (nt „Saadetud avalikule arutelule“):</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Võrdle versioone</translation>
    </message>
    <message>
        <source>now</source>
        <translation>praegu</translation>
    </message>
    <message>
        <source>{count} change(s) from {old} to {target}:</source>
        <translation>Muudatused ({count}) – {old} → {target}:</translation>
    </message>
    <message>
        <source>No differences between {old} and {target}.</source>
        <translation>{old} ja {target} ei erine.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Enne</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Pärast</translation>
    </message>
    <message>
        <source>version {id}</source>
        <translation>versioon {id}</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Taasta versioon</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Taasta versioon</translation>
    </message>
    <message>
        <source>Make version {id} (&quot;{label}&quot;) the current state of this report? What is there now is kept as a version first, so this can be undone.</source>
        <translation>Kas muuta versioon {id} („{label}“) selle aruande praeguseks seisuks? Praegune seis jäetakse enne alles versioonina, nii et selle saab tagasi võtta.</translation>
    </message>
    <message>
        <source>Restore report</source>
        <translation>Taasta aruanne</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nimega</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaatne</translation>
    </message>
    <message>
        <source>Version {id}, saved {time}: {label}</source>
        <translation>Versioon {id}, salvestatud {time}: {label}</translation>
    </message>
</context>
</TS>
