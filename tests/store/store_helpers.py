"""Reports to store in tests: small, but with the shapes that matter (groups, õ, translations)."""

from __future__ import annotations

import random
from pathlib import Path

from ogp_desktop.report import Report


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below *folder* (relative path -> bytes): what "nothing changed on disk" compares."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def sample_report(commitments: int = 2, *, title: str = "Eesti vahearuanne", mark: int = 0) -> Report:
    values = {
        "country": "Estonia",
        "action_plan_title": "Estonia's Fourth Action Plan 2018-2020",
        "report_type": "mid_term",
        "language": "et",
        "period_start": "2018-07-01",
        "period_end": "2019-06-30",
        "national_context": f"Avatud valitsemise partnerlus õ ä ö ü ({mark}).\n\nTeine lõik.",
        "priorities": ["kaasamine", "läbipaistvus"],
        "commitments": [
            {"number": str(i + 1), "title": f"Kohustus {i + 1} õ", "completion": "limited",
             "results": f"Tulemused {i}", "milestones": [{"number": f"{i + 1}.1", "activity": "Tegevus",
                                                          "status": "limited"}]}
            for i in range(commitments)
        ],
    }
    translations = {"en": {"national_context": {"text": "Open government", "source_hash": "x"}}}
    return Report(values, meta={"title": title}, translations=translations)


def numbered_state(k: int) -> Report:
    """State *k* of the kill test's writer: six commitments, a few paragraphs each, and the number."""
    report = sample_report(commitments=6, title=f"State {k}", mark=k)
    report.values["counter"] = k
    for i, c in enumerate(report.values["commitments"]):
        c["description"] = "\n\n".join(f"Lõik {p} kohustusest {i}, olek {k}. " * 12 for p in range(3))
    return report


WORDS = ("avatud valitsemise partnerlus kohustus tegevuskava ministeerium kodanikuühiskond kaasamine "
         "läbipaistvus andmed avaandmed aruanne tulemused eelarve õigusakt konsultatsioon osaleja "
         "open government partnership commitment ministry civil society participation transparency data "
         "budget results milestone consultation published portal register access information public").split()


def varied_text(rng: random.Random, chars: int) -> str:
    """Prose-like text that compresses like prose (about 3x), not like one repeated sentence."""
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize()
        sentence += f" {rng.randint(1, 9999)}. "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def varied_report(size: int, commitments: int = 40, seed: int = 11) -> Report:
    """A report of about *size* bytes of JSON, spread over *commitments* commitments."""
    rng = random.Random(seed)
    per = size // commitments // 4
    report = sample_report(commitments=commitments)
    for c in report.values["commitments"]:
        for key in ("problem", "description", "results", "next_steps"):
            c[key] = varied_text(rng, per)
    return report


def disk_usage(folder: Path) -> int:
    """Bytes the files under *folder* take on disk, each hard-linked file counted once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for p in folder.rglob("*"):
        st = p.lstat()
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        total += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return total
