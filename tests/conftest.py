"""Shared fixtures: the example cases built once per session with real pandoc and WeasyPrint."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The JATS DTDs live beside the checkout (shared/jats); `make test` sets this too.
os.environ.setdefault("CASEPUB_JATS_SCHEMA", str(ROOT.parent / "shared" / "jats"))
CASES = ROOT / "cases"
EXAMPLES = {"dpp4-bullous-pemphigoid": "jaad-case-reports", "sweet-syndrome": "skin-brief-article"}


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> dict[str, Path]:
    """Each example case built to HTML and PDF once: {case name: its output folder}."""
    from casepub.build import build_case

    out = tmp_path_factory.mktemp("examples")
    folders = {}
    for name in EXAMPLES:
        result = build_case(CASES / name, out)
        assert result.ok, [f.format() for f in result.findings]
        folders[name] = out / name
    return folders


@pytest.fixture
def case_copy(tmp_path):
    """Copy an example case into a temporary project; returns a function name -> folder."""
    def copy(name: str = "dpp4-bullous-pemphigoid") -> Path:
        target = tmp_path / "cases" / name
        shutil.copytree(CASES / name, target)
        return target
    return copy


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "casepub", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=300)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a YAML file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def case_template(folder: Path, text: str, name: str = "article.html") -> None:
    """Give a case its own template (the first place the lookup chain searches)."""
    (folder / "templates").mkdir(exist_ok=True)
    (folder / "templates" / name).write_text(text, encoding="utf-8")


@pytest.fixture
def registries(monkeypatch, tmp_path):
    """Crossref and E-utilities stand-ins on 127.0.0.1, with a fresh cache: no test touches the internet."""
    from online_server import start

    server = start()
    monkeypatch.setenv("CASEPUB_CROSSREF_URL", server.base + "/crossref")
    monkeypatch.setenv("CASEPUB_EUTILS_URL", server.base + "/eutils")
    monkeypatch.setenv("CASEPUB_CACHE", str(tmp_path / "cache"))
    yield server
    server.shutdown()
