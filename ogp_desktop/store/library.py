"""The draft library: every report the user is writing, one TinyDB file each.

Layout under the data folder::

    library.lock, library.lock.json   who holds the library for writing
    library.json                      cached list columns (see index.py)
    reports/<id>.json (+ .1 .. .3)    one draft and its backup generations
    reports/<id>.versions/            its saved versions (see versions.py; <id>.versions.json before)
    trash/                            deleted drafts, restorable
    locks/<id>.lock                   short per-write locks

The library is open for writing by one app session at a time; a second copy
gets ``read_only`` with a ``read_only_reason`` it can show. Saves are
compare-and-swap on a revision counter inside the draft file, so a writer that
lost the race gets a :class:`ConflictError` instead of silently overwriting.
"""

from __future__ import annotations

import builtins  # Library.list shadows the type inside the class
import os
import re
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ogp_desktop import atomic, datadir
from ogp_desktop.clock import Clock, local_date, system_clock
from ogp_desktop.errors import Term
from ogp_desktop.languages import LANGUAGES
from ogp_desktop.report import Report, now_iso
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.store import trash
from ogp_desktop.store.diff import DiffEntry, diff_reports
from ogp_desktop.store.draft_file import DraftFile, VersionInfo
from ogp_desktop.store.errors import (
    ConflictError,
    DamagedFileError,
    DraftNotFoundError,
    ReadOnlyError,
    RecoveryNotice,
    StoreError,
    UnreadableFileError,
    describe_os_error,
    draft_subject,
    report_file_subject,
)
from ogp_desktop.store.index import LibraryIndex
from ogp_desktop.store.locks import SessionLock, write_lock
from ogp_desktop.store.safe_storage import GENERATIONS, MissingFile, generation_path, sweep_temp_files
from ogp_desktop.store.summary import summarize
from ogp_desktop.store.versions import VersionStore
from ogp_desktop.template_versions import TemplateVersionError, upgrade

_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
VERSIONS_SUFFIX = ".versions.json"  # store format 1, migrated to the folder <id>.versions/ on first use
VERSIONS_FOLDER = ".versions"
# <id>.json, its generations <id>.json.1.., and its versions: each names a draft
_DRAFT_FILE = re.compile(r"(?P<id>[A-Za-z0-9_-]{1,64})(?P<tail>\.json|\.json\.[0-9]+|\.versions\.json|\.versions)")


@dataclass(frozen=True)
class DraftInfo:
    """One row of the library list."""

    id: str
    title: str
    report_type: str | None
    period_start: str | None
    period_end: str | None
    modified: str
    share: float | None  # share of required fields filled, 0..1
    errors: int | None
    revision: int
    damaged: str | None = None  # why the draft cannot be opened, when it cannot (English)
    damaged_in: dict[str, str] | None = None  # the same in every language: ``damaged_text(lang)``

    def damaged_text(self, lang: str) -> str | None:
        """Why the draft cannot be opened, in *lang* (an index of an older app knows only English)."""
        return (self.damaged_in or {}).get(lang, self.damaged)


