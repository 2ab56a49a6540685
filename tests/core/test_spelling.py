"""Spelling: the shipped dictionaries in both languages, the personal word list, what is not a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.spelling import SpellChecker, words


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
