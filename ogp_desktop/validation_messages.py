"""Every validation message in English and Estonian, keyed by problem code.

Keys are ``code`` or ``code.variant``; the placeholders are filled by
:mod:`ogp_desktop.validation`. Each message names the field and says how to
fix the problem. Keeping them in one table lets a translator review them in
one place.
"""

from __future__ import annotations

from ogp_desktop.languages import tr

MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "en": "Fill in “{label}”.",
        "et": "Täitke väli „{label}“.",
    },
    "required.when": {
        "en": "Fill in “{label}”: it is required when “{cond_label}” is “{cond_value}”.",
        "et": "Täitke väli „{label}“: see on kohustuslik, kui „{cond_label}“ on „{cond_value}“.",
    },
    "required.choice": {
        "en": "Choose a value for “{label}”.",
        "et": "Valige väljale „{label}“ väärtus.",
    },
    "required.date": {
        "en": "Enter “{label}” as a date (YYYY-MM-DD).",
        "et": "Sisestage „{label}“ kuupäevana (AAAA-KK-PP).",
    },
    "required.month": {
        "en": "Enter “{label}” as a month (YYYY-MM).",
        "et": "Sisestage „{label}“ kuuna (AAAA-KK).",
    },
    "required.list": {
        "en": "Add at least one line to “{label}”.",
        "et": "Lisage väljale „{label}“ vähemalt üks rida.",
    },
    "empty_group": {
        "en": "“{label}” is empty: add at least one {item}.",
        "et": "„{label}“ on tühi: lisage vähemalt üks {item}.",
    },
    "empty_group.when": {
        "en": "“{label}” is empty: add at least one {item}, since “{cond_label}” is “{cond_value}”.",
        "et": "„{label}“ on tühi: lisage vähemalt üks {item}, sest „{cond_label}“ on „{cond_value}“.",
    },
    "evidence_missing": {
        "en": "Add at least one source to “{label}”: OGP expects evidence when “{cond_label}” is “{cond_value}”.",
        "et": "Lisage väljale „{label}“ vähemalt üks allikas: "
              "kui „{cond_label}“ on „{cond_value}“, ootab OGP tõendeid.",
    },
    "invalid_value.type": {
        "en": "“{label}” holds {got} where {expected} is expected; enter it again.",
        "et": "Väljal „{label}“ on {got}, kuid oodatakse väärtust, mis on {expected}; sisestage see uuesti.",
    },
    "invalid_value.enum": {
        "en": "“{value}” is not one of the choices for “{label}”; choose one of: {choices}.",
        "et": "„{value}“ ei ole välja „{label}“ lubatud valik; valige üks järgmistest: {choices}.",
    },
    "invalid_value.shared_key": {
        "en": "“{label}” “{value}” is already used by row {first} of this table; give each row its own, "
              "or a contribution cannot be matched to the right row.",
        "et": "Välja „{label}“ väärtus „{value}“ on juba kasutusel selle tabeli real {first}; andke igale reale oma, "
              "muidu ei saa panust õige reaga siduda.",
    },
    "invalid_value.unknown": {
        "en": "“{name}” is not part of the template; it is kept in the file but not shown or exported. "
              "Move its content to the right field, then remove it.",
        "et": "„{name}“ ei kuulu vormi juurde; see säilitatakse failis, kuid seda ei kuvata ega ekspordita. "
              "Tõstke selle sisu õigele väljale ja eemaldage see siis.",
    },
    "invalid_format.date": {
        "en": "“{label}” must be a date written as YYYY-MM-DD (e.g. 2017-06-30), not “{value}”.",
        "et": "„{label}“ peab olema kuupäev kujul AAAA-KK-PP (nt 2017-06-30), mitte „{value}“.",
    },
    "invalid_format.month": {
        "en": "“{label}” must be a month written as YYYY-MM (e.g. 2016-07), not “{value}”.",
        "et": "„{label}“ peab olema kuu kujul AAAA-KK (nt 2016-07), mitte „{value}“.",
    },
    "invalid_format.url": {
        "en": "“{label}” should be a web address starting with http:// or https://, not “{value}”.",
        "et": "„{label}“ peaks olema veebiaadress, mis algab http:// või https://, mitte „{value}“.",
    },
    "invalid_format.email": {
        "en": "“{label}” does not look like an e-mail address (“{value}”); correct it, e.g. name@example.ee.",
        "et": "„{label}“ ei näe välja nagu e-posti aadress („{value}“); parandage see, nt nimi@example.ee.",
    },
    "invalid_format.pattern": {
        "en": "“{label}” should be {hint}, not “{value}”.",
        "et": "„{label}“ peaks olema {hint}, mitte „{value}“.",
    },
    "too_long.words": {
        "en": "“{label}” has {count} words; shorten it to at most {max} words.",
        "et": "Väljal „{label}“ on {count} sõna; lühendage see kuni {max} sõnani.",
    },
    "too_long.chars": {
        "en": "“{label}” has {count} characters; shorten it to at most {max}.",
        "et": "Väljal „{label}“ on {count} tähemärki; lühendage see kuni {max} tähemärgini.",
    },
    "date_order": {
        "en": "“{label}” ({end}) is before “{start_label}” ({start}); correct one of the two dates.",
        "et": "„{label}“ ({end}) on varasem kui „{start_label}“ ({start}); parandage üks kahest kuupäevast.",
    },
    "outside_period": {
        "en": "“{label}” ({value}) lies outside {start} – {end} (“{start_label}” to “{end_label}”); "
              "correct the date or those limits.",
        "et": "„{label}“ ({value}) jääb väljapoole vahemikku {start} – {end} („{start_label}“ kuni „{end_label}“); "
              "parandage kuupäev või need piirid.",
    },
    "comment_period_short": {
        "en": "The public comment period lasted {days} days; OGP expects at least {weeks} weeks ({min} days). "
              "Check “{start_label}” and “{label}”, and explain a shorter period in the report.",
        "et": "Avalik kommenteerimine kestis {days} päeva; OGP ootab vähemalt {weeks} nädalat ({min} päeva). "
              "Kontrollige välju „{start_label}“ ja „{label}“ ning põhjendage lühemat perioodi aruandes.",
    },
    "too_few_meetings": {
        "en": "“{label}” lists {count} meeting(s) between {start} and {end}; OGP expects at least {per_year} a year, "
              "so {expected} for this period. Add the missing meetings.",
        "et": "Väljal „{label}“ on ajavahemikus {start} – {end} {count} koosolekut; "
              "OGP ootab vähemalt {per_year} koosolekut "
              "aastas, sellel perioodil seega {expected}. Lisage puuduvad koosolekud.",
    },
    "values_tech_alone": {
        "en": "“{label}” holds only “{value}”, which OGP does not accept on its own; "
              "add the other values the commitment serves.",
        "et": "Väljal „{label}“ on ainult „{value}“, mida OGP üksi ei arvesta; "
              "lisage muud väärtused, mida kohustus teenib.",
    },
    "completion_inconsistent.last": {
        "en": "“{label}” is “{value}”, but {count} of the {total} rows in “{items_label}” have another “{item_label}”; "
              "bring them in line.",
        "et": "„{label}“ on „{value}“, kuid {total} reast {count} on tabelis „{items_label}“ "
              "teistsugune „{item_label}“; viige need kooskõlla.",
    },
    "completion_inconsistent.first": {
        "en": "“{label}” is “{value}”, but {count} of the {total} rows in “{items_label}” already show progress in "
              "“{item_label}”; bring them in line.",
        "et": "„{label}“ on „{value}“, kuid {total} reast {count} näitab tabelis „{items_label}“ väljal „{item_label}“ "
              "juba edenemist; viige need kooskõlla.",
    },
}

