"""The layout of the store's files, its version number and the migrations between versions.

A draft file (``reports/<id>.json``) is a TinyDB database with two tables:
``meta`` (doc 1: schema_version, draft_id, created) and ``draft`` (doc 1:
revision, saved, summary, report). Everything an autosave changes lives in
the one ``draft`` document so a save is a single atomic write.

Version 0 is the prototype layout: the report dict alone in TinyDB's
``_default`` table. ``MIGRATIONS[v]`` turns a version *v* file into *v + 1*.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ogp_desktop.errors import Term
from ogp_desktop.report import FORMAT, now_iso

SCHEMA_VERSION = 1
Data = dict[str, dict[str, Any]]


def _v0_to_v1(data: Data) -> Data:
    report = dict(data.get("_default", {}).get("1", {}))
    report.setdefault("format", FORMAT)
    report.setdefault("format_version", 1)
    found = report.get("meta")
    meta: dict[str, Any] = found if isinstance(found, dict) else {}
    created = str(meta.get("created") or now_iso())
    return {
        "meta": {"1": {"schema_version": 1, "draft_id": None, "created": created}},
        "draft": {"1": {"revision": 1, "saved": str(meta.get("modified") or created), "summary": {}, "report": report}},
    }


MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def schema_version(data: Data) -> int:
    meta = data.get("meta", {}).get("1")
    if isinstance(meta, dict) and isinstance(meta.get("schema_version"), int):
        return int(meta["schema_version"])
    return 0


def migrate(data: Data) -> tuple[Data, bool]:
    """Bring *data* up to :data:`SCHEMA_VERSION`; return (data, whether anything changed)."""
    version = schema_version(data)
    changed = False
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        changed = True
    return data, changed


def _report_shape(report: Any) -> Term | None:
    if not isinstance(report, dict):
        return Term("it holds no report", "selles pole aruannet")
    if report.get("format", FORMAT) != FORMAT or not isinstance(report.get("values"), dict):
        return Term("it holds something other than a progress report", "selles on midagi muud kui eduaruanne")
    return None


def check_draft(data: Data) -> Term | None:
    """Shape check for a draft file (any known schema version); None when usable."""
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        return None  # not damage: the library refuses it with its own message
    if version == 0:
        return _report_shape(data.get("_default", {}).get("1"))
    draft = data.get("draft", {}).get("1")
    if not isinstance(draft, dict) or not isinstance(draft.get("revision"), int):
        return Term("it has no saved report", "selles pole salvestatud aruannet")
    return _report_shape(draft.get("report"))


def check_versions(data: Data) -> Term | None:
    for doc in data.get("versions", {}).values():
        if not isinstance(doc.get("report"), dict) or not isinstance(doc.get("created"), str):
            return Term("a saved version is incomplete", "üks salvestatud versioon on poolik")
    return None


def check_index(data: Data) -> Term | None:
    rows = data.get("drafts", {}).get("1", {"rows": {}}).get("rows")
    return None if isinstance(rows, dict) else Term("its list of drafts is missing", "selle mustandite loetelu puudub")
