"""An export killed half-way leaves nothing behind once the app starts again, and never the old files' loss."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ogp_desktop.gui.widgets.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(os.name != "posix", reason="kill -9 and pids in temp names")

# The app's own export worker, run in a child process; it stops for good inside the PDF step.
EXPORT_THEN_HANG = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, Qt
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.gui.export.export_worker import ExportJob, ExportWorker
from ogp_desktop.template import load_template

app = QCoreApplication([])
folder = Path(sys.argv[1])
template = load_template()
job = ExportJob(generate_report(template, commitments=12), template, "en", folder / "report.docx",
                folder / "report.pdf")
worker = ExportWorker(job)

def on_progress(percent, step):
    if step == "PDF done." and percent < 100:  # a page of the PDF: the Word file is done and waits for it
        print("writing", flush=True)
        time.sleep(120)

worker.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
worker.run()
"""


def _export_killed_mid_pdf(folder: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", EXPORT_THEN_HANG, str(folder)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "writing"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
    return sorted(os.listdir(folder))


@POSIX
def test_an_export_killed_mid_way_is_swept_when_the_app_starts(start_window, settings_file, qtbot, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"last week's PDF")
    (folder / "report.docx").write_bytes(b"last week's Word file")
    (folder / "notes.txt").write_text("the user's own file")
    left = _export_killed_mid_pdf(folder)
    leftovers = [n for n in left if n.startswith(".")]
    assert any(".docx." in n for n in leftovers), left  # the finished Word file waiting for the PDF
    assert any(".pdf." in n for n in leftovers), left  # the PDF being written (and its page spill)
    assert (folder / "report.pdf").read_bytes() == b"last week's PDF"

    Settings(settings_file).export_folder = str(folder)
    start_window()
    qtbot.waitUntil(lambda: sorted(os.listdir(folder)) == ["notes.txt", "report.docx", "report.pdf"],
                    timeout=10_000)
    assert (folder / "report.docx").read_bytes() == b"last week's Word file"


def test_an_export_over_old_files_leaves_only_the_new_ones(qtbot, tmp_path):
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.export.export_worker import ExportJob, ExportWorker
    from ogp_desktop.template import load_template

    (tmp_path / "r.pdf").write_bytes(b"old")
    (tmp_path / "r.docx").write_bytes(b"old")
    template = load_template()
    worker = ExportWorker(ExportJob(generate_report(template, commitments=2), template, "en", tmp_path / "r.docx",
                                    tmp_path / "r.pdf"))
    with qtbot.waitSignal(worker.succeeded, timeout=60_000):
        worker.start()
    worker.wait()
    assert sorted(os.listdir(tmp_path)) == ["r.docx", "r.pdf"]
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.docx").read_bytes().startswith(b"PK")
