"""The report model: values by path, group operations, change notifications."""

from __future__ import annotations

import pytest

from ogp_desktop import valuepath
from ogp_desktop.report import Change, Report


def test_paths_round_trip() -> None:
    for text in ("country", "commitments[2].milestones[0].status", "comments[10].response"):
        assert valuepath.format(valuepath.parse(text)) == text
    assert valuepath.parse("commitments[2].title") == ("commitments", 2, "title")
    for bad in ("", "a..b", "[1]", "a[x]", "a.", "a[1]b", "1a"):
        with pytest.raises(valuepath.PathError):
            valuepath.parse(bad)


def test_get_and_set_by_path_create_containers() -> None:
    r = Report()
    r.set("commitments", [{"number": "1"}])
    r.set("commitments[0].milestones", [{"number": "1.1"}])
    r.set("commitments[0].milestones[0].status", "completed")
    assert r.get("commitments[0].milestones[0].status") == "completed"
    assert r.get("commitments[5].title", "none") == "none"
    assert r.get("country") is None
    with pytest.raises(valuepath.PathError):
        r.set("commitments[3].title", "x")


def test_every_change_notifies_listeners_once() -> None:
    r = Report()
    seen: list[Change] = []
    r.subscribe(seen.append)
    r.set("country", "Eesti")
    r.set("country", "Eesti")  # no change, no notification
    r.append("commitments", {"number": "1"})
    r.append("commitments", {"number": "2"})
    r.move("commitments", 0, 1)
    r.remove("commitments", 0)
    r.set("country", "")
    assert [c.kind for c in seen] == ["set", "insert", "insert", "move", "remove", "set"]
    assert seen[0].path == ("country",) and seen[0].new == "Eesti"
    assert seen[-1].old == "Eesti" and "country" not in r.values
    assert r.get("commitments[0].number") == "1"
    r.unsubscribe(seen.append)


def test_copy_is_deep_and_keeps_unknown_fields() -> None:
    r = Report({"country": "Eesti", "mystery_field": {"x": [1, 2]}}, meta={"title": "T"})
    c = r.copy()
    c.values["mystery_field"]["x"].append(3)
    assert r.values["mystery_field"]["x"] == [1, 2]
    assert Report.from_dict(r.to_dict()).values == r.values


def test_a_change_of_type_is_a_change() -> None:
    r = Report({"no_comments": False, "count": 1})
    seen: list[Change] = []
    r.subscribe(seen.append)
    r.set("no_comments", 0)
    r.set("count", True)
    assert r.values == {"no_comments": 0, "count": True}
    assert type(r.values["count"]) is bool and len(seen) == 2
