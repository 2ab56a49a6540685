#!/usr/bin/env python3
"""Run every benchmark (bench/bench_*.py) and print one table of figures.

Usage: ``python bench/run.py [--quick] [NAME ...]``, NAME being a module such
as ``export`` or ``store``. Each module exposes ``run(quick=False)`` returning
rows of (figure, value). Targets are written beside the figures, not asserted:
timings belong here, not in the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# Offscreen Qt warns about window hints it cannot apply; not a figure.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _modules(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if names:
        found = [p for p in found if p.stem.removeprefix("bench_") in names]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller reports")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    for path in _modules(args.names):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        started = time.perf_counter()
        for name, value in mod.run(quick=args.quick):
            rows.append((path.stem.removeprefix("bench_"), name, value))
        print(f"# {path.stem} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    width = max((len(r[1]) for r in rows), default=10)
    print(f"{'area':<10} {'figure':<{width}}  value")
    print(f"{'-' * 10} {'-' * width}  {'-' * 20}")
    for area, name, value in rows:
        print(f"{area:<10} {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
