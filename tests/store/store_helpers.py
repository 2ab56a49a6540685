"""Reports to store in tests: small, but with the shapes that matter (groups, õ, translations)."""

from __future__ import annotations

from ogp_desktop.report import Report


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
