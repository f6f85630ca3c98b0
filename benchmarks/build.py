"""The example cases, every route side by side: cold build, WeasyPrint alone, HTML+JATS, no-op, pandoc+typst.

Run: python benchmarks/build.py [--runs 5] [--case NAME ...]   (make bench runs it)

Each run times every route once, whole process (start-up included), the routes of a run
one after the other, so that load from elsewhere on the machine falls on all of them alike.
Prints one table (median, min and max per route), then the issue 7 ratios, computed from
the medians of this run, and the peak memory of one cold build. Targets (issue 7): cold
build <= 1.0x the `weasyprint` CLI on the HTML casepub wrote; HTML+JATS <= 0.5 s without
importing WeasyPrint; unchanged rebuild < 0.3 s; peak memory <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CASEPUB = [sys.executable, "-m", "casepub"]
# the casepub of this checkout, whatever is installed and wherever the routes run
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
# Bytecode is cached, as for an installed casepub (pip compiles it), even where this is set.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
CASES = ("dpp4-bullous-pemphigoid", "sweet-syndrome")
ROUTES = {
    "cold": "casepub build, cold (html, pdf, jats; --force, new folder)",
    "weasyprint": "weasyprint CLI on casepub's HTML",
    "html+jats-first": "casepub build --to html,jats, cold",
    "html+jats": "casepub build --to html,jats --force, rebuilt",
    "floor": "floor: start, import casepub's deps, one pandoc run",
    "unchanged": "casepub build, nothing changed",
    "typst": "pandoc + typst: html, jats, pdf in parallel",
}
# casepub's cache (word lists, compiled templates) lives in the run's own folder: "cold" routes
# start without compiled templates, and in a new output folder, so without the figure encodings
# a case's output folder keeps; the word lists are built once per installation, before the
# first timed run. "rebuilt" builds into the same folder again, as after an edit of the text.
CACHE = "cache"
COLD = ("templates",)


def clear_caches() -> None:
    for sub in COLD:
        shutil.rmtree(Path(ENV["CASEPUB_CACHE"]) / sub, ignore_errors=True)


def timed(args: list[str], cwd: Path, expect: str = "", cold: bool = False) -> float:
    if cold:
        clear_caches()
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=ENV)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
    if expect not in done.stdout:  # e.g. casepub's code was edited during the run: not a no-op
        raise SystemExit(f"'{expect}' not in the output of {' '.join(args)}:\n{done.stdout}")
    return seconds


def typst_inputs(case_dir: Path, work: Path) -> dict:
    """The peer route's input: the case's texts as one Markdown file (figures as images with
    their captions, citations for citeproc), its references as CSL-JSON, and the CSL."""
    from casepub.load import load_case
    from casepub.render.pandoc import csl_items, prepared_fields
    from casepub.styles import load_style

    case, _ = load_case(case_dir)
    style = load_style(case.meta.style, case.root)
    shutil.copytree(case_dir / "images", work / "images")
    parts = []
    figures = {f"caption-{fig.id}": fig for fig in case.figures}
    for field, text in prepared_fields(case, style):
        if field == "title":
            parts.insert(0, "---\ntitle: " + json.dumps(text) + "\n---\n")
        elif field == "abstract":
            parts.append(f"## Abstract\n\n{text}\n")
        elif field.startswith("section-"):
            parts.append(f"## {case.meta.sections[int(field.split('-')[1])].title}\n\n{text}\n")
        elif field in figures:
            images = figures[field].images()
            parts += [f"![{text if i == 0 else ''}]({relative}){{#{figures[field].id if i == 0 else stem}}}\n"
                      for i, (stem, relative) in enumerate(images)]
        elif not field.startswith("panel-"):
            parts.append(f"{text}\n")
    (work / "case.md").write_text("\n".join(parts), encoding="utf-8")
    (work / "references.json").write_text(json.dumps(csl_items(case), default=str), encoding="utf-8")
    return {"csl": str(style.csl_path)}


def typst_route(work: Path, csl: str) -> None:
    """pandoc to HTML and to JATS, and pandoc to typst then typst to PDF, all at once."""
    import typst

    from casepub.render.pandoc import pandoc_path

    common = [pandoc_path(), "case.md", "-f", "markdown+smart", "-s", "--citeproc", f"--csl={csl}",
              "--bibliography=references.json"]
    jobs = [subprocess.Popen([*common, "-t", to, "-o", out], cwd=work)
            for to, out in (("typst", "case.typ"), ("html5", "case.html"), ("jats", "case.xml"))]
    if jobs[0].wait() != 0:
        raise SystemExit("pandoc -t typst failed")
    typst.compile(str(work / "case.typ"), output=str(work / "case-typst.pdf"), root=str(work))
    if any(job.wait() != 0 for job in jobs[1:]):
        raise SystemExit("pandoc failed")


def floor_route(work: Path, csl: str) -> None:
    """What any build in a fresh process pays before doing its own work: Python's start, the
    libraries casepub needs for HTML and JATS, and pandoc with citeproc on the case's text once."""
    import importlib.util

    import click, jinja2, lxml.etree, PIL.Image, pydantic, yaml  # noqa: F401,E401

    pandoc = Path(importlib.util.find_spec("pypandoc").origin).parent / "files" / "pandoc"
    subprocess.run([str(pandoc), "case.md", "-f", "markdown+smart", "--citeproc", f"--csl={csl}",
                    "--bibliography=references.json", "-t", "html5", "-o", "floor.html"], cwd=work, check=True,
                   env={**os.environ, "GHCRTS": "-H1m"})  # as casepub runs it


