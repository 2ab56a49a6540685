"""Every refusal code has a sentence in both languages, and every code the app raises has one."""

from __future__ import annotations

import ast
import errno
import string
from pathlib import Path

import pytest

from ogp_desktop import valuepath
from ogp_desktop.error_messages import MESSAGES
from ogp_desktop.errors import Term, UserError, render, user_message
from ogp_desktop.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_both_languages_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == set(LANGUAGES), code
    declared = placeholders(texts["en"])
    assert placeholders(texts["et"]) == declared, code
    params = {name: 1234 for name in declared}  # an int formats with every spec used here (",", "!r")
    for lang in LANGUAGES:
        sentence = render(code, lang, params)
        assert sentence.strip() and "{" not in sentence.replace("{}", ""), (code, lang, sentence)


def _codes_in_source() -> set[str]:
    """String literals in ogp_desktop shaped like a code of a known family (``store.no_draft``)."""
    families = {code.split(".")[0] for code in MESSAGES}
    found: set[str] = set()
    for path in (ROOT / "ogp_desktop").rglob("*.py"):
        if path.name.startswith("error_messages"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                family, dot, rest = node.value.partition(".")
                if dot and family in families and rest.replace("_", "").isalpha() and rest.islower():
                    found.add(node.value)
    return found


def test_every_code_the_app_raises_has_a_sentence() -> None:
    prefixes = ("os.",)  # os.* codes are built from errno in errors.os_error_text
    missing = sorted(c for c in _codes_in_source() if c not in MESSAGES and not c.startswith(prefixes))
    assert missing == []


def test_an_os_error_names_the_path_and_the_reason_in_estonian() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/aruanne.ogpreport.json")
    et = user_message(exc, "et")
    assert et == "/srv/aruanne.ogpreport.json: juurdepääs keelatud (EACCES: Permission denied)."
    assert user_message(exc, "en") == "/srv/aruanne.ogpreport.json: permission denied (EACCES: Permission denied)."
    assert user_message(OSError(errno.ENOSPC, "No space left on device"), "et") == \
        "Ketas on täis (ENOSPC: No space left on device)."


def test_terms_and_nested_errors_are_worded_in_the_same_language() -> None:
    inner = UserError("input.too_large", what=Term("report file", "aruandefail"), size="50 MB")
    outer = UserError("report_file.refused", name="a.json", reason=inner)
    assert str(outer) == "a.json: the report file is larger than the 50 MB it may be."
    assert outer.text("et") == "a.json: aruandefail on suurem kui lubatud 50 MB."


def test_a_bad_value_path_is_refused_in_estonian() -> None:
    with pytest.raises(valuepath.PathError) as caught:
        valuepath.parse("commitments[x")
    assert str(caught.value) == "not a value path: 'commitments[x'"
    assert user_message(caught.value, "et") == "see pole väärtuse asukoht: 'commitments[x'"
