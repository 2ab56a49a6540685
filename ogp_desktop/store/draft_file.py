"""One draft's files: ``<id>.json`` (the report) and ``<id>.versions.json`` (its versions).

Versions live in their own file so an autosave rewrites one report, not the
report plus every version ever taken (a 200-commitment report is ~2 MB; thirty
versions in the same file would make each keystroke's save cost 60 MB).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from ogp_desktop.errors import Term
from ogp_desktop.report import now_iso
from ogp_desktop.store import schema
from ogp_desktop.store.errors import DraftNotFoundError, StoreError, versions_of
from ogp_desktop.store.safe_storage import SafeStorage


class DraftFile:
    """The TinyDB file holding one draft: its metadata and its current report."""

    def __init__(self, path: Path, draft_id: str, subject: Term, read_only: bool) -> None:
        self.path = path
        self.draft_id = draft_id
        self.read_only = read_only
        self.db = TinyDB(str(path), storage=SafeStorage, subject=subject, check=schema.check_draft,
                         read_only=read_only)

    @property
    def storage(self) -> SafeStorage:
        return self.db.storage  # type: ignore[return-value]

    def create(self, doc: dict[str, Any]) -> None:
        meta = {"schema_version": schema.SCHEMA_VERSION, "draft_id": self.draft_id, "created": now_iso()}
        self.storage.write({"meta": {"1": meta}, "draft": {"1": doc}})

    def read(self) -> dict[str, Any]:
        """The ``draft`` document (revision, saved, summary, report), migrated to this schema.

        The returned dict is shared with the read cache: copy before changing it.
        """
        data = self.storage.read()
        if data is None:
            raise DraftNotFoundError("store.no_draft", id=self.draft_id)
        version = schema.schema_version(data)
        if version > schema.SCHEMA_VERSION:
            raise StoreError("store.newer_draft", id=self.draft_id, version=version)
        if version < schema.SCHEMA_VERSION:
            data, _ = schema.migrate(copy.deepcopy(data))
            data["meta"]["1"]["draft_id"] = self.draft_id
            if not self.read_only:
                self.storage.write(data)  # the old layout stays as backup generation .1
        draft: dict[str, Any] = data["draft"]["1"]
        return draft

    def write(self, doc: dict[str, Any]) -> None:
        # One document, one TinyDB update: one atomic file replace per save.
        self.db.table("draft").upsert(Document(doc, doc_id=1))

    def close(self) -> None:
        self.db.close()


@dataclass(frozen=True)
class VersionInfo:
    id: int
    created: str  # ISO 8601 UTC
    name: str | None  # the user's name for a named version
    kind: str  # "auto" or "named"
    reason: str  # why it was taken: "Before restoring version 3", "Sent for public comment"
    revision: int

    @property
    def label(self) -> str:
        return self.name or self.reason


class VersionFile:
    """The TinyDB file holding one draft's saved versions (a full report each)."""

    def __init__(self, path: Path, subject: Term, read_only: bool) -> None:
        self.db = TinyDB(str(path), storage=SafeStorage, subject=versions_of(subject),
                         check=schema.check_versions, read_only=read_only)
        self.table = self.db.table("versions")

    @property
    def storage(self) -> SafeStorage:
        return self.db.storage  # type: ignore[return-value]

    def _records(self) -> dict[str, dict[str, Any]]:
        data = self.storage.read() or {}
        return data.get("versions", {})

    def list(self) -> list[VersionInfo]:
        return [_info(int(k), doc) for k, doc in sorted(self._records().items(), key=lambda kv: int(kv[0]))]

    def latest_report(self) -> dict[str, Any] | None:
        records = self._records()
        if not records:
            return None
        report: dict[str, Any] = records[max(records, key=int)]["report"]
        return report

    def newest(self) -> tuple[VersionInfo, dict[str, Any]] | None:
        """The newest version holding a report (a full copy), or None."""
        for key, doc in sorted(self._records().items(), key=lambda kv: int(kv[0]), reverse=True):
            if isinstance(doc.get("report"), dict):
                return _info(int(key), doc), copy.deepcopy(doc["report"])
        return None

    def get(self, version_id: int) -> tuple[VersionInfo, dict[str, Any]]:
        doc = self._records().get(str(version_id))
        if doc is None:
            raise StoreError("store.no_version", version=version_id)
        return _info(version_id, doc), copy.deepcopy(doc["report"])

    def add(self, *, kind: str, reason: str, name: str | None, revision: int, report: dict[str, Any]) -> int:
        records = self._records()
        new_id = max((int(k) for k in records), default=0) + 1
        doc = {"created": now_iso(), "name": name, "kind": kind, "reason": reason, "revision": revision,
               "report": copy.deepcopy(report)}
        self.table.insert(Document(doc, doc_id=new_id))
        return new_id

    def close(self) -> None:
        self.db.close()


def _info(version_id: int, doc: dict[str, Any]) -> VersionInfo:
    return VersionInfo(version_id, str(doc.get("created", "")), doc.get("name"), str(doc.get("kind", "auto")),
                       str(doc.get("reason", "")), int(doc.get("revision", 0)))
