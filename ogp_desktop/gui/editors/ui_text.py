"""The editor's own words (buttons, hints) in both UI languages.

Template labels come from the template; these few fixed strings live here so
every editor relabels with ``set_language`` like the template texts do.
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    "choose": ("— choose —", "— vali —"),
    "yes": ("Yes", "Jah"),
    "add": ("Add", "Lisa"),
    "remove": ("Remove", "Eemalda"),
    "duplicate": ("Duplicate", "Kopeeri"),
    "move_up": ("Move up", "Üles"),
    "move_down": ("Move down", "Alla"),
    "renumber": ("Renumber", "Nummerda"),
    "calendar": ("Pick a date from a calendar", "Vali kuupäev kalendrist"),
    "date_hint": ("Use the form YYYY-MM-DD, e.g. 2018-07-01.", "Kasuta kuju AAAA-KK-PP, nt 2018-07-01."),
    "month_hint": ("Use the form YYYY-MM, e.g. 2018-07.", "Kasuta kuju AAAA-KK, nt 2018-07."),
    "url_hint": ("A web address starts with http:// or https://.", "Veebiaadress algab http:// või https://."),
    "email_hint": ("This does not look like an e-mail address (name@example.org).",
                   "See ei näe välja nagu e-posti aadress (nimi@näide.ee)."),
    "int_hint": ("Enter a whole number.", "Sisesta täisarv."),
    "words": ("{words} words, {chars} characters", "{words} sõna, {chars} märki"),
    "max_words": ("limit {n} words", "piir {n} sõna"),
    "max_chars": ("limit {n} characters", "piir {n} märki"),
    "over": ("over the limit", "üle piiri"),
    "new_item": ("New item", "Uus rida"),
    "items": ("{n} items", "{n} rida"),
    "row_details": ("Details of row {n}", "Rea {n} üksikasjad"),
    "no_row": ("Select a row to edit its long texts.", "Vali rida, et selle pikki tekste muuta."),
    "required": ("required", "kohustuslik"),
    "recommended": ("recommended", "soovitatav"),
}


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    en, et = _TEXTS[key]
    text = et if lang == "et" else en
    return text.format(**kwargs) if kwargs else text
