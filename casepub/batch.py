"""Build several cases at once: one process per case, at most `jobs` at a time."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from casepub.build import build_case, describe_outputs
from casepub.findings import Finding, Severity

logger = logging.getLogger(__name__)


@dataclass
class CaseReport:
    """What the command prints about one case (small and picklable, unlike a BuildResult)."""

    path: str
    name: str
    ok: bool
    outputs: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    crash: str = ""  # a bug in casepub, reported instead of a traceback

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings) + bool(self.crash)

    @property
    def warnings(self) -> int:
        return sum(f.severity is Severity.WARNING for f in self.findings)


def build_one(case_dir: Path, out_root: Path, formats: Optional[list[str]], style_id: Optional[str],
              jats_schema: Optional[str], force: bool = False, parallel: bool = False) -> CaseReport:
    try:
        result = build_case(case_dir, out_root, formats, style_id, jats_schema, force=force, parallel=parallel)
    except Exception as exc:  # keep the other cases going; the CLI says how to report it
        if logging.getLogger().isEnabledFor(logging.DEBUG):
            raise
        return CaseReport(str(case_dir), Path(case_dir).name, False, crash=f"{type(exc).__name__}: {exc}")
    return CaseReport(str(case_dir), result.name, result.ok, describe_outputs(result) if result.ok else [],
                      list(result.findings), result.seconds)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def build_many(cases: list[Path], out_root: Path, formats: Optional[list[str]], style_id: Optional[str],
               jats_schema: Optional[str], jobs: int,
               on_done: Callable[[CaseReport], None] = lambda report: None,
               force: bool = False) -> list[CaseReport]:
    """Build every case; reports come back in the order the cases were given.

    A single case lays its PDF out in a process of its own, beside the rest of its build;
    several cases keep one process each, whose cores are busy with the other cases anyway
    (and which imports WeasyPrint once for all the cases it builds).
    """
    args = [(Path(c), Path(out_root), formats, style_id, jats_schema, force, len(cases) == 1) for c in cases]
    if jobs <= 1 or len(cases) <= 1:
        reports = []
        for a in args:
            reports.append(build_one(*a))
            on_done(reports[-1])
        return reports
    from concurrent.futures import ProcessPoolExecutor, as_completed  # (multiprocessing: only when needed)

    reports_by_index: dict[int, CaseReport] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(cases))) as pool:
        futures = {pool.submit(build_one, *a): i for i, a in enumerate(args)}
        for future in as_completed(futures):
            report = future.result()
            reports_by_index[futures[future]] = report
            on_done(report)
    return [reports_by_index[i] for i in range(len(cases))]
