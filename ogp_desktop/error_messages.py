"""Every refusal sentence of the core, in English and Estonian, keyed by its code (see ``errors.py``).

English wording is what tests and logs read; keep a code's placeholders the same in both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- contributions (interchange/contribution.py) --------------------------------------
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
