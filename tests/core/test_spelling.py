"""Spelling: the shipped dictionaries in both languages, the personal word list, what is not a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.spelling import SpellChecker, words

pytestmark = pytest.mark.usefixtures("automatic_gc")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    checker = SpellChecker(tmp_path_factory.mktemp("data") / "words.txt")
    assert checker.load("en") and checker.load("et")
    return checker


@pytest.mark.slow
def test_both_languages_know_their_words_and_flag_typos(loaded: SpellChecker) -> None:
    assert loaded.misspelled("The government will recieve the report.", "en") == [(20, 7, "recieve")]
    assert loaded.misspelled("Valitsus esitas aruannne ministeeriumidele.", "et") == [(16, 8, "aruannne")]
    assert "aruanne" in loaded.suggest("aruannne", "et")
    assert "receive" in loaded.suggest("recieve", "en")


@pytest.mark.slow
def test_personal_words_are_kept_in_the_data_folder(loaded: SpellChecker) -> None:
    assert loaded.misspelled("Riigikantselei", "en")
    loaded.add("Riigikantselei")
    assert loaded.misspelled("Riigikantselei", "en") == []
    assert loaded.words_file is not None and "Riigikantselei" in loaded.words_file.read_text(encoding="utf-8")
    again = SpellChecker(loaded.words_file)
    assert "Riigikantselei" in again.personal


def test_numbers_codes_and_acronyms_are_not_checked(tmp_path: Path) -> None:
    assert [w for _s, _n, w in words("OGP EE0041 2018 e-teenus don't")] == ["OGP", "EE", "e-teenus", "don't"]
    checker = SpellChecker(tmp_path / "words.txt")
    assert checker.misspelled("anything at all, xqzt", "et") == []  # not loaded yet: nothing is marked
    assert checker.is_known("OGP", "en") and checker.is_known("eGov", "en")
    assert not SpellChecker(folder=tmp_path).available("et")


@pytest.mark.slow
def test_a_loaded_dictionary_is_out_of_the_collectors_sight(loaded: SpellChecker) -> None:
    # Every full collection walked its objects with the GIL held, freezing the GUI thread (bench_gui_stall).
    import gc

    assert gc.isenabled()  # paused only while a dictionary was read
    dictionary = loaded._dictionaries["en"]  # noqa: SLF001
    assert gc.is_tracked(dictionary) and not any(o is dictionary for o in gc.get_objects())


@pytest.mark.slow
def test_a_span_is_checked_in_whole_words_and_a_cut_word_is_left_alone(loaded: SpellChecker) -> None:
    text = "Teh plan: the ministries recieve it, wrogn."
    assert [w for _s, _n, w in loaded.misspelled(text, "en")] == ["Teh", "recieve", "wrogn"]
    # A span in the middle of words grows to their edges; words outside it are not looked at.
    assert loaded.misspelled(text, "en", 28, 30) == [(25, 7, "recieve")]
    # In a run of letters and hyphens too long to reach a word's edge, the cut word ("ogn") is left alone.
    run = "wrogn--" * 60
    assert loaded.misspelled(run, "en", 303, 350) == [(i * 7, 5, "wrogn") for i in range(44, 60)]
    assert loaded.misspelled("a" * 5000, "en") == [], "a run of letters that long is no word"
