"""Smaller hardening: proposed file names, the formula warning (DDE payloads included)."""

from __future__ import annotations

import pytest

from ogp_desktop.filenames import is_reserved, safe_stem
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
