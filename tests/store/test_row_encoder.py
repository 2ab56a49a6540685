"""RowEncoder: the bytes of json's own encoder, with rows that did not change reused instead of encoded again."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ogp_desktop.store.row_encoder import WIDE, RowEncoder

PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # what SafeStorage wrote before


def plain(data: Any) -> bytes:
    return "".join(PLAIN.iterencode(data)).encode("utf-8")


ATOMS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8),
                  st.sampled_from(["õäöü", "𝔘 astral", "\u2028", "quote \" and \\ and \n", "<>&"]))
KEYS = st.one_of(st.text(max_size=6), st.integers(-5, 5), st.floats(allow_nan=False), st.booleans(), st.none())
JSONISH = st.recursive(ATOMS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                      st.dictionaries(KEYS, inner, max_size=5)), max_leaves=40)


def database(document: dict[str, Any]) -> dict[str, Any]:
    """TinyDB's shape: tables of documents by id."""
    return {"meta": {"1": {"schema_version": 2}}, "draft": {"1": document}}


@settings(max_examples=300, deadline=None)
@given(JSONISH, JSONISH)
def test_the_bytes_are_the_plain_encoders_first_time_and_when_rows_are_reused(a: Any, b: Any) -> None:
    rows = [a, [a, b], {"x": b}, {"milestones": [b, a]}]
    wide = {f"k{i}": {"text": str(i), "v": a} if i % 2 else i for i in range(WIDE + 2)}
    data = database({"report": {"values": {"rows": rows, "a": a, "b": b}, "translations": {"en": wide}}})
    encoder = RowEncoder()
    assert encoder.encode(data) == plain(data)
    rows.append({"new": b})
    assert encoder.encode(data) == plain(data), "rows reused beside a new one"
    assert encoder.encoded == 1


def test_only_new_rows_are_encoded_and_only_the_last_writes_rows_are_kept() -> None:
    rows = [{"n": i, "text": "õ" * i} for i in range(50)]
    data = database({"report": {"values": {"commitments": rows}}})
    encoder = RowEncoder()
    encoder.encode(data)
    assert (encoder.encoded, encoder.reused) == (50, 0)
    rows[7] = dict(rows[7], text="changed")
    assert encoder.encode(data) == plain(data)
    assert (encoder.encoded, encoder.reused) == (1, 49)
    old = rows[:]
    rows[:] = copy.deepcopy(rows)  # the same values, other objects: encoded again
    encoder.encode(data)
    assert (encoder.encoded, encoder.reused) == (50, 0)
    rows[:] = old  # rows of a write before the last one are not kept
    encoder.encode(data)
    assert encoder.encoded == 50


def test_the_entries_of_a_wide_map_are_rows_but_tinydb_documents_never_are() -> None:
    entries = {f"commitments[{i}].title": {"text": f"T{i}", "source_hash": "h"} for i in range(WIDE + 1)}
    documents = {str(i): {"n": i} for i in range(WIDE + 1)}  # TinyDB changes a document in place
    data = {"versions": documents, "draft": {"1": {"translations": {"en": entries}}}}
    encoder = RowEncoder()
    encoder.encode(data)
    assert encoder.encoded == WIDE + 1
    documents["3"]["n"] = "changed in place"
    assert encoder.encode(data) == plain(data)
    assert (encoder.encoded, encoder.reused) == (0, WIDE + 1)


@pytest.mark.parametrize("bad", [{"when": object()}, {(1, 2): "tuple key"}])
def test_what_json_refuses_is_refused_the_same_way(bad: dict[Any, Any]) -> None:
    data = database({"report": bad})
    with pytest.raises(TypeError) as plain_error:
        plain(data)
    with pytest.raises(TypeError) as ours:
        RowEncoder().encode(data)
    assert str(ours.value) == str(plain_error.value)


def test_a_cycle_is_refused_like_json_does() -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match="Circular reference"):
        RowEncoder().encode(database({"report": loop}))


def test_a_list_in_a_wide_dict_is_walked_so_one_changed_row_is_all_that_is_encoded_again() -> None:
    """A report with more top-level values than WIDE (another tool's keys) kept its commitments as one row:
    encoded whole, in one call holding the GIL, on every save."""
    rows = [{"title": f"T{i}", "milestones": [{"n": i}]} for i in range(300)]
    values = {**{f"extra{i}": i for i in range(WIDE + 1)}, "commitments": rows}
    encoder = RowEncoder()
    first = database({"report": {"values": values}})
    assert encoder.encode(first) == plain(first)
    edited = list(rows)
    edited[7] = {"title": "changed", "milestones": []}
    second = database({"report": {"values": dict(values, commitments=edited)}})
    assert encoder.encode(second) == plain(second)
    assert (encoder.encoded, encoder.reused) == (1, 299)
