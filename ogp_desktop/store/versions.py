"""A draft's saved versions: one small manifest per version, report parts stored once, compressed.

Layout (store format :data:`STORE_FORMAT`)::

    reports/<id>.versions/
        v00000042.json          one version: when, why, its name, and the hashes of its parts
        p-<sha256>.gz           one part of a report (the cover, one commitment, one commitment's
                                translations), gzip-compressed JSON, named by the hash of its bytes

A version is a full copy of the report, but a part that did not change since
an earlier version is the same file: taking a version writes its manifest and
the parts that changed, so its cost does not grow with the number of versions
(format 1, one TinyDB file holding every version, rewrote them all on each
snapshot: 2.7 s and 370 MB of writing at 114 versions of a 1 MB draft).
Format 1 files (``<id>.versions.json``) are migrated on first use:
:data:`MIGRATIONS` is numbered like :mod:`ogp_desktop.store.schema`.

Retention (:func:`retained`): named versions are kept; automatic ones are
thinned: all of the last :data:`RECENT`, then the newest of each day until
:data:`DAILY`, then the newest of each week. The newest version is always
kept. Parts no kept version uses are deleted.
"""

from __future__ import annotations

import builtins
import contextlib
import copy
import gzip
import hashlib
import json
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ogp_desktop import atomic, limits
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.errors import Term
from ogp_desktop.report import now_iso
from ogp_desktop.store.draft_file import VersionFile, VersionInfo
from ogp_desktop.store.errors import (
    DamagedFileError,
    RecoveryNotice,
    StoreError,
    StoreWriteError,
    describe_os_error,
    versions_of,
)
from ogp_desktop.store.safe_storage import GENERATIONS, generation_path
from ogp_desktop.template import DEFAULT_TEMPLATE, TemplateError, load_template

STORE_FORMAT = 2
RECENT = timedelta(days=2)
DAILY = timedelta(days=30)
_MANIFEST = re.compile(r"v(\d{8})\.json")


def _rows_id(report: dict[str, Any]) -> str:
    """The template's commitments group: stored one part a row, so a snapshot writes only changed rows."""
    named = report.get("template")
    template_id = named.get("id") if isinstance(named, dict) else None
    try:
        return load_template(template_id if isinstance(template_id, str) else DEFAULT_TEMPLATE).roles.commitments
    except TemplateError:  # an unknown template: its rows still round-trip, under the shipped one's id
        return load_template().roles.commitments