def peak_memory(args: list[str], cwd: Path, out: Path) -> dict[str, float]:
    """MB: the largest single process (ru_maxrss of the children, from a fresh wrapper) and,
    sampled every 10 ms with psutil, the sum over the whole process tree (RSS; PSS shares
    pages that several processes map, pandoc's 160 MB binary above all, fairly). Both runs
    are cold: no output folder (so no figure encodings to reuse) and no compiled templates."""
    def cold() -> None:
        shutil.rmtree(out, ignore_errors=True)
        clear_caches()

    cold()
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = {"largest": int(subprocess.run([sys.executable, "-c", wrapper, *args], cwd=cwd, check=True, env=ENV,
                                         capture_output=True, text=True).stdout) / 1024}
    try:
        import psutil
    except ImportError:
        return out
    cold()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    root, rss, pss = psutil.Process(process.pid), 0, 0
    while process.poll() is None:
        total_rss = total_pss = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                info = p.memory_full_info()
                total_rss, total_pss = total_rss + info.rss, total_pss + info.pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        rss, pss = max(rss, total_rss), max(pss, total_pss)
        time.sleep(0.01)
    out.update(tree_rss=rss / 2**20, tree_pss=pss / 2**20)
    return out


def imports_weasyprint(args: list[str], cwd: Path) -> bool:
    done = subprocess.run([sys.executable, "-X", "importtime", *args[1:]], cwd=cwd, capture_output=True,
                          text=True, check=True, env=ENV)
    return any(line.startswith("import time:") and line.split("|")[-1].strip() == "weasyprint"
               for line in done.stderr.splitlines())


