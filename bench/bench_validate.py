"""Load + validate a 50-commitment report (six milestones each): the GUI re-validates after every edit.

Target: validation alone well under 10 ms, so re-running it on each keystroke pause is invisible.

Then the editor's check of a 2,000-commitment report after one edit (a milestone cell), as its worker runs
it after each pause in typing: the whole check, and the check that keeps each row's problems
(``row_cache.RowCache``) and redoes the edited row. Target: a few milliseconds, since the worker's Python
holds the GIL that the GUI thread waits for. Full garbage collections are deferred as while a report is open.
"""

from __future__ import annotations

import copy
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run directly from a checkout too

from ogp_desktop import paths
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template
from ogp_desktop.validation import validate

SAMPLE = "demo-ee-2016-2018.ogpreport.json"


def big_report(commitments: int = 50, milestones: int = 6) -> dict:
    """The demo report grown to *commitments* rows, each with *milestones* milestones (all valid)."""
    data = json.loads(paths.resource_path("samples", SAMPLE).read_text(encoding="utf-8"))
    base = data["values"]["commitments"]
    rows = []
    for i in range(commitments):
        row = copy.deepcopy(base[i % len(base)])
        row["number"] = str(i + 1)
        row["ogp_id"] = f"EE{i + 1:04d}"
        row["milestones"] = [
            {"number": f"{i + 1}.{j + 1}", "activity": f"Activity {j + 1} of commitment {i + 1}",
             "start": "2016-07", "end": "2018-06", "status": row["completion"]}
            for j in range(milestones)
        ]
        rows.append(row)
    data["values"]["commitments"] = rows
    return data


def _times_ms(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def check_after_edit(commitments: int, repeat: int) -> list[tuple[str, str]]:
    """The editor's check after typing in one milestone cell: whole, and with the rows kept from before."""
    from ogp_desktop import collector
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.editor.background_check import check
    from ogp_desktop.row_cache import RowCache

    template = load_template()
    report = generate_report(template, commitments=commitments, milestones=6, paragraphs=1)
    cell = f"{template.roles.commitments}[{commitments // 2}].{template.roles.milestones}[1]." + \
        template.roles.ids("milestone_activity")[-1]
    rows = RowCache()
    check(report.snapshot(), template, "en", rows)
    gc.collect()  # the report just built is not the timed checks' to sweep
    collector.defer_full_collections()
    kept_ms: list[float] = []
    kept_cpu_ms: list[float] = []
    try:
        for i in range(repeat):
            report.set(cell, f"Activity typed {i}")
            snapshot = report.snapshot()
            cpu = time.thread_time()
            kept_ms += _times_ms(lambda s=snapshot: check(s, template, "en", rows), 1)
            kept_cpu_ms.append((time.thread_time() - cpu) * 1000)
        cpu = time.thread_time()
        whole_ms = _times_ms(lambda: check(snapshot, template, "en"), max(1, repeat // 3))
        whole_cpu_ms = (time.thread_time() - cpu) * 1000 / max(1, repeat // 3)
    finally:
        collector.collect_deferred()
    # CPU time beside wall time: on a machine shared with other work the wall clock mostly measures the queue
    name = f"check after one edit: {commitments} commitments"
    return [
        (f"{name}, whole (median)", f"{statistics.median(whole_ms):.1f} ms (cpu {whole_cpu_ms:.1f} ms)"),
        (f"{name}, rows kept (median; target a few ms)",
         f"{statistics.median(kept_ms):.1f} ms (cpu {statistics.median(kept_cpu_ms):.1f} ms)"),
        (f"{name}, rows kept (best of runs)", f"{min(kept_ms):.1f} ms (cpu {min(kept_cpu_ms):.1f} ms)"),
        (f"{name}, rows checked afresh (expected 1)", str(rows.rows_checked)),
    ]

def run(quick: bool = False) -> list[tuple[str, str]]:
    repeat = 5 if quick else 25
    template = load_template()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ogpreport.json"
        path.write_text(json.dumps(big_report(), ensure_ascii=False), encoding="utf-8")
        report = read_report(path)
        problems = validate(report, template)
        validate_ms = _times_ms(lambda: validate(report, template), repeat)
        load_ms = _times_ms(lambda: validate(read_report(path), template), repeat)
        size_kb = path.stat().st_size / 1024
    # The best run shows the cost without other processes; the median what a user sees on a busy machine.
    return [
        ("validate: 50 commitments x 6 milestones (median)", f"{statistics.median(validate_ms):.1f} ms"),
        ("validate: same (best of runs)", f"{min(validate_ms):.1f} ms"),
        ("load + validate: same report from file (median)", f"{statistics.median(load_ms):.1f} ms"),
        ("load + validate: same (best of runs)", f"{min(load_ms):.1f} ms"),
        ("report file size", f"{size_kb:.0f} KB"),
        ("problems found (expected 0)", str(len(problems))),
        *check_after_edit(300 if quick else 2000, 3 if quick else 10),
    ]


if __name__ == "__main__":
    for name, value in run():
        print(f"{name}: {value}")
