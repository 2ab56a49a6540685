"""Draft store figures: autosave latency by report size, opening a library of 100 drafts, versions.

Targets: Library.save median under 30 ms at 50 commitments; an autosave after one edit at 2,000
commitments under 20 ms of its worker's CPU (what the GUI thread waits for the GIL behind); Library(...) +
list() of 100 drafts under 300 ms; a 1 MB draft with 100 versions under 30 MB
on disk, a snapshot's time not growing with the number of versions.
Run: ``python bench/run.py store``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ogp_desktop.report import Report  # noqa: E402
from ogp_desktop.store import Library  # noqa: E402

PARAGRAPH = ("The Government Office coordinated the work with the civil-society roundtable; the ministries "
             "published drafts on osale.ee, collected comments in writing and at two public meetings, and "
             "reported back on how each proposal was used. Avatud valitsemise partnerluse töörühm arutas tulemusi. ")


def longtext(paragraphs: int = 3) -> str:
    return "\n\n".join(PARAGRAPH * 2 for _ in range(paragraphs))


def realistic_report(commitments: int, title: str = "Estonia mid-term self-assessment") -> Report:
    """A filled report: six milestones per commitment and a few paragraphs per long text."""
    values = {
        "country": "Estonia", "action_plan_title": "Estonia's Fourth Action Plan 2018-2020",
        "plan_start": "2018-07", "plan_end": "2020-06", "report_type": "mid_term",
        "period_start": "2018-07-01", "period_end": "2019-06-30", "language": "en",
        "lead_agency": "Government Office", "contact_name": "Kai Kask", "contact_email": "kai.kask@riigikantselei.ee",
        "executive_summary": longtext(4), "national_context": longtext(3), "priorities": ["participation", "data"],
        "commitments": [
            {
                "ogp_id": f"EE{i:04d}", "number": str(i + 1), "title": f"Commitment {i + 1}: open data in ministries",
                "start": "2018-07", "end": "2020-06", "lead_agency": "Ministry of Economic Affairs",
                "problem": longtext(), "description": longtext(), "contribution": longtext(2),
                "ogp_values": ["access_to_information", "civic_participation"], "values_relevance": longtext(2),
                "completion": "substantial", "on_time": "yes", "results": longtext(), "next_steps": longtext(2),
                "milestones": [{"number": f"{i + 1}.{m + 1}", "activity": longtext(1), "start": "2018-09",
                                "end": "2019-12", "status": "substantial"} for m in range(6)],
                "evidence": [{"title": "Progress page", "url": "https://www.riigikantselei.ee/ogp",
                              "accessed": "2019-06-30"}],
            }
            for i in range(commitments)
        ],
        "forum_name": "OGP roundtable", "draft_link": "https://www.osale.ee/ogp", "comment_start": "2019-08-01",
        "comment_end": "2019-08-15", "repository_url": "https://www.riigikantselei.ee/ogp",
    }
    return Report(values, meta={"title": title})


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def save_latency(commitments: int, repeats: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder, Library(folder) as lib:
        report = realistic_report(commitments)
        draft_id = lib.add(report)
        lib.open(draft_id)
        lib.save(draft_id, report)  # the session's first save also takes a version; not an autosave's cost
        times = []
        for n in range(repeats):
            report.set("commitments[0].results", f"{PARAGRAPH} edit {n}")
            started = time.perf_counter()
            lib.save(draft_id, report)
            times.append(time.perf_counter() - started)
        size = (lib.reports_dir / f"{draft_id}.json").stat().st_size
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))], size


def open_library(drafts: int, repeats: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        with Library(folder) as lib:
            for n in range(drafts):
                lib.add(realistic_report(6 + n % 10, title=f"Draft {n}"))
        started = time.perf_counter()
        with Library(folder) as lib:
            lib.list()  # no library.json yet: reads every draft file and writes the index
        cold = time.perf_counter() - started
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            with Library(folder) as lib:
                assert len(lib.list()) == drafts
            times.append(time.perf_counter() - started)
    return statistics.median(times), cold


WORDS = ("avatud valitsemise partnerlus kohustus tegevuskava ministeerium kodanikuühiskond kaasamine läbipaistvus "
         "andmed aruanne tulemused eelarve konsultatsioon open government partnership commitment ministry civil "
         "society participation transparency data budget results milestone consultation portal register").split()


def varied_report(size: int, commitments: int = 40) -> Report:
    """About *size* bytes of prose-like text (compresses ~3x, unlike one repeated paragraph)."""
    rng = random.Random(11)
    report = realistic_report(commitments)
    per = size // commitments // 4
    for c in report.values["commitments"]:
        for key in ("problem", "description", "results", "next_steps"):
            words: list[str] = []
            while sum(len(w) + 1 for w in words) < per:
                words.append(rng.choice(WORDS))
            c[key] = " ".join(words)[:per]
    return report


def disk_usage(folder: Path) -> int:
    seen: set[tuple[int, int]] = set()
    total = 0
    for p in folder.rglob("*"):
        st = p.lstat()
        if (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total


def versions_cost(count: int) -> tuple[float, float, float, int, int]:
    """(median snapshot s, first 10 median, last 10 median, bytes on disk, draft bytes) for *count* versions."""
    with tempfile.TemporaryDirectory() as folder, Library(folder) as lib:
        report = varied_report(1024 * 1024)
        draft_id = lib.add(report)
        times = []
        for n in range(count):
            report = lib.open(draft_id)
            path = f"commitments[{n % 40}].results"
            report.set(path, f"Edit {n}. " + report.get(path))
            lib.save(draft_id, report)
            started = time.perf_counter()
            lib.snapshot(draft_id, f"Version {n}")
            times.append(time.perf_counter() - started)
        size = disk_usage(Path(folder))
        draft = (lib.reports_dir / f"{draft_id}.json").stat().st_size
    return statistics.median(times), statistics.median(times[:10]), statistics.median(times[-10:]), size, draft


def autosave_cost(commitments: int, edits: int) -> dict[str, float]:
    """At *commitments*: the GUI thread's snapshot after one edit (median, max) and a full copy; the worker's
    autosave of it as while typing (``judge=False``): median time, its thread's CPU time (Python and the
    write's system calls: what competes with the GUI thread), rows encoded; and the first save, which also
    takes the new draft's first version."""
    with tempfile.TemporaryDirectory() as folder, Library(folder) as lib:
        report = realistic_report(commitments)
        draft_id = lib.add(report)
        report = lib.open(draft_id)
        report.snapshot()  # the editor takes the first one when it opens the draft
        snaps, saves, cpus, encoded = [], [], [], []
        for n in range(edits + 1):
            report.set(f"commitments[{(n * 37) % commitments}].results", f"{PARAGRAPH} edit {n}")
            started = time.perf_counter()
            snapshot = report.snapshot()
            snaps.append(time.perf_counter() - started)
            started, cpu = time.perf_counter(), time.thread_time()
            lib.save(draft_id, snapshot, judge=False)
            saves.append(time.perf_counter() - started)
            cpus.append(time.thread_time() - cpu)
            encoded.append(lib.rows_encoded(draft_id)[0])
        started = time.perf_counter()
        report.copy()
        full = time.perf_counter() - started
    first = saves.pop(0)  # encodes every row and writes the first version, a part per row
    cpus.pop(0), encoded.pop(0), snaps.pop(0)
    return {"snap": statistics.median(snaps), "snap_max": max(snaps), "full": full, "first": first,
            "save": statistics.median(saves), "cpu": statistics.median(cpus), "encoded": statistics.median(encoded)}


