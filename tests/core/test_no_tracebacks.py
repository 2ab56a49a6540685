"""Every command ends in one sentence and a documented exit code, whatever file it is given.

Hypothesis mutates real report and contribution files (keys that are not
identifiers, huge indices in translation paths, values and translations of
every shape) and hands them to every reader: reading a report file,
``validate`` in both languages, ``drafts import``/``list``/``export``,
``contribution merge`` from both sides, ``carry-forward`` and (fewer
examples: it renders) ``export`` to Word and PDF. A traceback,
or the command-line's last-resort exit code 4, fails the test.

``OGP_FUZZ_EXAMPLES=2000 pytest tests/core/test_no_tracebacks.py`` explores
further (and at random) than the suite's fixed, quick run.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ogp_desktop import cli, paths
from ogp_desktop.interchange.contribution import export_contribution
from ogp_desktop.reportfile import ReportFileError, read_report, write_report

DEMO = paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
EXAMPLES = int(os.environ.get("OGP_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="OGP_FUZZ_EXAMPLES" not in os.environ,
                database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DOCUMENTED = {"validate": {0, 1, 2}, "drafts": {0, 2}, "contribution": {0, 2, 3}, "carry-forward": {0, 2},
              "export": {0, 1, 2}}


def _demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def _contribution() -> dict[str, Any]:
    report = read_report(DEMO)
    return export_contribution(report, [report.values["commitments"][0].get("ogp_id") or "1"], "MoJ").to_dict()


BASES = {"report": _demo(), "contribution": _contribution()}

# -- what a file from elsewhere may hold -------------------------------------------------------
odd_keys = st.sampled_from(["note from ministry", "märkus", "", " ", "a.b", "[0]", 'x"]', "0", "commitments",
                            "milestones", "title", "number", "ogp_id", "text", "source_hash", "values",
                            "translations", "meta", "contribution", "base", "__proto__", "€", "\u202e"])
keys = st.one_of(odd_keys, st.text(max_size=8))
huge = st.one_of(st.integers(min_value=0, max_value=10**60).map(str), st.sampled_from(["9" * 5000, str(2**63), "-1"]))
field_ids = st.sampled_from(["title", "results", "milestones[0].activity"])
path_keys = st.one_of(
    st.builds(lambda n, f: f"commitments[{n}].{f}", huge, field_ids),
    st.builds(lambda k: f"commitments[0].{k}", keys),
    st.builds(lambda n: "commitments[" + "9" * n + "].title", st.sampled_from([10, 19, 400, 5000])),
    st.sampled_from(["national_context", "priorities[0]", "commitments[0]", "commitments", "", "[", "a..b"]),
    keys,
)
leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63),
                 st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12),
                 st.sampled_from(["2019-13-45", "et", "en", "mid_term", "substantial"]))
json_value = st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(keys, inner, max_size=4)), max_leaves=16)
translation_entry = st.one_of(st.fixed_dictionaries({"text": st.text(max_size=8), "source_hash": st.text(max_size=4)}),
                              json_value)
translations = st.one_of(
    st.dictionaries(st.sampled_from(["en", "et", "fi", ""]),
                    st.one_of(st.dictionaries(path_keys, translation_entry, max_size=4), json_value), max_size=3),
    json_value,
)


def _locations(node: Any, path: tuple = ()) -> Iterator[tuple]:
    """Every place in the document (capped, so a big report stays quick to walk)."""
    yield path
    if len(path) > 6:
        return
    if isinstance(node, dict):
        for k, v in list(node.items())[:12]:
            yield from _locations(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:4]):
            yield from _locations(v, path + (i,))


def _put(doc: Any, path: tuple, value: Any, new_key: str | None) -> Any:
    if not path:
        return value
    node = doc
    for part in path[:-1]:
        node = node[part]
    if new_key is not None and isinstance(node[path[-1]], dict):
        node[path[-1]][new_key] = value
    else:
        node[path[-1]] = value
    return doc


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(sorted(BASES)))
    doc = copy.deepcopy(BASES[kind])
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(list(_locations(doc))))
        if draw(st.booleans()) and where[:1] in ((), ("translations",)):
            doc = _put(doc, ("translations",), draw(translations), None) if isinstance(doc, dict) else doc
            continue
        new_key = draw(st.one_of(st.none(), keys))
        doc = _put(doc, where, draw(json_value), new_key)
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if draw(st.integers(0, 9)) == 0:  # now and then a duplicate key at the top
        raw = raw.replace(b'"values":', b'"values": {}, "values":', 1)
    return raw


def _known(kind: str, change: Any) -> bytes:
    doc = copy.deepcopy(BASES[kind])
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _odd_row_keys(doc: dict[str, Any]) -> None:
    doc["values"]["commitments"][0].update({"note from ministry": "Palun vaadake üle", "märkus": "tere"})


def _huge_index(doc: dict[str, Any]) -> None:
    doc["translations"] = {"en": {"commitments[" + "9" * 5000 + "].title": {"text": "x", "source_hash": "y"}}}


# The tracebacks found by hand before these tests existed: always tried first.
KNOWN = [
    _known("contribution", _odd_row_keys),
    _known("report", _odd_row_keys),
    _known("contribution", _huge_index),
    _known("report", _huge_index),
    _known("report", lambda d: d.update(translations={"en": "not an object", "et": "not an object"})),
    _known("report", lambda d: d.update(translations={lang: {"national_context": "text, not an object"}
                                                      for lang in ("en", "et")})),
    _known("report", lambda d: d.update(translations={"en": ["x"], "et": ["x"]})),
    _known("contribution", lambda d: d["values"]["commitments"].append("not a commitment")),
    _known("contribution", lambda d: d["meta"]["contribution"].update(base="not an object")),
]


def known_first(test: Any) -> Any:
    for raw in KNOWN:
        test = example(raw=raw)(test)
    return test


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def check(command: str, code: int, err: str) -> None:
    assert code in DOCUMENTED[command], (code, err)
    assert "Traceback" not in err, err
    if code == 2:
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1, err


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="ogp-fuzz-") as tmp:
        path = Path(tmp)
        write_report(read_report(DEMO), path / "demo.ogpreport.json")
        write_report(read_report(DEMO).__class__.from_dict(BASES["contribution"]), path / "c.ogpreport.json")
        yield path


@FUZZ
@given(raw=hostile_files())
@known_first
def test_reading_a_report_file_gives_a_report_or_one_sentence(folder: Path, raw: bytes) -> None:
    path = folder / "x.ogpreport.json"
    path.write_bytes(raw)
    try:
        read_report(path)
    except ReportFileError as exc:
        assert str(exc).startswith("x.ogpreport.json: ") and "\n" not in str(exc)


@FUZZ
@given(raw=hostile_files(), lang=st.sampled_from(["en", "et"]))
@example(raw=KNOWN[4], lang="en")
@example(raw=KNOWN[6], lang="et")
def test_validate_never_raises(folder: Path, raw: bytes, lang: str) -> None:
    path = folder / "v.ogpreport.json"
    path.write_bytes(raw)
    code, _, err = run("validate", path, "--lang", lang)
    check("validate", code, err)
    code, out, err = run("validate", path, "--json")
    check("validate", code, err)
    if code != 2:
        json.loads(out)


@FUZZ
@given(raw=hostile_files())
@known_first
def test_drafts_import_list_and_export_never_raise(folder: Path, raw: bytes, monkeypatch_env: None) -> None:
    path = folder / "d.ogpreport.json"
    path.write_bytes(raw)
    code, out, err = run("drafts", "import", path)
    check("drafts", code, err)
    code, _, err = run("drafts", "list", "--json")
    check("drafts", code, err)
    if code == 0 and out.strip():
        draft_id = out.strip().splitlines()[-1]
        code, _, err = run("drafts", "export", draft_id, "-o", folder / "back.ogpreport.json")
        check("drafts", code, err)


@FUZZ
@given(raw=hostile_files(), prefer=st.sampled_from([None, "ours", "theirs"]))
@example(raw=KNOWN[0], prefer=None)
@example(raw=KNOWN[1], prefer="theirs")
@example(raw=KNOWN[2], prefer=None)
@example(raw=KNOWN[7], prefer=None)
@example(raw=KNOWN[8], prefer=None)
def test_contribution_merge_never_raises_from_either_side(folder: Path, raw: bytes, prefer: str | None) -> None:
    path = folder / "m.ogpreport.json"
    path.write_bytes(raw)
    extra = ["--prefer", prefer] if prefer else []
    for report, contribution in ((folder / "demo.ogpreport.json", path), (path, folder / "c.ogpreport.json")):
        code, _, err = run("contribution", "merge", report, contribution, "-o", folder / "out.ogpreport.json", *extra)
        check("contribution", code, err)


@FUZZ
@given(raw=hostile_files())
@known_first
def test_carry_forward_never_raises(folder: Path, raw: bytes) -> None:
    path = folder / "cf.ogpreport.json"
    path.write_bytes(raw)
    code, _, err = run("carry-forward", path, "--type", "end_of_term", "-o", folder / "next.ogpreport.json")
    check("carry-forward", code, err)


@pytest.fixture(scope="module")
def monkeypatch_env(folder: Path) -> Iterator[None]:
    """One library for the whole module (hypothesis runs many examples per test)."""
    old = os.environ.get("OGP_DESKTOP_DATA")
    os.environ["OGP_DESKTOP_DATA"] = str(folder / "library")
    yield
    if old is None:
        os.environ.pop("OGP_DESKTOP_DATA", None)
    else:
        os.environ["OGP_DESKTOP_DATA"] = old


@pytest.mark.slow
@settings(FUZZ, max_examples=max(4, EXAMPLES // 8))
@given(raw=hostile_files())
@known_first
def test_export_never_raises(folder: Path, raw: bytes) -> None:
    path = folder / "e.ogpreport.json"
    path.write_bytes(raw)
    code, _, err = run("export", path, "--docx", folder / "e.docx", "--pdf", folder / "e.pdf")
    check("export", code, err)
