"""The merge matrix on plain values: who changed what decides the outcome."""

from __future__ import annotations

import pytest

from ogp_desktop.interchange.merge import Conflict, RowKeyError
from ogp_desktop.interchange.merge import merge_values as merge_any

# milestones are keyed by their number wherever the test puts them (top level or under "c")
KEYS = {"milestones": ("number",), "c.milestones": ("number",)}


def merge_values(*args: object, **kwargs: object):  # noqa: ANN201 - the merge with the test's row keys
    return merge_any(*args, keys=KEYS, **kwargs)  # type: ignore[arg-type]

BASE = {"title": "T", "results": "R", "milestones": [
    {"number": "1.1", "activity": "A", "status": "limited"},
    {"number": "1.2", "activity": "B"},
]}


def edited(**changes: object) -> dict:
    out = {**BASE, "milestones": [dict(m) for m in BASE["milestones"]]}
    out.update(changes)
    return out


@pytest.mark.parametrize("ours, theirs, expected, taken", [
    ("T", "T", "T", []),            # nobody changed it
    ("T", "New", "New", ["title"]),  # only the contributor: taken
    ("Mine", "T", "Mine", []),       # only the coordinator: kept
    ("Same", "Same", "Same", []),    # both the same: fine
], ids=["unchanged", "theirs", "ours", "both-same"])
def test_scalar_matrix(ours: str, theirs: str, expected: str, taken: list[str]) -> None:
    out = merge_values(BASE, edited(title=ours), edited(title=theirs))
    assert out.value["title"] == expected and out.conflicts == [] and out.taken == taken


def test_both_differently_is_a_conflict_left_as_ours() -> None:
    out = merge_values(BASE, edited(title="Mine"), edited(title="Theirs"), ("commitments", 0))
    assert out.conflicts == [Conflict("commitments[0].title", "T", "Mine", "Theirs")]
    assert out.value["title"] == "Mine"


@pytest.mark.parametrize("side, expected", [("ours", "Mine"), ("theirs", "Theirs")])
def test_choices_and_prefer_settle_conflicts(side: str, expected: str) -> None:
    by_choice = merge_values(BASE, edited(title="Mine"), edited(title="Theirs"), choices={"title": side})
    by_prefer = merge_values(BASE, edited(title="Mine"), edited(title="Theirs"), prefer=side)
    for out in (by_choice, by_prefer):
        assert out.conflicts == [] and out.value["title"] == expected and out.resolved == {"title": side}


def test_field_added_by_one_side_and_removed_by_the_other() -> None:
    out = merge_values(BASE, edited(results=None), edited(next_steps="More"))
    assert "results" not in out.value and out.value["next_steps"] == "More"
    both = merge_values(BASE, edited(results=None), edited(results="Better"))
    assert both.conflicts == [Conflict("results", "R", None, "Better")]


def test_milestone_added_by_contributor_is_added() -> None:
    theirs = edited()
    theirs["milestones"].append({"number": "1.3", "activity": "C"})
    out = merge_values(BASE, edited(), theirs, ("c",))
    assert [m["number"] for m in out.value["milestones"]] == ["1.1", "1.2", "1.3"]
    assert out.taken == ["c.milestones[2].number", "c.milestones[2].activity"]


def test_milestone_removed_by_contributor_and_untouched_by_us_is_removed() -> None:
    theirs = edited()
    del theirs["milestones"][0]
    ours = edited(title="Mine")
    out = merge_values(BASE, ours, theirs, ("c",))
    assert [m["number"] for m in out.value["milestones"]] == ["1.2"]
    assert out.removed == ["c.milestones[0]"] and out.conflicts == []
    assert out.new_path("c.milestones[1].activity") == "c.milestones[0].activity"
    assert out.new_path("c.milestones[0].status") is None


def test_removed_by_contributor_but_edited_by_us_is_a_conflict() -> None:
    theirs = edited()
    del theirs["milestones"][0]
    ours = edited()
    ours["milestones"][0]["status"] = "completed"
    out = merge_values(BASE, ours, theirs, ("c",))
    assert [c.path for c in out.conflicts] == ["c.milestones[0]"]
    assert out.conflicts[0].theirs is None and out.conflicts[0].ours["status"] == "completed"
    assert len(out.value["milestones"]) == 2  # nothing lost until someone chooses
    gone = merge_values(BASE, ours, theirs, ("c",), choices={"c.milestones[0]": "theirs"})
    assert [m["number"] for m in gone.value["milestones"]] == ["1.2"] and gone.removed == ["c.milestones[0]"]


