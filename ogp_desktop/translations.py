"""Parallel translations: the second language of a report, and when it is stale.

Values are written in the report's ``language``; ``report.translations[lang]``
holds the other language keyed by value path, each entry remembering the
SHA-256 of the source text it was made from. When the source changes, the
hash differs and the translation is *stale*: still used, but flagged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.languages import known_language
from ogp_desktop.report import Report
from ogp_desktop.template import TRANSLATABLE_KINDS as TRANSLATABLE_KINDS  # re-exported for the GUI
from ogp_desktop.template import Field, Template
from ogp_desktop.validation import Problem

MISSING, CURRENT, STALE = "missing", "current", "stale"


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def other_language(report: Report) -> str:
    return "et" if report.language == "en" else "en"


def translatable_paths(report: Report, template: Template) -> Iterator[str]:
    """Every value path holding free text the user wrote, in template order.

    Enum and date values need no translation (the template carries their
    labels), nor fields the template marks untranslatable (ids, numbers, names
    of people); a list contributes one path per item.
    """
    rt = report.report_type

    def texts(f: Field, value: object, here: valuepath.Path) -> Iterator[str]:
        if f.kind in ("text", "longtext") and f.translatable and isinstance(value, str) and value.strip():
            yield valuepath.format(here)
        elif f.kind in ("list", "group") and isinstance(value, list):
            for i, item in enumerate(value):
                if f.kind == "group" and isinstance(item, dict):
                    yield from walk(f.fields, item, here + (i,))
                elif f.kind == "list" and f.translatable and isinstance(item, str) and item.strip():
                    yield valuepath.format(here + (i,))

    def walk(fields: tuple[Field, ...], node: dict[str, Any], prefix: valuepath.Path) -> Iterator[str]:
        for f in fields:
            if f.visible_for(rt):
                yield from texts(f, node.get(f.id), prefix + (f.id,))

    for section in template.sections:
        if section.visible_for(rt):
            yield from walk(section.fields, report.values, ())


def state(report: Report, path: str, lang: str) -> str:
    source = report.get(path)
    entry = report.translations.get(lang, {}).get(path)
    if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) or not entry["text"].strip():
        return MISSING
    if not isinstance(source, str) or entry.get("source_hash") != source_hash(source):
        return STALE
    return CURRENT


def translate(report: Report, path: str, lang: str, text: str) -> None:
    """Record *text* as the *lang* translation of the current source value (undoable via Report)."""
    source = report.get(path)
    if not text.strip():
        report.set_translation(lang, path, None)
        return
    report.set_translation(lang, path, {"text": text, "source_hash": source_hash(str(source or ""))})


def text_in(report: Report, path: str | valuepath.Path, lang: str) -> object:
    """The value to show in *lang*: the source, or its translation (current or stale) when there is one."""
    key = path if isinstance(path, str) else valuepath.format(path)
    value = report.get(key)
    if lang == report.language:
        return value
    entries = report.translations.get(lang, {})

    def pick(k: str, source: object) -> object:
        entry = entries.get(k)
        if isinstance(source, str) and isinstance(entry, dict) and isinstance(entry.get("text"), str) \
                and entry["text"].strip():
            return entry["text"]
        return source

    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [pick(f"{key}[{i}]", v) for i, v in enumerate(value)]
    return pick(key, value)


def summary(report: Report, template: Template, lang: str) -> dict[str, int]:
    counts = {MISSING: 0, CURRENT: 0, STALE: 0}
    for path in translatable_paths(report, template):
        counts[state(report, path, lang)] += 1
    return counts


_MESSAGES = {
    MISSING: {
        "en": "“{label}” has no {language} translation yet: add one in translation mode.",
        "et": "Väljal „{label}“ puudub veel {language} tõlge: lisage see tõlkerežiimis.",
    },
    STALE: {
        "en": "The {language} translation of “{label}” is out of date: the text changed after it was "
              "translated. Check it in translation mode.",
        "et": "Välja „{label}“ {language} tõlge on vananenud: teksti on pärast tõlkimist muudetud. "
              "Vaadake see tõlkerežiimis üle.",
    },
}
_LANGUAGE_NAMES = {"en": {"en": "English", "et": "ingliskeelne"}, "et": {"en": "Estonian", "et": "eestikeelne"}}


def translation_problems(report: Report, template: Template, lang: str, ui_lang: str = "en") -> list[Problem]:
    """Warnings ``translation_missing`` / ``translation_stale`` for every free-text value.

    Empty when *lang* is the report's own language: there is nothing to translate.
    """
    if lang == report.language:
        return []
    ui = known_language(ui_lang)
    language = _LANGUAGE_NAMES.get(lang, {}).get(ui, lang)
    out = []
    for path in translatable_paths(report, template):
        st = state(report, path, lang)
        if st == CURRENT:
            continue
        field = template.field(path)
        label = field.text(ui) if field else path
        text = _MESSAGES[st][ui].format(label=label, language=language)
        out.append(Problem(path, "warning", f"translation_{st}", text))
    return out
