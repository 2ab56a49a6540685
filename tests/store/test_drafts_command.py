"""``main.py drafts ...``: the library from the command line, including two writers at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop import cli
from ogp_desktop.commands import drafts
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.store import Library

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(folder), "drafts", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_export_versions_snapshot_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    source = tmp_path / "in.ogpreport.json"
    write_report(sample_report(title="Käsurealt"), source)
    code, out, _ = run(capsys, folder, "import", str(source))
    assert code == 0
    draft_id = out.splitlines()[-1]
    code, out, _ = run(capsys, folder, "list")
    assert code == 0 and draft_id in out and "Käsurealt" in out and "1 draft(s)" in out
    code, out, _ = run(capsys, folder, "list", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["title"], row["report_type"]) == (draft_id, "Käsurealt", "mid_term")
    assert run(capsys, folder, "snapshot", draft_id, "--name", "Sent for public comment")[0] == 0
    with Library(folder) as lib:
        report = lib.open(draft_id)
        report.set("country", "Changed")
        lib.save(draft_id, report)
    code, out, _ = run(capsys, folder, "versions", draft_id)
    assert code == 0 and "named" in out and "Sent for public comment" in out
    [named] = [v for v in json.loads(run(capsys, folder, "versions", draft_id, "--json")[1]) if v["kind"] == "named"]
    assert run(capsys, folder, "restore", draft_id, str(named["id"]))[0] == 0
    out_file = tmp_path / "out.ogpreport.json"
    code, out, _ = run(capsys, folder, "export", draft_id, "-o", str(out_file))
    assert code == 0 and read_report(out_file).get("country") == "Estonia"


def test_clear_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    code, _, err = run(capsys, folder, "versions", "deadbeef")
    assert code == 2 and err.strip() == "error: There is no draft with the id 'deadbeef'."
    (tmp_path / "bad.ogpreport.json").write_bytes(b"\xff\xfe")
    code, _, err = run(capsys, folder, "import", str(tmp_path / "bad.ogpreport.json"))
    assert code == 2 and "bad.ogpreport.json: the file is not UTF-8 text" in err
    code, _, err = run(capsys, folder, "export", "deadbeef", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "no draft" in err
    monkeypatch.setattr(drafts, "WAIT", 0.2)  # a blocked writer gives up fast: no test waits out the real 5 s
    with Library(folder) as lib:
        draft_id = lib.add(sample_report())
        code, _, err = run(capsys, folder, "restore", draft_id, "5")
        assert code == 2 and "read-only" in err  # the app holds the library
        code, _, err = run(capsys, folder, "snapshot", draft_id, "--name", "x")
        assert code == 2 and "is using this library" in err and "Close the other copy" in err
        code, out, _ = run(capsys, folder, "list")  # reading works while the app holds it
        assert code == 0 and draft_id in out
    code, _, err = run(capsys, folder, "restore", draft_id, "5")
    assert code == 2 and err.strip() == "error: This draft has no version 5."


def test_two_command_line_writers_at_once_both_land(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report())
    procs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "drafts",
                               "snapshot", draft_id, "--name", f"writer {n}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(4)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert [r[2] for r in results] == [0, 0, 0, 0], results
    with Library(folder) as lib:
        names = sorted(v.name for v in lib.versions(draft_id))
    assert names == [f"writer {n}" for n in range(4)]


def test_data_dir_is_taken_before_and_after_the_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    source = tmp_path / "in.ogpreport.json"
    write_report(sample_report(title="Kaust"), source)
    assert cli.main(["drafts", "import", str(source), "--data-dir", str(folder)]) == 0
    for args in (["drafts", "list", "--data-dir", str(folder)], ["drafts", "--data-dir", str(folder), "list"]):
        capsys.readouterr()
        assert cli.main(args) == 0
        assert "Kaust" in capsys.readouterr().out
