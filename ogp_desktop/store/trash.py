"""Deleted drafts: moved with all their files to ``<data>/trash/``, never erased by the app."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from ogp_desktop import atomic, limits
from ogp_desktop.report import now_iso
from ogp_desktop.store.errors import DraftNotFoundError, StoreError

MARK = ".deleted-at"


def _folder(library: Path) -> Path:
    return library / "trash"


def _files(folder: Path, draft_id: str) -> list[Path]:
    # <id>.json, <id>.json.1.., <id>.versions.json...; not another id that merely starts the same
    return [p for p in folder.glob(f"{draft_id}.*") if p.name.split(".", 1)[0] == draft_id]


def exists(library: Path, draft_id: str) -> bool:
    return bool(_files(_folder(library), draft_id))


def _move(files: list[Path], dest: Path) -> None:
    # The main file decides where a draft "is": move it last into the trash
    # and last back out, so a crash midway leaves the draft listed where it was.
    main = [p for p in files if p.name.endswith(".json") and p.name.count(".") == 1]
    rest = [p for p in files if p not in main]
    try:
        atomic.private_folder(dest)
        for p in rest + main:
            os.replace(p, dest / p.name)
    except OSError as exc:
        raise StoreError("store.not_moved", reason=exc.strerror or str(exc)) from exc


def move_in(library: Path, reports: Path, draft_id: str) -> None:
    files = _files(reports, draft_id)
    if not any(p.name == f"{draft_id}.json" for p in files):
        raise DraftNotFoundError("store.no_draft", id=draft_id)
    _move(files, _folder(library))
    with contextlib.suppress(OSError):
        atomic.write_private(_folder(library) / f"{draft_id}{MARK}", now_iso().encode("utf-8"))


def move_out(library: Path, reports: Path, draft_id: str) -> None:
    folder = _folder(library)
    files = [p for p in _files(folder, draft_id) if not p.name.endswith(MARK)]
    if not any(p.name == f"{draft_id}.json" for p in files):
        raise DraftNotFoundError("store.no_deleted_draft", id=draft_id)
    if (reports / f"{draft_id}.json").exists():
        raise StoreError("store.id_exists", id=draft_id)
    _move(files, reports)
    with contextlib.suppress(OSError):
        (folder / f"{draft_id}{MARK}").unlink()


def listing(library: Path) -> list[tuple[str, str, str]]:
    """(id, title, deleted at), most recently deleted first."""
    out = []
    for p in _folder(library).glob("*.json"):
        if p.name.count(".") != 1:
            continue
        draft_id = p.stem
        title = draft_id
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError, AttributeError, limits.InputRefused):
            doc = json.loads(limits.read_capped(p, limits.STORE_FILE_BYTES).decode("utf-8"))["draft"]["1"]
            title = doc["summary"].get("title") or doc["report"]["meta"].get("title") or draft_id
        when = ""
        with contextlib.suppress(OSError, limits.InputRefused):
            when = limits.read_capped(p.with_name(f"{draft_id}{MARK}"), 1024).decode("utf-8", "replace").strip()
        out.append((draft_id, str(title), when))
    return sorted(out, key=lambda row: row[2], reverse=True)
