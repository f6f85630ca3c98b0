"""Live preview speed: save-to-reloaded-draft in a real browser, and the warm PDF against WeasyPrint.

Run: python benchmarks/preview.py [--edits 9]   (or `make bench`).
Targets (issue 6): median save-to-reload <= 0.3 s; warm PDF <= 1.2x WeasyPrint's own render.

Save-to-reload is measured from the moment the edited case.yaml is closed to the moment the
page has swapped in the new draft (the page stamps Date.now() then; both clocks are this
machine's wall clock). Edits alternate between the title and a paragraph of a section, so
both the cheap and the citation-pinned conversions are timed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CASES = ["dpp4-bullous-pemphigoid", "sweet-syndrome"]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def start_preview(case: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "casepub", "preview", str(case), "--port", "0",
                             "--out", str(case.parent.parent / "build")], cwd=case.parent.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    for line in proc.stdout:
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if found:
            return proc, found.group(1)
    raise SystemExit("casepub preview did not start")


def edits(text: str, n: int) -> list[str]:
    """n versions of case.yaml: odd ones change the title, even ones a sentence of a section."""
    title = re.search(r'(?m)^title: "(.*)"$', text)
    para = re.search(r"(?m)^ {6}([A-Z][a-z]+ )", text[text.index("sections:"):])
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(text.replace(title.group(0), f'title: "{title.group(1)} ({i})"', 1))
        else:
            start = text.index("sections:") + para.start(1)
            out.append(text[:start] + f"Edit {i}: " + text[start:])
    return out


def browser_round(folder: Path, n: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    proc, url = start_preview(folder)
    seconds = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            page = browser.new_page()
            page.goto(url)
            page.wait_for_selector("casepub-panel >> #status:has-text('error')")
            yaml = folder / "case.yaml"
            original = yaml.read_text(encoding="utf-8")
            for version in edits(original, n) + [original]:
                before = page.evaluate("document.documentElement.dataset.casepubVersion")
                time.sleep(0.3)  # let the watcher settle, as between a user's saves
                with open(yaml, "w", encoding="utf-8") as handle:
                    handle.write(version)
                saved = time.time()
                page.wait_for_function(f"document.documentElement.dataset.casepubVersion !== '{before}' "
                                       "&& !!document.documentElement.dataset.casepubSwappedAt", timeout=20000)
                swapped = float(page.evaluate("document.documentElement.dataset.casepubSwappedAt")) / 1000
                seconds.append(swapped - saved)
            browser.close()
    finally:
        proc.send_signal(2)
        proc.wait(timeout=20)
    return seconds[:-1]


class Unpatched:
    """WeasyPrint exactly as shipped, for the reference time (casepub's PDF stage may patch
    how WeasyPrint embeds PNGs; the reference must not get that help)."""

    def __enter__(self) -> None:
        from weasyprint.images import RasterImage

        self.current = RasterImage.__dict__["_get_png_data"]
        original = getattr(self.current, "__func__", self.current)
        RasterImage._get_png_data = staticmethod(getattr(original, "weasyprint", original))

    def __exit__(self, *exc) -> None:
        from weasyprint.images import RasterImage

        RasterImage._get_png_data = self.current


def plain_pdf(html: Path, target: Path) -> None:
    import weasyprint

    with Unpatched():
        weasyprint.HTML(filename=str(html)).write_pdf(str(target))


def pdf_round(folder: Path, n: int) -> tuple[list[float], list[float]]:
    """The session's PDF after each edit, then WeasyPrint alone on the same HTML, both warm."""
    from casepub.preview import Session

    session = Session(folder, folder.parent.parent / "build-pdf")
    session.rebuild()
    session.pdf()  # the first layout loads fonts and caches: not what an edit costs
    plain_pdf(session.html_path, session.folder / "plain.pdf")
    yaml = folder / "case.yaml"
    ours, plain = [], []
    for version in edits(yaml.read_text(encoding="utf-8"), n):
        yaml.write_text(version, encoding="utf-8")
        session.rebuild()
        started = time.perf_counter()
        pdf, problems, rebuilt = session.pdf()
        ours.append(time.perf_counter() - started)
        assert pdf is not None and rebuilt, problems
        started = time.perf_counter()
        plain_pdf(session.html_path, session.folder / "plain.pdf")
        plain.append(time.perf_counter() - started)
    return ours, plain


def row(name: str, values: list[float]) -> str:
    return (f"{name:<52}{statistics.median(values):>8.3f}{min(values):>8.3f}{max(values):>8.3f}"
            f"{len(values):>5}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=9)
    args = parser.parse_args()
    if not Path("/usr/bin/chromium").exists():
        print("Chromium is missing (apt-get install chromium); run `make test` once to install it")
        return 2
    work = Path(tempfile.mkdtemp(prefix="casepub-bench-preview-"))
    print(f"{'route (seconds)':<52}{'median':>8}{'min':>8}{'max':>8}{'n':>5}")
    ok = True
    try:
        reload_all, ratios = [], []
        for name in CASES:
            folder = work / name / "cases" / name
            shutil.copytree(ROOT / "cases" / name, folder)
            seconds = browser_round(folder, args.edits)
            reload_all += seconds
            print(row(f"{name}: save -> reloaded draft", seconds))
            shutil.copytree(ROOT / "cases" / name, folder, dirs_exist_ok=True)
            ours, plain = pdf_round(folder, max(3, args.edits // 2))
            print(row(f"{name}: warm PDF (preview)", ours))
            print(row(f"{name}: WeasyPrint alone, same HTML", plain))
            ratios.append(statistics.median(ours) / statistics.median(plain))
        median = statistics.median(reload_all)
        ratio = max(ratios)
        print(f"\nsave -> reload, all edits: median {median:.3f} s (target <= 0.300): "
              f"{'met' if median <= 0.3 else 'NOT met'}")
        print(f"warm PDF / WeasyPrint render: {ratio:.2f}x at worst (target <= 1.20x): "
              f"{'met' if ratio <= 1.2 else 'NOT met'}")
        ok = median <= 0.3 and ratio <= 1.2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
