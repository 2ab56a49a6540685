"""Every refusal sentence of the core, in English and Estonian, keyed by its code (see ``errors.py``).

English wording is what tests and logs read; keep a code's placeholders the same in both languages.
Files from outside (report files, plans, OS errors) and the draft store keep theirs in
:mod:`ogp_desktop.error_messages_files` and :mod:`ogp_desktop.error_messages_store`, merged here, as are
the commands' other lines (:mod:`ogp_desktop.cli_messages`).
"""

from __future__ import annotations

from ogp_desktop.cli_messages import CLI_MESSAGES
from ogp_desktop.error_messages_files import FILE_MESSAGES
from ogp_desktop.error_messages_store import STORE_MESSAGES

_CORE: dict[str, dict[str, str]] = {
    # -- the export command (commands/export.py) -------------------------------------------
    "export.nothing_to_do": {
        "en": "nothing to do: give --docx OUT and/or --pdf OUT",
        "et": "pole midagi teha: anna --docx FAIL ja/või --pdf FAIL",
    },
    "export.same_path": {
        "en": "--docx and --pdf both name {path}; give each file its own name.",
        "et": "--docx ja --pdf nimetavad mõlemad faili {path}; anna kummalegi oma nimi.",
    },
    "export.has_errors": {
        "en": "The report has {count} error(s); correct them or export a draft.",
        "et": "Aruandes on {count} viga; paranda need või ekspordi mustand.",
    },
    "export.untranslated_refused": {
        "en": "{count} value(s) have no {language} translation; translate them, or export with "
              "--allow-untranslated to keep them in the report's language.",
        "et": "{count} väärtusel puudub {language} tõlge; tõlgi need või ekspordi võtmega "
              "--allow-untranslated, et need jääksid aruande keelde.",
    },
    "export.untranslated_note": {
        "en": "{count} value(s) have no translation into this language and stay in the report's language "
              "(marked with their language in the files):",
        "et": "{count} väärtusel puudub tõlge sellesse keelde ja need jäävad aruande keelde (failides on "
              "nende keel märgitud):",
    },
    "export.draft_note": {
        "en": "marked DRAFT: the report has {count} error(s) (run validate to list them)",
        "et": "märgitud MUSTANDIKS: aruandes on {count} viga (loetelu annab validate)",
    },
    # -- contributions (interchange/contribution.py, contribution_checks.py) --------------
    "contribution.no_such_commitment": {
        "en": "the report has no commitment {wanted!r} (its commitments: {known}).",
        "et": "aruandes pole kohustust {wanted!r} (selle kohustused: {known}).",
    },
    "contribution.none_chosen": {
        "en": "choose at least one commitment for the contribution.",
        "et": "vali panuse jaoks vähemalt üks kohustus.",
    },
    "contribution.not_a_contribution": {
        "en": "this file is not a contribution file (it has no record of what was sent out); "
              "open it as a report instead.",
        "et": "see fail pole panusefail (selles pole kirjet väljasaadetu kohta); ava see aruandena.",
    },
    "contribution.other_template": {
        "en": "the contribution follows the template {theirs!r} but the report follows {ours!r}; nothing was merged.",
        "et": "panus järgib malli {theirs!r}, aruanne aga malli {ours!r}; midagi ei ühendatud.",
    },
    "contribution.other_report": {
        "en": "this contribution was made from another report{made_from}, not from {title!r}; nothing was "
              "merged. Merge it only if you are sure it belongs here.",
        "et": "see panus tehti teisest aruandest{made_from}, mitte aruandest {title!r}; midagi ei ühendatud. "
              "Ühenda see ainult siis, kui oled kindel, et see kuulub siia.",
    },
    "contribution.no_report_id": {
        "en": "this contribution carries no report id, so nothing shows it was made from {title!r}; nothing was "
              "merged. Merge it only if you are sure it belongs here.",
        "et": "sellel panusel pole aruande tunnust, nii et miski ei näita, et see tehti aruandest {title!r}; midagi "
              "ei ühendatud. Ühenda see ainult siis, kui oled kindel, et see kuulub siia.",
    },
    "contribution.not_a_choice": {
        "en": "the contribution's {path} holds {value}, which is not one of its choices ({choices}); nothing was "
              "merged.",
        "et": "panuse väljal {path} on {value}, mis pole selle valikute seas ({choices}); midagi ei ühendatud.",
    },
    "contribution.not_recorded": {
        "en": "this report has no record of sending this contribution; it was merged only for the commitments "
              "the file itself lists ({keys}). Check that it is one you expected.",
        "et": "selles aruandes pole märget selle panuse saatmise kohta; see ühendati ainult failis endas loetletud "
              "kohustuste jaoks ({keys}). Kontrolli, et see on oodatud panus.",
    },
    "contribution.base_changed": {
        "en": "this contribution's record of what was sent (on {sent}) no longer matches what this report noted "
              "when sending it: the file was changed since; nothing was merged.",
        "et": "selle panuse kirje väljasaadetust ({sent}) ei vasta enam sellele, mida aruanne saatmisel märkis: "
              "faili on vahepeal muudetud; midagi ei ühendatud.",
    },
    "contribution.damaged_row": {
        "en": "{version} is damaged: commitment {row} is not a commitment; nothing was merged.",
        "et": "{version} on vigane: kohustus {row} pole kohustus; midagi ei ühendatud.",
    },
    "contribution.keys_missing": {
        "en": "commitment {row}{title} of {version} has neither {fields}, so the contribution cannot be matched "
              "to it safely; give it one and merge again. Nothing was merged.",
        "et": "{version} kohustusel {row}{title} pole ühtegi neist: {fields}, nii et panust ei saa sellega "
              "kindlalt siduda; lisa see ja ühenda uuesti. Midagi ei ühendatud.",
    },
    "contribution.keys_shared": {
        "en": "commitments {first} and {second} of {version} share the key {key!r}; give each its own and merge "
              "again. Nothing was merged.",
        "et": "{version} kohustustel {first} ja {second} on sama võti {key!r}; anna igaühele oma ja ühenda "
              "uuesti. Midagi ei ühendatud.",
    },
    "contribution.not_a_row": {
        "en": "the contribution's {path} holds {got} where a table row belongs; nothing was merged.",
        "et": "panuse väljal {path} on {got}, kuigi seal peab olema tabelirida; midagi ei ühendatud.",
    },
    "contribution.unknown_field": {
        "en": "the contribution's {path} is not a field of the report template; nothing was merged.",
        "et": "panuse {path} pole aruande malli väli; midagi ei ühendatud.",
    },
    "contribution.row_key_missing": {
        "en": "{table} row {row} of commitment {commitment} in {version} has no {fields}, so the contribution "
              "cannot be matched to it safely; give it one and merge again. Nothing was merged.",
        "et": "{version} kohustuse {commitment} tabeli „{table}“ real {row} pole välja {fields}, nii et panust ei "
              "saa sellega kindlalt siduda; lisa see ja ühenda uuesti. Midagi ei ühendatud.",
    },
    "contribution.row_key_shared": {
        "en": "{table} rows {first} and {second} of commitment {commitment} in {version} share the {fields} "
              "{key!r}; give each its own and merge again. Nothing was merged.",
        "et": "{version} kohustuse {commitment} tabeli „{table}“ ridadel {first} ja {second} on sama {fields} "
              "{key!r}; anna igaühele oma ja ühenda uuesti. Midagi ei ühendatud.",
    },
    "contribution.wrong_kind": {
        "en": "the contribution's {path} holds {got} where {expected} belongs; nothing was merged.",
        "et": "panuse väljal {path} on {got}, kuigi seal peab olema {expected}; midagi ei ühendatud.",
    },
    "contribution.bad_choice": {
        "en": "the choice for {key} must be 'ours' or 'theirs', not {side!r}.",
        "et": "valik kohas {key} peab olema 'ours' või 'theirs', mitte {side!r}.",
    },
    "contribution.no_conflict": {
        "en": "there is no conflict at {key}.",
        "et": "kohas {key} pole vastuolu.",
    },
    "contribution.unsettled": {
        "en": "{count} conflict(s) are not settled yet; choose ours or theirs for each.",
        "et": "{count} vastuolu on veel lahendamata; vali igaühe jaoks oma või nende versioon.",
    },
    "contribution.out_of_scope": {
        "en": "commitment {key} is not one this contribution was sent for; it was not taken.",
        "et": "kohustus {key} pole nende seas, mille jaoks see panus saadeti; seda ei võetud üle.",
    },
    # -- template versions (template_versions.py) -----------------------------------------
    "template.too_new": {
        "en": "this report was written with version {version} of the template {template!r}, but this app knows "
              "only up to version {latest}; install a newer version of the app to open it.",
        "et": "see aruanne on kirjutatud malli {template!r} versiooniga {version}, kuid see rakendus tunneb "
              "ainult versioone kuni {latest}; selle avamiseks paigalda rakenduse uuem versioon.",
    },
    "template.no_migration": {
        "en": "version {latest} of the template {template!r} does not say how to read a report of version "
              "{version}; the report cannot be opened.",
        "et": "malli {template!r} versioon {latest} ei ütle, kuidas lugeda versiooni {version} aruannet; "
              "aruannet ei saa avada.",
    },
    "template.not_installed": {"en": "no template named {template!r} is installed",
                               "et": "malli {template!r} pole paigaldatud"},
    "template.version_not_installed": {"en": "version {version} of the template {template!r} is not installed",
                                       "et": "malli {template!r} versiooni {version} pole paigaldatud"},
    # a template file from the app's own folder is malformed: a fault of the installation, detail for a developer
    "template.invalid": {"en": "{detail}", "et": "mall on vigane ({detail})"},
    # -- value paths (valuepath.py) --------------------------------------------------------
    "path.invalid": {"en": "not a value path: {text!r}", "et": "see pole väärtuse asukoht: {text!r}"},
    "path.empty": {"en": "empty path", "et": "tühi asukoht"},
    "path.no_item": {"en": "no item {path}", "et": "rida {path} pole olemas"},
    "path.not_an_object": {"en": "not an object at {path}", "et": "kohas {path} pole objekti"},
    "path.no_value": {"en": "no value at {path}", "et": "kohas {path} pole väärtust"},
    # -- exports (document/export.py) ----------------------------------------------------
    "export.folder": {"en": "Cannot write {path}: it is a folder.",
                      "et": "Faili {path} ei saa kirjutada: see on kaust."},
    "export.no_folder": {"en": "Cannot write {path}: the folder {folder} does not exist.",
                         "et": "Faili {path} ei saa kirjutada: kausta {folder} pole olemas."},
    "export.permission": {
        "en": "Cannot write {path}: permission denied. The file may be open in another program (close it there) "
              "or the folder may be read-only.",
        "et": "Faili {path} ei saa kirjutada: juurdepääs keelatud. Fail võib olla avatud mõnes teises programmis "
              "(sulge see seal) või on kaust kirjutuskaitstud.",
    },
    "export.disk_full": {"en": "Cannot write {path}: the disk is full.",
                         "et": "Faili {path} ei saa kirjutada: ketas on täis."},
    "export.os": {"en": "Cannot write {path}: {reason}.", "et": "Faili {path} ei saa kirjutada: {reason}."},
    "export.language": {"en": "Unknown export language {lang!r}: choose en or et.",
                        "et": "Tundmatu ekspordikeel {lang!r}: vali en või et."},
    "export.untranslated": {
        "en": "{count} value(s) have no {language} translation; translate them, or allow untranslated values to "
              "stay in the report's language.",
        "et": "{count} väärtusel puudub {language} tõlge; tõlgi need või luba tõlkimata väärtustel jääda aruande "
              "keelde.",
    },
    # -- Word forms (interchange/wordform_*.py): refusals, then notes on what was read ---------
    "form.no_file": {"en": "{name}: no such file.", "et": "{name}: sellist faili pole."},
    "form.folder": {"en": "{name}: this is a folder, not a Word form.",
                    "et": "{name}: see on kaust, mitte Wordi vorm."},
    "form.permission": {"en": "{name}: permission denied when reading the file.",
                        "et": "{name}: faili lugemiseks pole õigust."},
    "form.unreadable": {"en": "{name}: the file cannot be read ({reason}).",
                        "et": "{name}: faili ei saa lugeda ({reason})."},
    "form.not_regular": {"en": "{name}: this is not a regular file, so it cannot be a Word form.",
                         "et": "{name}: see pole tavaline fail, seega ei saa see olla Wordi vorm."},
    "form.too_large": {"en": "{name}: the file is larger than the {size} a Word form may be.",
                       "et": "{name}: fail on suurem kui {size}, mida Wordi vorm olla tohib."},
    "form.not_zip": {"en": "{name}: this is not a Word document (.docx): it is not a zip package.",
                     "et": "{name}: see pole Wordi dokument (.docx): see pole zip-pakett."},
    "form.too_many_parts": {
        "en": "{name}: the package has {count} parts, more than a Word form can have; it was not read.",
        "et": "{name}: paketis on {count} osa, rohkem kui Wordi vormis olla saab; seda ei loetud.",
    },
    "form.macros": {
        "en": "{name}: the document contains macros (a vbaProject part); macro-enabled documents are not read. "
              "Save it as a plain Word document (.docx) and send it again.",
        "et": "{name}: dokumendis on makrod (vbaProject); makrodega dokumente ei loeta. Salvestage see tavalise "
              "Wordi dokumendina (.docx) ja saatke uuesti.",
    },
    "form.macro_enabled": {
        "en": "{name}: macro-enabled documents ({kind}) are not read; save it as a plain Word document (.docx) "
              "and send it again.",
        "et": "{name}: makrodega dokumente ({kind}) ei loeta; salvestage see tavalise Wordi dokumendina (.docx) "
              "ja saatke uuesti.",
    },
    "form.ole": {
        "en": "{name}: the document is password-protected or in the old Word 97-2003 format; save it as a plain "
              "Word document (.docx) without a password and send it again.",
        "et": "{name}: dokument on parooliga kaitstud või vanas Word 97-2003 vormingus; salvestage see ilma "
              "paroolita tavalise Wordi dokumendina (.docx) ja saatke uuesti.",
    },
    "form.bomb": {
        "en": "{name}: the part {part} unpacks to far more than a Word form holds (a zip bomb?); it was not read.",
        "et": "{name}: osa {part} paisub lahti pakkides palju suuremaks, kui Wordi vormis olla saab "
              "(zip-pomm?); seda ei loetud.",
    },
    "form.damaged_part": {"en": "{name}: the part {part} is damaged ({reason}).",
                          "et": "{name}: osa {part} on vigane ({reason})."},
    "form.doctype": {
        "en": "{name}: the part {part} declares a DOCTYPE or entities, which a Word document never does; "
              "it was not read.",
        "et": "{name}: osa {part} kuulutab DOCTYPE'i või olemeid, mida Wordi dokumendis kunagi pole; "
              "seda ei loetud.",
    },
    "form.huge_text": {
        "en": "{name}: the part {part} holds a single text of more than 10 million characters, more than a field "
              "may hold ({limit:,} characters); nothing was merged.",
        "et": "{name}: osas {part} on üle 10 miljoni märgi pikkune tekst, rohkem kui väljal olla tohib "
              "({limit} märki); midagi ei ühendatud.",
    },
    "form.bad_xml": {"en": "{name}: the part {part} is not well-formed XML ({reason}).",
                     "et": "{name}: osa {part} pole korrektne XML ({reason})."},
    "form.not_a_form": {
        "en": "{name}: this Word document is not a form made by OGP Report Studio (it carries no record of what "
              "was sent out), so it cannot be merged.",
        "et": "{name}: see Wordi dokument pole OGP Report Studio vorm (selles pole kirjet väljasaadetu kohta), "
              "seega ei saa seda ühendada.",
    },
    "form.record_damaged": {
        "en": "{name}: the form's record of what was sent out is damaged, so it cannot be merged.",
        "et": "{name}: vormi kirje väljasaadetu kohta on vigane, seega ei saa seda ühendada.",
    },
    "form.newer": {"en": "{name}: the form was made by a newer version of the app; please update the app.",
                   "et": "{name}: vorm on tehtud rakenduse uuema versiooniga; palun uuendage rakendust."},
    "form.not_a_field": {
        "en": "{name}: the form has a field for {path!r}, which is not a field of the commitments it was made "
              "for; nothing was merged.",
        "et": "{name}: vormis on väli {path!r}, mis pole nende kohustuste väli, mille jaoks vorm tehti; "
              "midagi ei ühendatud.",
    },
    "form.named_twice": {"en": "{name}: the form names the field {path} twice; nothing was merged.",
                         "et": "{name}: vorm nimetab välja {path} kaks korda; midagi ei ühendatud."},
    "form.anchor_twice": {"en": "{name}: the form has the field anchor {anchor} twice; nothing was merged.",
                          "et": "{name}: vormis on välja ankur {anchor} kaks korda; midagi ei ühendatud."},
    "form.tag_outside": {
        "en": "{name}: the form has a field for {path!r}, which is not one of the commitments it was made for; "
              "nothing was merged.",
        "et": "{name}: vormis on väli {path!r}, mis ei kuulu kohustuste hulka, mille jaoks vorm tehti; "
              "midagi ei ühendatud.",
    },
    "form.tagged_twice": {
        "en": "{name}: the form has two fields tagged {path} (one copied?); remove the copy and send the form "
              "again; nothing was merged.",
        "et": "{name}: vormis on kaks välja sildiga {path} (üks kopeeritud?); eemaldage koopia ja saatke vorm "
              "uuesti; midagi ei ühendatud.",
    },
    "form.shared_place": {
        "en": "{name}: the fields {first} and {second} share one place in the form; nothing was merged.",
        "et": "{name}: väljad {first} ja {second} on vormis ühes kohas; midagi ei ühendatud.",
    },
    "form.value_too_long": {
        "en": "{name}: the field {place} holds {count:,} characters, more than the {limit:,} a value "
              "may hold; nothing was merged.",
        "et": "{name}: väljal {place} on {count} märki, rohkem kui {limit}, mida väärtus tohib "
              "sisaldada; midagi ei ühendatud.",
    },
    "form.no_document": {"en": "{name}: this is not a Word document (it has no word/document.xml).",
                         "et": "{name}: see pole Wordi dokument (selles pole word/document.xml)."},
    "form.odt": {
        "en": "{name}: the form was saved in the OpenDocument format (.odt); save it as a Word document (.docx) "
              "and send it again.",
        "et": "{name}: vorm on salvestatud OpenDocument-vormingus (.odt); salvestage see Wordi dokumendina "
              "(.docx) ja saatke uuesti.",
    },
    "form.strict": {
        "en": "{name}: the form was saved as \"Strict Open XML\"; save it as a normal Word document (.docx) and "
              "send it again.",
        "et": "{name}: vorm on salvestatud vormingus \"Strict Open XML\"; salvestage see tavalise Wordi "
              "dokumendina (.docx) ja saatke uuesti.",
    },
    "form.no_body": {"en": "{name}: the document has no body.", "et": "{name}: dokumendil pole sisu."},
    "form.no_commitments": {"en": "the template declares no commitments, so no form can be made.",
                            "et": "mall ei määra kohustusi, seega ei saa vormi teha."},
    "form.bad_language": {"en": "the form's language must be en or et, not {lang!r}.",
                          "et": "vormi keel peab olema en või et, mitte {lang!r}."},
    "form_note.not_found": {
        "en": "the field {place} was not found in the form; its value was kept as it was.",
        "et": "välja {place} vormist ei leitud; selle väärtus jäi samaks.",
    },
    "form_note.changes": {
        "en": "tracked changes in {count} field(s) were read as if all were accepted.",
        "et": "{count} välja jälitatud muudatusi loeti nii, nagu oleksid kõik heaks kiidetud.",
    },
    "form_note.not_a_choice": {
        "en": "{text!r} is not one of the choices for {place}; it was not taken.",
        "et": "{text!r} pole välja {place} valikute seas; seda ei võetud üle.",
    },
    "form_note.not_a_date": {"en": "{text!r} is not a date for {place}; it was not taken.",
                             "et": "{text!r} pole välja {place} kuupäev; seda ei võetud üle."},
    "form_note.not_a_number": {"en": "{text!r} is not a whole number for {place}; it was not taken.",
                               "et": "{text!r} pole välja {place} täisarv; seda ei võetud üle."},
    "form_note.boxes": {
        "en": "the choices of {place} could not be read; they were kept as they were.",
        "et": "välja {place} valikuid ei saanud lugeda; need jäid samaks.",
    },
    "form_note.outside": {"en": "text outside the fields on page {page} was not read.",
                          "et": "väljadest väljapoole kirjutatud teksti leheküljel {page} ei loetud."},
    # -- carry forward (interchange/carry_forward.py) -------------------------------------
    "carry_forward.no_template": {
        "en": "the previous report's template cannot be loaded: {error}",
        "et": "eelmise aruande malli ei saa laadida: {error}",
    },
    "carry_forward.unknown_type": {
        "en": "{report_type!r} is not a report type (choose one of: {types}).",
        "et": "{report_type!r} pole aruande liik (vali üks neist: {types}).",
    },
}
MESSAGES: dict[str, dict[str, str]] = {**_CORE, **FILE_MESSAGES, **STORE_MESSAGES, **CLI_MESSAGES}