def tools() -> str:
    """Versions, and whether WeasyPrint found HarfBuzz's subsetter (without it, it falls back
    to fontTools, which is slower)."""
    probe = ("from importlib.metadata import version; from weasyprint.text.ffi import harfbuzz_subset; "
             "print(version('weasyprint'), harfbuzz_subset is not None)")
    weasyprint, harfbuzz = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                          check=True, env=ENV).stdout.split()
    from casepub.render.pandoc import pandoc_path

    pandoc = subprocess.run([pandoc_path(), "--version"], capture_output=True, text=True).stdout.split()[1]
    return (f"WeasyPrint {weasyprint} (fonts subset by {'HarfBuzz' if harfbuzz == 'True' else 'fontTools'}), "
            f"pandoc {pandoc}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--case", action="append", choices=CASES, help="default: both example cases")
    parser.add_argument("--typst-route", metavar="DIR", help=argparse.SUPPRESS)  # the timed peer process
    parser.add_argument("--floor-route", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--csl", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.typst_route:
        typst_route(Path(args.typst_route), args.csl)
        return 0
    if args.floor_route:
        floor_route(Path(args.floor_route), args.csl)
        return 0
    try:
        import typst
        typst_version = getattr(typst, "__version__", "?")
    except ImportError:
        typst_version = None
    cases = args.case or list(CASES)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load_before = os.getloadavg()[0]
    times: dict[tuple[str, str], list[float]] = {}
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ENV["CASEPUB_CACHE"] = str(work / CACHE)
        setup = {}
        for name in cases:
            shutil.copytree(ROOT / "cases" / name, work / name)
            peer = work / f"typst-{name}"
            peer.mkdir()
            setup[name] = typst_inputs(work / name, peer)
            # once, untimed: the output the weasyprint CLI and the unchanged rebuild start from
            subprocess.run([*CASEPUB, "build", name, "--to", "html,pdf,jats", "--out", "kept"], cwd=work,
                           check=True, capture_output=True, env=ENV)
            # and the folder the rebuild route builds into again, as after an edit of the text
            subprocess.run([*CASEPUB, "build", name, "--to", "html,jats", "--out", "hj"], cwd=work,
                           check=True, capture_output=True, env=ENV)
        for run in range(args.runs):
            for name in cases:
                out = work / "kept" / name
                t = times.setdefault
                t((name, "cold"), []).append(timed([*CASEPUB, "build", name, "--to", "html,pdf,jats", "--force",
                                                    "--out", f"cold-{run}"], work, cold=True))
                t((name, "weasyprint"), []).append(timed([str(BIN / "weasyprint"), f"{name}.html",
                                                          str(work / f"wp-{name}.pdf")], out))
                t((name, "html+jats-first"), []).append(timed([*CASEPUB, "build", name, "--to", "html,jats",
                                                               "--force", "--out", f"hjc-{run}"], work, cold=True))
                t((name, "html+jats"), []).append(timed([*CASEPUB, "build", name, "--to", "html,jats", "--force",
                                                         "--out", "hj"], work))
                t((name, "floor"), []).append(timed([sys.executable, __file__, "--floor-route",
                                                         str(work / f"typst-{name}"), "--csl", setup[name]["csl"]],
                                                        ROOT))
                t((name, "unchanged"), []).append(timed([*CASEPUB, "build", name, "--to", "html,pdf,jats",
                                                         "--out", "kept"], work, expect="(up to date)"))
                if typst_version:
                    t((name, "typst"), []).append(timed([sys.executable, __file__, "--typst-route",
                                                         str(work / f"typst-{name}"), "--csl", setup[name]["csl"]],
                                                        ROOT))
        first = cases[0]
        memory = peak_memory([*CASEPUB, "build", first, "--to", "html,pdf,jats", "--force", "--out", "mem"], work,
                             work / "mem")
        weasy_in_hj = imports_weasyprint([*CASEPUB, "build", first, "--to", "html,jats", "--force", "--out", "imp"],
                                         work)
    load_after = os.getloadavg()[0]
    med = {key: statistics.median(values) for key, values in times.items()}

    print(f"casepub build benchmark: {args.runs} runs per route, {cores} cores, load average "
          f"{load_before:.1f} before and {load_after:.1f} after (other work on the machine counts in every time)")
    print(f"{tools()}, typst {typst_version or 'not installed'}")
    print(f"{'case':<25} {'route':<58} {'median':>8} {'min':>8} {'max':>8}")
    for name in cases:
        for route, label in ROUTES.items():
            values = times.get((name, route))
            if values:
                print(f"{name:<25} {label:<58} {med[(name, route)]:>7.2f}s {min(values):>7.2f}s {max(values):>7.2f}s")
            else:
                print(f"{name:<25} {label:<58} {'n/a: typst is not installed (pip install typst)':>26}")
    print()
    for name in cases:
        cold, wp = med[(name, "cold")], med[(name, "weasyprint")]
        print(f"{name}: cold build / weasyprint CLI = {cold / wp:.2f}x (target <= 1.0x); "
              f"html+jats {med[(name, 'html+jats-first')]:.2f} s cold, {med[(name, 'html+jats')]:.2f} s "
              f"rebuilt (target <= 0.5 s"
              + (f"; floor {med[(name, 'floor')]:.2f} s" if (name, "floor") in med else "") + "); "
              f"unchanged {med[(name, 'unchanged')]:.2f} s (target < 0.3 s)"
              + (f"; pandoc+typst / cold build = {med[(name, 'typst')] / cold:.2f}x" if (name, "typst") in med else ""))
    print(f"html+jats build imports WeasyPrint: {'yes' if weasy_in_hj else 'no'}")
    line = f"peak memory of one cold build of {first}: largest process {memory['largest']:.0f} MB (ru_maxrss)"
    if "tree_rss" in memory:
        line += (f"; whole process tree at once {memory['tree_rss']:.0f} MB RSS, {memory['tree_pss']:.0f} MB PSS "
                 "(psutil, every 10 ms)")
    print(line + " (target <= 300 MB)")
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
