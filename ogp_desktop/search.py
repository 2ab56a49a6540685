"""Find and replace across a whole report: field labels and values, in both languages.

Qt-free, so the rule of what a search finds is tested without a display. A
search walks the template in its order (what the user sees, page by page) and
reports one :class:`Hit` per field, list item or translation whose label or
text holds the query, case-insensitively. Replacing touches the report's own
values (text the user wrote); labels and enum choices belong to the template.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Template

LABEL, VALUE, TRANSLATION = "label", "value", "translation"
LANGUAGES = ("en", "et")
_WRITTEN = frozenset({"text", "longtext", "url", "email", "date", "month"})  # kinds whose value is the user's text


@dataclass(frozen=True)
class Hit:
    """Where the query was found: the value path to show, and in what (label, value, translation)."""

    path: str
    where: str
    lang: str
    text: str  # the text that holds the query (a label, a value, a translation)


def _pattern(query: str) -> re.Pattern[str] | None:
    query = query.strip()
    return re.compile(re.escape(query), re.IGNORECASE) if query else None


def _instances(template: Template, report: Report) -> Iterator[tuple[Field, valuepath.Path, Any]]:
    """Every visible field with its value path and value, rows included, in template order."""
    rt = report.report_type

    def walk(fields: tuple[Field, ...], node: dict[str, Any], prefix: valuepath.Path) -> Iterator[
            tuple[Field, valuepath.Path, Any]]:
        for f in fields:
            if not f.visible_for(rt):
                continue
            here = prefix + (f.id,)
            value = node.get(f.id)
            yield f, here, value
            if f.kind == "group" and isinstance(value, list):
                for i, row in enumerate(value):
                    if isinstance(row, dict):
                        yield from walk(f.fields, row, here + (i,))

    for section in template.sections:
        if section.visible_for(rt):
            yield from walk(section.fields, report.values, ())


def _value_texts(f: Field, value: Any, path: valuepath.Path, lang: str) -> Iterator[tuple[str, str]]:
    """(value path, text) of what a value reads as in *lang*: free text as written, choices by their labels."""
    if value is None or value == "" or value == []:
        return
    if f.kind in _WRITTEN and isinstance(value, str):
        yield valuepath.format(path), value
    elif f.kind == "int" and not isinstance(value, bool):
        yield valuepath.format(path), str(value)
    elif f.kind == "enum":
        yield valuepath.format(path), f.value_text(value, lang)
    elif f.kind == "multienum" and isinstance(value, list):
        yield valuepath.format(path), ", ".join(f.value_text(v, lang) for v in value)
    elif f.kind == "list" and isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield valuepath.format(path + (i,)), item


def find(report: Report, template: Template, query: str) -> list[Hit]:
    """Every place *query* appears, in page order: a field's label, its value, or a translation."""
    pattern = _pattern(query)
    if pattern is None:
        return []
    hits: list[Hit] = []
    seen: set[tuple[str, str]] = set()

    def add(path: str, where: str, lang: str, text: str) -> None:
        if (path, where) not in seen and pattern.search(text):
            seen.add((path, where))
            hits.append(Hit(path, where, lang, text))

    for f, path, value in _instances(template, report):
        at = valuepath.format(path)
        for lang in LANGUAGES:
            add(at, LABEL, lang, f.text(lang))
        # The user's own text is in the report's language (its other language is a translation);
        # a choice reads as its label in either language.
        value_langs = LANGUAGES if f.kind in ("enum", "multienum") else (report.language,)
        for lang in value_langs:
            for where_path, text in _value_texts(f, value, path, lang):
                add(where_path, VALUE, lang, text)
        for lang, entries in report.translations.items():
            if not isinstance(entries, dict):
                continue
            for where_path, _text in _value_texts(f, value, path, lang):
                entry = entries.get(where_path)
                if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                    add(where_path, TRANSLATION, str(lang), entry["text"])
    return hits


def replaced(report: Report, template: Template, query: str, replacement: str,
             paths: set[str] | None = None) -> dict[str, str]:
    """The new text of every value the user wrote that holds *query* (only those in *paths*, when given).

    Case-insensitive, every occurrence; labels, choices and translations are left alone.
    """
    pattern = _pattern(query)
    if pattern is None:
        return {}
    out: dict[str, str] = {}
    for f, path, value in _instances(template, report):
        if f.kind not in _WRITTEN and f.kind != "list":
            continue
        for where, text in _value_texts(f, value, path, report.language):
            if (paths is None or where in paths) and pattern.search(text):
                out[where] = pattern.sub(lambda _m: replacement, text)
    return out
