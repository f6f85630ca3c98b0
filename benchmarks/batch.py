"""Batch builds: N copies of an example case with -j 1 and with -j <cores>, side by side.

Run: python benchmarks/batch.py [N] [--to html,pdf]   (default N=20, the issue's batch size).
Prints the wall time of each run and the speed-up, measured in the same run.

Each run builds into a new folder (so without the figure encodings an output folder keeps)
and starts without compiled templates, so no run finds what another one cached. The runs
alternate -j 1 and -j N in the order ABBA..., after an untimed build that loads pandoc,
WeasyPrint and the fonts from disk, so that the first timed run does not pay for that.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cases: list[str], jobs: int, out: Path, to: str, cwd: Path, env: dict) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the whole process tree (casepub, workers, pandoc)."""
    # compiled templates go; the word lists stay, as they are built once per installation
    shutil.rmtree(Path(env["CASEPUB_CACHE"]) / "templates", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "casepub", "build", *cases, "-j", str(jobs), "--to", to,
                    "--out", str(out)], cwd=cwd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=20)
    parser.add_argument("--to", default="html,pdf")
    parser.add_argument("--pairs", type=int, default=3,
                        help="-j 1 and -j N runs, alternated, so that drift in the machine's speed falls on both")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    runs: dict[int, list[tuple[float, float]]] = {1: [], cores: []}
    print(f"{args.n} cases, --to {args.to}, on {cores} cores; {args.pairs} pairs of runs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "CASEPUB_CACHE": str(work / "cache")}
        names = []
        for i in range(args.n):
            source = ROOT / "cases" / ("dpp4-bullous-pemphigoid" if i % 2 else "sweet-syndrome")
            shutil.copytree(source, work / f"case{i:02d}")
            names.append(f"case{i:02d}")
        subprocess.run([sys.executable, "-m", "casepub", "build", names[0], names[1], "-j", "1", "--to", args.to,
                        "--out", str(work / "warm-up")], cwd=work, capture_output=True, env=env, check=True)
        for pair in range(args.pairs):
            for jobs in ((1, cores) if pair % 2 == 0 else (cores, 1)):
                wall, cpu = run(names, jobs, work / f"out-{pair}-{jobs}", args.to, work, env)
                runs[jobs].append((wall, cpu))
                # Cores busy on average = CPU seconds / wall seconds: -j 1 already keeps more than
                # one core busy (pandoc and the figures run beside Python), which bounds what -j N can add.
                print(f"pair {pair + 1}  -j {jobs:<3}{wall:>7.1f} s   CPU {cpu:>6.1f} s   cores busy {cpu / wall:.2f}",
                      flush=True)
    serial = statistics.median(w for w, _ in runs[1])
    parallel = statistics.median(w for w, _ in runs[cores])
    busy = statistics.median(c / w for w, c in runs[1])
    pairs = ", ".join(f"{a[0] / b[0]:.2f}x" for a, b in zip(runs[1], runs[cores]))
    print(f"median    -j 1 {serial:.1f} s, -j {cores} {parallel:.1f} s")
    print(f"speed-up  {serial / parallel:.2f}x of the medians (pairs: {pairs}); target: at least 1.8x on 2 cores; "
          f"at most {cores / busy:.2f}x here, {cores} cores over the {busy:.2f} cores -j 1 keeps busy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
