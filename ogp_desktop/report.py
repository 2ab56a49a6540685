"""The report: values keyed by the template's field ids, edited by path.

A plain Python object with no Qt: the GUI edits it through undo commands,
the store snapshots it, the renderers read it. Every change goes through
:meth:`Report.set` (or the group operations) so listeners see one
notification per change.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.clock import Clock, iso_stamp, system_clock
from ogp_desktop.emptiness import is_blank
from ogp_desktop.languages import known_language
from ogp_desktop.roles import Roles
from ogp_desktop.template import Template, template_of
from ogp_desktop.valuepath import Path

FORMAT = "ogp-progress-report"
FORMAT_VERSION = 1
REPORT_ID = "report_id"  # meta key
META_PATH = "\x00meta"  # first part of a meta change's path: no field is called that, so no page follows it


@dataclass(frozen=True)
class Change:
    """What one edit did: ``kind`` is set, insert, remove, move, translation, meta or replace (whole report)."""

    kind: str
    path: Path
    old: Any = None
    new: Any = None


Listener = Callable[[Change], None]


def _same(old: Any, new: Any) -> bool:
    """Equal and of the same type: ``True == 1`` must still count as a change."""
    return type(old) is type(new) and old == new


def _under(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith(prefix + ".") or key.startswith(prefix + "[")


def now_iso(clock: Clock = system_clock) -> str:
    return iso_stamp(clock)


_ATOMS = (str, int, float, bool, type(None))  # values that cannot change in place


def _as_is(value: Any) -> Any:
    return value


class Report:
    """One progress report: ``values``, ``meta``, ``translations`` and the template it follows.

    A report from :meth:`snapshot` is ``frozen``: its methods refuse to change it, so what it holds may be
    shared (with later snapshots, and by the store, see :meth:`shared_dict`).
    """

    frozen = False

    def __init__(
        self,
        values: dict[str, Any] | None = None,
        *,
        meta: dict[str, Any] | None = None,
        translations: dict[str, Any] | None = None,
        template_id: str = "ogp-self-assessment",
        template_version: int = 1,
    ) -> None:
        self.values: dict[str, Any] = values if values is not None else {}
        self.meta: dict[str, Any] = meta if meta is not None else {}
        self.translations: dict[str, Any] = translations if translations is not None else {}
        self.template_id = template_id
        self.template_version = template_version
        self._listeners: list[Listener] = []
        # snapshot(): rows of the last snapshot by the identity of the live row, and the rows changed since
        self._shared: dict[int, tuple[Any, Any]] = {}
        self._shared_values: dict[str, Any] | None = None
        self._changed_rows: set[int] = set()

    # -- notification -------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _thaw_check(self) -> None:
        if self.frozen:
            raise TypeError("a report snapshot is read-only; change the live report (or a copy())")

    def _emit(self, change: Change) -> None:
        self._mark_changed(change)
        self.meta["modified"] = now_iso()
        for listener in list(self._listeners):
            listener(change)

    # -- reading --------------------------------------------------------
    def get(self, path: str | Path, default: Any = None) -> Any:
        node: Any = self.values
        for part in valuepath.as_path(path):
            if isinstance(part, int):
                if not isinstance(node, list) or not -1 < part < len(node):
                    return default
                node = node[part]
            else:
                if not isinstance(node, dict) or part not in node:
                    return default
                node = node[part]
        return node

    def has(self, path: str | Path) -> bool:
        sentinel = object()
        return self.get(path, sentinel) is not sentinel

    @property
    def template(self) -> Template:
        """The template this report follows (the default one when its own is not installed)."""
        return template_of(self.template_id, self.template_version)

    @property
    def roles(self) -> Roles:
        return self.template.roles

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or self.values.get(self.roles.plan_title) or "")

    @property
    def language(self) -> str:
        return known_language(self.values.get(self.roles.language))

    @property
    def report_type(self) -> str | None:
        rt = self.values.get(self.roles.report_type)
        return rt if isinstance(rt, str) else None

    @property
    def report_id(self) -> str:
        """Which report this is, kept by save and copy: ``meta["report_id"]``.

        A file from before report ids falls back to its creation stamp, which
        it also keeps; "" when it has neither.
        """
        rid = self.meta.get(REPORT_ID)
        if isinstance(rid, str) and rid:
            return rid
        created = self.meta.get("created")
        return f"created:{created}" if isinstance(created, str) and created else ""

    def ensure_report_id(self) -> str:
        """Give the report an id of its own when it has none; returns it."""
        if not isinstance(self.meta.get(REPORT_ID), str) or not self.meta.get(REPORT_ID):
            self._thaw_check()
            self.meta[REPORT_ID] = str(uuid.uuid4())
        return str(self.meta[REPORT_ID])

    def commitments(self) -> list[Any]:
        """The rows of the commitments group ([] when missing or not a list)."""
        rows = self.values.get(self.roles.commitments)
        return rows if isinstance(rows, list) else []

    # -- writing --------------------------------------------------------
    def _container(self, path: Path, create: bool) -> tuple[Any, Any]:
        """Return (container, last part) for *path*, creating dicts and lists on the way."""
        self._thaw_check()
        if not path:
            raise valuepath.PathError("path.empty")
        node: Any = self.values
        for i, part in enumerate(path[:-1]):
            nxt = path[i + 1]
            if isinstance(part, int):
                if not isinstance(node, list) or not -1 < part < len(node):
                    raise valuepath.PathError("path.no_item", path=valuepath.format(path[: i + 1]))
                if node[part] is None and create:
                    node[part] = {} if isinstance(nxt, str) else []
                node = node[part]
            else:
                if not isinstance(node, dict):
                    raise valuepath.PathError("path.not_an_object", path=valuepath.format(path[:i]))
                if part not in node or node[part] is None:
                    if not create:
                        raise valuepath.PathError("path.no_value", path=valuepath.format(path[: i + 1]))
                    node[part] = {} if isinstance(nxt, str) else []
                node = node[part]
        return node, path[-1]

    def set(self, path: str | Path, value: Any) -> None:
        """Set one value; ``None`` (or an empty string/list) removes a field."""
        p = valuepath.as_path(path)
        container, last = self._container(p, create=True)
        if isinstance(last, int):
            if not isinstance(container, list) or not -1 < last < len(container):
                raise valuepath.PathError("path.no_item", path=valuepath.format(p))
            old = container[last]
            if _same(old, value):
                return
            container[last] = value
        else:
            if not isinstance(container, dict):
                raise valuepath.PathError("path.not_an_object", path=valuepath.format(p[:-1]))
            old = container.get(last)
            if _same(old, value):
                return
            if is_blank(value):
                container.pop(last, None)
            else:
                container[last] = value
        self._emit(Change("set", p, old, value))

    def _list(self, path: str | Path, create: bool = True) -> tuple[Path, list[Any]]:
        p = valuepath.as_path(path)
        container, last = self._container(p, create=create)
        if isinstance(last, str):
            if not isinstance(container.get(last), list):
                container[last] = []
            return p, container[last]
        return p, container[last]

    def insert(self, path: str | Path, index: int, item: Any,
               translations: dict[str, dict[str, Any]] | None = None) -> None:
        """Insert *item* into the group or list at *path* before *index*.

        *translations* (from :meth:`row_translations`) brings back a removed
        row's translations, so undoing a removal loses nothing.
        """
        p, items = self._list(path)
        index = max(0, min(index, len(items)))
        self._renumber_translations(p, lambda i: i + 1 if i >= index else i)
        items.insert(index, item)
        prefix = valuepath.format(p + (index,))
        for lang, entries in (translations or {}).items():
            for rel, entry in entries.items():
                self.translations.setdefault(lang, {})[prefix + rel] = copy.deepcopy(entry)
        self._emit(Change("insert", p + (index,), None, item))

    def append(self, path: str | Path, item: Any) -> int:
        p, items = self._list(path)
        self.insert(p, len(items), item)
        return len(items) - 1

    def remove(self, path: str | Path, index: int) -> Any:
        """Remove one row; its translations go too (take them first with :meth:`row_translations`)."""
        p, items = self._list(path)
        old = items.pop(index)
        prefix = valuepath.format(p + (index,))
        for entries in self.translations.values():
            for key in [k for k in entries if _under(k, prefix)]:
                del entries[key]
        self._renumber_translations(p, lambda i: i - 1 if i > index else i)
        self._emit(Change("remove", p + (index,), old, None))
        return old

    def move(self, path: str | Path, src: int, dst: int) -> None:
        p, items = self._list(path)
        if src == dst:
            return
        items.insert(dst, items.pop(src))

        def moved(i: int) -> int:
            if i == src:
                return dst
            if src < i <= dst:
                return i - 1
            if dst <= i < src:
                return i + 1
            return i

        self._renumber_translations(p, moved)
        self._emit(Change("move", p + (src,), src, dst))

    # -- translations follow their rows ----------------------------------
    def row_translations(self, path: str | Path, index: int) -> dict[str, dict[str, Any]]:
        """The translations under one row, keyed by the path below the row (``".title"``)."""
        prefix = valuepath.format(valuepath.as_path(path) + (index,))
        out: dict[str, dict[str, Any]] = {}
        for lang, entries in self.translations.items():
            for key, entry in entries.items():
                if _under(key, prefix):
                    out.setdefault(lang, {})[key[len(prefix):]] = copy.deepcopy(entry)
        return out

    def _renumber_translations(self, list_path: Path, new_index: Callable[[int], int]) -> None:
        """Keep ``translations`` keyed to the same rows when rows shift."""
        prefix = valuepath.format(list_path) + "["
        for lang, entries in self.translations.items():
            if not any(k.startswith(prefix) for k in entries):
                continue
            renamed: dict[str, Any] = {}
            for key, entry in entries.items():
                close = key.find("]", len(prefix)) if key.startswith(prefix) else -1
                number = key[len(prefix):close]
                if close > 0 and number.isdigit() and len(number) <= valuepath.MAX_INDEX_DIGITS:
                    key = f"{prefix}{new_index(int(number))}{key[close:]}"
                renamed[key] = entry  # a key that names no row (a file from elsewhere) stays as it is
            self.translations[lang] = renamed

    def set_translation(self, lang: str, path: str | Path, entry: dict[str, Any] | None) -> None:
        """Set (or with ``None`` remove) the *lang* translation of one value."""
        self._thaw_check()
        key = valuepath.format(valuepath.as_path(path))
        entries = self.translations.setdefault(lang, {})
        old = entries.get(key)
        if old == entry:
            return
        if entry is None:
            entries.pop(key, None)
        else:
            entries[key] = entry
        self._emit(Change("translation", valuepath.as_path(path), old, entry))

    def set_meta(self, key: str, value: Any) -> None:
        """Set one meta entry and tell listeners, so an open draft saves it (a ``meta`` change at META_PATH)."""
        self._thaw_check()
        old = self.meta.get(key)
        if old == value:
            return
        self.meta[key] = value
        self._emit(Change("meta", (META_PATH, key), old, value))

    def replace_values(self, values: dict[str, Any]) -> None:
        """Swap in a whole new set of values (restore, merge, import)."""
        self._thaw_check()
        old = self.values
        self.values = values
        self._emit(Change("replace", (), old, values))

    def _mark_changed(self, change: Change) -> None:
        """Remember which row of a top-level list a change touched, so snapshot() copies it again."""
        path = change.path
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            rows = self.values.get(path[0])
            if isinstance(rows, list) and -1 < path[1] < len(rows):
                self._changed_rows.add(id(rows[path[1]]))

    # -- copies and serialisation ---------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return self._as_dict(copy.deepcopy)

    def shared_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` for a report that keeps it: a frozen snapshot's own values, not copied (90 ms at
        2,000 commitments), since nothing changes them; a live report's deep copy, which it can change."""
        return self._as_dict(_as_is) if self.frozen else self.to_dict()

    def _as_dict(self, copied: Callable[[Any], Any]) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "template": {"id": self.template_id, "version": self.template_version},
            "meta": copied(self.meta),
            "values": copied(self.values),
            "translations": copied(self.translations),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Build from an already checked report-file dict (see :mod:`ogp_desktop.reportfile`)."""
        tpl = data.get("template") or {}
        return cls(
            copy.deepcopy(data.get("values") or {}),
            meta=copy.deepcopy(data.get("meta") or {}),
            translations=copy.deepcopy(data.get("translations") or {}),
            template_id=str(tpl.get("id", "ogp-self-assessment")),
            template_version=int(tpl.get("version", 1)),
        )

    def snapshot(self) -> Report:
        """A frozen copy for autosave that costs little more than the rows changed since the last snapshot.

        Rows of top-level lists (commitments, ...) that no change touched since
        the previous snapshot are that snapshot's own copies, shared, not copied
        again: at 2,000 commitments a snapshot after one edit takes a few
        milliseconds instead of a full deep copy. Safe because snapshots are
        only read (the store serialises them), every change to this report goes
        through its methods (which mark the row they touch), and the cache holds
        the live rows so their identities cannot be reused. Translation entries
        are replaced, never changed in place, so their maps are copied shallowly.
        """
        cache = self._shared if self._shared_values is self.values else {}
        fresh: dict[int, tuple[Any, Any]] = {}
        changed = self._changed_rows
        # Strings and numbers are shared, copied in one C call: a Python step each took seconds for a file
        # of a million unknown keys. Only the other values are visited.
        values: dict[str, Any] = dict(self.values)
        for key in [k for k, v in values.items() if not isinstance(v, _ATOMS)]:
            value = values[key]
            if not isinstance(value, list):
                values[key] = copy.deepcopy(value)
                continue
            rows = []
            for row in value:
                hit = cache.get(id(row))
                if hit is not None and hit[0] is row and id(row) not in changed:
                    kept = hit[1]
                else:
                    kept = copy.deepcopy(row)
                fresh[id(row)] = (row, kept)
                rows.append(kept)
            values[key] = rows
        self._shared, self._shared_values, self._changed_rows = fresh, self.values, set()
        translations = {lang: dict(entries) if isinstance(entries, dict) else copy.deepcopy(entries)
                        for lang, entries in self.translations.items()}
        snap = Report(values, meta=copy.deepcopy(self.meta), translations=translations,
                      template_id=self.template_id, template_version=self.template_version)
        snap.frozen = True
        return snap

    def copy(self) -> Report:
        """A deep snapshot without listeners (what autosave and exports work on).

        One deep copy, not two through to_dict/from_dict: autosave takes this
        snapshot on the GUI thread.
        """
        return Report(copy.deepcopy(self.values), meta=copy.deepcopy(self.meta),
                      translations=copy.deepcopy(self.translations),
                      template_id=self.template_id, template_version=self.template_version)
