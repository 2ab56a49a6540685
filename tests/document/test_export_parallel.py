"""Both files at once: the Word file is made in a worker process while the PDF is laid out.

Real exports into tmp_path; the worker is a real child process. Its failure is made real
too: its interpreter is a program that exits at once, or a path with nothing there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from export_checks import pdf_text

from ogp_desktop.document import docx_worker
from ogp_desktop.document.export import export_report
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.reportfile import report_bytes
from ogp_desktop.template import load_template


def _children() -> list[int]:
    """This process's live child processes (Linux's /proc; none known elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # it ended meanwhile
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


@pytest.fixture(scope="module")
def template():
    return load_template()


@pytest.fixture(scope="module")
def report(template):
    made = generate_report(template, commitments=10)
    assert docx_worker.worth_it(len(report_bytes(made)))  # big enough for the worker
    return made


@pytest.fixture(scope="module")
def apart(report, template, tmp_path_factory):
    """The two files exported one at a time (no worker), as bytes."""
    out = tmp_path_factory.mktemp("apart")
    export_report(report, template, lang="en", docx_path=out / "r.docx")
    export_report(report, template, lang="en", pdf_path=out / "r.pdf")
    return (out / "r.docx").read_bytes(), (out / "r.pdf").read_bytes()


def test_both_at_once_are_the_same_files_as_one_at_a_time(report, template, apart, tmp_path):
    steps = []
    result = export_report(report, template, lang="en", docx_path=tmp_path / "r.docx", pdf_path=tmp_path / "r.pdf",
                           progress=lambda d, t, w: steps.append((d, t, w)))
    assert ((tmp_path / "r.docx").read_bytes(), (tmp_path / "r.pdf").read_bytes()) == apart
    assert result.files == [tmp_path / "r.docx", tmp_path / "r.pdf"] and result.pdf_pages > 0
    # the PDF's pages report progress first, then each file as it is finished
    assert [s for s in steps if isinstance(s[0], int)] == [(1, 4, "validate"), (2, 4, "build"), (3, 4, "pdf"),
                                                           (4, 4, "docx")]
    within_pdf = [d for d, _, w in steps if not isinstance(d, int)]
    assert within_pdf and within_pdf == sorted(within_pdf) and all(2 <= d <= 3 for d in within_pdf)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.pdf"]


@pytest.mark.parametrize("interpreter", ["/bin/false", "/nonexistent/python3"], ids=["dies", "cannot-start"])
def test_a_worker_that_fails_costs_time_not_the_file(report, template, apart, tmp_path, monkeypatch, interpreter):
    monkeypatch.setattr(sys, "executable", interpreter)  # the worker's interpreter exits at once, or is not there
    export_report(report, template, lang="en", docx_path=tmp_path / "r.docx", pdf_path=tmp_path / "r.pdf")
    assert ((tmp_path / "r.docx").read_bytes(), (tmp_path / "r.pdf").read_bytes()) == apart
    assert "Commitment" in pdf_text(tmp_path / "r.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.pdf"]


def test_cancel_during_the_pdf_stops_the_worker_and_leaves_nothing(report, template, tmp_path):
    class Cancelled(Exception):  # noqa: N818 - what the GUI raises to cancel
        pass

    def cancel(done, _total, what):
        if what == "pdf" and not isinstance(done, int):
            raise Cancelled

    with pytest.raises(Cancelled):
        export_report(report, template, lang="en", docx_path=tmp_path / "r.docx", pdf_path=tmp_path / "r.pdf",
                      progress=cancel)
    assert list(tmp_path.iterdir()) == []
    assert not _children()


def test_cancel_while_the_word_worker_finishes_ends_the_wait_and_stops_it(report, template, tmp_path, monkeypatch):
    """A worker that never answers (stuck, or a huge file on a slow machine): Cancel must still end the export."""
    stuck = tmp_path / "stuck-python"
    stuck.write_text("#!/bin/sh\nexec sleep 600\n")
    stuck.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(stuck))
    out = tmp_path / "out"
    out.mkdir()

    class Cancelled(Exception):  # noqa: N818 - what the GUI raises to cancel
        pass

    waited = []

    def cancel(done, _total, what):
        if what == "docx" and not isinstance(done, int):
            waited.append(done)
            if len(waited) == 3:
                raise Cancelled

    with pytest.raises(Cancelled):
        export_report(report, template, lang="en", docx_path=out / "r.docx", pdf_path=out / "r.pdf", progress=cancel)
    assert waited == [3.0, 3.0, 3.0]  # called while waiting, at the step the PDF finished
    assert [p.name for p in out.iterdir()] == ["r.pdf"]  # finished before Cancel, as one at a time keeps the first
    assert not _children()


def test_a_failed_worker_is_no_warning_the_command_line_would_print(report, template, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(sys, "executable", "/bin/false")
    with caplog.at_level("INFO", logger="ogp_desktop.document.docx_worker"):
        export_report(report, template, lang="en", docx_path=tmp_path / "r.docx", pdf_path=tmp_path / "r.pdf")
    assert caplog.records and all(r.levelname == "INFO" for r in caplog.records)


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity here")
def test_one_usable_cpu_makes_the_word_file_in_this_process(tmp_path):
    """The machine's CPU count is not what this process may use (taskset, a container's cpuset)."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    code = (f"import os, sys; sys.path.insert(0, {str(root)!r}); "
            "os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); from ogp_desktop.document import docx_worker; "
            "print(docx_worker.usable_cpus(), docx_worker.worth_it(300_000))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["1", "False"], done.stderr
