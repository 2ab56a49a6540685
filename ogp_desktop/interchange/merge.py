"""A field-level three-way merge of JSON-like report values.

``merge_values(base, ours, theirs)`` walks the three trees together:

* theirs unchanged from base -> ours is kept (only the coordinator changed);
* ours and theirs equal -> fine;
* objects -> merged field by field;
* lists of objects (group rows) -> rows matched by the key fields the caller
  names for that list (``keys``: the first non-empty of them, from the
  template's roles) and merged row by row: a row added by theirs is added,
  a row removed by theirs and unchanged by us is removed, removed by one
  side and edited by the other is a conflict. Rows are never paired by
  position: when a row of any of the three versions has no key or shares
  one, :class:`RowKeyError` names it; a list without key fields merges as
  one value (taken whole, or one conflict);
* otherwise ours unchanged -> theirs is taken; both changed -> a
  :class:`Conflict`, settled by ``choices[conflict.key]`` ("ours"/"theirs")
  or ``prefer``, else left as ours and reported. A conflict about a whole
  row (removed on one side, edited on the other) is settled only by a
  choice for that row: a blanket preference never removes or adds a row.

Conflict paths are in *our* coordinates (where the value sits in the report
the coordinator has open), so they stay stable while choices are made; a row
missing on our side gets the index it will have when appended. Paths of
taken values (for provenance) are in the merged result's coordinates.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.emptiness import is_blank
from ogp_desktop.roles import first_filled
from ogp_desktop.valuepath import Path

# A list's field-id chain ("commitments.milestones") -> the fields that key its rows, first non-empty wins.
KeyFields = Mapping[str, tuple[str, ...]]

OURS, THEIRS = "ours", "theirs"
# Translations ride inside the trees under this key (see contribution.py) so rows carry them when matched.
TRANSLATIONS_KEY = "\x00translations"


class RowKeyError(ValueError):
    """A row of a keyed list has no key, or shares one: matching it would be a guess.

    *path* is the list (in our coordinates), *version* ``"base"``/``"ours"``/``"theirs"``,
    *row* the row's zero-based index in that version; *first* the earlier row with the
    same *key* (None when the key is missing); *fields* the list's key fields.
    """

    def __init__(self, path: Path, version: str, row: int, fields: tuple[str, ...], key: str = "",
                 first: int | None = None) -> None:
        super().__init__(f"{valuepath.format(path)}: row {row} of {version} has no unique key")
        self.path, self.version, self.row, self.fields = path, version, row, fields
        self.key, self.first = key, first


@dataclass(frozen=True)
class Conflict:
    """Both sides changed one value differently. ``lang`` is set for a translation."""

    path: str
    base: Any
    ours: Any
    theirs: Any
    lang: str | None = None

    @property
    def key(self) -> str:
        """What ``choices`` is keyed by: the path, or ``"et:path"`` for a translation."""
        return f"{self.lang}:{self.path}" if self.lang else self.path

    @property
    def whole_row(self) -> bool:
        """A row one side removed and the other changed: only a choice for this row settles it."""
        return self.lang is None and isinstance(self.base, dict) and (self.ours is None or self.theirs is None)

    def to_dict(self) -> dict[str, Any]:
        out = {"path": self.path, "base": self.base, "ours": self.ours, "theirs": self.theirs}
        if self.lang:
            out["lang"] = self.lang
        return out


@dataclass
class Outcome:
    """What merging produced: the value, conflicts, and which paths came from theirs or went away."""

    value: Any = None
    conflicts: list[Conflict] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)      # keys (path or "lang:path") whose value came from theirs
    removed: list[str] = field(default_factory=list)    # row paths (ours coordinates) removed by theirs
    resolved: dict[str, str] = field(default_factory=dict)  # conflict key -> side applied
    moved: dict[str, str] = field(default_factory=dict)     # our row path -> its path in the merged value

    def new_path(self, path: str) -> str | None:
        """Where a value at *path* (our coordinates) is after the merge; None when its row was removed."""
        for prefix in self.removed:
            if path == prefix or path.startswith((prefix + ".", prefix + "[")):
                return None
        best = ""
        for prefix in self.moved:
            if len(prefix) > len(best) and (path == prefix or path.startswith((prefix + ".", prefix + "["))):
                best = prefix
        if not best:
            return path
        return self.moved[best] + path[len(best):]


def _is_rows(*values: Any) -> bool:
    lists = [v for v in values if v is not None]
    return bool(lists) and all(isinstance(v, list) and all(isinstance(r, dict) for r in v) for v in lists)


def _is_obj(*values: Any) -> bool:
    return all(v is None or isinstance(v, dict) for v in values) and any(isinstance(v, dict) for v in values)


def row_key(row: Any, fields: tuple[str, ...]) -> str:
    """The first of *fields* holding a non-empty text or number in *row*, stripped; "" if none."""
    return first_filled(row, fields)


_empty = is_blank  # a merged object leaves out what is not stored


class _Merge:
    def __init__(self, choices: dict[str, str], prefer: str | None, confirm_removal: Path | None,
                 keys: KeyFields) -> None:
        self.keys = keys
        self.choices = choices
        self.prefer = prefer
        self.confirm_removal = confirm_removal
        self.out = Outcome()

    # -- bookkeeping ----------------------------------------------------
    def _taken(self, out_path: Path, value: Any, lang: str | None, before: Any = None) -> None:
        """Record every leaf of a value taken from theirs (provenance sits on fields).

        Leaves equal to the same place in *before* (the value it replaced) are not theirs.
        """
        if value == before and before is not None:
            return
        if isinstance(value, dict) and not lang:
            was = before if isinstance(before, dict) else {}
            for k, v in value.items():
                if k == TRANSLATIONS_KEY:
                    old = was.get(k) or {}
                    for tlang, entries in v.items():
                        for rel, entry in entries.items():
                            if (old.get(tlang) or {}).get(rel) != entry:
                                self.out.taken.append(f"{tlang}:{valuepath.format(out_path)}{_rel(rel)}")
                else:
                    self._taken(out_path + (k,), v, lang, was.get(k))
        elif isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
            was_rows = before if isinstance(before, list) else []
            for i, row in enumerate(value):
                self._taken(out_path + (i,), row, lang, was_rows[i] if i < len(was_rows) else None)
        elif out_path:
            text = valuepath.format(out_path)
            self.out.taken.append(f"{lang}:{text}" if lang else text)

    def _conflict(self, conflict: Conflict, ours: Any, theirs: Any, out_path: Path, whole_row: bool = False) -> Any:
        side = self.choices.get(conflict.key) or (None if whole_row else self.prefer)
        if side == THEIRS:
            self.out.resolved[conflict.key] = THEIRS
            self._taken(out_path, theirs, conflict.lang)
            return copy.deepcopy(theirs)
        if side == OURS:
            self.out.resolved[conflict.key] = OURS
        else:
            self.out.conflicts.append(conflict)
        return copy.deepcopy(ours)

    # -- the walk ---------------------------------------------------------
    def value(self, base: Any, ours: Any, theirs: Any, path: Path, out_path: Path, lang: str | None = None) -> Any:
        if theirs == base or ours == theirs:
            return copy.deepcopy(ours)
        if lang is None and _is_obj(base, ours, theirs) and ours is not None and theirs is not None:
            return self.obj(base or {}, ours, theirs, path, out_path)
        if lang is None and _is_rows(base, ours, theirs) and self._fields(path):
            return self.rows(base or [], ours or [], theirs or [], path, out_path)
        if ours == base or (_empty(ours) and _empty(base)):
            self._taken(out_path, theirs, lang, ours)
            return copy.deepcopy(theirs)
        return self._conflict(Conflict(valuepath.format(path), base, ours, theirs, lang), ours, theirs, out_path)

    def obj(self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
            path: Path, out_path: Path) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        keys = list(ours) + [k for k in theirs if k not in ours]
        keys += [k for k in base if k not in ours and k not in theirs]
        for key in keys:
            if key == TRANSLATIONS_KEY:
                merged[key] = self.translations(base.get(key) or {}, ours.get(key) or {}, theirs.get(key) or {},
                                                path, out_path)
                continue
            value = self.value(base.get(key), ours.get(key), theirs.get(key), path + (key,), out_path + (key,))
            if not _empty(value):
                merged[key] = value
        return merged

    def translations(self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
                     path: Path, out_path: Path) -> dict[str, Any]:
        """``{lang: {".field" or ".list[i]": entry}}`` attached to one object, merged entry by entry."""
        merged: dict[str, dict[str, Any]] = {}
        for lang in sorted(set(base) | set(ours) | set(theirs)):
            b, o, t = base.get(lang, {}), ours.get(lang, {}), theirs.get(lang, {})
            for rel in list(o) + [r for r in t if r not in o] + [r for r in b if r not in o and r not in t]:
                entry = self.value(b.get(rel), o.get(rel), t.get(rel), _join(path, rel), _join(out_path, rel), lang)
                if entry is not None:
                    merged.setdefault(lang, {})[rel] = entry
        return merged

    def _fields(self, path: Path) -> tuple[str, ...]:
        """The key fields of the list at *path* (its field-id chain); () when it has none."""
        return self.keys.get(".".join(p for p in path if isinstance(p, str)), ())

    def rows(self, base: list[dict[str, Any]], ours: list[dict[str, Any]], theirs: list[dict[str, Any]],
             path: Path, out_path: Path) -> list[dict[str, Any]]:
        key_of = _row_keys(base, ours, theirs, self._fields(path), path)
        b_rows = dict(zip(key_of[0], base, strict=False))
        t_rows = dict(zip(key_of[2], theirs, strict=False))
        merged: list[dict[str, Any]] = []
        for i, (key, o_row) in enumerate(zip(key_of[1], ours, strict=False)):
            self._our_row(key, o_row, b_rows, t_rows, path, path + (i,), out_path, merged)
        extra = len(ours)
        ours_keys = set(key_of[1])
        for key, t_row in zip(key_of[2], theirs, strict=False):
            if key not in ours_keys and self._their_row(key, t_row, b_rows, path + (extra,), out_path, merged):
                extra += 1
        return merged

    def _our_row(self, key: str, o_row: dict[str, Any], b_rows: dict[str, dict[str, Any]],
                 t_rows: dict[str, dict[str, Any]], path: Path, here: Path, out_path: Path,
                 merged: list[dict[str, Any]]) -> None:
        """Merge our row *o_row* (at *here*) with its base and their version; append the result to *merged*."""
        at = out_path + (len(merged),)
        if here != at:  # wrong only if the row is removed below; new_path checks removed first
            self.out.moved[valuepath.format(here)] = valuepath.format(at)
        if key not in b_rows:  # added by us (or out of the contribution's scope)
            t_row = t_rows.get(key)
            if t_row is not None and t_row != o_row:  # both added one row: merge it field by field
                merged.append(self.obj({}, o_row, t_row, here, at))
            else:
                merged.append(copy.deepcopy(o_row))
            return
        b_row, t_row = b_rows[key], t_rows.get(key)
        if t_row is None:
            self._removed_by_them(b_row, o_row, path, here, at, merged)
            return
        merged.append(self.obj(b_row, o_row, t_row, here, at))

    def _removed_by_them(self, b_row: dict[str, Any], o_row: dict[str, Any], path: Path, here: Path, at: Path,
                         merged: list[dict[str, Any]]) -> None:
        """They removed the row we have (at *here*): drop it if we left it alone, else ask (a conflict)."""
        if o_row == b_row and path != self.confirm_removal:
            self.out.removed.append(valuepath.format(here))
            return
        kept = self._conflict(Conflict(valuepath.format(here), b_row, o_row, None), o_row, None, at, True)
        if kept is None:
            self.out.removed.append(valuepath.format(here))
        else:
            merged.append(kept)

    def _their_row(self, key: str, t_row: dict[str, Any], b_rows: dict[str, dict[str, Any]], here: Path,
                   out_path: Path, merged: list[dict[str, Any]]) -> bool:
        """A row only they still have: added by them, or removed by us. True when it became a conflict at *here*."""
        if key not in b_rows:  # added by the contributor
            self._taken(out_path + (len(merged),), t_row, None)
            merged.append(copy.deepcopy(t_row))
            return False
        b_row = b_rows[key]
        if t_row == b_row:  # we removed it, they left it alone
            return False
        row = self._conflict(Conflict(valuepath.format(here), b_row, None, t_row), None, t_row,
                             out_path + (len(merged),), True)
        if row is not None:
            merged.append(row)
        return True


def _row_keys(base: list[dict[str, Any]], ours: list[dict[str, Any]], theirs: list[dict[str, Any]],
              fields: tuple[str, ...], path: Path) -> tuple[list[str], list[str], list[str]]:
    """The key of every row of the three lists; RowKeyError names the first row without a unique one."""
    out = {version: check_keys(rows, fields, path, version)  # the report first: it can be fixed there
           for version, rows in (("ours", ours), ("theirs", theirs), ("base", base))}
    return out["base"], out["ours"], out["theirs"]


def check_keys(rows: list[Any], fields: tuple[str, ...], path: Path, version: str) -> list[str]:
    """The key of each row; RowKeyError for the first row without one or sharing one."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        key = row_key(row, fields)
        if not key or key in seen:
            raise RowKeyError(path, version, i, fields, key, seen.get(key))
        seen[key] = i
        keys.append(key)
    return keys


def _rel(rel: str) -> str:
    """A translation key below an object (``title``, ``other_actors[1]``) as a path suffix."""
    return "." + rel


def _join(path: Path, rel: str) -> Path:
    return path + valuepath.parse(rel)


def merge_values(base: Any, ours: Any, theirs: Any, path: Path = (), *,
                 choices: dict[str, str] | None = None, prefer: str | None = None,
                 confirm_removal: Path | None = None, keys: KeyFields | None = None) -> Outcome:
    """Three-way merge of one value (usually the commitments list) at *path*.

    *keys* names, per list (its field-id chain, indices left out), the fields that match its rows.

    Rows of the list at *confirm_removal* that theirs removed are a conflict even when we left
    them alone: a contributor dropping a whole commitment needs the coordinator's yes.
    """
    if prefer not in (None, OURS, THEIRS):
        raise ValueError(f"prefer must be {OURS!r} or {THEIRS!r}")
    walker = _Merge(dict(choices or {}), prefer, confirm_removal, dict(keys or {}))
    walker.out.value = walker.value(base, ours, theirs, path, path)
    return walker.out
