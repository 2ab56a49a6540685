"""A database's JSON bytes, made of rows that are encoded once and then reused while they stay the same object.

An autosave of a 2,000-commitment draft rewrites about 21 MB of JSON, yet after one edit only one row
differs, and the autosave snapshot (``Report.snapshot``) hands over every other row as the very object the
previous save wrote. So the bytes of each row are kept by the row's identity (the row itself is held, so
its id cannot be reused), and a save encodes only rows it has not seen, each with one call of json's C
encoder: one row holds the GIL well under a millisecond, where the whole draft in one call held it for
about 100 ms and json's Python encoder ran 200 ms of Python beside the GUI thread.

What counts as a row: inside a TinyDB document (below database -> table -> document, the levels TinyDB
changes in place), every dict or list that is an item of a list, and every dict that is a value of a dict
wider than :data:`WIDE` (a translation language's entries); a list there is walked, its items rows (the
commitments of a report with many top-level values: as one row it was encoded whole, 160 ms in one call,
on every save). Everything above rows is walked here. A row must never
be changed in place after a write: the store only ever writes fresh copies or frozen snapshots (see
``Report.shared_dict``), and the next write keeps only the rows it used.

The bytes are exactly ``json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))``'s, UTF-8 encoded.
"""

from __future__ import annotations

import json
from typing import Any

_C_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # encode(): the C encoder, one call
_encode_string = json.encoder.encode_basestring  # what that encoder uses for a str with ensure_ascii=False
WIDE = 64  # a dict of more entries than this keeps its container values as rows
_DOCUMENT_DEPTH = 2  # database (0) -> table (1) -> document (2): TinyDB updates these in place, never below


def _key(key: Any) -> bytes:
    """``"key":`` as json writes it; a non-str key (int, float, bool, None) converted by json itself."""
    text = _encode_string(key) if isinstance(key, str) else _C_ENCODER.encode({key: 0})[1:-3]
    return (text + ":").encode("utf-8")


class RowEncoder:
    """Encodes a database dict for :class:`~ogp_desktop.store.safe_storage.SafeStorage`, reusing row bytes."""

    def __init__(self) -> None:
        self._rows: dict[int, tuple[Any, bytes]] = {}  # id(row) -> (row, its bytes), rows of the last encode
        self.encoded = 0  # rows the last encode() had to encode (the rest it reused)
        self.reused = 0

    def encode(self, data: Any) -> bytes:
        return b"".join(self.pieces(data))

    def pieces(self, data: Any) -> list[bytes]:
        """The bytes of *data* in pieces, to be written one after the other (joined they are :meth:`encode`)."""
        out: list[bytes] = []
        fresh: dict[int, tuple[Any, bytes]] = {}
        self.encoded = self.reused = 0
        try:
            self._value(data, 0, False, out, fresh, set())
        finally:
            self._rows = fresh  # only the rows of this write: a row no longer written is let go
        return out

    def known(self, value: Any) -> bytes | None:
        """The bytes of *value* when the last write encoded it as a row (the same object), else None."""
        hit = self._rows.get(id(value))
        return hit[1] if hit is not None and hit[0] is value else None

    def clear(self) -> None:
        self._rows = {}

    def _value(self, value: Any, depth: int, row: bool, out: list[bytes], fresh: dict[int, tuple[Any, bytes]],
               walking: set[int]) -> None:
        if not isinstance(value, (dict, list, tuple)):
            out.append(_C_ENCODER.encode(value).encode("utf-8"))
        elif row:
            out.append(self._row(value, fresh))
        elif id(value) in walking:
            raise ValueError("Circular reference detected")  # as json says it
        else:
            walking.add(id(value))
            if isinstance(value, dict):
                self._dict(value, depth, out, fresh, walking)
            else:
                self._list(value, depth, out, fresh, walking)
            walking.discard(id(value))

    def _dict(self, value: dict[Any, Any], depth: int, out: list[bytes], fresh: dict[int, tuple[Any, bytes]],
              walking: set[int]) -> None:
        rows = depth > _DOCUMENT_DEPTH and len(value) > WIDE
        sep = b"{"
        for key, item in value.items():
            out.append(sep + _key(key))
            sep = b","
            self._value(item, depth + 1, rows and not isinstance(item, (list, tuple)), out, fresh, walking)
        out.append(b"}" if value else b"{}")

    def _list(self, value: list[Any] | tuple[Any, ...], depth: int, out: list[bytes],
              fresh: dict[int, tuple[Any, bytes]], walking: set[int]) -> None:
        sep = b"["
        for item in value:
            out.append(sep)
            sep = b","
            self._value(item, depth + 1, depth >= _DOCUMENT_DEPTH, out, fresh, walking)
        out.append(b"]" if value else b"[]")

    def _row(self, value: Any, fresh: dict[int, tuple[Any, bytes]]) -> bytes:
        hit = self._rows.get(id(value))
        if hit is not None and hit[0] is value:
            self.reused += 1
            data = hit[1]
        else:
            self.encoded += 1
            data = _C_ENCODER.encode(value).encode("utf-8")
        fresh[id(value)] = (value, data)
        return data
