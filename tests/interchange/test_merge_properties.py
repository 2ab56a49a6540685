"""Properties of the three-way merge over arbitrary JSON-like values (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ogp_desktop import valuepath
from ogp_desktop.interchange.merge import merge_values

leaf = st.one_of(st.text(max_size=5), st.integers(-3, 3), st.booleans(), st.none())
field_name = st.sampled_from(["title", "number", "ogp_id", "status", "results", "milestones"])
tree = st.recursive(
    leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(field_name, inner, max_size=4)),
    max_leaves=12,
)


def strip_empty(value: Any) -> Any:
    """What a merge keeps of an object: fields whose value is empty are left out."""
    if isinstance(value, dict):
        return {k: strip_empty(v) for k, v in value.items() if v is not None and v != "" and v != []}
    if isinstance(value, list):
        return [strip_empty(v) for v in value]
    return value


@settings(max_examples=150, deadline=None)
@given(tree, tree, tree)
def test_never_crashes_and_conflicts_name_real_paths(base: Any, ours: Any, theirs: Any) -> None:
    out = merge_values({"c": base}, {"c": ours}, {"c": theirs}, ("r",))
    for conflict in out.conflicts:
        assert valuepath.parse(conflict.path)[0] == "r"
    for key in out.taken:
        valuepath.parse(key)


@settings(max_examples=150, deadline=None)
@given(tree, tree)
def test_one_sided_changes_never_conflict(base: Any, changed: Any) -> None:
    theirs_only = merge_values(base, base, changed)
    ours_only = merge_values(base, changed, base)
    assert theirs_only.conflicts == [] and ours_only.conflicts == []
    assert ours_only.value == changed


@settings(max_examples=150, deadline=None)
@given(tree, tree)
def test_same_change_on_both_sides_is_that_change(base: Any, changed: Any) -> None:
    out = merge_values(base, changed, changed)
    assert out.conflicts == [] and out.value == changed and out.taken == []


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(field_name, leaf, max_size=5), st.dictionaries(field_name, leaf, max_size=5))
def test_taking_theirs_on_an_untouched_object_gives_theirs(base: dict, theirs: dict) -> None:
    out = merge_values(base, base, theirs)
    assert strip_empty(out.value) == strip_empty(theirs)
