"""Output files: umask permissions, kept modes, symbolic links followed, special files refused, no temp left."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ogp_desktop import atomic
from ogp_desktop.commands.common import write_or_fail
from ogp_desktop.report import Report
from ogp_desktop.store import Library

ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and special files")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_a_new_file_gets_what_the_umask_gives(tmp_path: Path, umask_022: None) -> None:
    atomic.write_bytes(tmp_path / "new.pdf", b"%PDF")
    assert mode(tmp_path / "new.pdf") == 0o644
    os.umask(0o077)
    atomic.write_bytes(tmp_path / "private.pdf", b"%PDF")
    assert mode(tmp_path / "private.pdf") == 0o600


@POSIX
def test_an_existing_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "r.ogpreport.json"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic.write_bytes(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == 0o600
    path.chmod(0o664)
    atomic.write_bytes(path, b"newer")
    assert mode(path) == 0o664


@POSIX
def test_a_symlink_stays_a_link_and_its_target_is_updated(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "report.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "report.pdf"
    link.symlink_to(Path("shared") / "report.pdf")
    atomic.write_bytes(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(Path("shared") / "report.pdf")
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["report.pdf"]
    dangling = tmp_path / "later.pdf"
    dangling.symlink_to(tmp_path / "shared" / "later.pdf")
    atomic.write_bytes(dangling, b"made")
    assert dangling.is_symlink() and (tmp_path / "shared" / "later.pdf").read_bytes() == b"made"


@POSIX
def test_a_fifo_and_a_folder_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    with pytest.raises(atomic.NotRegularFileError, match="named pipe"):
        atomic.write_bytes(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with pytest.raises(atomic.NotRegularFileError, match="folder"):
        atomic.write_bytes(tmp_path, b"x")
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_refused_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    assert write_or_fail(Report({"country": "Eesti"}), str(null)) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {null}: cannot write the file (it is a device, not a regular file).", err
    assert stat.S_ISCHR(os.lstat(null).st_mode), "the device node is still there"
    link = tmp_path / "link.ogpreport.json"
    link.symlink_to(null)
    with pytest.raises(atomic.NotRegularFileError, match="device"):
        atomic.write_bytes(link, b"x")
    assert sorted(os.listdir(tmp_path)) == ["link.ogpreport.json", "null"]


SLOW_WRITER = """
import sys, time
from ogp_desktop import atomic
def produce(fh):
    fh.write(b"x" * 65536)
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
atomic.write_with(sys.argv[1], produce)
"""


def _killed_mid_write(target: Path) -> list[str]:
    """Start a writer of *target*, kill -9 it mid-write; the names it left beside the target."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(target)], stdout=subprocess.PIPE, text=True,
                            env=env)
    try:
        assert proc.stdout.readline().strip() == "writing"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
    return sorted(p.name for p in target.parent.iterdir())


@POSIX
def test_a_writer_killed_mid_write_leaves_no_temp_after_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    target.write_bytes(b"previous")
    left = _killed_mid_write(target)
    [tmp] = [n for n in left if n != "export.pdf"]
    assert tmp.startswith(".export.pdf.") and tmp.endswith(".ogp.tmp")
    assert target.read_bytes() == b"previous"
    atomic.write_bytes(target, b"next")
    assert sorted(os.listdir(tmp_path)) == ["export.pdf"]


@POSIX
def test_temps_left_in_the_data_folder_are_swept_on_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder):
        pass
    left = _killed_mid_write(folder / "library.json")
    assert any(n.endswith(".ogp.tmp") for n in left)
    with Library(folder):
        pass
    assert not [n for n in os.listdir(folder) if n.endswith(".ogp.tmp")]


def test_a_live_writers_temp_is_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".a.pdf.{os.getppid()}-0000.ogp.tmp"  # our parent is alive
    live.write_bytes(b"busy")
    old = tmp_path / ".b.pdf.notapid.ogp.tmp"
    old.write_bytes(b"?")
    past = time.time() - 2 * atomic.STALE_AFTER
    os.utime(old, (past, past))
    os.utime(live, (past, past))  # a clock that jumped: a living writer's file is still its own
    assert atomic.sweep_stale_temps(tmp_path) == 1
    assert live.exists() and not old.exists()


@POSIX
def test_ctrl_c_the_moment_the_temp_file_exists_leaves_none(tmp_path):
    """The interrupt lands right after the temp file is created, before the writer owns it."""
    code = f"""
import os, signal, sys
sys.path.insert(0, {str(ROOT)!r})
from ogp_desktop import atomic
real_open = os.open
def open_then_interrupt(path, *args, **kwargs):
    fd = real_open(path, *args, **kwargs)
    if str(path).endswith(atomic.TEMP_SUFFIX):
        os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl+C came now
    return fd
os.open = open_then_interrupt
try:
    atomic.write_bytes({str(tmp_path / "out.pdf")!r}, b"new")
except KeyboardInterrupt:
    print("interrupted")
"""
    (tmp_path / "out.pdf").write_bytes(b"old")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "interrupted", done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
    assert (tmp_path / "out.pdf").read_bytes() == b"old"


@POSIX
def test_ctrl_c_the_moment_a_scratch_file_exists_leaves_none(tmp_path):
    """The interrupt lands inside tempfile, after the scratch file is made and before the object that deletes it
    exists (an interrupted export left one behind, 1 run in 40)."""
    code = f"""
import os, signal, sys, tempfile
sys.path.insert(0, {str(ROOT)!r})
from ogp_desktop import atomic
real_inner = tempfile._mkstemp_inner
def made_then_interrupt(*args, **kwargs):
    made = real_inner(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGINT)  # as if Ctrl+C came now
    return made
tempfile._mkstemp_inner = made_then_interrupt
try:
    atomic.scratch_file({str(tmp_path / "out.pdf")!r})
except KeyboardInterrupt:
    print("interrupted")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "interrupted", done.stderr
    assert list(tmp_path.iterdir()) == []
