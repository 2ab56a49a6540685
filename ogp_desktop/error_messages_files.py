"""Refusal sentences for files from outside: report files, exported documents, action plans, OS errors.

Part of :data:`ogp_desktop.error_messages.MESSAGES`; the same rules apply (both languages, the same
placeholders). ``{reason}`` of ``*.refused`` and ``*.embedded`` is itself a sentence part in the same language.
"""

from __future__ import annotations

FILE_MESSAGES: dict[str, dict[str, str]] = {
    # -- any file read through limits.read_capped: phrases the callers put after the file name -------
    "input.folder": {"en": "this is a folder, not a file", "et": "see on kaust, mitte fail"},
    "input.pipe": {"en": "this is a named pipe, not a regular file", "et": "see on nimega toru, mitte tavaline fail"},
    "input.socket": {"en": "this is a socket, not a regular file", "et": "see on sokkel, mitte tavaline fail"},
    "input.device": {"en": "this is a device, not a regular file", "et": "see on seade, mitte tavaline fail"},
    "input.not_regular": {"en": "this is not a regular file", "et": "see pole tavaline fail"},
    "input.too_large": {"en": "the {what} is larger than the {size} it may be",
                        "et": "{what} on suurem kui lubatud {size}"},
    # -- report files (reportfile.py) ------------------------------------------------------------
    "report_file.refused": {"en": "{name}: {reason}.", "et": "{name}: {reason}."},
    "report_file.embedded": {"en": "{name}: {reason}", "et": "{name}: {reason}"},
    "report_file.no_file": {"en": "{name}: no such file.", "et": "{name}: sellist faili pole."},
    "report_file.folder": {"en": "{name}: this is a folder, not a report file.",
                           "et": "{name}: see on kaust, mitte aruandefail."},
    "report_file.permission": {"en": "{name}: permission denied when reading the file.",
                               "et": "{name}: faili lugemiseks pole õigust."},
    "report_file.unreadable": {"en": "{name}: the file cannot be read ({reason}).",
                               "et": "{name}: faili ei saa lugeda ({reason})."},
    "report_file.too_large": {"en": "{name}: the file is larger than the {size} a report file may be.",
                              "et": "{name}: fail on suurem kui {size}, mida aruandefail olla tohib."},
    "report_file.empty": {"en": "{name}: the file is empty.", "et": "{name}: fail on tühi."},
    "report_file.not_utf8": {"en": "{name}: the file is not UTF-8 text (invalid byte at position {position}).",
                             "et": "{name}: fail pole UTF-8 tekst (vigane bait kohal {position})."},
    "report_file.nested": {"en": "{name}: the file is nested too deeply to be a report.",
                           "et": "{name}: fail on liiga sügavalt pesastatud, et olla aruanne."},
    "report_file.bad_json": {"en": "{name}: the file is not valid JSON (line {line}, column {column}: {reason}).",
                             "et": "{name}: fail pole korrektne JSON (rida {line}, veerg {column}: {reason})."},
    "report_file.number_constant": {"en": "{name}: the file is not a valid report: the number {number} is not "
                                          "allowed.",
                                    "et": "{name}: fail pole korrektne aruanne: arv {number} pole lubatud."},
    "report_file.number_too_large": {"en": "{name}: the file is not a valid report: a number is too large.",
                                     "et": "{name}: fail pole korrektne aruanne: üks arv on liiga suur."},
    "report_file.bad_value": {"en": "{name}: the file is not a valid report: {reason}.",
                              "et": "{name}: fail pole korrektne aruanne ({reason})."},
    "report_file.key_twice": {"en": "{name}: the file is not a valid report: the key {key!r} appears twice in one "
                                    "object.",
                              "et": "{name}: fail pole korrektne aruanne: võti {key!r} esineb ühes objektis kaks "
                                    "korda."},
    "report_file.text_too_long": {"en": "{name}: the text at {where} has {count:,} characters, more than the "
                                        "{limit:,} one value may hold.",
                                  "et": "{name}: tekstis kohas {where} on {count} märki, rohkem kui {limit}, mida "
                                        "üks väärtus tohib sisaldada."},
    "report_file.name_too_long": {"en": "{name}: a name at {where} is longer than {limit:,} characters.",
                                  "et": "{name}: üks nimi kohas {where} on pikem kui {limit} märki."},
    "report_file.too_many_commitments": {
        "en": "{name}: {where} has {count:,} commitments, more than the {limit:,} a report may hold.",
        "et": "{name}: väljal {where} on {count} kohustust, rohkem kui {limit}, mida aruandes olla tohib.",
    },
    "report_file.too_many_keys": {
        "en": "{name}: an object in the file has {count:,} keys, more than the {limit:,} a report may hold.",
        "et": "{name}: failis on objekt, milles on {count} võtit, rohkem kui {limit}, mida aruandes olla tohib.",
    },
    "report_file.too_many_unknown": {
        "en": "{name}: the file holds more than {limit:,} values this template does not know; it was not "
              "made for this template.",
        "et": "{name}: failis on üle {limit} väärtuse, mida see vorm ei tunne; fail pole selle vormi jaoks tehtud.",
    },
    "report_file.too_many_rows": {
        "en": "{name}: {where} has {count:,} rows, more than the {limit:,} a report may hold.",
        "et": "{name}: väljal {where} on {count} rida, rohkem kui {limit}, mida aruandes olla tohib.",
    },
    "report_file.not_an_object": {"en": "{name}: the file does not hold a report (expected a JSON object).",
                                  "et": "{name}: failis pole aruannet (oodati JSON-objekti)."},
    "report_file.not_a_report": {
        "en": "{name}: this is not an OGP progress report file (format is {format}, expected {expected}).",
        "et": "{name}: see pole OGP eduaruande fail (vorming on {format}, oodati {expected}).",
    },
    "report_file.no_format_version": {"en": "{name}: the file has no valid format_version.",
                                      "et": "{name}: failis pole korrektset format_version väärtust."},
    "report_file.newer_format": {
        "en": "{name}: the file was written by a newer version of the app (format {version}; this version reads "
              "up to {latest}). Please update the app.",
        "et": "{name}: fail on kirjutatud rakenduse uuema versiooniga (vorming {version}; see versioon loeb "
              "vorminguid kuni {latest}); uuenda rakendust.",
    },
    "report_file.bad_format_version": {"en": "{name}: format_version {version} is not valid.",
                                       "et": "{name}: format_version {version} pole korrektne."},
    "report_file.key_not_object": {"en": "{name}: '{key}' must be a JSON object, not {kind}.",
                                   "et": "{name}: '{key}' peab olema JSON-objekt, mitte {kind}."},
    "report_file.no_values": {"en": "{name}: the file has no 'values'.",
                              "et": "{name}: failis pole osa 'values'."},
    "report_file.translations_not_object": {
        "en": "{name}: the translations into {lang} must be a JSON object (path -> translation), not {kind}.",
        "et": "{name}: tõlked keelde {lang} peavad olema JSON-objekt (asukoht -> tõlge), mitte {kind}.",
    },
    "report_file.bad_translation": {
        "en": "{name}: the {lang} translation of {key} must be an object with a 'text' and a 'source_hash' "
              "(both text).",
        "et": "{name}: välja {key} tõlge keelde {lang} peab olema objekt, milles on 'text' ja 'source_hash' "
              "(mõlemad tekst).",
    },
    "report_file.bad_template": {"en": "{name}: 'template' must name an id (text) and a version (number).",
                                 "et": "{name}: 'template' peab nimetama id (tekst) ja versiooni (arv)."},
    "report_file.bad_template_version": {
        "en": "{name}: the template version {version} is not a version number (1, 2, ...); the file is damaged.",
        "et": "{name}: malli versioon {version} pole versiooninumber (1, 2, ...); fail on vigane."},
    "report_file.none_chosen": {"en": "Choose the previous report's file.", "et": "Vali eelmise aruande fail."},
    # -- the report inside an exported PDF or Word file (embedded.py): the reason after the file name --
    "embedded.pdf_no_report": {
        "en": "this PDF carries no report (it was not exported by OGP Report Studio, or its attachment was "
              "removed).",
        "et": "selles PDF-is pole aruannet (seda ei eksporditud OGP Report Studioga või selle manus on "
              "eemaldatud).",
    },
    "embedded.pdf_damaged": {"en": "the PDF is damaged or incomplete and cannot be read.",
                             "et": "PDF on vigane või poolik ja seda ei saa lugeda."},
    "embedded.pdf_attachment_damaged": {"en": "the PDF's report attachment is damaged.",
                                        "et": "PDF-i aruandemanus on vigane."},
    "embedded.pdf_encoding": {"en": "the PDF's report attachment uses an encoding this app does not read.",
                              "et": "PDF-i aruandemanus kasutab kodeeringut, mida see rakendus ei loe."},
    "embedded.pdf_too_large": {"en": "the PDF's report attachment is larger than a report file may be.",
                               "et": "PDF-i aruandemanus on suurem, kui aruandefail olla tohib."},
    "embedded.docx_unreadable_or_many": {
        "en": "the file is not a readable Word document, or holds too many parts to be one of ours.",
        "et": "fail pole loetav Wordi dokument või selles on liiga palju osi, et see oleks meie tehtud.",
    },
    "embedded.docx_too_many": {"en": "the Word file holds too many parts to be one of ours.",
                               "et": "Wordi failis on liiga palju osi, et see oleks meie tehtud."},
    "embedded.docx_unreadable": {"en": "the file is not a readable Word document.",
                                 "et": "fail pole loetav Wordi dokument."},
    "embedded.docx_no_report": {
        "en": "this Word file carries no report (it was not exported by OGP Report Studio, or its report part "
              "was removed).",
        "et": "selles Wordi failis pole aruannet (seda ei eksporditud OGP Report Studioga või selle aruandeosa "
              "on eemaldatud).",
    },
    "embedded.docx_too_large": {"en": "the Word file's report part is larger than a report file may be.",
                                "et": "Wordi faili aruandeosa on suurem, kui aruandefail olla tohib."},
    # -- action plans (interchange/plan_*.py) -----------------------------------------------------
    # -- a plan's rows (plan_import.RowProblem): what was taken otherwise than written --------
    "plan_row.where": {"en": "problem: row {row}", "et": "probleem: rida {row}"},
    "plan_row.where_cell": {"en": "problem: row {row}, column {column}", "et": "probleem: rida {row}, veerg {column}"},
    "plan_row.formula": {"en": "the cell holds a spreadsheet formula; it was imported as plain text, not calculated.",
                         "et": "lahtris on arvutustabeli valem; see võeti üle lihttekstina, mitte arvutatuna."},
    "plan_row.not_month": {"en": "{text!r} is not a month (write 2018-07, 07.2018 or 01.07.2018); it was kept as "
                                 "written, please correct it.",
                           "et": "{text!r} pole kuu (kirjuta 2018-07, 07.2018 või 01.07.2018); see jäeti nii, nagu "
                                 "oli kirjutatud, palun paranda."},
    "plan_row.no_key": {"en": "the row has neither {keys}; it starts a commitment without a number.",
                        "et": "real pole {keys}; sellest algab numbrita kohustus."},
    "plan_row.differs": {"en": "differs from row {first} for the same commitment; the first value was kept.",
                         "et": "erineb sama kohustuse reast {first}; jäeti esimene väärtus."},
    "plan_row.no_commitment": {"en": "the milestone has no commitment (fill in {keys}); it was skipped.",
                               "et": "vahe-eesmärgil pole kohustust (täida {keys}); see jäeti vahele."},
    "plan_row.no_activity": {"en": "the milestone has no activity text.",
                             "et": "vahe-eesmärgil pole tegevuse kirjeldust."},
    "plan_row.milestone_twice": {"en": "milestone {number} appears twice in this commitment; give each milestone "
                                       "its own number.",
                                 "et": "vahe-eesmärk {number} on selles kohustuses kaks korda; anna igale "
                                       "vahe-eesmärgile oma number."},
    "plan_row.above_header": {"en": "the {count} row(s) above the header (row {header}) were not imported.",
                              "et": "päise (rida {header}) kohal olevaid ridu ({count}) ei imporditud."},
    "plan_row.unknown_column": {"en": "this column is not part of an action plan and was not imported.",
                                "et": "see veerg ei kuulu tegevuskavasse ja seda ei imporditud."},
    "plan_row.no_commitments": {"en": "the file holds a header but no commitments.",
                                "et": "failis on päis, kuid pole ühtegi kohustust."},
    "plan.refused": {"en": "{name}: {reason}.", "et": "{name}: {reason}."},
    "plan.no_file": {"en": "{name}: no such file.", "et": "{name}: sellist faili pole."},
    "plan.permission": {"en": "{name}: permission denied when reading the file.",
                        "et": "{name}: faili lugemiseks pole õigust."},
    "plan.unreadable": {"en": "{name}: the file cannot be read ({reason}).",
                        "et": "{name}: faili ei saa lugeda ({reason})."},
    "plan.too_large": {"en": "{name}: the file is larger than {size} MB; an action plan is far smaller.",
                       "et": "{name}: fail on suurem kui {size} MB; tegevuskava on palju väiksem."},
    "plan.cell_too_long": {"en": "{name}: row {row}, column {column}: the cell holds more than {limit:,} characters.",
                           "et": "{name}: rida {row}, veerg {column}: lahtris on üle {limit} märgi."},
    "plan.no_rows": {"en": "{name}: the file holds no rows.", "et": "{name}: failis pole ühtegi rida."},
    "plan.no_header": {
        "en": "{name}: the first row is not a plan header: it needs a '{title}' column and a {keys} column "
              "(found: {found}).",
        "et": "{name}: esimene rida pole tegevuskava päis: vaja on veergu '{title}' ja veergu {keys} "
              "(leitud: {found}).",
    },
    "plan.no_header_empty": {
        "en": "{name}: the first row is not a plan header: it needs a '{title}' column and a {keys} column "
              "(found: nothing).",
        "et": "{name}: esimene rida pole tegevuskava päis: vaja on veergu '{title}' ja veergu {keys} "
              "(ei leitud midagi).",
    },
    "plan.not_xlsx": {"en": "{name}: this is not an Excel .xlsx workbook (the file is damaged or of another type).",
                      "et": "{name}: see pole Exceli .xlsx-töövihik (fail on vigane või muud tüüpi)."},
    "plan.xlsx_damaged": {"en": "{name}: the workbook is damaged (a part cannot be unpacked).",
                          "et": "{name}: töövihik on vigane (üht osa ei saa lahti pakkida)."},
    "plan.too_many_cells": {
        "en": "{name}: the workbook has more than {limit:,} cells; an action plan has far fewer (it was refused "
              "before opening).",
        "et": "{name}: töövihikus on üle {limit} lahtri; tegevuskavas on neid palju vähem (seda ei avatudki).",
    },
    "plan.xlsx_part_too_big": {
        "en": "{name}: the workbook holds more than {limit:,} {what} (in part {part}); an action plan has far "
              "fewer (it was refused before opening).",
        "et": "{name}: töövihikus on üle {limit} {what} (osas {part}); tegevuskavas on neid palju vähem "
              "(seda ei avatudki).",
    },
    "plan.xlsx_doctype": {
        "en": "{name}: the part {part} declares a DOCTYPE, which a workbook never does; it was refused before "
              "opening.",
        "et": "{name}: osa {part} kuulutab DOCTYPE'i, mida töövihikus kunagi pole; seda ei avatudki.",
    },
    "plan.xlsx_bad_xml": {"en": "{name}: the workbook is damaged: part {part} is not well-formed XML ({reason}).",
                          "et": "{name}: töövihik on vigane: osa {part} pole korrektne XML ({reason})."},
    "plan.too_many_parts": {"en": "{name}: the workbook has {count:,} parts; this is not an action plan.",
                            "et": "{name}: töövihikus on {count} osa; see pole tegevuskava."},
    "plan.unpacks_too_large": {"en": "{name}: the workbook would unpack to {size:,} MB; it was refused before opening.",
                               "et": "{name}: töövihik paisuks lahti pakkides {size} MB suuruseks; seda ei "
                                     "avatudki."},
    "plan.zip_bomb": {
        "en": "{name}: part {part} is compressed {ratio:,} times over, which only a zip bomb does; it was refused "
              "before opening.",
        "et": "{name}: osa {part} on kokku pakitud {ratio} korda, nagu teeb ainult zip-pomm; seda ei avatudki.",
    },
    "plan.xlsx_unopenable": {"en": "{name}: the workbook cannot be opened ({reason}).",
                             "et": "{name}: töövihikut ei saa avada ({reason})."},
    "plan.no_sheet": {"en": "{name}: the workbook has no worksheet.", "et": "{name}: töövihikus pole töölehte."},
    "plan.too_many_rows": {"en": "{name}: the sheet has more than {limit:,} rows; an action plan has far fewer.",
                           "et": "{name}: töölehel on üle {limit} rea; tegevuskavas on neid palju vähem."},
    "plan.sheet_too_long": {
        "en": "{name}: the sheet runs past row {limit:,}; an action plan is far shorter (delete the rows below the "
              "plan and save again).",
        "et": "{name}: tööleht ulatub reast {limit} kaugemale; tegevuskava on palju lühem (kustuta kava all "
              "olevad read ja salvesta uuesti).",
    },
    "plan.sheet_unreadable": {"en": "{name}: row {row}: the sheet cannot be read ({reason}).",
                              "et": "{name}: rida {row}: töölehte ei saa lugeda ({reason})."},
    "plan.binary": {
        "en": "{name}: the file holds binary data, not a text table (save the plan as CSV or .xlsx).",
        "et": "{name}: failis on binaarandmed, mitte tekstitabel (salvesta kava CSV- või .xlsx-failina).",
    },
    "plan.encoding": {"en": "{name}: the text encoding is not recognised (save the plan as CSV UTF-8).",
                      "et": "{name}: teksti kodeeringut ei tuntud ära (salvesta kava vormingus CSV UTF-8)."},
    "plan.empty": {"en": "{name}: the file is empty.", "et": "{name}: fail on tühi."},
    "plan.csv_too_long": {"en": "{name}: the file runs past line {limit:,}; an action plan is far shorter.",
                          "et": "{name}: fail ulatub reast {limit} kaugemale; tegevuskava on palju lühem."},
    "plan.csv_too_many_rows": {"en": "{name}: the file has more than {limit:,} rows; an action plan has far fewer.",
                               "et": "{name}: failis on üle {limit} rea; tegevuskavas on neid palju vähem."},
    "plan.csv_unreadable": {"en": "{name}: row {row}: the CSV cannot be read ({reason}).",
                            "et": "{name}: rida {row}: CSV-faili ei saa lugeda ({reason})."},
    "file.cannot_write": {"en": "{path}: cannot write the file ({reason}).",
                          "et": "{path}: faili ei saa kirjutada ({reason})."},
    # -- an OS error shown as it is (errors.os_error_text): the path and the system's reason -------
    "os.not_found": {"en": "{path}: no such file or folder ({reason}).",
                     "et": "{path}: sellist faili ega kausta pole ({reason})."},
    "os.permission_denied": {"en": "{path}: permission denied ({reason}).",
                             "et": "{path}: juurdepääs keelatud ({reason})."},
    "os.is_a_directory": {"en": "{path}: this is a folder, not a file ({reason}).",
                          "et": "{path}: see on kaust, mitte fail ({reason})."},
    "os.not_a_directory": {"en": "{path}: a part of this path is a file, not a folder ({reason}).",
                           "et": "{path}: osa sellest asukohast on fail, mitte kaust ({reason})."},
    "os.disk_full": {"en": "{path}: the disk is full ({reason}).", "et": "{path}: ketas on täis ({reason})."},
    "os.read_only": {"en": "{path}: the disk or folder is read-only ({reason}).",
                     "et": "{path}: ketas või kaust on kirjutuskaitstud ({reason})."},
    "os.other": {"en": "{path}: the system refused ({reason}).", "et": "{path}: süsteem keeldus ({reason})."},
    "os.not_found_no_path": {"en": "A file or folder is missing ({reason}).",
                             "et": "Fail või kaust puudub ({reason})."},
    "os.permission_denied_no_path": {"en": "Permission denied ({reason}).", "et": "Juurdepääs keelatud ({reason})."},
    "os.is_a_directory_no_path": {"en": "A folder was found where a file belongs ({reason}).",
                                  "et": "Faili asemel on kaust ({reason})."},
    "os.not_a_directory_no_path": {"en": "A file was found where a folder belongs ({reason}).",
                                   "et": "Kausta asemel on fail ({reason})."},
    "os.disk_full_no_path": {"en": "The disk is full ({reason}).", "et": "Ketas on täis ({reason})."},
    "os.read_only_no_path": {"en": "The disk or folder is read-only ({reason}).",
                             "et": "Ketas või kaust on kirjutuskaitstud ({reason})."},
    "os.other_no_path": {"en": "The system refused ({reason}).", "et": "Süsteem keeldus ({reason})."},
}
