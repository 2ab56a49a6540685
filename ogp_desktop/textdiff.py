"""Which words changed between two texts: the before/after view of Versions > Compare.

Qt-free: a list of (kind, text) runs, kind one of "same", "removed", "added",
that any view can render (the versions dialog marks them in colour).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

SAME, REMOVED, ADDED = "same", "removed", "added"
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def as_text(value: Any) -> str:
    """A stored value as a reader sees it: lists one item a line, nothing for no value."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(as_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{as_text(v)}" for v in value.values() if v not in (None, "", []))
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Runs of unchanged, removed and added words (whitespace and punctuation are their own tokens)."""
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    runs: list[tuple[str, str]] = []

    def put(kind: str, text: str) -> None:
        if not text:
            return
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + text)
        else:
            runs.append((kind, text))

    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            put(SAME, "".join(a[i1:i2]))
        else:
            put(REMOVED, "".join(a[i1:i2]))
            put(ADDED, "".join(b[j1:j2]))
    return runs