class Library:
    """All drafts in one data folder. Thread-safe: the autosave thread and the UI share one."""

    def __init__(self, data_dir: str | Path | None = None, *, wait: float = 0.0, clock: Clock = system_clock) -> None:
        self.folder = Path(data_dir) if data_dir is not None else datadir.data_dir()
        self.clock = clock  # stamps saves and versions, and says which day it is (the day's first snapshot)
        self.reports_dir = self.folder / "reports"
        self._session = SessionLock(self.folder)
        self.read_only_reason = self._session.acquire(wait)
        if not self.read_only:
            try:
                atomic.private_folder(self.reports_dir)
                for place in (self.folder, self.reports_dir):  # the lock opened, yet saves may not
                    atomic.probe_writable(place)
                sweep_temp_files(self.reports_dir)  # left by a killed writer; we hold the lock
                atomic.sweep_stale_temps(self.folder)  # the index and lock-holder files are written beside it
            except OSError as exc:
                self._session.release()
                self.read_only_reason = StoreError("store.library_read_only", folder=str(self.folder),
                                                   reason=exc.strerror or str(exc))
        self._mutex = threading.RLock()
        self._files: dict[str, DraftFile] = {}
        self._known_revision: dict[str, int] = {}
        self._snapshot_day: dict[str, date] = {}  # drafts auto-snapshotted in this session, and when
        self._index = LibraryIndex(self.folder, self.read_only)
        self._notices: list[RecoveryNotice] = []
        self._version_cache: dict[str, dict[str, dict[str, Any]]] = {}  # draft id -> its versions' manifests
        # The list's row of each draft as this library last wrote it, with its file's identity then: listing
        # after a save takes it from here instead of reading back (and parsing) a draft it has just written.
        self._written: dict[str, dict[str, Any]] = {}

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def try_writable(self, wait: float = 0.0) -> bool:
        """Try again to take a read-only library for writing (the other copy may have closed)."""
        with self._mutex:
            if not self.read_only:
                return True
            reason = self._session.acquire(wait)
            if reason is not None:
                self.read_only_reason = reason
                return False
            self.read_only_reason = None
            for f in self._files.values():
                f.close()
            self._files.clear()  # reopened writable on next use
            self._index.close()
            self._index = LibraryIndex(self.folder, False)
            atomic.private_folder(self.reports_dir)
            sweep_temp_files(self.reports_dir)
            return True

    def close(self) -> None:
        with self._mutex:
            for f in self._files.values():
                f.close()
            self._files.clear()
            self._index.close()
            self._session.release()
            self.read_only_reason = StoreError("store.closed")

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------
    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError.because(self.read_only_reason or StoreError("store.closed"))

    def _path(self, draft_id: str) -> Path:
        if not _ID.fullmatch(draft_id):
            raise DraftNotFoundError("store.not_an_id", id=draft_id)
        return self.reports_dir / f"{draft_id}.json"

    def _exists(self, draft_id: str) -> bool:
        """The draft has a file, a backup generation or saved versions (any of them can bring it back)."""
        path = self._path(draft_id)
        candidates = [path, *(generation_path(path, n) for n in range(1, GENERATIONS + 1)),
                      self._versions_path(draft_id), self.reports_dir / f"{draft_id}{VERSIONS_FOLDER}"]
        try:
            return any(p.exists() for p in candidates)
        except OSError as exc:  # Path.exists() raises for EACCES
            raise self._folder_unreadable(exc) from None

    def _folder_unreadable(self, exc: OSError) -> UnreadableFileError:
        return UnreadableFileError("store.folder_unreadable", folder=str(self.reports_dir),
                                   reason=exc.strerror or str(exc))

    def _file(self, draft_id: str) -> DraftFile:
        f = self._files.get(draft_id)
        if f is None:
            path = self._path(draft_id)
            if not self._exists(draft_id):
                raise DraftNotFoundError("store.no_draft", id=draft_id)
            f = DraftFile(path, draft_id, self._subject(draft_id), self.read_only)
            self._files[draft_id] = f
        return f

    def _subject(self, draft_id: str) -> Term:
        """How notices name a draft: by the title the list last showed, which survives damage to the file."""
        return draft_subject(self._index.rows().get(draft_id, {}).get("title"), draft_id)

    def _versions_path(self, draft_id: str) -> Path:
        return self.reports_dir / f"{draft_id}{VERSIONS_SUFFIX}"

    def _versions(self, draft_id: str) -> VersionStore:
        return VersionStore(self.reports_dir / f"{draft_id}{VERSIONS_FOLDER}", self._subject(draft_id), self.read_only,
                            legacy=self._versions_path(draft_id), clock=self.clock,
                            cache=self._version_cache.setdefault(draft_id, {}))

    def _read(self, draft_id: str) -> dict[str, Any]:
        f = self._file(draft_id)
        try:
            return f.read()
        except (DamagedFileError, DraftNotFoundError) as exc:
            doc = self._recover_from_versions(draft_id, f, exc)
            if doc is None:
                raise
            return doc
        finally:
            self._notices.extend(f.storage.notices)
            f.storage.notices.clear()

    def _recover_from_versions(self, draft_id: str, f: DraftFile, exc: StoreError) -> dict[str, Any] | None:
        """The draft's file and every backup generation are unusable: bring back its newest saved version.

        Versions are full copies of the report, so this loses only what changed after that version.
        """
        versions = self._versions(draft_id)
        try:
            newest = versions.newest()
        except StoreError:
            newest = None
        finally:
            self._notices.extend(versions.notices)
            versions.close()
        if newest is None:
            return None
        info, report = newest
        revision = info.revision + 1
        doc: dict[str, Any] = {"revision": revision, "saved": now_iso(self.clock),
                               "summary": summarize(Report.from_dict(report)), "report": report}
        if not self.read_only:
            try:
                f.create(doc)
            except StoreError:
                pass  # served from memory; the next save writes it
        failed = exc.notice if isinstance(exc, DamagedFileError) else None
        notices = f.storage.notices
        if failed is not None and failed in notices:
            notices.remove(failed)
        version = StoreError("notice.version_of", id=info.id, label=info.label, created=info.created)
        problem = failed.problem if failed else MissingFile("store_file.missing")
        notices.append(RecoveryNotice(self._subject(draft_id), problem, None, failed.kept_as if failed else None,
                                      kind=failed.kind if failed else "missing", version=version))
        self._known_revision[draft_id] = revision
        return doc

    def _lock(self, draft_id: str) -> Any:
        return write_lock(self.folder / "locks" / f"{draft_id}.lock", draft_subject(None, draft_id))

    def _new_id(self) -> str:
        while True:
            draft_id = secrets.token_hex(4)
            try:
                taken = self._path(draft_id).exists() or trash.exists(self.folder, draft_id)
            except OSError as exc:
                raise self._folder_unreadable(exc) from None
            if not taken:
                return draft_id

    def _write(self, draft_id: str, report: Report, revision: int, summary: dict[str, Any] | None = None) -> None:
        # A frozen autosave snapshot is kept as it is (its unchanged rows are then the last save's own objects,
        # whose bytes the storage has already encoded); anything else is copied.
        doc = {"revision": revision, "saved": now_iso(self.clock), "summary": summary or summarize(report),
               "report": report.shared_dict()}
        self._file(draft_id).write(doc)
        self._known_revision[draft_id] = revision
        row = _row_of(doc)
        if row["share"] is not None:  # else listing judges the draft (see _row)
            self._written[draft_id] = dict(row, key=_file_key(self._path(draft_id)))
        else:
            self._written.pop(draft_id, None)

    def _snapshot(self, draft_id: str, report: dict[str, Any], revision: int, *, kind: str, reason: str,
                  name: str | None = None, dedupe: bool = True) -> int | None:
        """Add a version; an automatic one is skipped when it would equal the newest version."""
        versions = self._versions(draft_id)
        written = self._files.get(draft_id)
        if written is not None:
            versions.known_bytes = written.storage.encoder.known
        try:
            return versions.add(kind=kind, reason=reason, name=name, revision=revision, report=report,
                                dedupe=kind == "auto" and dedupe)
        finally:
            self._notices.extend(versions.notices)
            versions.close()

    # -- creating ------------------------------------------------------------
    def add(self, report: Report) -> str:
        """Store *report* as a new draft; return its id."""
        self._require_writable()
        with self._mutex:
            draft_id = self._new_id()
            report = report.copy()
            report.ensure_report_id()
            report.meta.setdefault("created", now_iso(self.clock))
            report.meta.setdefault("modified", report.meta["created"])
            f = DraftFile(self._path(draft_id), draft_id, draft_subject(None, draft_id), False)
            f.create({"revision": 1, "saved": now_iso(self.clock), "summary": summarize(report),
                      "report": report.to_dict()})
            self._files[draft_id] = f
            self._known_revision[draft_id] = 1
            return draft_id

    def create(self, values: dict[str, Any] | None = None, *, title: str = "",
               template_id: str | None = None) -> str:
        """A new draft from a shipped template, with optional initial values."""
        from ogp_desktop.template import DEFAULT_TEMPLATE, load_template

        template = load_template(template_id or DEFAULT_TEMPLATE)
        meta = {"title": title} if title else {}
        return self.add(Report(dict(values or {}), meta=meta, template_id=template.id,
                               template_version=template.version))

    def import_file(self, path: str | Path) -> str:
        """A new draft from a report file; raises ReportFileError for a bad file."""
        return self.add(read_report(path))

    def duplicate(self, draft_id: str, title: str | None = None) -> str:
        report, _ = self._report(draft_id)
        report.meta["title"] = title or f"{report.title} (copy)".strip()
        report.meta.pop("created", None)
        return self.add(report)

    # -- reading -------------------------------------------------------------
    def open(self, draft_id: str) -> Report:
        """The draft's current report; remembers its revision for the next :meth:`save`."""
        with self._mutex:
            doc = self._read(draft_id)
            self._known_revision[draft_id] = doc["revision"]
            return _stored_report(doc["report"])

    def _report(self, draft_id: str) -> tuple[Report, int]:
        """The current report and its revision, without touching what :meth:`save` expects."""
        with self._mutex:
            doc = self._read(draft_id)
            return _stored_report(doc["report"]), int(doc["revision"])

    def revision(self, draft_id: str) -> int:
        with self._mutex:
            return int(self._read(draft_id)["revision"])

    def list(self) -> list[DraftInfo]:
        """Every draft, newest first; reads only drafts changed since the last listing, and not those changed by
        this library's own last save (at 2,000 commitments reading one back held the GUI thread 100 ms at close)."""
        with self._mutex:
            old_rows = self._index.rows()
            self._notices.extend(self._index.storage.notices)
            self._index.storage.notices.clear()
            rows: dict[str, dict[str, Any]] = {}
            for draft_id, key in self._draft_files():
                row = old_rows.get(draft_id)
                if row is None or key is None or row.get("key") != key or row.get("damaged"):
                    written = self._written.get(draft_id)
                    if written is not None and key is not None and written["key"] == key:
                        row = dict(written)
                    else:
                        row = self._row(draft_id)
                    key = _file_key(self._path(draft_id)) or key  # recovery may have rewritten it
                    row["key"] = key
                rows[draft_id] = row
            if rows != old_rows:
                self._index.store(rows)
            return sorted((_info(i, r) for i, r in rows.items()), key=lambda d: d.modified, reverse=True)

    def _draft_files(self) -> Iterator[tuple[str, builtins.list[int] | None]]:
        """(id, identity of its file) for every draft; identity None when only backups or versions are left."""
        try:
            entries = list(os.scandir(self.reports_dir))
        except FileNotFoundError:
            return
        except OSError as exc:
            raise self._folder_unreadable(exc) from None
        found: dict[str, list[int] | None] = {}
        for entry in entries:
            m = _DRAFT_FILE.fullmatch(entry.name)
            if not m:
                continue
            draft_id = m["id"]
            if m["tail"] == ".json":
                try:
                    st = entry.stat()
                except OSError:
                    found[draft_id] = None
                    continue
                found[draft_id] = [st.st_ino, st.st_size, st.st_mtime_ns]
            else:
                found.setdefault(draft_id, None)  # a draft whose main file is missing: recovered when read
        yield from found.items()

    def _row(self, draft_id: str) -> dict[str, Any]:
        storage = None
        try:
            storage = self._file(draft_id).storage
            storage.patient = False  # a list must not wait on a file another program holds; opening it will
            doc = self._read(draft_id)
        except StoreError as exc:
            return {"title": draft_id, "report_type": None, "period_start": None, "period_end": None,
                    "modified": "", "share": None, "errors": None, "revision": 0, "damaged": str(exc),
                    "damaged_in": {lang: exc.text(lang) for lang in LANGUAGES}}
        finally:
            if storage is not None:
                storage.patient = True
        summary = doc.get("summary") or {}
        if summary.get("share") is None:  # saved by a migration or before validation could judge it
            doc = dict(doc, summary=summarize(Report.from_dict(doc["report"])))
        return _row_of(doc)

    def take_notices(self) -> builtins.list[RecoveryNotice]:
        """What was repaired (or could not be) since the last call, for the GUI to show once."""
        with self._mutex:
            out, self._notices = self._notices, []
            return out

    # -- writing -------------------------------------------------------------
    def save(self, draft_id: str, report: Report, expected_revision: int | None = None, *, judge: bool = True) -> int:
        """Write *report* as the draft's new state; return the new revision.

        *expected_revision* defaults to the revision this library last read or
        wrote; when the file holds another one, someone else saved in between
        and :class:`ConflictError` is raised with nothing written. Without *judge*
        the list's share and error count stay those of the last judged save.
        """
        self._require_writable()
        summary = summarize(report, judge)  # validation runs outside the locks
        with self._mutex:
            expected = expected_revision if expected_revision is not None else self._known_revision.get(draft_id)
            with self._lock(draft_id):
                current = self._read(draft_id)
                if expected is not None and current["revision"] != expected:
                    raise ConflictError("store.conflict", title=report.title or draft_id,
                                        current=current["revision"], expected=expected)
                self._auto_snapshot(draft_id, current)
                if not judge and isinstance(current.get("summary"), dict):
                    summary.update({k: current["summary"].get(k) for k in ("share", "errors")})
                revision = int(current["revision"]) + 1
                self._write(draft_id, report, revision, summary)
                return revision

    def rows_encoded(self, draft_id: str) -> tuple[int, int]:
        """(rows encoded, rows reused) by the last write of the draft's file (tests and benchmarks)."""
        with self._mutex:
            encoder = self._file(draft_id).storage.encoder
            return encoder.encoded, encoder.reused

    def _auto_snapshot(self, draft_id: str, current: dict[str, Any]) -> None:
        today = local_date(self.clock)
        seen = self._snapshot_day.get(draft_id)
        if seen == today:
            return
        reason = "Before the first save of this session" if seen is None else "Before the first save of the day"
        self._snapshot(draft_id, current["report"], current["revision"], kind="auto", reason=reason)
        self._snapshot_day[draft_id] = today

    def rename(self, draft_id: str, title: str) -> None:
        with self._mutex:
            report, revision = self._report(draft_id)
            report.meta["title"] = title
            self.save(draft_id, report, expected_revision=revision)

    def delete(self, draft_id: str) -> None:
        """Move the draft to the trash; :meth:`restore_deleted` brings it back."""
        self._require_writable()
        with self._mutex, self._lock(draft_id):
            self._file(draft_id).close()
            self._files.pop(draft_id, None)
            trash.move_in(self.folder, self.reports_dir, draft_id)

    def restore_deleted(self, draft_id: str) -> None:
        self._require_writable()
        with self._mutex, self._lock(draft_id):
            trash.move_out(self.folder, self.reports_dir, draft_id)

    def deleted(self) -> builtins.list[tuple[str, str, str]]:
        """(id, title, deleted at) of every draft in the trash."""
        return trash.listing(self.folder)

    # -- files -----------------------------------------------------------------
    def export(self, draft_id: str, path: str | Path) -> None:
        report, _ = self._report(draft_id)
        try:
            write_report(report, path)
        except OSError as exc:
            raise describe_os_error(exc, report_file_subject(Path(path).name)) from exc

    def replace_from_file(self, draft_id: str, path: str | Path) -> Report:
        """Import a report file over an existing draft, keeping the old state as a version."""
        incoming = read_report(path)
        self.snapshot(draft_id, reason=f"Before importing {Path(path).name}")
        with self._mutex:
            self.save(draft_id, incoming, expected_revision=self.revision(draft_id))
        return incoming

    # -- versions --------------------------------------------------------------
    def snapshot(self, draft_id: str, name: str | None = None, *, reason: str | None = None) -> int | None:
        """Keep the current state as a version: named by the user, or automatic before a risky step.

        Returns the version id (None when an automatic one equals the newest version).
        """
        self._require_writable()
        with self._mutex, self._lock(draft_id):
            current = self._read(draft_id)
            kind = "named" if name else "auto"
            return self._snapshot(draft_id, current["report"], current["revision"], kind=kind,
                                  reason=reason or name or "Snapshot", name=name)

    def versions(self, draft_id: str) -> builtins.list[VersionInfo]:
        with self._mutex:
            self._file(draft_id)  # unknown ids fail with DraftNotFoundError
            versions = self._versions(draft_id)
            try:
                return versions.list()
            finally:
                self._notices.extend(versions.notices)
                versions.close()

    def version_report(self, draft_id: str, version_id: int) -> Report:
        with self._mutex:
            versions = self._versions(draft_id)
            try:
                return _stored_report(versions.get(version_id)[1])
            finally:
                self._notices.extend(versions.notices)
                versions.close()

    def diff(self, draft_id: str, old: int | None, new: int | None = None) -> builtins.list[DiffEntry]:
        """Changed value paths from version *old* to version *new* (None: the current state)."""
        def state(version_id: int | None) -> dict[str, Any]:
            if version_id is None:
                report: dict[str, Any] = self._read(draft_id)["report"]
                return report
            return self.version_report(draft_id, version_id).to_dict()

        with self._mutex:
            return diff_reports(state(old), state(new))

    def restore(self, draft_id: str, version_id: int) -> Report:
        """Make a version the current state; the state it replaces is kept as a version first."""
        self._require_writable()
        with self._mutex:
            info = next((v for v in self.versions(draft_id) if v.id == version_id), None)
            if info is None:
                raise StoreError("store.no_version", version=version_id)
            restored = self.version_report(draft_id, version_id)
            with self._lock(draft_id):
                current = self._read(draft_id)
                self._snapshot(draft_id, current["report"], current["revision"], kind="auto",
                               reason=f"Before restoring version {version_id}")
                revision = int(current["revision"]) + 1
                self._write(draft_id, restored, revision)
                self._snapshot(draft_id, restored.to_dict(), revision, kind="auto", dedupe=False,
                               reason=f"Restored version {version_id} ({info.label})")
            return restored


