"""``main.py export``, the final-export gate and atomic writing, run as real processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from export_checks import pdf_text, squash

from ogp_desktop.atomic import TEMP_SUFFIX
from ogp_desktop.document.export import ExportError, ReportHasErrors, export_report
from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.reportfile import write_report

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, user: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(ROOT / "main.py"), "export", *args]
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)


@pytest.fixture()
def valid_file(tmp_path, template) -> Path:
    path = tmp_path / "valid.ogpreport.json"
    write_report(generate_report(template, commitments=2, milestones=2, paragraphs=1), path)
    return path


@pytest.fixture()
def broken_file(tmp_path, template) -> Path:
    """A report with errors: no country, and the comment period ends before it starts."""
    report = generate_report(template, commitments=2, milestones=2, paragraphs=1)
    report.set("country", None)
    report.set("comment_start", "2019-06-30")
    report.set("comment_end", "2019-06-01")
    path = tmp_path / "broken.ogpreport.json"
    write_report(report, path)
    return path


def test_cli_writes_both_files(valid_file, tmp_path):
    result = run_cli(str(valid_file), "--docx", str(tmp_path / "r.docx"), "--pdf", str(tmp_path / "r.pdf"),
                     "--lang", "et", "--final", "--allow-untranslated")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.docx").stat().st_size > 10_000
    text = pdf_text(tmp_path / "r.pdf", furniture=True)
    assert "Sisukord" in text and "MUSTAND" not in text


def test_cli_marks_draft_and_final_refuses(broken_file, tmp_path):
    result = run_cli(str(broken_file), "--pdf", str(tmp_path / "draft.pdf"))
    assert result.returncode == 0 and "DRAFT" in result.stdout
    pages = pdf_text(tmp_path / "draft.pdf", furniture=True).split("\f")[:-1]
    # the watermark is drawn, not text (tests/document/test_publication.py looks at it); the
    # draft state is said in text on the cover and in every running header
    assert not any(squash(page).startswith("DRAFT") for page in pages)
    assert "Draft:" in pages[0] and all("– DRAFT" in page for page in pages[1:])
    final = run_cli(str(broken_file), "--pdf", str(tmp_path / "final.pdf"), "--final")
    assert final.returncode == 1
    assert "error: country:" in final.stderr and "error: comment_end:" in final.stderr
    assert not (tmp_path / "final.pdf").exists()


def test_cli_unreadable_file_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.ogpreport.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli(str(bad), "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bad.ogpreport.json" in result.stderr
    assert run_cli(str(tmp_path / "missing.json"), "--pdf", str(tmp_path / "x.pdf")).returncode == 2


def test_api_final_raises_with_the_errors(broken_file, template, tmp_path):
    from ogp_desktop.reportfile import read_report

    with pytest.raises(ReportHasErrors) as info:
        export_report(read_report(broken_file), template, lang="en", pdf_path=tmp_path / "x.pdf", final=True)
    assert {p.path for p in info.value.problems} >= {"country", "comment_end"}
    assert not (tmp_path / "x.pdf").exists()


def test_api_progress_reports_each_step(valid_file, template, tmp_path):
    from ogp_desktop.reportfile import read_report

    steps = []
    result = export_report(read_report(valid_file), template, lang="en", docx_path=tmp_path / "a.docx",
                           pdf_path=tmp_path / "a.pdf", progress=lambda d, t, w: steps.append((d, t, w)))
    assert [s for s in steps if isinstance(s[0], int)] == [(1, 4, "validate"), (2, 4, "build"), (3, 4, "docx"),
                                                           (4, 4, "pdf")]
    within_pdf = [d for d, _, w in steps if not isinstance(d, int)]
    assert within_pdf and all(w == "pdf" for _, _, w in steps[3:]) and within_pdf == sorted(within_pdf)
    assert all(3 <= d <= 4 for d in within_pdf)
    assert result.files == [tmp_path / "a.docx", tmp_path / "a.pdf"] and not result.draft


def test_unwritable_targets_name_the_file(valid_file, template, tmp_path):
    from ogp_desktop.reportfile import read_report

    report = read_report(valid_file)
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    for target, why in ((folder, "it is a folder"), (tmp_path / "nowhere" / "r.pdf", "does not exist"),
                        (Path("/proc/ogp-report.pdf"), "")):
        with pytest.raises(ExportError) as info:
            export_report(report, template, lang="en", pdf_path=target)
        assert str(target) in str(info.value) and why in str(info.value)


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0, reason="needs root to drop privileges")
def test_read_only_folder_is_one_clear_error(valid_file, template, request):
    """A read-only folder (PermissionError) gives one sentence naming the file; the old file stays.

    Root ignores permissions, so a forked child drops to ``nobody`` before exporting.
    """
    from ogp_desktop.document.fonts import register_fonts
    from ogp_desktop.reportfile import read_report

    report = read_report(valid_file)
    register_fonts()  # the child may not be able to read resources/ as nobody
    # pytest's own temp folders are private to root, so the folder lives directly in /tmp
    folder = Path(tempfile.mkdtemp(prefix="ogp-readonly-"))
    request.addfinalizer(lambda: shutil.rmtree(folder, ignore_errors=True))
    old = folder / "r.pdf"
    old.write_bytes(b"old")
    folder.chmod(0o555)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        code = 3
        os.close(read_end)
        try:
            os.setgid(65534)
            os.setuid(65534)
            try:
                export_report(report, template, lang="en", pdf_path=old)
            except ExportError as exc:
                os.write(write_end, str(exc).encode())
                code = 0
        except BaseException as exc:  # noqa: BLE001 - any other failure is reported to the parent
            os.write(write_end, repr(exc).encode())
            code = 4
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        text = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    folder.chmod(0o755)
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert text.startswith(f"Cannot write {old}: permission denied") and "\n" not in text
    assert old.read_bytes() == b"old" and sorted(p.name for p in folder.iterdir()) == ["r.pdf"]


def test_interrupted_export_leaves_the_old_file(template, tmp_path):
    """Ctrl+C in the middle of a big PDF: the old file stays whole, no temp file is left."""
    src = tmp_path / "big.ogpreport.json"
    write_report(generate_report(template, commitments=60), src)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.pdf"
    target.write_bytes(b"%PDF old")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "export", str(src), "--pdf", str(target)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(TEMP_SUFFIX) for p in out.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the export ended before it was interrupted"
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in out.iterdir()] == ["r.pdf"]


def test_one_path_for_both_files_is_refused(valid_file, tmp_path):
    same = tmp_path / "report.pdf"
    done = run_cli(str(valid_file), "--docx", str(same), "--pdf", str(tmp_path / "." / "report.pdf"))
    assert done.returncode == 2 and not same.exists()
    assert done.stderr.startswith("error: --docx and --pdf both name") and done.stderr.count("\n") == 1


def test_messages_follow_the_export_language(broken_file, tmp_path):
    done = run_cli(str(broken_file), "--lang", "et", "--final", "--pdf", str(tmp_path / "r.pdf"))
    assert done.returncode == 1
    assert done.stderr.startswith("error: Aruandes on ") and "paranda need või ekspordi mustand" in done.stderr
    drafted = run_cli(str(broken_file), "--lang", "et", "--pdf", str(tmp_path / "r.pdf"))
    assert drafted.returncode == 0 and drafted.stdout.startswith("kirjutatud: ") and "MUSTANDIKS" in drafted.stdout
