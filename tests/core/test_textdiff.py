"""Changed words between two texts, for Versions > Compare."""

from __future__ import annotations

from ogp_desktop.textdiff import ADDED, REMOVED, SAME, as_text, word_diff


def test_marks_only_the_words_that_changed() -> None:
    runs = word_diff("The act was drafted in 2017.", "The act was adopted in 2018.")
    assert (REMOVED, "drafted") in runs and (ADDED, "adopted") in runs
    assert (REMOVED, "2017") in runs and (ADDED, "2018") in runs
    assert runs[0] == (SAME, "The act was ")
    assert "".join(t for k, t in runs if k != ADDED) == "The act was drafted in 2017."
    assert "".join(t for k, t in runs if k != REMOVED) == "The act was adopted in 2018."


def test_new_and_emptied_texts_and_values_as_text() -> None:
    assert word_diff("", "Õnnestus hästi") == [(ADDED, "Õnnestus hästi")]
    assert word_diff("gone", "") == [(REMOVED, "gone")]
    assert as_text(["a", "b"]) == "a\nb" and as_text(None) == "" and as_text(3) == "3"
