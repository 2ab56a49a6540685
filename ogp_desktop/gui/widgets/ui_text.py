"""The editor's own words (buttons, hints), translated through the Qt catalogues.

Template labels come from the template; these fixed strings live here so
every editor relabels with ``set_language`` like the template texts do. The
Estonian is in resources/i18n/ogp_desktop_et.ts (context "Editor").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ogp_desktop.gui.widgets.i18n import translate

CONTEXT = "Editor"
_TEXTS: dict[str, str] = {
    "choose": QT_TRANSLATE_NOOP("Editor", "— choose —"),
    "yes": QT_TRANSLATE_NOOP("Editor", "Yes"),
    "add": QT_TRANSLATE_NOOP("Editor", "Add"),
    "remove": QT_TRANSLATE_NOOP("Editor", "Remove"),
    "duplicate": QT_TRANSLATE_NOOP("Editor", "Duplicate"),
    "move_up": QT_TRANSLATE_NOOP("Editor", "Move up"),
    "move_down": QT_TRANSLATE_NOOP("Editor", "Move down"),
    "renumber": QT_TRANSLATE_NOOP("Editor", "Renumber"),
    "calendar": QT_TRANSLATE_NOOP("Editor", "Pick a date from a calendar"),
    "date_hint": QT_TRANSLATE_NOOP("Editor", "Use the form YYYY-MM-DD, e.g. 2018-07-01."),
    "month_hint": QT_TRANSLATE_NOOP("Editor", "Use the form YYYY-MM, e.g. 2018-07."),
    "url_hint": QT_TRANSLATE_NOOP("Editor", "A web address starts with http:// or https://."),
    "email_hint": QT_TRANSLATE_NOOP("Editor", "This does not look like an e-mail address (name@example.org)."),
    "int_hint": QT_TRANSLATE_NOOP("Editor", "Enter a whole number."),
    "words": QT_TRANSLATE_NOOP("Editor", "{words} words, {chars} characters"),
    "max_words": QT_TRANSLATE_NOOP("Editor", "limit {n} words"),
    "max_chars": QT_TRANSLATE_NOOP("Editor", "limit {n} characters"),
    "over": QT_TRANSLATE_NOOP("Editor", "over the limit"),
    "spelling_near": QT_TRANSLATE_NOOP("Editor", "spelling checked only near your edits (text over {n} characters)"),
    "new_item": QT_TRANSLATE_NOOP("Editor", "New item"),
    "items": QT_TRANSLATE_NOOP("Editor", "{n} items"),
    "row_details": QT_TRANSLATE_NOOP("Editor", "Details of row {n}"),
    "no_row": QT_TRANSLATE_NOOP("Editor", "Select a row to edit its long texts."),
    "no_rows": QT_TRANSLATE_NOOP("Editor", "No rows yet. Add one, then write its long texts here."),
    "required": QT_TRANSLATE_NOOP("Editor", "required"),
    "recommended": QT_TRANSLATE_NOOP("Editor", "recommended"),
}


def ui_text(key: str, lang: str, **kwargs: object) -> str:
    text = translate(lang, CONTEXT, _TEXTS[key])
    return text.format(**kwargs) if kwargs else text