def test_removed_by_us_but_edited_by_contributor_is_a_conflict() -> None:
    ours = edited()
    del ours["milestones"][1]
    theirs = edited()
    theirs["milestones"][1]["activity"] = "B, revised"
    out = merge_values(BASE, ours, theirs, ("c",))
    assert [(c.path, c.ours) for c in out.conflicts] == [("c.milestones[1]", None)]
    assert [m["number"] for m in out.value["milestones"]] == ["1.1"]
    still = merge_values(BASE, ours, theirs, ("c",), prefer="theirs")  # a preference never adds a whole row
    assert [c.path for c in still.conflicts] == ["c.milestones[1]"]
    back = merge_values(BASE, ours, theirs, ("c",), choices={"c.milestones[1]": "theirs"})
    assert back.value["milestones"][1]["activity"] == "B, revised" and not back.conflicts
    untouched = merge_values(BASE, ours, edited(), ("c",))
    assert [m["number"] for m in untouched.value["milestones"]] == ["1.1"] and not untouched.conflicts


def test_rows_are_matched_by_number_not_position() -> None:
    ours = edited()
    ours["milestones"].reverse()  # the coordinator reordered
    theirs = edited()
    theirs["milestones"][0]["status"] = "completed"
    out = merge_values(BASE, ours, theirs, ("c",))
    assert out.value["milestones"][1] == {"number": "1.1", "activity": "A", "status": "completed"}
    assert out.taken == ["c.milestones[1].status"]


def test_rows_without_key_fields_pair_by_position() -> None:
    ours = edited()
    ours["milestones"].reverse()
    out = merge_any(BASE, ours, edited(), ("c",))  # no keys named: position it is
    assert out.value["milestones"] == ours["milestones"]


def test_rows_without_key_fields_merge_as_one_value_never_by_position() -> None:
    base = {"evidence": [{"title": "Site"}, {"title": "Law"}]}
    theirs = {"evidence": [{"title": "Site", "url": "https://x.ee"}, {"title": "Law"}, {"title": "New"}]}
    taken = merge_values(base, base, theirs)
    assert taken.value["evidence"] == theirs["evidence"] and not taken.conflicts
    assert taken.taken == ["evidence[0].url", "evidence[2].title"]  # only what they changed is theirs
    ours = {"evidence": [{"title": "Site"}, {"title": "Law (2019)"}]}
    both = merge_values(base, ours, theirs)
    assert [c.path for c in both.conflicts] == ["evidence"] and both.value["evidence"] == ours["evidence"]


def test_a_keyed_row_without_a_unique_key_in_any_version_is_refused_by_name() -> None:
    for version, rows in (("ours", 0), ("theirs", 1), ("base", 2)):
        three = [edited(), edited(), edited()]
        three[1]["milestones"][0]["status"] = "completed"  # something to merge
        three[rows]["milestones"].insert(0, {"activity": "unnumbered"})
        b, o, t = three[2], three[0], three[1]
        with pytest.raises(RowKeyError) as caught:
            merge_values(b, o, t, ("c",))
        assert (caught.value.version, caught.value.row, caught.value.first) == (version, 0, None)
        assert caught.value.path == ("c", "milestones")
    dup = edited()
    dup["milestones"].append({"number": "1.1", "activity": "again"})
    with pytest.raises(RowKeyError) as caught:
        merge_values(BASE, BASE, dup)
    assert (caught.value.version, caught.value.row, caught.value.first, caught.value.key) == ("theirs", 2, 0, "1.1")


def test_both_add_the_same_new_row_merge_field_by_field() -> None:
    ours, theirs = edited(), edited()
    ours["milestones"].append({"number": "1.3", "activity": "C"})
    theirs["milestones"].append({"number": "1.3", "activity": "C", "status": "limited"})
    out = merge_values(BASE, ours, theirs)
    assert out.value["milestones"][2] == {"number": "1.3", "activity": "C", "status": "limited"}
    ours["milestones"][2]["activity"] = "D"
    clash = merge_values(BASE, ours, theirs)
    assert [c.path for c in clash.conflicts] == ["milestones[2].activity"]


def test_scalar_lists_merge_as_one_value() -> None:
    base = {"ogp_values": ["access_to_information"]}
    out = merge_values(base, base, {"ogp_values": ["access_to_information", "civic_participation"]})
    assert out.value["ogp_values"] == ["access_to_information", "civic_participation"]
    clash = merge_values(base, {"ogp_values": []}, {"ogp_values": ["civic_participation"]})
    assert [c.path for c in clash.conflicts] == ["ogp_values"]


def test_bad_prefer_is_refused() -> None:
    with pytest.raises(ValueError, match="prefer"):
        merge_values(BASE, BASE, BASE, prefer="mine")