def run(quick: bool = False) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    repeats = 8 if quick else 40
    for commitments in (6, 50, 200):
        median, p95, size = save_latency(commitments, max(4, repeats // 4) if commitments == 200 else repeats)
        target = " (target < 30 ms)" if commitments == 50 else ""
        rows.append((f"save {commitments} commitments median", _ms(median) + target))
        rows.append((f"save {commitments} commitments p95", _ms(p95)))
        rows.append((f"draft file {commitments} commitments", f"{size / 1024:.0f} KB"))
    warm, cold = open_library(100, 3 if quick else 10)
    rows.append(("open library of 100 + list (index warm) median", _ms(warm) + " (target < 300 ms)"))
    rows.append(("first list of 100 without library.json", _ms(cold)))
    cost = autosave_cost(2000, 5 if quick else 20)
    rows.append(("autosave 2,000 commitments: GUI-thread snapshot median", _ms(cost["snap"])))
    rows.append(("autosave 2,000 commitments: GUI-thread snapshot max", _ms(cost["snap_max"]) + " (target < 100 ms)"))
    rows.append(("  (a full copy, as before)", _ms(cost["full"])))
    rows.append(("autosave 2,000 commitments after one edit: save median", _ms(cost["save"])))
    rows.append(("  its worker's CPU time median", _ms(cost["cpu"]) + " (target < 20 ms)"))
    rows.append(("  rows it encoded (of 2,000)", f"{cost['encoded']:.0f}"))
    rows.append(("  the first save (a new draft's first version: a part a row)", _ms(cost["first"])))
    count = 30 if quick else 100
    median, first, last, size, draft = versions_cost(count)
    rows.append((f"snapshot of a {draft / 1e6:.1f} MB draft, median of {count}", _ms(median)))
    rows.append(("snapshot: first 10 vs last 10 (median)", f"{_ms(first)} vs {_ms(last)}"))
    rows.append((f"library on disk: 1 MB draft + {count} versions", f"{size / 1e6:.1f} MB (target < 30 MB at 100)"))
    return rows


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv):
        print(f"{name:50} {value}")
