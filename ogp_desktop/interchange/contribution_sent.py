"""What a report remembers about the contributions it sent out.

A contribution file alone cannot be trusted to say what it was sent for: its
list of commitments and its base are in the file, and a file can be edited.
So each export also leaves a note in the report it came from,
``report.meta["sent_contributions"]``: one entry per contribution (JSON file
or Word form) with its id, who it is for, when, the keys of the commitments
it covers and a digest of their base values (docs/report-file.md). A merge
looks the contribution's id up there: a known one is held to the recorded
scope and base, an unknown one is merged for its own scope with a warning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from ogp_desktop.report import Report

SENT = "sent_contributions"  # meta key of the report that sent them
MAX_SENT = 1000  # entries kept: the oldest go first (a note, not an archive)


def base_digest(group: str, rows: list[Any], translations: dict[str, Any], key_of: Callable[[Any], str],
                scope: Iterable[str]) -> str:
    """A hash of the base values (and their translations) of the commitments in *scope*.

    Keyed by commitment, not position, so a base listing other commitments as well
    (or in another order) still hashes the same for the ones that were sent.
    """
    wanted = set(scope)
    canon: dict[str, Any] = {}
    for i, row in enumerate(rows):
        key = key_of(row)
        if key not in wanted:
            continue
        prefix = f"{group}[{i}]"
        tr = {lang: {k[len(prefix):]: v for k, v in entries.items() if k.startswith((prefix + ".", prefix + "["))}
              for lang, entries in translations.items() if isinstance(entries, dict)}
        canon[key] = {"row": row, "translations": {lang: e for lang, e in tr.items() if e}}
    blob = json.dumps(canon, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def record_sent(report: Report, entry: dict[str, Any]) -> None:
    """Note in *report* that a contribution (*entry*: id, for, created, commitments, base) was sent."""
    sent = [e for e in sent_entries(report) if e.get("id") != entry.get("id")]
    sent.append(entry)
    report.set_meta(SENT, sent[-MAX_SENT:])


def sent_entries(report: Report) -> list[dict[str, Any]]:
    """The report's notes on the contributions it sent (entries of the wrong shape left out)."""
    found = report.meta.get(SENT)
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def find_sent(report: Report, contribution_id: str) -> dict[str, Any] | None:
    """The note on the contribution with *contribution_id*; None when this report has none."""
    if not contribution_id:
        return None
    return next((e for e in sent_entries(report) if e.get("id") == contribution_id), None)
