"""Smaller hardening: proposed file names, the formula warning (DDE payloads included)."""

from __future__ import annotations

import pytest
import regex

from ogp_desktop.filenames import MAX_BYTES, is_reserved, safe_stem
from ogp_desktop.interchange.plan_import import looks_like_formula


@pytest.mark.parametrize(("title", "stem"), [
    ("Vahearuanne 2019", "Vahearuanne 2019"),
    ("report\u202efdp.exe", "reportfdp.exe"),  # shows as "reportexe.pdf" with the override
    ("a\u2066b\u2069c\u200fd\u061ce", "abcde"),
    ('a/b:c*?"<>|', "a_b_c"),
    ("Plan: 2018-2020", "Plan - 2018-2020"),
    ("CON", "_CON"),
    ("lpt1", "_lpt1"),
    ("com\u00b9", "_com\u00b9"),
    ("Con.txt", "_Con.txt"),
    ("nul ", "_nul"),
    ("CONSULTATION", "CONSULTATION"),
    ("...", "report"),
    ("\u202e", "report"),
    ("õ" * 200, "õ" * 80),
])
def test_proposed_file_names(title: str, stem: str) -> None:
    assert safe_stem(title) == stem
    assert not is_reserved(safe_stem(title))


@pytest.mark.parametrize("title", [
    "\U0001f600" * 80,  # 320 bytes uncut: "File name too long"
    "\u10d0" * 120,  # Georgian, 3 bytes a letter
    "\U0001f44d\U0001f3fd" * 60,  # an emoji with its skin tone: one cluster of 8 bytes
    "q\u0301" * 150,  # no precomposed form: the accent must stay with its letter
])
def test_a_long_title_is_cut_by_bytes_between_whole_characters(title: str, tmp_path) -> None:
    stem = safe_stem(title, 120)
    assert len(stem.encode("utf-8")) <= MAX_BYTES
    assert title.startswith(stem) and len(stem) > 20
    clusters = regex.findall(r"\X", title)
    assert stem == "".join(clusters[: len(regex.findall(r"\X", stem))])  # cut between two clusters
    (tmp_path / f"{stem}.ogpreport.json").write_text("{}")  # the file system takes it


def test_invisible_format_characters_are_dropped() -> None:
    title = "a\u00adb\u180ec\U000e0041\U000e007fd\u200de\u3164f\u034fg"
    assert safe_stem(title) == "abcdefg"


@pytest.mark.parametrize("text", [
    "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
    "@A1", "@SUM(A1:A2)", '=HYPERLINK("http://evil.example","x")', "=1+1", "+A1", " =x", "\u00a0=x",
    "+msexcel|'\\..\\..\\Windows\\System32\\regsvr32'!_xlbgnm.A1",
])
def test_formulas_and_dde_payloads_are_flagged(text: str) -> None:
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", [
    "- item one", "-5 %", "+372 5555 5555", "-1", "Hello", "", "=", "a=b", "e-mail@ministeerium.ee",
    "@ministry", "+ more text", "- 2018 plan", "- item one | item two",
])
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert not looks_like_formula(text)