def _stored_report(data: dict[str, Any]) -> Report:
    """A stored report under the installed version of its template (StoreError when it is newer)."""
    try:
        return upgrade(Report.from_dict(data))
    except TemplateVersionError as exc:
        raise StoreError(exc.code, **exc.params) from None  # the same sentence, now the store's refusal


def _info(draft_id: str, row: dict[str, Any]) -> DraftInfo:
    # .get(): an index written by another version of the app may lack a column
    return DraftInfo(id=draft_id, title=str(row.get("title") or ""), report_type=row.get("report_type"),
                     period_start=row.get("period_start"), period_end=row.get("period_end"),
                     modified=str(row.get("modified") or ""), share=row.get("share"), errors=row.get("errors"),
                     revision=int(row.get("revision") or 0), damaged=row.get("damaged"),
                     damaged_in=row.get("damaged_in") if isinstance(row.get("damaged_in"), dict) else None)


def _row_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The list's row of a draft document (what :meth:`Library.list` shows of it)."""
    summary = doc.get("summary") or {}
    return {"title": summary.get("title") or "", "report_type": summary.get("report_type"),
            "period_start": summary.get("period_start"), "period_end": summary.get("period_end"),
            "modified": str(doc.get("saved", "")), "share": summary.get("share"),
            "errors": summary.get("errors"), "revision": int(doc["revision"]), "damaged": None}


def _file_key(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]
