"""``import-plan``, ``contribution`` and ``carry-forward`` in a real subprocess: output, files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ogp_desktop.reportfile import read_report, write_report

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"


def cli(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], check=False, capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


def test_import_plan_new_and_into(tmp_path: Path) -> None:
    out = tmp_path / "r.ogpreport.json"
    done = cli("import-plan", SAMPLE, "-o", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "read 9 commitment(s) with 10 milestone(s)" in done.stdout
    report = read_report(out)
    assert len(report.values["commitments"]) == 9
    report.set("commitments[0].problem", "Written by the ministry.")
    write_report(report, out)

    revised = tmp_path / "revised.csv"
    text = SAMPLE.read_text(encoding="utf-8").replace("Self-service for taxpayers is spread over old systems.",
                                                      "Revised.")
    revised.write_bytes(text.replace(",", ";").encode("cp1257"))
    merged = tmp_path / "m.ogpreport.json"
    done = cli("import-plan", revised, "-o", merged, "--into", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "kept commitments[0].problem as written (the plan says 'Revised.')" in done.stdout
    assert read_report(merged).get("commitments[0].problem") == "Written by the ministry."


def test_import_plan_reports_row_problems_and_refuses_garbage(tmp_path: Path) -> None:
    plan = tmp_path / "p.csv"
    plan.write_text("ogp_id,number,title,start\nEE0001,1,T,someday\n", encoding="utf-8")
    done = cli("import-plan", plan, "-o", tmp_path / "r.json", cwd=tmp_path)
    assert done.returncode == 0 and "problem: row 2, column start: 'someday' is not a month" in done.stdout
    done = cli("import-plan", plan, "-o", tmp_path / "r.json", "--lang", "et", cwd=tmp_path)
    assert done.returncode == 0 and "probleem: rida 2, veerg start: 'someday' pole kuu (kirjuta 2018-07" in done.stdout
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip at all")
    done = cli("import-plan", bad, "-o", tmp_path / "r2.json", cwd=tmp_path)
    assert done.returncode == 2 and "bad.xlsx: this is not an Excel .xlsx workbook" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "r2.json").exists()


def test_contribution_export_merge_conflict_and_prefer(tmp_path: Path) -> None:
    report_path = tmp_path / "r.ogpreport.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    contrib = tmp_path / "c.ogpreport.json"
    done = cli("contribution", "export", report_path, "--commitments", "EE0040,3", "-o", contrib,
               "--for", "Ministry of Justice", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "EE0040, EE0041" in done.stdout

    theirs = read_report(contrib)
    theirs.set("commitments[0].title", "Theirs")
    theirs.set("commitments[1].results", "Piloted in Rae and Saue.")
    write_report(theirs, contrib)
    ours = read_report(report_path)
    ours.set("commitments[1].title", "Ours")
    write_report(ours, report_path)

    out = tmp_path / "merged.ogpreport.json"
    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--json", cwd=tmp_path)
    assert done.returncode == 3 and not out.exists()
    assert json.loads(done.stdout) == [{"path": "commitments[1].title", "base": "Zero-bureaucracy project",
                                        "ours": "Ours", "theirs": "Theirs"}]
    done = cli("contribution", "merge", report_path, contrib, "-o", out, cwd=tmp_path)
    assert done.returncode == 3 and "conflict: commitments[1].title" in done.stdout
    assert "nothing was written" in done.stderr

    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--prefer", "theirs", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    merged = read_report(out)
    assert merged.get("commitments[1].title") == "Theirs"
    assert merged.get("commitments[2].results") == "Piloted in Rae and Saue."
    assert merged.meta["provenance"]["commitments[2].results"]["source"] == "contribution for Ministry of Justice"

    done = cli("contribution", "merge", report_path, contrib, "-o", out, "--prefer", "ours", cwd=tmp_path)
    assert done.returncode == 0 and read_report(out).get("commitments[1].title") == "Ours"


def test_contribution_errors_exit_2(tmp_path: Path) -> None:
    report_path = tmp_path / "r.ogpreport.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    done = cli("contribution", "export", report_path, "--commitments", "EE9999", "-o", tmp_path / "c.json",
               cwd=tmp_path)
    assert done.returncode == 2 and "no commitment 'EE9999'" in done.stderr
    done = cli("contribution", "merge", report_path, report_path, "-o", tmp_path / "m.json", cwd=tmp_path)
    assert done.returncode == 2 and "not a contribution file" in done.stderr
    done = cli("contribution", "merge", report_path, tmp_path / "missing.json", "-o", tmp_path / "m.json", cwd=tmp_path)
    assert done.returncode == 2 and "missing.json: no such file" in done.stderr


def test_carry_forward_command(tmp_path: Path) -> None:
    report_path = tmp_path / "r.ogpreport.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    report = read_report(report_path)
    report.set("report_type", "mid_term")
    report.set("executive_summary", "Mid-term.")
    write_report(report, report_path)
    new = tmp_path / "end.ogpreport.json"
    done = cli("carry-forward", report_path, "--type", "end_of_term", "-o", new, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    carried = read_report(new)
    assert carried.report_type == "end_of_term" and carried.get("executive_summary") is None
    assert carried.meta["carried_from"]["report_type"] == "mid_term"
    assert len(carried.values["commitments"]) == 9
    done = cli("carry-forward", report_path, "--type", "final", "-o", new, cwd=tmp_path)
    assert done.returncode == 2 and "not a report type" in done.stderr


def test_contribution_as_a_word_form_through_the_command(tmp_path: Path) -> None:
    report_path = tmp_path / "r.ogpreport.json"
    assert cli("import-plan", SAMPLE, "-o", report_path, cwd=tmp_path).returncode == 0
    form = tmp_path / "for justice.docx"
    done = cli("contribution", "export", report_path, "--commitments", "EE0040,3", "-o", form, "--lang", "et",
               "--for", "Justiitsministeerium", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # --lang: the form's language and the messages
    assert done.stdout.startswith(f"kirjutatud Wordi vorm: {form}\n"
                                  f"failis {report_path} on kirjas, mis saadeti (kaastöö ")
    merged = tmp_path / "m.ogpreport.json"
    done = cli("contribution", "merge", report_path, form, "-o", merged, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == f"wrote {merged}\n", done.stderr
    assert read_report(merged).values["commitments"] == read_report(report_path).values["commitments"]
    done = cli("contribution", "export", report_path, "--commitments", "1", "-o", tmp_path / "x.docm", cwd=tmp_path)
    assert done.returncode == 2 and "a Word form is written as .docx" in done.stderr
    assert not (tmp_path / "x.docm").exists()
