"""casepub is a real package: the wheel, installed in a clean venv, builds a case anywhere."""

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    [path] = out.glob("casepub-*.whl")
    return path


def test_wheel_carries_styles_and_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("casepub/_data/styles/jaad-case-reports/style.yaml",
                     "casepub/_data/styles/skin-brief-article/skin-brief-article.csl",
                     "casepub/_data/styles/jaad-case-reports/fonts/LICENSE-Liberation.txt",
                     "casepub/_data/templates/base/article.html",
                     "casepub/_data/templates/jaad-case-reports/article.html",
                     "casepub/_data/styles/common.css",
                     "casepub/static/preview.js", "casepub/static/preview.css"):
        assert required in names, required
    assert not any(n.startswith(("tests/", "cases/")) for n in names)


def test_installed_wheel_builds_a_case_from_a_temporary_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)],
                         capture_output=True, text=True, timeout=900)
    assert pip.returncode == 0, pip.stderr[-2000:]
    work = tmp_path / "work"
    shutil.copytree(ROOT / "cases" / "sweet-syndrome", work / "my-case")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run([str(venv / "bin" / "casepub"), "build", "my-case"], cwd=work,
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert (work / "build" / "my-case" / "my-case.pdf").stat().st_size > 50_000
    styles = subprocess.run([str(venv / "bin" / "casepub"), "styles"], cwd=work, capture_output=True,
                            text=True, env={**env, "COLUMNS": "200"}, timeout=120)
    assert "jaad-case-reports" in styles.stdout
