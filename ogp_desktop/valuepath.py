"""Value paths such as ``commitments[2].milestones[0].status``.

A path is a tuple of parts: ``str`` for a field id, ``int`` for a zero-based
index into a group or list. The text form is what validation problems,
translations and merges use.

Field ids are identifiers (``märkus`` too). A key that is not one, which a
file from elsewhere may hold (``"note from ministry"``), is written as a JSON
string in brackets: ``commitments[0]["note from ministry"]``, so every key
has a text form that parses back to it. An index has at most
:data:`MAX_INDEX_DIGITS` digits: no list is that long.
"""

from __future__ import annotations

import json
import re

from ogp_desktop.errors import UserError

Part = str | int
Path = tuple[Part, ...]

MAX_INDEX_DIGITS = 9
_TOKEN = re.compile(rf'([^\W\d]\w*)|\[(\d{{1,{MAX_INDEX_DIGITS}}})\]|(\.)|\[("(?:[^"\\]|\\.)*")\]')
_NAME = re.compile(r"[^\W\d]\w*")


class PathError(UserError):
    """Not a value path (``path.invalid``)."""


def is_name(text: str) -> bool:
    """Whether *text* can be a field id in a path (``note from ministry`` cannot)."""
    return bool(_NAME.fullmatch(text))


def parse(text: str) -> Path:
    """``"a[1].b"`` -> ``("a", 1, "b")``; raises PathError on anything else."""
    parts: list[Part] = []
    pos = 0
    expect_name = True
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise PathError("path.invalid", text=text)
        name, index, dot, quoted = m.groups()
        if quoted is not None:
            if expect_name and parts:  # after a dot a name must follow, not a bracket
                raise PathError("path.invalid", text=text)
            try:
                key = json.loads(quoted)
            except ValueError:
                raise PathError("path.invalid", text=text) from None
            parts.append(key)
            expect_name = False
        elif name is not None:
            if not expect_name:
                raise PathError("path.invalid", text=text)
            parts.append(name)
            expect_name = False
        elif index is not None:
            if expect_name:
                raise PathError("path.invalid", text=text)
            parts.append(int(index))
        else:
            if expect_name:
                raise PathError("path.invalid", text=text)
            expect_name = True
        pos = m.end()
    if not parts or expect_name:
        raise PathError("path.invalid", text=text)
    return tuple(parts)


def format(path: Path) -> str:  # noqa: A001 - mirrors parse()
    out = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif is_name(part):
            out.append(("." if out else "") + part)
        else:
            out.append(f"[{json.dumps(part, ensure_ascii=False)}]")
    return "".join(out)


def as_path(path: str | Path) -> Path:
    return parse(path) if isinstance(path, str) else tuple(path)


def field_ids(path: str | Path) -> tuple[str, ...]:
    """The path without indices: the chain of field ids a template resolves."""
    return tuple(p for p in as_path(path) if isinstance(p, str))
