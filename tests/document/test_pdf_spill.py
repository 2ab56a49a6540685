"""The PDF's finished pages wait in a spill file beside the output, never in the system's temp folder.

A full /tmp must not fail an export whose own disk has room, and what a crash leaves behind
must be found by the sweep of temp files (the next write of the same file). Each test exports
for real and looks at the folders while the pages are being laid out (the progress callback,
which is also how the GUI's Cancel stops an export).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ogp_desktop.atomic import TEMP_SUFFIX
from ogp_desktop.document.export import ExportError, export_report
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.report import Report
from ogp_desktop.reportfile import write_report

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def system_temp(tmp_path, monkeypatch) -> Path:
    """The system temp folder, as Python sees it, made an empty folder of the test's own."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture()
def report(template) -> Report:
    return generate_report(template, commitments=6, milestones=3, paragraphs=2)


def spills(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(f"-scratch{TEMP_SUFFIX}"))


class Watcher:
    """A progress callback noting, at each page of the PDF, what the two folders hold."""

    def __init__(self, out: Path, system_temp: Path, stop_at: int | None = None,
                 stop: type[BaseException] = RuntimeError) -> None:
        self.out, self.system_temp, self.stop_at, self.stop = out, system_temp, stop_at, stop
        self.seen: list[tuple[list[str], list[str]]] = []

    def __call__(self, _done: float, _total: int, what: str) -> None:
        if what != "pdf":
            return
        self.seen.append((spills(self.out), sorted(os.listdir(self.system_temp))))
        if self.stop_at is not None and len(self.seen) >= self.stop_at:
            raise self.stop("stopped")


def test_the_spill_file_sits_beside_the_output_and_goes_when_written(tmp_path, system_temp, template, report):
    out = tmp_path / "out"
    out.mkdir()
    watch = Watcher(out, system_temp)
    result = export_report(report, template, lang="en", pdf_path=out / "r.pdf", progress=watch)
    assert result.pdf_pages > 3
    with_spill = [names for names, _ in watch.seen if names]
    assert len(with_spill) >= 3  # from the second page on
    # the page spill, and the report carried inside waiting to be copied in: both this process's scratch files
    assert all(len(names) <= 2 and all(n.startswith(f".r.pdf.{os.getpid()}-") for n in names) for names in with_spill)
    assert [temp for _, temp in watch.seen if temp] == []  # the system temp folder was never used
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"]


@pytest.mark.parametrize("stop", [RuntimeError, KeyboardInterrupt])
def test_a_stopped_export_leaves_no_spill_file(tmp_path, system_temp, template, report, stop):
    """Cancel in the GUI raises from the progress callback; Ctrl+C raises KeyboardInterrupt there."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.pdf").write_bytes(b"%PDF old")
    watch = Watcher(out, system_temp, stop_at=3, stop=stop)
    with pytest.raises((stop, ExportError)):
        export_report(report, template, lang="en", pdf_path=out / "r.pdf", progress=watch)
    assert watch.seen[-1][0]  # the spill file was there when it stopped
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"] and (out / "r.pdf").read_bytes() == b"%PDF old"
    assert os.listdir(system_temp) == []


def test_a_crashed_exports_spill_file_is_swept_by_the_next_export(tmp_path, template, report):
    """kill -9 in the middle of a page: the spill file stays, named as this process's temp file;
    the next export of the same file sees that its writer is gone and removes it."""
    src = tmp_path / "r.ogpreport.json"
    write_report(report, src)
    out = tmp_path / "out"
    out.mkdir()
    code = f"""
import os, signal, sys
sys.path.insert(0, {str(ROOT)!r})
from ogp_desktop.document.export import export_report
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template
pages = []
def crash(done, total, what):
    if what == "pdf":
        pages.append(done)
        if len(pages) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
export_report(read_report({str(src)!r}), load_template(), lang="en", pdf_path={str(out / "r.pdf")!r}, progress=crash)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    left = spills(out)
    assert len(left) == 2 and all(n.startswith(".r.pdf.") for n in left)  # the page spill and the report's copy
    export_report(report, template, lang="en", pdf_path=out / "r.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["r.pdf"]
