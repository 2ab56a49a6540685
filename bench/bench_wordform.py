"""Word forms: export and read back a form for every commitment of a large report, then merge it.

Target: a 50-commitment form (every field filled, six milestones each) exports and reads in a
few seconds each; the untouched form merges to nothing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.interchange.contribution import merge_contribution
from ogp_desktop.interchange.wordform_read import read_contribution_form
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.template import load_template


def run(quick: bool = False) -> list[tuple[str, str]]:
    template = load_template()
    rows: list[tuple[str, str]] = []
    for count in (10,) if quick else (10, 50):
        report = generate_report(template, commitments=count)
        keys = [template.roles.commitment_key_of(c) for c in report.values[template.roles.commitments]]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "form.docx"
            started = time.perf_counter()
            write_form(report, template, keys, path, "et")
            wrote = time.perf_counter()
            reading = read_contribution_form(path, report, template)
            read = time.perf_counter()
            result = merge_contribution(report, reading.contribution)
            merged = time.perf_counter()
            rows += [
                (f"form export, {count} commitments", f"{wrote - started:.2f} s, {path.stat().st_size // 1024} KB"),
                (f"form read, {count} commitments", f"{read - wrote:.2f} s, {reading.fields} fields"),
                (f"form merge, {count} commitments", f"{merged - read:.3f} s, {len(result.taken)} taken (target 0)"),
            ]
    return rows
