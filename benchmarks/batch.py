"""Batch builds: N copies of an example case with -j 1 and with -j <cores>, side by side.

Run: python benchmarks/batch.py [N] [--to html,pdf]   (default N=20, the issue's batch size).
Prints the wall time of each run and the speed-up, measured in the same run.

Each copy's images differ by one pixel, as different cases' figures do; each run builds into
a new folder (so without the figure encodings an output folder keeps) and starts without
compiled templates, so the second run finds nothing the first one cached.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cases: list[str], jobs: int, out: Path, to: str, cwd: Path, env: dict) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the whole process tree (casepub, workers, pandoc)."""
    for sub in ("templates",):  # the word lists stay: they are built once per installation
        shutil.rmtree(Path(env["CASEPUB_CACHE"]) / sub, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "casepub", "build", *cases, "-j", str(jobs), "--to", to,
                    "--out", str(out)], cwd=cwd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def distinct_images(case: Path, i: int) -> None:
    from PIL import Image

    for path in sorted((case / "images").iterdir()):
        with Image.open(path) as img:
            img.load()
            kind = img.format
            pixel = img.getpixel((0, 0))
            img.putpixel((0, 0), (i % 256,) * len(pixel) if isinstance(pixel, tuple) else i % 256)
            img.save(path, format=kind)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=20)
    parser.add_argument("--to", default="html,pdf")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "CASEPUB_CACHE": str(work / "cache")}
        names = []
        for i in range(args.n):
            source = ROOT / "cases" / ("dpp4-bullous-pemphigoid" if i % 2 else "sweet-syndrome")
            shutil.copytree(source, work / f"case{i:02d}")
            distinct_images(work / f"case{i:02d}", i)
            names.append(f"case{i:02d}")
        subprocess.run([sys.executable, "-m", "casepub", "check", names[0]], cwd=work, capture_output=True, env=env)
        serial, serial_cpu = run(names, 1, work / "out1", args.to, work, env)
        parallel, parallel_cpu = run(names, cores, work / f"out{cores}", args.to, work, env)
    print(f"{args.n} cases, --to {args.to}, on {cores} cores")
    # Cores busy on average = CPU seconds / wall seconds: -j 1 already keeps more than one
    # core busy (pandoc runs beside Python), which bounds what -j N can add.
    print(f"{'-j 1':<10}{serial:>9.1f} s   CPU {serial_cpu:>6.1f} s   cores busy {serial_cpu / serial:.2f}")
    print(f"{f'-j {cores}':<10}{parallel:>9.1f} s   CPU {parallel_cpu:>6.1f} s   cores busy "
          f"{parallel_cpu / parallel:.2f}")
    print(f"speed-up  {serial / parallel:>9.2f}x (target: at least 1.8x on 2 cores; at most "
          f"{cores / (serial_cpu / serial):.2f}x here, {cores} cores over the cores -j 1 keeps busy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
