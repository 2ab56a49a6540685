"""Words the exports print that no template carries, in English and Estonian.

Kept here rather than in the Qt catalogues because the document package must
not depend on Qt, and exports choose their language independently of the UI.
"""

from __future__ import annotations

from datetime import date

TEXTS: dict[str, dict[str, str]] = {
    "contents": {"en": "Contents", "et": "Sisukord"},
    "page_x_of_y": {"en": "Page {page} of {pages}", "et": "Lk {page} / {pages}"},
    "draft": {"en": "DRAFT", "et": "MUSTAND"},
    "draft_note": {
        "en": "Draft: this report still has errors to correct before it can be submitted.",
        "et": "Mustand: aruandes on veel vigu, mis tuleb enne esitamist parandada.",
    },
    "yes": {"en": "Yes", "et": "Jah"},
    "no": {"en": "No", "et": "Ei"},
    # a draft's marker where a required value is still empty (never in a final export)
    "missing": {"en": "[missing: {label}]", "et": "[puudub: {label}]"},
    "at_a_glance": {"en": "Commitments at a glance", "et": "Kohustused ülevaatlikult"},
    "chart_title": {"en": "Commitments by level of completion", "et": "Kohustused täitmise taseme järgi"},
    "chart_alt": {"en": "Bar chart of the {total} commitments by level of completion: {bars}.",
                  "et": "Tulpdiagramm {total} kohustuse jaotusest täitmise taseme järgi: {bars}."},
    "completion_before": {"en": "Completion, previous report", "et": "Täitmine eelmises aruandes"},
    "completion_now": {"en": "Completion, this report", "et": "Täitmine selles aruandes"},
    "not_assessed": {"en": "Not assessed", "et": "Hindamata"},
    "cover_title": {"en": "{country}: {report_type}, action plan {years}",
                    "et": "{country}: {report_type}, tegevuskava {years}"},
    "period": {"en": "Reporting period", "et": "Aruandlusperiood"},
    "date": {"en": "Date", "et": "Kuupäev"},
    "report": {"en": "Progress report", "et": "Vahearuanne"},
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
           "september", "oktoober", "november", "detsember"),
}
# The exports print a date on its own (a table cell, the cover, "Kuupäev: ..."), where Estonian
# writes the month in the nominative: "29. september 2017", "1. märts 2018". The genitive
# ("29. septembri 2017") belongs only before a noun, and no export puts a date there: the
# template's statements are whole sentences without values (tests/document/test_estonian_dates.py).

# Between a date's parts: a narrow table cell must not put "2017" on a line of its own. Word,
# LibreOffice and reportlab keep U+00A0 unbroken; it copies and extracts as a space-like
# character, so searching and pasting still read "29. september 2017".
NO_BREAK = "\u00a0"


def texts(lang: str) -> dict[str, str]:
    """Every fixed text in *lang* (English where a language is unknown)."""
    lang = lang if lang in ("en", "et") else "en"
    return {key: value[lang] for key, value in TEXTS.items()}


def format_date(value: str, lang: str) -> str:
    """``2017-09-29`` -> "29 September 2017" / "29. september 2017" (no-break spaces); anything
    unparsable unchanged."""
    try:
        d = date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    if lang == "et":
        return f"{d.day}.{NO_BREAK}{_MONTHS['et'][d.month - 1]}{NO_BREAK}{d.year}"
    return f"{d.day}{NO_BREAK}{_MONTHS['en'][d.month - 1]}{NO_BREAK}{d.year}"


def format_month(value: str, lang: str) -> str:
    """``2018-07`` -> "July 2018" / "juuli 2018" (a no-break space); anything unparsable unchanged."""
    text = str(value)
    parts = text.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return text
    return f"{_MONTHS.get(lang, _MONTHS['en'])[int(parts[1]) - 1]}{NO_BREAK}{parts[0]}"
