"""``python main.py validate``: exit codes, --json, --lang, and hostile files in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogp_desktop import paths
from ogp_desktop.reportfile import MAX_BYTES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
DEMO = paths.resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
HEAD = ('{"format": "ogp-progress-report", "format_version": 1, '
        '"template": {"id": "ogp-self-assessment", "version": 1}, ')


def validate_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", *map(str, args)], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def test_clean_report_exits_0():
    for path in (DEMO, DATA / "corrected-et.ogpreport.json"):
        done = validate_cli(path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().splitlines()[-1] == "0 error(s), 0 warning(s)"
        assert done.stderr == ""


def test_report_with_errors_exits_1_and_lists_them():
    done = validate_cli(DATA / "defects-et.ogpreport.json")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "4 error(s), 11 warning(s)"
    assert "error: commitments[1].lead_agency: Commitment 2: Fill in “Lead agency”. [required]" in lines


def test_json_output_is_a_list_of_problems():
    done = validate_cli(DATA / "defects-et.ogpreport.json", "--json")
    assert done.returncode == 1
    problems = json.loads(done.stdout)
    assert isinstance(problems, list) and len(problems) == 15
    assert all(set(p) == {"path", "severity", "code", "message"} for p in problems)
    expected = {"code": "comment_period_short", "path": "comment_end", "severity": "warning"}
    assert expected.items() <= problems[-2].items()
    clean = validate_cli(DEMO, "--json")
    assert clean.returncode == 0 and json.loads(clean.stdout) == []


def test_estonian_summary_line():
    done = validate_cli(DATA / "defects-et.ogpreport.json", "--lang", "et")
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1] == "vigu: 4, hoiatusi: 11"
    assert "error: commitments[1].lead_agency: Kohustus 2: Täitke väli „Vastutav asutus“. [required]" in done.stdout


def test_estonian_messages():
    done = validate_cli(DATA / "defects-et.ogpreport.json", "--json", "--lang", "et")
    by_path = {p["path"]: p["message"] for p in json.loads(done.stdout)}
    assert by_path["commitments[1].lead_agency"] == "Kohustus 2: Täitke väli „Vastutav asutus“."
    assert by_path["comment_end"].startswith("Avalik kommenteerimine kestis 9 päeva;")


def _deep(n: int) -> bytes:
    return (HEAD + '"values": {"x": ' + "[" * n + "]" * n + "}}").encode()


HOSTILE = {
    "empty": (b"", "the file is empty"),
    "blank": (b" \n\t\n", "the file is empty"),
    "invalid_json": (b'{"format": "ogp-progress-report", "values": {', "not valid JSON"),
    "deep_nesting": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "deep_values": (_deep(5_000), "nested too deeply"),
    "nan": ((HEAD + '"values": {"x": NaN}}').encode(), "NaN"),
    "infinity": ((HEAD + '"values": {"x": -Infinity}}').encode(), "Infinity"),
    "huge_int": ((HEAD + '"values": {"x": ' + "9" * 400 + "}}").encode(), "too large"),
    "huge_float": ((HEAD + '"values": {"x": 1e400}}').encode(), "too large"),
    "wrong_format": (b'{"format": "something-else", "format_version": 1, "values": {}}', "not an OGP progress report"),
    "not_an_object": (b'["ogp-progress-report"]', "expected a JSON object"),
    "newer_version": ((HEAD.replace('"format_version": 1', '"format_version": 7') + '"values": {}}').encode(),
                      "newer version of the app"),
    "values_list": ((HEAD + '"values": [1, 2]}').encode(), "'values' must be a JSON object"),
    "no_values": (HEAD.rstrip(", ").encode() + b"}", "has no 'values'"),
    "not_utf8": ((HEAD + '"values": {"country": "Eesti \xf5"}}').encode("latin-1"), "not UTF-8"),
    "unknown_template": ((HEAD.replace("ogp-self-assessment", "no-such-template") + '"values": {}}').encode(),
                         "no-such-template"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_exits_2_with_one_clear_line(tmp_path, name):
    raw, why = HOSTILE[name]
    path = tmp_path / f"{name}.ogpreport.json"
    path.write_bytes(raw)
    done = validate_cli(path)
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("error: ") and why in lines[0], lines[0]
    assert done.stdout == ""


def test_missing_file_and_folder_exit_2(tmp_path):
    for target, why in ((tmp_path / "gone.ogpreport.json", "no such file"), (tmp_path, "folder")):
        done = validate_cli(target)
        assert done.returncode == 2 and why in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_file_over_the_size_cap_exits_2(tmp_path):
    path = tmp_path / "huge.ogpreport.json"
    with open(path, "wb") as fh:  # sparse: the cap is checked before reading
        fh.truncate(MAX_BYTES + 1)
    done = validate_cli(path)
    assert done.returncode == 2
    assert "larger than the 50 MB" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_wrong_call_exits_2_without_traceback():
    done = validate_cli("--lang", "fi", str(DEMO))
    assert done.returncode == 2 and "Traceback" not in done.stderr
