"""Special files and oversized inputs: only regular files are read, and never past the cap.

A named pipe would block a reader forever, ``/dev/zero`` never ends and says
its size is 0, a folder is not a file: each is refused with one sentence, by
the library function and by the commands that read files from outside.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ogp_desktop import limits
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.plan_limits import PlanImportError
from ogp_desktop.report import Report
from ogp_desktop.reportfile import ReportFileError, read_report, write_report

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero are POSIX")


def cli(*args: object, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=timeout)


def one_sentence(done: subprocess.CompletedProcess, needle: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("error: ") and needle in lines[0], lines[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.ogpreport.json"
    os.mkfifo(path)
    return path


@POSIX
def test_a_named_pipe_is_refused_at_once(fifo: Path) -> None:
    started = time.monotonic()
    with pytest.raises(limits.InputRefused, match="named pipe"):
        limits.read_capped(fifo, 1000)
    with pytest.raises(ReportFileError, match=r"^pipe\.ogpreport\.json: this is a named pipe, not a regular file\.$"):
        read_report(fifo)
    assert time.monotonic() - started < 1


@POSIX
def test_validate_does_not_hang_on_a_named_pipe(fifo: Path) -> None:
    one_sentence(cli("validate", fifo, timeout=30), "named pipe")


@POSIX
def test_dev_zero_behind_a_symlink_is_refused_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "zero.ogpreport.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(ReportFileError, match="this is a device, not a regular file"):
        read_report(link)
    one_sentence(cli("validate", link), "device")
    plan = tmp_path / "zero.csv"
    plan.symlink_to("/dev/zero")
    with pytest.raises(PlanImportError, match=r"^zero\.csv: this is a device"):
        read_plan(plan)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.ogpreport.json"
    folder.mkdir()
    with pytest.raises(ReportFileError, match="this is a folder, not a file"):
        read_report(folder)
    for name in ("plan.csv", "plan.xlsx"):
        (tmp_path / name).mkdir()
        with pytest.raises(PlanImportError, match=rf"^{name.replace('.', '[.]')}: this is a folder, not a file\.$"):
            read_plan(tmp_path / name)


def test_a_symlink_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    target = tmp_path / "real.ogpreport.json"
    write_report(Report({"country": "Eesti"}), target)
    link = tmp_path / "link.ogpreport.json"
    link.symlink_to(target)
    assert read_report(link).values["country"] == "Eesti"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_the_reported_size_is_not_trusted() -> None:
    """/proc files are regular and claim 0 bytes, yet hold more: reading stops at the cap plus one byte."""
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(limits.InputRefused, match="larger than"):
        limits.read_capped("/proc/self/status", 10)
    assert b"Name:" in limits.read_capped("/proc/self/status", 1_000_000)


def test_reading_stops_at_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    assert limits.read_capped(path, 101) == b"x" * 101
    with pytest.raises(limits.InputRefused, match="larger than the 1 KB"):
        limits.read_capped(path, 100)


@POSIX
def test_merge_and_import_plan_refuse_special_files(tmp_path: Path, fifo: Path) -> None:
    report = tmp_path / "r.ogpreport.json"
    write_report(Report({"country": "Eesti"}), report)
    one_sentence(cli("contribution", "merge", report, fifo, "-o", tmp_path / "out.ogpreport.json", timeout=30),
                 "named pipe")
    plan = tmp_path / "plan.csv"
    os.mkfifo(plan)
    one_sentence(cli("import-plan", plan, "-o", tmp_path / "new.ogpreport.json", timeout=30), "named pipe")
    xlsx = tmp_path / "plan.xlsx"
    xlsx.symlink_to("/dev/zero")
    one_sentence(cli("import-plan", xlsx, "-o", tmp_path / "new.ogpreport.json"), "device")


def _report_with(values: dict) -> bytes:
    return json.dumps({"format": "ogp-progress-report", "format_version": 1, "values": values}).encode()


@pytest.mark.parametrize(("values", "needle"), [
    ({"national_context": "x" * (limits.VALUE_CHARS + 1)},
     f"the text at values.national_context has {limits.VALUE_CHARS + 1:,} characters"),
    ({"priorities": ["p"] * (limits.TABLE_ROWS + 1)}, f"priorities has {limits.TABLE_ROWS + 1:,} rows"),
    ({"commitments": [{}] * (limits.COMMITMENTS + 1)},
     f"commitments has {limits.COMMITMENTS + 1:,} commitments, more than the {limits.COMMITMENTS:,}"),
    ({"commitments": [{"milestones": [{}] * (limits.TABLE_ROWS + 1)}]},
     f"commitments[0].milestones has {limits.TABLE_ROWS + 1:,} rows"),
])
def test_values_over_the_limits_are_refused_while_reading(tmp_path: Path, values: dict, needle: str) -> None:
    path = tmp_path / "big.ogpreport.json"
    path.write_bytes(_report_with(values))
    with pytest.raises(ReportFileError) as err:
        read_report(path)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_values_at_the_limits_are_read(tmp_path: Path) -> None:
    path = tmp_path / "full.ogpreport.json"
    path.write_bytes(_report_with({"national_context": "x" * limits.VALUE_CHARS,
                                   "commitments": [{"milestones": [{}] * limits.TABLE_ROWS}]}))
    assert len(read_report(path).values["national_context"]) == limits.VALUE_CHARS


def test_duplicate_keys_are_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "dup.ogpreport.json"
    path.write_bytes(b'{"format": "ogp-progress-report", "format_version": 1, '
                     b'"values": {"country": "Eesti", "country": "Latvia"}}')
    with pytest.raises(ReportFileError, match=r"dup\.ogpreport\.json: .*the key 'country' appears twice"):
        read_report(path)


def test_an_object_with_too_many_keys_is_refused_while_parsing(tmp_path: Path) -> None:
    path = tmp_path / "wide.ogpreport.json"
    wide = {f"k{i}": "" for i in range(limits.OBJECT_KEYS + 1)}
    path.write_bytes(_report_with({"country": "Eesti"}).replace(b'"values"', b'"meta": ' + json.dumps(wide).encode()
                                                                 + b', "values"'))
    with pytest.raises(ReportFileError) as err:
        read_report(path)
    assert f"an object in the file has {limits.OBJECT_KEYS + 1:,} keys" in str(err.value)


@pytest.mark.parametrize("where", ["top", "row"])
def test_more_unknown_names_than_the_limit_refuse_the_file(tmp_path: Path, where: str) -> None:
    extra = {f"x{i}": "" for i in range(limits.UNKNOWN_KEYS + 1)}
    values = {"country": "Eesti", **extra} if where == "top" else {"commitments": [{"title": "t", **extra}]}
    path = tmp_path / "unknown.ogpreport.json"
    path.write_bytes(_report_with(values))
    with pytest.raises(ReportFileError) as err:
        read_report(path)
    assert f"more than {limits.UNKNOWN_KEYS:,} values this template does not know" in str(err.value)


def test_a_few_hundred_unknown_names_are_warnings(tmp_path: Path) -> None:
    from ogp_desktop.template import load_template
    from ogp_desktop.validation import validate

    path = tmp_path / "newer.ogpreport.json"
    path.write_bytes(_report_with({"country": "Eesti", **{f"x{i}": "" for i in range(300)},
                                   "commitments": [{"title": "t", "y": 1}]}))
    problems = validate(read_report(path), load_template())
    assert sum(p.code == "invalid_value" and p.severity == "warning" for p in problems) >= 301
