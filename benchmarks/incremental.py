"""A second `casepub build` with nothing changed: whole-process time, median of several runs.

Run: python benchmarks/incremental.py [RUNS]. Target: under 0.3 s (issue 7).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    casepub = [sys.executable, "-m", "casepub", "build"]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "cases" / "dpp4-bullous-pemphigoid", Path(tmp) / "case")
        started = time.perf_counter()
        subprocess.run([*casepub, "case", "--out", "out"], cwd=tmp, check=True, capture_output=True)
        first = time.perf_counter() - started
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run([*casepub, "case", "--out", "out"], cwd=tmp, check=True, capture_output=True,
                                  text=True)
            times.append(time.perf_counter() - started)
            assert "up to date" in done.stdout, done.stdout
    print(f"first build (html, pdf, jats): {first:.2f} s")
    print(f"unchanged rebuild, {runs} runs: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s (target: under 0.3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