# What a value is, for invalid_value.type ("holds a list where text is expected").
TYPE_NAMES: dict[str, dict[str, str]] = {
    "text": {"en": "text", "et": "tekst"},
    "date": {"en": "a date", "et": "kuupäev"},
    "month": {"en": "a month", "et": "kuu"},
    "choice": {"en": "one of the choices", "et": "üks valikutest"},
    "choices": {"en": "a list of choices", "et": "valikute loend"},
    "bool": {"en": "yes or no", "et": "jah või ei"},
    "int": {"en": "a whole number", "et": "täisarv"},
    "list": {"en": "a list of lines", "et": "ridade loend"},
    "group": {"en": "a table", "et": "tabel"},
    "row": {"en": "a table row", "et": "tabelirida"},
    "str": {"en": "text", "et": "tekst"},
    "number": {"en": "a number", "et": "arv"},
    "true/false": {"en": "yes/no", "et": "jah/ei"},
    "array": {"en": "a list", "et": "loend"},
    "object": {"en": "a set of fields", "et": "väljade kogum"},
    "null": {"en": "nothing", "et": "tühi väärtus"},
}

# Booleans shown in "required.when" ("when “No comments were received” is “No”").
BOOL_TEXT: dict[bool, dict[str, str]] = {
    True: {"en": "Yes", "et": "Jah"},
    False: {"en": "No", "et": "Ei"},
}

ROW_PREFIX = "{item} {n} › "


def message(key: str, lang: str, **params: object) -> str:
    """The message *key* in *lang* (English fallback), placeholders filled."""
    return tr(MESSAGES[key], lang).format(**params)
