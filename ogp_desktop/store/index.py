"""``library.json``: a cache of the library list so opening a library reads one small file.

Each row remembers the identity (inode, size, mtime) of the draft file it was
made from. Listing stats every draft file (cheap) and re-reads only those whose
identity changed, so a save never has to touch the index and the index can
never be more than a cache: deleting it loses nothing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from ogp_desktop.store import schema
from ogp_desktop.store.errors import INDEX_SUBJECT, DamagedFileError, StoreError, StoreWriteError
from ogp_desktop.store.safe_storage import SafeStorage

INDEX_NAME = "library.json"


class LibraryIndex:
    def __init__(self, folder: Path, read_only: bool) -> None:
        self.db = TinyDB(str(folder / INDEX_NAME), storage=SafeStorage,
                         subject=INDEX_SUBJECT,
                         check=schema.check_index, read_only=read_only)
        self.read_only = read_only

    @property
    def storage(self) -> SafeStorage:
        return self.db.storage  # type: ignore[return-value]

    def rows(self) -> dict[str, dict[str, Any]]:
        try:
            data = self.storage.read() or {}
        except DamagedFileError:
            return {}  # rebuilt from the draft files; the notice says what happened
        except StoreError:
            return {}  # unreadable for now: the list is rebuilt from the draft files, which say what is wrong
        doc = data.get("drafts", {}).get("1", {})
        return copy.deepcopy(doc.get("rows", {}))

    def store(self, rows: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            return
        try:
            self.storage.write({"library": {"1": {"schema_version": schema.SCHEMA_VERSION}},
                                "drafts": {"1": {"rows": rows}}})
        except StoreWriteError:
            pass  # only a cache: the next listing rebuilds it

    def close(self) -> None:
        self.db.close()
