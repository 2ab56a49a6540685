"""Sentences of the draft store (``store/``): refusals, and the notices that say what was repaired.

Part of :data:`ogp_desktop.error_messages.MESSAGES`. ``{subject}``/``{what}``/``{draft}`` name a store file
by what it holds (``store/subjects.py``); in Estonian that phrase is in the genitive ("mustandi „X“"), so every
sentence puts it before the noun it owns ("mustandi „X“ fail", "… salvestamine"), and never first: only
English capitalises it (``Term.capitalized``).
"""

from __future__ import annotations

STORE_MESSAGES: dict[str, dict[str, str]] = {
    # -- why one store file is unusable (safe_storage.BadFile): phrases inside a notice ------------
    "store_file.missing": {"en": "the file is missing", "et": "fail puudub"},
    "store_file.unreadable": {"en": "it cannot be read: {reason}", "et": "seda ei saa lugeda: {reason}"},
    "store_file.empty": {"en": "it is empty (0 bytes)", "et": "see on tühi (0 baiti)"},
    "store_file.nul": {"en": "it contains NUL bytes, a sign of a crash during writing",
                       "et": "selles on NUL-baite, mis viitab krahhile kirjutamise ajal"},
    "store_file.not_utf8": {"en": "it is not valid UTF-8 text at byte {position}",
                            "et": "see pole baidi {position} juures korrektne UTF-8 tekst"},
    "store_file.bad_json": {"en": "it is not valid JSON at line {line}, column {column}",
                            "et": "see pole korrektne JSON (rida {line}, veerg {column})"},
    "store_file.nested": {"en": "it is nested too deeply", "et": "see on liiga sügavalt pesastatud"},
    "store_file.not_a_database": {"en": "it does not have the layout of a database",
                                  "et": "sel pole andmebaasi ülesehitust"},
    "store_file.shape": {"en": "{why}", "et": "{why}"},
    "store_file.folder": {"en": "it is a folder, not a file", "et": "see on kaust, mitte fail"},
    "store_file.pipe": {"en": "it is a named pipe, not a regular file",
                        "et": "see on nimega toru, mitte tavaline fail"},
    "store_file.socket": {"en": "it is a socket, not a regular file", "et": "see on sokkel, mitte tavaline fail"},
    "store_file.device": {"en": "it is a device, not a regular file", "et": "see on seade, mitte tavaline fail"},
    "store_file.not_regular": {"en": "it is not a regular file", "et": "see pole tavaline fail"},
    "store_file.too_large": {"en": "the {what} is larger than the {size} it may be",
                             "et": "{what} on suurem kui lubatud {size}"},
    # -- recovery notices (errors.RecoveryNotice): a first part and, for damage, where the file went --
    "notice.missing": {"en": "The file of {subject} was missing and no usable automatic backup was found.",
                       "et": "Puudus {subject} fail ja kasutatavat automaatset varukoopiat ei leitud."},
    "notice.missing_backup": {
        "en": "The file of {subject} was missing; it was restored from the automatic backup {backup}, so the "
              "last few seconds of edits may be missing.",
        "et": "Puudus {subject} fail; see taastati automaatsest varukoopiast {backup}, nii et viimaste sekundite "
              "muudatused võivad puududa.",
    },
    "notice.missing_version": {
        "en": "The file of {subject} was missing; no automatic backup was usable, so it was recovered from its "
              "saved {version}: changes made after that version are missing.",
        "et": "Puudus {subject} fail; ükski automaatne varukoopia polnud kasutatav, seega taastati see salvestatud "
              "versioonist ({version}): pärast seda versiooni tehtud muudatused puuduvad.",
    },
    "notice.damaged": {"en": "The file of {subject} was damaged ({fault}) and no usable automatic backup was found.",
                       "et": "Vigaseks osutus {subject} fail ({fault}) ja kasutatavat automaatset varukoopiat ei "
                             "leitud."},
    "notice.damaged_backup": {
        "en": "The file of {subject} was damaged ({fault}); it was restored from the automatic backup {backup}, "
              "so the last few seconds of edits may be missing.",
        "et": "Vigaseks osutus {subject} fail ({fault}); see taastati automaatsest varukoopiast {backup}, nii et "
              "viimaste sekundite muudatused võivad puududa.",
    },
    "notice.damaged_version": {
        "en": "The file of {subject} was damaged ({fault}); no automatic backup was usable, so it was recovered "
              "from its saved {version}: changes made after that version are missing.",
        "et": "Vigaseks osutus {subject} fail ({fault}); ükski automaatne varukoopia polnud kasutatav, seega "
              "taastati see salvestatud versioonist ({version}): pärast seda versiooni tehtud muudatused puuduvad.",
    },
    "notice.kept_as": {"en": "The damaged file was kept as {kept_as}.",
                       "et": "Vigane fail jäeti alles nimega {kept_as}."},
    "notice.left_in_place": {"en": "The damaged file could not be moved aside and was left in place.",
                             "et": "Vigast faili ei saanud eemale tõsta ja see jäi oma kohale."},
    "notice.version_of": {"en": "version {id} ({label}, {created})", "et": "versioon {id} ({label}, {created})"},
    "store.version_unlisted": {
        "en": "Version {id} of {draft} cannot be read ({reason}), so it is not listed; the other versions are "
              "unaffected.",
        "et": "Ei saa lugeda {draft} versiooni {id} ({reason}), seega seda ei näidata; teisi versioone see ei "
              "mõjuta.",
    },
    # -- refusals (StoreError and its kinds) ---------------------------------------------------
    "store.damaged": {"en": "{notice}", "et": "{notice}"},
    "store.unreadable_now": {
        "en": "The file of {subject} cannot be read right now ({reason}); nothing was changed or rolled back. "
              "Another program (antivirus or backup software) may be holding it, or its permissions changed: "
              "try again in a moment.",
        "et": "Praegu ei saa lugeda {subject} faili ({reason}); midagi ei muudetud ega võetud tagasi. Võib-olla "
              "hoiab seda kinni mõni teine programm (viirusetõrje või varundustarkvara) või muutusid selle "
              "õigused: proovi mõne hetke pärast uuesti.",
    },
    "store.newer_save_unreadable": {
        "en": "The file of {subject} is damaged, and its newer backup {file} cannot be read right now ({reason}); "
              "nothing was moved or rolled back to an older save. Another program may be holding the backup, or "
              "its permissions changed: try again in a moment.",
        "et": "{subject} fail on vigane ja selle uuemat varukoopiat {file} ei saa praegu lugeda ({reason}); "
              "midagi ei teisaldatud ega võetud tagasi vanemale salvestusele. Võib-olla hoiab varukoopiat kinni "
              "mõni teine programm või muutusid selle õigused: proovi mõne hetke pärast uuesti.",
    },
    "store.folder_unreadable": {"en": "The library folder {folder} cannot be read ({reason}).",
                                "et": "Kogu kausta {folder} ei saa lugeda ({reason})."},
    "store.open_read_only": {"en": "{subject} is open read-only.",
                             "et": "Ainult lugemiseks on avatud {subject} fail."},
    "store.disk_full": {
        "en": "The disk is full, so {what} could not be saved. Nothing was lost: free some space and save again.",
        "et": "Ketas on täis, seega ebaõnnestus {what} salvestamine. Midagi ei läinud kaduma: vabasta ruumi ja "
              "salvesta uuesti.",
    },
    "store.not_writable": {
        "en": "The library folder cannot be written to ({reason}), so {what} could not be saved.",
        "et": "Kogu kausta ei saa kirjutada ({reason}), seega ebaõnnestus {what} salvestamine.",
    },
    "store.not_saved": {"en": "{what} could not be saved: {reason}.",
                        "et": "Ebaõnnestus {what} salvestamine: {reason}."},
    "store.lock_folder_is_file": {
        "en": "{what} cannot be locked for writing: {folder} is a file, where the app keeps a folder of locks "
              "(move the file away).",
        "et": "Ei saa kirjutamiseks lukustada {what} faili: {folder} on fail, kuid rakendus hoiab seal "
              "lukkude kausta (tõsta fail mujale).",
    },
    "store.lock_busy": {"en": "{what} is being saved by another program; try again in a moment.",
                        "et": "Parajasti salvestab {what} faili teine programm; proovi mõne hetke pärast uuesti."},
    "store.lock_failed": {"en": "{what} cannot be locked for writing ({reason}).",
                          "et": "Ei saa kirjutamiseks lukustada {what} faili ({reason})."},
    "store.library_is_file": {
        "en": "The library folder {folder} is a file, not a folder, so no draft can be kept there.",
        "et": "Kogu kaust {folder} on fail, mitte kaust, seega ei saa sinna mustandeid hoida.",
    },
    "store.library_read_only": {
        "en": "The library folder {folder} cannot be written to ({reason}), so drafts open read-only.",
        "et": "Kogu kausta {folder} ei saa kirjutada ({reason}), seega avanevad mustandid ainult lugemiseks.",
    },
    "store.held_elsewhere": {
        "en": "Another copy of the app is using this library, so drafts open read-only here. Close the other "
              "copy to edit.",
        "et": "Seda kogu kasutab rakenduse teine eksemplar, seega avanevad mustandid siin ainult lugemiseks. "
              "Muutmiseks sulge teine eksemplar.",
    },
    "store.held_by": {
        "en": "Another copy of {app} (process {pid} on {host}, since {since}) is using this library, so drafts "
              "open read-only here. Close the other copy to edit.",
        "et": "Seda kogu kasutab rakenduse {app} teine eksemplar (protsess {pid} arvutis {host}, alates {since}), "
              "seega avanevad mustandid siin ainult lugemiseks. Muutmiseks sulge teine eksemplar.",
    },
    "store.library_unusable": {"en": "the library folder {folder} cannot be used ({reason}).",
                               "et": "kogu kausta {folder} ei saa kasutada ({reason})."},
    "store.closed": {"en": "The library has been closed.", "et": "Kogu on suletud."},
    "store.not_an_id": {"en": "{id!r} is not a draft id.", "et": "{id!r} pole mustandi tunnus."},
    "store.no_draft": {"en": "There is no draft with the id {id!r}.", "et": "Tunnusega {id!r} mustandit pole."},
    "store.no_deleted_draft": {"en": "There is no deleted draft with the id {id!r}.",
                               "et": "Tunnusega {id!r} kustutatud mustandit pole."},
    "store.id_exists": {"en": "A draft with the id {id!r} already exists.",
                        "et": "Tunnusega {id!r} mustand on juba olemas."},
    "store.not_moved": {"en": "The draft could not be moved ({reason}).",
                        "et": "Mustandit ei saanud teisaldada ({reason})."},
    "store.newer_draft": {
        "en": "The draft {id!r} was saved by a newer version of the app (storage format {version}); please update "
              "the app to open it.",
        "et": "Mustand {id!r} on salvestatud rakenduse uuema versiooniga (hoidla vorming {version}); selle "
              "avamiseks uuenda rakendust.",
    },
    "store.conflict": {
        "en": "The draft \"{title}\" was changed elsewhere (another copy of the app or a command) since it was "
              "opened: revision {current}, expected {expected}. Your version was not written over it.",
        "et": "Mustandit „{title}“ on pärast avamist mujal muudetud (rakenduse teises eksemplaris või käsuga): "
              "redaktsioon {current}, oodati {expected}. Sinu versiooni selle peale ei kirjutatud.",
    },
    "store.no_version": {"en": "This draft has no version {version}.",
                         "et": "Sellel mustandil pole versiooni {version}."},
    "store.versions_unreadable": {"en": "The versions of {draft} cannot be read ({reason}).",
                                  "et": "Ei saa lugeda {draft} versioone ({reason})."},
    "store.version_damaged": {
        "en": "Version {version} of {draft} cannot be read: a part of it is missing or damaged ({reason}).",
        "et": "Ei saa lugeda {draft} versiooni {version}: osa sellest puudub või on vigane ({reason}).",
    },
    "store.versions_read_only": {"en": "The versions of {draft} are open read-only.",
                                 "et": "Ainult lugemiseks on avatud {draft} versioonid."},
    "store.migration_failed": {
        "en": "Migrating {subject} failed: version {version} did not read back the same.",
        "et": "Ebaõnnestus {subject} üleviimine: versioon {version} ei lugenud tagasi samana.",
    },
    "store.template": {"en": "{reason}", "et": "{reason}"},
    "store.none_chosen": {"en": "Choose a report in the library.", "et": "Vali kogust aruanne."},
}
