"""Where a value came from, and what a value path is called, in words for the user.

The merge records ``report.meta["provenance"][key] = {"source", "at", "merged"}``
(``key`` is a value path, or ``"et:path"`` for a translation). The editor shows
:func:`describe` as a tooltip or mark on the field; the merge and versions
dialogs name paths with :func:`ogp_desktop.gui.widgets.labels.path_label`. No widgets here: only
``QCoreApplication.translate`` (context "Provenance", literal strings so
lupdate finds them) so the sentences can be translated like the rest of the
interface.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ogp_desktop.interchange.contribution import value_fingerprint
from ogp_desktop.report import Report

_PREFIX = "contribution for "



def local_stamp(iso: str) -> str:
    """'2026-11-27T12:05:00Z' as local '27.11.2026 14:05' (the Estonian way); raw text if it does not parse."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))  # noqa: FURB162 - 3.10 cannot read "Z"
    except (ValueError, AttributeError):
        return str(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def entry_for(report: Report, path: str, lang: str | None = None) -> dict[str, Any] | None:
    """The provenance entry of the value at *path* (its *lang* translation when given), or None."""
    table = report.meta.get("provenance")
    if not isinstance(table, dict):
        return None
    entry = table.get(f"{lang}:{path}" if lang else path)
    return entry if isinstance(entry, dict) else None


def describe_entry(entry: dict[str, Any]) -> str:
    """One sentence: "Merged from the contribution for Ministry of Justice on 27.11.2026 14:05"."""
    source = str(entry.get("source") or "")
    stamp = entry.get("merged") or entry.get("at")
    who = source[len(_PREFIX):] if source.startswith(_PREFIX) else ""
    if not stamp:
        if who:
            return QCoreApplication.translate("Provenance", "Merged from the contribution for {who}").format(who=who)
        return QCoreApplication.translate("Provenance", "Merged from a contribution")
    when = local_stamp(str(stamp))
    if who:
        return QCoreApplication.translate("Provenance", "Merged from the contribution for {who} on {when}").format(
            who=who, when=when)
    return QCoreApplication.translate("Provenance", "Merged from a contribution on {when}").format(when=when)


def _sentence(report: Report, key: str, entry: dict[str, Any]) -> str:
    """The entry's sentence, saying so when the value was changed here after the merge."""
    text = describe_entry(entry)
    recorded = entry.get("value")
    if isinstance(recorded, str) and recorded != value_fingerprint(report, key):
        text = QCoreApplication.translate("Provenance", "{sentence}; edited here since").format(sentence=text)
    return text


def describe(report: Report, path: str, lang: str | None = None) -> str:
    """The tooltip for the value at *path*: where it came from, or "" when a person typed it here."""
    entry = entry_for(report, path, lang)
    return _sentence(report, f"{lang}:{path}" if lang else path, entry) if entry is not None else ""


def marked_paths(report: Report) -> dict[str, str]:
    """Every provenance key and its sentence (for marking fields in one pass)."""
    table = report.meta.get("provenance")
    if not isinstance(table, dict):
        return {}
    return {key: _sentence(report, key, entry) for key, entry in table.items() if isinstance(entry, dict)}
