"""The app installs as a plain wheel and finds its resources from any folder."""

from __future__ import annotations

import configparser
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_setup_cfg() -> None:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    listed = set(cfg["options"]["packages"].split())
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "ogp_desktop").rglob("__init__.py")
    } | {"ogp_desktop.resources"}
    assert found == listed


def test_main_py_hands_over_to_the_package() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.startswith("OGP Report Studio ")


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_folder(tmp_path: Path) -> None:
    """Build a wheel from a clean copy, install it non-editably, validate a sample elsewhere."""
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for rel in files:
        if (ROOT / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(src)], check=True, capture_output=True)
    env_dir = tmp_path / "venv"
    # Dependencies come from this interpreter's site-packages; the app itself from the wheel.
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    # ... also when this interpreter is itself a virtual environment, whose packages the system's don't include
    inner = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                           capture_output=True, text=True, check=True).stdout.strip()
    Path(inner, "outer-site-packages.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    wheel = next(wheels.glob("ogp_desktop-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                    "--force-reinstall", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import ogp_desktop, sys; from ogp_desktop import paths;"
        "print(ogp_desktop.__file__);"
        "print(paths.resource_path('templates', 'ogp-self-assessment.json').is_file())"
    )
    out = subprocess.run([str(py), "-c", probe], cwd=elsewhere, capture_output=True, text=True, check=True)
    location, has_template = out.stdout.split()
    assert str(env_dir) in location
    assert has_template == "True"
    sample = next((ROOT / "resources" / "samples").glob("*.ogpreport.json"))
    shutil.copy(sample, elsewhere / "report.ogpreport.json")
    res = subprocess.run([str(py), "-m", "ogp_desktop", "validate", "report.ogpreport.json"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    # the installed command prints and returns its exit code (a console script: on Windows a gui
    # script runs under pythonw, without stdout); the shortcut's gui script starts only the app
    entry_points = configparser.ConfigParser()
    with zipfile.ZipFile(wheel) as whl:
        name = next(n for n in whl.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points.read_string(whl.read(name).decode("utf-8"))
    assert dict(entry_points["console_scripts"]) == {"ogp-desktop": "ogp_desktop.__main__:main"}
    assert dict(entry_points["gui_scripts"]) == {"ogp-desktop-gui": "ogp_desktop.__main__:gui_main"}
    res = subprocess.run([str(env_dir / "bin" / "ogp-desktop"), "validate", "report.ogpreport.json"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert (res.returncode, res.stdout.strip()) == (0, "0 error(s), 0 warning(s)"), res.stderr
    res = subprocess.run([str(env_dir / "bin" / "ogp-desktop"), "validate", "missing.ogpreport.json"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert res.returncode == 2 and res.stderr.strip()
    res = subprocess.run([str(env_dir / "bin" / "ogp-desktop-gui"), "--version"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert (res.returncode, res.stdout.split()[:3]) == (0, ["OGP", "Report", "Studio"])
    installed = subprocess.run([str(py), "-c", "from ogp_desktop import paths; import sys;"
                                "r = paths.resources(); print(sorted(p.name for p in r.iterdir()))"],
                               cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    for folder in ("templates", "fonts", "samples"):
        assert folder in installed
