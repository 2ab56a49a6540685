"""Which value paths differ between two saved states of a report.

Groups (lists of objects) are compared item by item so a change shows as
``commitments[0].results``; plain lists (``priorities``, multienum values)
count as one value. Translations are keyed by value path already, so a
changed translation shows as that path with its language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ogp_desktop import valuepath

_MISSING = object()
_VOLATILE_META = frozenset({"modified", "created"})  # change on every save; not content


@dataclass(frozen=True, order=True)
class DiffEntry:
    """One changed value: *path* in ``values``, or its *lang* translation, or ``meta.<key>``."""

    path: str
    lang: str | None = None

    def __str__(self) -> str:
        return f"{self.path} [{self.lang}]" if self.lang else self.path


def _is_group(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, dict) for v in value)


def _walk(old: Any, new: Any, here: valuepath.Path) -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            yield from _walk(old.get(key, _MISSING), new.get(key, _MISSING), here + (key,))
    elif _is_group(old) and _is_group(new):
        for i in range(max(len(old), len(new))):
            yield from _walk(old[i] if i < len(old) else _MISSING, new[i] if i < len(new) else _MISSING, here + (i,))
    elif old != new and here:
        yield valuepath.format(here)


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> list[DiffEntry]:
    """Compare two report dicts (``Report.to_dict()`` form)."""
    out = [DiffEntry(p) for p in _walk(old.get("values") or {}, new.get("values") or {}, ())]
    old_tr, new_tr = old.get("translations") or {}, new.get("translations") or {}
    for lang in sorted(set(old_tr) | set(new_tr)):
        a, b = old_tr.get(lang) or {}, new_tr.get(lang) or {}
        for key in list(a) + [k for k in b if k not in a]:
            if a.get(key) != b.get(key):
                out.append(DiffEntry(str(key), lang))
    old_meta, new_meta = old.get("meta") or {}, new.get("meta") or {}
    for key in sorted((set(old_meta) | set(new_meta)) - _VOLATILE_META):
        if old_meta.get(key) != new_meta.get(key):
            out.append(DiffEntry(f"meta.{key}"))
    return out