def _blob(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def split(report: dict[str, Any]) -> tuple[dict[str, Any], list[Any] | None, dict[str, dict[str, dict[str, Any]]]]:
    """(cover, commitments, translations grouped by row) of a report dict; join() reverses it.

    Translations are grouped ``{lang: {"-": rest, "<row>": entries of that row}}`` so
    a changed commitment changes only its own parts.
    """
    head = dict(report)
    values = report.get("values")
    rows = None
    rows_id = _rows_id(report)
    row_key = re.compile(re.escape(rows_id) + r"\[(\d{1,9})\]")
    if isinstance(values, dict) and isinstance(values.get(rows_id), list):
        rows = values[rows_id]
        head["values"] = {k: v for k, v in values.items() if k != rows_id}
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    translations = report.get("translations")
    if isinstance(translations, dict) and all(isinstance(e, dict) for e in translations.values()):
        head["translations"] = {}
        for lang, entries in translations.items():
            by_row: dict[str, dict[str, Any]] = {"-": {}}
            for key, entry in entries.items():
                m = row_key.match(key)
                by_row.setdefault(str(int(m[1])) if m else "-", {})[key] = entry
            groups[lang] = by_row
    return head, rows, groups


def join(head: dict[str, Any], rows: list[Any] | None, groups: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    report = copy.deepcopy(head)
    if rows is not None:
        report["values"] = dict(report.get("values") or {}, **{_rows_id(report): rows})
    if groups:
        report["translations"] = {lang: {k: v for part in by_row.values() for k, v in part.items()}
                                  for lang, by_row in groups.items()}
    return report


def retained(versions: list[VersionInfo], now: datetime) -> set[int]:
    """Ids to keep: named ones, the newest, all automatic ones of the last RECENT, then one a day, then one a week."""
    keep = {v.id for v in versions if v.kind == "named"}
    if versions:
        keep.add(max(v.id for v in versions))
    seen_days: set[str] = set()
    seen_weeks: set[tuple[int, int]] = set()
    for v in sorted(versions, key=lambda v: v.id, reverse=True):  # newest first: it wins its day or week
        if v.kind == "named":
            continue
        when = _parse_time(v.created)
        age = now - when if when else timedelta(0)
        if age <= RECENT:
            keep.add(v.id)
        elif age <= DAILY:
            day = when.date().isoformat() if when else ""
            if day not in seen_days:
                seen_days.add(day)
                keep.add(v.id)
        else:
            week = when.isocalendar()[:2] if when else (0, 0)
            if week not in seen_weeks:
                seen_weeks.add(week)
                keep.add(v.id)
    return keep


def _parse_time(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class VersionStore:
    """The versions of one draft (see the module doc). Not thread-safe: the library serialises use."""

    def __init__(self, folder: Path, subject: Term, read_only: bool, *, legacy: Path | None = None,
                 clock: Clock = system_clock, cache: dict[str, dict[str, Any]] | None = None) -> None:
        self.folder = folder
        self.draft = subject  # 'the draft "Mid-term report"'
        self.subject = versions_of(subject)
        self.read_only = read_only
        self.legacy = legacy
        self.clock = clock
        self.notices: list[RecoveryNotice] = []
        self._manifests: dict[int, dict[str, Any]] | None = None
        self._migrated = False
        # manifest file name -> its parsed content; manifests are never rewritten, so a caller may keep
        # this between uses and only new ones are read (listing 100 versions reads none again)
        self._cache = cache if cache is not None else {}
        # The bytes of a row the draft's last write encoded (see row_encoder.py), the same as _blob's: a version
        # of what this app wrote (a new draft's first, the first save of a day) encodes no row again.
        self.known_bytes: Callable[[Any], bytes | None] = lambda value: None

    # -- reading -------------------------------------------------------------
    def _legacy_exists(self) -> bool:
        return self.legacy is not None and (self.legacy.exists() or generation_path(self.legacy, 1).exists())

    def _load(self) -> dict[int, dict[str, Any]]:
        if self._manifests is not None:
            return self._manifests
        if not self._migrated and self._legacy_exists():
            self._migrated = True
            if self.read_only:
                return self._legacy_in_memory()
            migrate_legacy(self.legacy, self)  # type: ignore[arg-type]
            self._manifests = None
        manifests: dict[int, dict[str, Any]] = {}
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            names = []
        except OSError as exc:
            raise StoreError("store.versions_unreadable", draft=self.draft, reason=exc.strerror or str(exc)) from None
        for name in names:
            m = _MANIFEST.fullmatch(name)
            if not m:
                continue
            if name in self._cache:
                manifests[int(m[1])] = self._cache[name]
                continue
            try:
                doc = json.loads(limits.read_capped(self.folder / name, limits.STORE_FILE_BYTES))
                if not isinstance(doc, dict) or not isinstance(doc.get("parts"), dict):
                    raise ValueError("no parts")
            except (OSError, ValueError, limits.InputRefused) as exc:
                why = getattr(exc, "strerror", None) or exc
                unlisted = StoreError("store.version_unlisted", id=int(m[1]), draft=self.draft, reason=why)
                self.notices.append(RecoveryNotice(self.subject, unlisted, kind="note"))
                continue
            manifests[int(m[1])] = self._cache[name] = doc
        for name in [n for n in self._cache if n not in names]:
            del self._cache[name]
        self._manifests = manifests
        return manifests

    def _legacy_in_memory(self) -> dict[int, dict[str, Any]]:
        """Read-only: serve a format 1 file as it is (no migration without write access)."""
        old = VersionFile(self.legacy, self.draft, True)  # type: ignore[arg-type]
        try:
            records = old._records()
        finally:
            self.notices.extend(old.storage.notices)
            old.close()
        self._manifests = {int(k): dict(doc, parts=None) for k, doc in records.items()}
        return self._manifests

    def list(self) -> list[VersionInfo]:
        return [_info(i, doc) for i, doc in sorted(self._load().items())]

    def _report(self, version_id: int, doc: dict[str, Any]) -> dict[str, Any]:
        if doc.get("parts") is None:  # format 1, read-only
            return copy.deepcopy(doc["report"])
        parts = doc["parts"]
        try:
            head = self._part(parts["head"])
            rows = [self._part(h) for h in parts["rows"]] if parts.get("rows") is not None else None
            groups = {lang: {row: self._part(h) for row, h in by_row.items()}
                      for lang, by_row in (parts.get("translations") or {}).items()}
        except (OSError, ValueError, KeyError, TypeError, EOFError, limits.InputRefused) as exc:
            raise StoreError("store.version_damaged", version=version_id, draft=self.draft,
                             reason=getattr(exc, "strerror", None) or exc) from None
        return join(head, rows, groups)

    def _part(self, digest: str) -> Any:
        raw = gzip.decompress(limits.read_capped(self.folder / f"p-{digest}.gz", limits.STORE_FILE_BYTES))
        if hashlib.sha256(raw).hexdigest() != digest:
            raise ValueError("its checksum does not match")
        return json.loads(raw)

    def get(self, version_id: int) -> tuple[VersionInfo, dict[str, Any]]:
        doc = self._load().get(version_id)
        if doc is None:
            raise StoreError("store.no_version", version=version_id)
        return _info(version_id, doc), self._report(version_id, doc)

    def newest(self) -> tuple[VersionInfo, dict[str, Any]] | None:
        """The newest version that can be read in full, or None."""
        for version_id, doc in sorted(self._load().items(), reverse=True):
            with contextlib.suppress(StoreError):
                return _info(version_id, doc), self._report(version_id, doc)
        return None

    # -- writing -------------------------------------------------------------
    def _store_part(self, value: Any, written: builtins.list[Path]) -> str:
        raw = self.known_bytes(value) or _blob(value)
        digest = hashlib.sha256(raw).hexdigest()
        path = self.folder / f"p-{digest}.gz"
        if not path.exists():
            tmp = path.with_name(f".{path.name}.{os.getpid()}{atomic.TEMP_SUFFIX}")
            with atomic.open_private(tmp) as fh:  # a draft's text: 0600, like the draft file
                fh.write(gzip.compress(raw, compresslevel=6, mtime=0))
            os.replace(tmp, path)
            written.append(path)
        return digest

    def _parts_of(self, report: dict[str, Any], written: builtins.list[Path]) -> dict[str, Any]:
        head, rows, groups = split(report)
        return {
            "head": self._store_part(head, written),
            "rows": [self._store_part(r, written) for r in rows] if rows is not None else None,
            "translations": {lang: {row: self._store_part(part, written) for row, part in by_row.items()}
                             for lang, by_row in groups.items()},
        }

    def add(self, *, kind: str, reason: str, name: str | None, revision: int, report: dict[str, Any],
            created: str | None = None, version_id: int | None = None, dedupe: bool = False,
            prune: bool = True) -> int | None:
        """Keep *report* as a new version; None when *dedupe* and it equals the newest version."""
        if self.read_only:
            raise StoreWriteError("store.versions_read_only", draft=self.draft)
        manifests = self._load()
        written: list[Path] = []
        try:
            atomic.private_folder(self.folder)
            parts = self._parts_of(report, written)
            if dedupe and manifests and manifests[max(manifests)].get("parts") == parts:
                return None
            _sync_all(written)  # durable before a manifest names them
            new_id = version_id if version_id is not None else max(manifests, default=0) + 1
            doc = {"store": STORE_FORMAT, "id": new_id, "created": created or now_iso(self.clock), "name": name,
                   "kind": kind, "reason": reason, "revision": revision, "parts": parts}
            atomic.write_private(self.folder / f"v{new_id:08d}.json", _blob(doc))
        except OSError as exc:
            raise describe_os_error(exc, self.subject) from exc
        manifests[new_id] = self._cache[f"v{new_id:08d}.json"] = doc
        if prune:
            self.prune()
        return new_id

    def prune(self, collect: bool = False) -> None:
        """Apply the retention policy; delete parts no kept version uses when a version went (or *collect*)."""
        manifests = self._load()
        keep = retained(self.list(), _parse_time(now_iso(self.clock)) or datetime.now(UTC))
        for version_id in [i for i in manifests if i not in keep]:
            with contextlib.suppress(OSError):
                (self.folder / f"v{version_id:08d}.json").unlink()
                del manifests[version_id]
                self._cache.pop(f"v{version_id:08d}.json", None)
                collect = True
        if not collect:
            return  # every part is still used by the version that stored it
        used: set[str] = set()
        for doc in manifests.values():
            used.update(_digests(doc.get("parts") or {}))
        with contextlib.suppress(OSError):
            for name in os.listdir(self.folder):
                if name.startswith("p-") and name.endswith(".gz") and name[2:-3] not in used:
                    with contextlib.suppress(OSError):
                        (self.folder / name).unlink()
        atomic.sweep_stale_temps(self.folder)

    def close(self) -> None:
        self._manifests = None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_all(paths: list[Path]) -> None:
    """fsync every file, one after the other.

    Not from a pool of threads: in the app a thread that starts can run Python's garbage
    collector, which must never free Qt objects away from the GUI thread (it crashed a test).
    """
    for path in paths:
        _fsync(path)


def _digests(parts: dict[str, Any]) -> list[str]:
    out = [parts.get("head", "")]
    out += parts.get("rows") or []
    for by_row in (parts.get("translations") or {}).values():
        out += list(by_row.values())
    return out


def _info(version_id: int, doc: dict[str, Any]) -> VersionInfo:
    return VersionInfo(version_id, str(doc.get("created", "")), doc.get("name"), str(doc.get("kind", "auto")),
                       str(doc.get("reason", "")), int(doc.get("revision", 0) or 0))


# -- migrations between store formats ------------------------------------------------------------
def _format1_to_2(legacy: Path, store: VersionStore) -> None:
    """``<id>.versions.json`` (every version in one TinyDB file) -> one manifest per version, parts shared.

    Each version is written, read back and compared before the old file and its
    backup generations are deleted, so an interrupted migration loses nothing:
    the next start migrates again (versions already written are skipped).
    """
    old = VersionFile(legacy, store.draft, False)
    try:
        try:
            records = old._records()
        except DamagedFileError:
            records = {}
    finally:
        store.notices.extend(old.storage.notices)
        old.close()
    store._manifests = None
    store._migrated = True
    existing = store._load()
    for key, doc in sorted(records.items(), key=lambda kv: int(kv[0])):
        version_id = int(key)
        if version_id in existing or not isinstance(doc.get("report"), dict):
            continue
        store.add(kind=str(doc.get("kind", "auto")), reason=str(doc.get("reason", "")), name=doc.get("name"),
                  revision=int(doc.get("revision", 0) or 0), report=doc["report"], created=str(doc.get("created")),
                  version_id=version_id, prune=False)
        if store.get(version_id)[1] != doc["report"]:
            raise StoreError("store.migration_failed", subject=store.subject, version=version_id)
    atomic.fsync_dir(store.folder)
    for path in [legacy, *(generation_path(legacy, n) for n in range(1, GENERATIONS + 1))]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    store._manifests = None


MIGRATIONS: dict[int, Callable[[Path, VersionStore], None]] = {1: _format1_to_2}


def migrate_legacy(legacy: Path, store: VersionStore) -> None:
    """Bring a draft's versions from format 1 up to :data:`STORE_FORMAT`."""
    for version in range(1, STORE_FORMAT):
        MIGRATIONS[version](legacy, store)
