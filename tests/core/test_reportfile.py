"""Report files: atomic writes and untrusted reading (unit level; the CLI has its own tests)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ogp_desktop import atomic
from ogp_desktop.report import Report
from ogp_desktop.reportfile import MAX_BYTES, ReportFileError, read_report, write_report


def _file(tmp_path: Path, body: bytes | str) -> Path:
    p = tmp_path / "x.ogpreport.json"
    p.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return p


def test_round_trip_keeps_every_letter(tmp_path: Path) -> None:
    r = Report({"country": "Eesti", "national_context": "Õiguskantsler ütles: <b>AT&T</b> 🙂",
                "unknown_thing": [1, {"a": None}]}, meta={"title": "Žurnaal"},
                translations={"en": {"country": {"text": "Estonia", "source_hash": "0" * 64}}})
    p = tmp_path / "r.ogpreport.json"
    write_report(r, p)
    back = read_report(p)
    assert back.values == r.values and back.meta == r.meta and back.translations == r.translations
    assert "Õiguskantsler" in p.read_text(encoding="utf-8")  # stored as letters, not escapes


def test_control_characters_are_cleaned_on_load(tmp_path: Path) -> None:
    doc = {"format": "ogp-progress-report", "format_version": 1, "values": {"country": "Ees\u000bti\u0000\ud800"}}
    p = _file(tmp_path, json.dumps(doc))
    assert read_report(p).values["country"] == "Ees\nti\ufffd"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "empty"),
        (b"{", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "ogp-progress-report", "format_version": 1, "values": {"x": NaN}}', "NaN"),
        (b'{"format": "ogp-progress-report", "format_version": 1, "values": {"x": Infinity}}', "Infinity"),
        (b'{"format": "ogp-progress-report", "format_version": 1, "values": {"x": ' + b"9" * 400 + b"}}", "too large"),
        (b'{"format": "word", "format_version": 1, "values": {}}', "not an OGP progress report"),
        (b'{"format": "ogp-progress-report", "format_version": 99, "values": {}}', "newer version"),
        (b'{"format": "ogp-progress-report", "format_version": 1, "values": []}', "'values' must be"),
        (b'{"format": "ogp-progress-report", "format_version": 1, "values": {"c": "\xf5"}}', "not UTF-8"),
        (b'"just a string"', "expected a JSON object"),
    ],
)
def test_hostile_files_give_one_clear_sentence(tmp_path: Path, body: bytes, needle: str) -> None:
    with pytest.raises(ReportFileError) as err:
        read_report(_file(tmp_path, body))
    message = str(err.value)
    assert message.startswith("x.ogpreport.json: ")
    assert needle in message
    assert "\n" not in message and "Traceback" not in message


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "x.ogpreport.json"
    with open(p, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ReportFileError, match="larger than"):
        read_report(p)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportFileError, match="no such file"):
        read_report(tmp_path / "nope.ogpreport.json")
    with pytest.raises(ReportFileError, match="folder"):
        read_report(tmp_path)


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    p = tmp_path / "r.ogpreport.json"
    write_report(Report({"country": "Eesti"}), p)
    before = p.read_bytes()

    def boom(fh: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_with(p, boom)
    assert p.read_bytes() == before
    assert os.listdir(tmp_path) == ["r.ogpreport.json"]
