"""Report.snapshot(): what autosave copies on the GUI thread, sharing rows no change touched."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ogp_desktop.report import Report


def report(rows: int = 5) -> Report:
    return Report({"country": "Eesti", "priorities": ["a", "b"],
                   "commitments": [{"number": str(i), "title": f"T{i}", "milestones": [{"status": "limited"}]}
                                   for i in range(rows)]},
                  translations={"en": {"commitments[1].title": {"text": "One", "source_hash": "h"}}})


def test_rows_no_change_touched_are_shared_and_changed_ones_copied() -> None:
    r = report()
    first = r.snapshot()
    r.set("commitments[2].milestones[0].status", "complete")
    second = r.snapshot()
    assert second.values == r.values and second.to_dict() == r.copy().to_dict()
    assert second.values["commitments"][0] is first.values["commitments"][0]
    assert second.values["commitments"][2] is not first.values["commitments"][2]
    assert first.values["commitments"][2]["milestones"][0]["status"] == "limited", "an old snapshot never changes"
    assert second.values["commitments"][2] is not r.values["commitments"][2], "never the live row"


def test_replacing_all_values_starts_afresh() -> None:
    r = report()
    first = r.snapshot()
    r.replace_values(copy.deepcopy(r.values))
    second = r.snapshot()
    assert second.values == r.values
    assert second.values["commitments"][0] is not first.values["commitments"][0]


OPS = st.lists(st.tuples(st.sampled_from(["set", "set_row", "insert", "remove", "move", "translate", "snap",
                                          "replace", "set_list"]),
                         st.integers(0, 6), st.integers(0, 6), st.text(max_size=3)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(OPS)
def test_a_snapshot_always_equals_a_full_copy_and_old_ones_never_change(ops: list[tuple[str, int, int, str]]) -> None:
    r = report()
    taken: list[tuple[Report, dict[str, Any]]] = []
    for op, i, j, text in ops:
        rows = r.values.get("commitments")
        n = len(rows) if isinstance(rows, list) else 0
        if op == "set" and n:
            row = r.values["commitments"][i % n]
            if row.get("milestones"):
                r.set(f"commitments[{i % n}].milestones[0].status", text or None)
            else:
                r.set(f"commitments[{i % n}].title", text or None)
        elif op == "set_row" and n:
            r.set(f"commitments[{i % n}]", {"title": text, "milestones": [{"status": "x"}]})
        elif op == "insert":
            r.insert("commitments", i, {"title": text, "milestones": []})
        elif op == "remove" and n:
            r.remove("commitments", i % n)
        elif op == "move" and n:
            r.move("commitments", i % n, j % n)
        elif op == "translate":
            r.set_translation("et", f"commitments[{i}].title", {"text": text, "source_hash": "x"} if text else None)
        elif op == "replace":
            r.replace_values(copy.deepcopy(r.values))
        elif op == "set_list":
            r.set("priorities", [text, "b"])
        snap = r.snapshot()
        assert snap.to_dict() == r.copy().to_dict()
        taken.append((snap, copy.deepcopy(snap.to_dict())))
    for snap, then in taken:
        assert snap.to_dict() == then
