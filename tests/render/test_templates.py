"""Templates: the lookup chain, escaping into HTML and PDF, and template errors as findings."""

import lxml.html
import pytest
import pdfplumber

from casepub.build import build_case
from conftest import case_template, edit

NAME = "dpp4-bullous-pemphigoid"


def test_case_overrides_one_block_of_the_style(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}\n'
        '{% block keywords %}<p class="custom">Our own block</p>{% endblock %}\n')
    result = build_case(folder, tmp_path / "out", ["html"])
    assert result.ok, [f.format() for f in result.findings]
    root = lxml.html.parse(str(result.outputs["html"])).getroot()
    assert root.xpath("string(//p[@class='custom'])") == "Our own block"
    assert not root.xpath("//p[@class='keywords']")
    assert root.xpath("//aside[@class='abbreviations']")  # the rest of the JAAD template is intact


def test_project_templates_override_builtin(case_copy, tmp_path):
    folder = case_copy()
    project = folder.parent.parent
    (project / "templates" / "jaad-case-reports").mkdir(parents=True)
    (project / "templates" / "jaad-case-reports" / "macros.html").write_text(
        '{% macro figure(fig) %}<div class="project-figure">{{ fig.label }}</div>{% endmacro %}',
        encoding="utf-8")
    result = build_case(folder, tmp_path / "out", ["html"])
    assert result.ok, [f.format() for f in result.findings]
    root = lxml.html.parse(str(result.outputs["html"])).getroot()
    assert [d.text for d in root.xpath("//div[@class='project-figure']")] == ["Fig\u00a01", "Fig\u00a02", "Fig\u00a03"]


def test_special_characters_render_in_html_and_pdf(case_copy, tmp_path):
    folder = case_copy()
    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated bullous pemphigoid',
         'title: "IgG4 < 2 g/L & \\"x\\" in *Linagliptin*-associated Sjögren pemphigoid')
    edit(folder / "case.yaml", "family: Wielicki", "family: Wielicki <b>& Ødegård</b>")
    result = build_case(folder, tmp_path / "out")
    assert result.ok, [f.format() for f in result.findings]
    root = lxml.html.parse(str(result.outputs["html"])).getroot()
    title = root.xpath("string(//h1)")
    assert title.startswith('IgG4 < 2 g/L & \u201cx\u201d in Linagliptin-associated Sjögren')
    assert "Wielicki <b>& Ødegård</b>" in root.xpath("string(//p[@class='authors'])")
    assert not root.xpath("//p[@class='authors']//b")  # markup in a name is text, not HTML
    with pdfplumber.open(result.outputs["pdf"]) as pdf:
        first = pdf.pages[0].extract_text()
    assert "IgG4 < 2 g/L &" in first and "Ødegård" in first


def test_undefined_variable_is_a_finding_with_a_line(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}\n{% block keywords %}\n{{ keywrods }}\n{% endblock %}\n')
    result = build_case(folder, tmp_path / "out", ["html"])
    [finding] = result.findings.errors
    assert finding.code == "template-undefined" and "keywrods" in finding.message
    assert finding.file.endswith("article.html") and finding.line == 3
    assert not (tmp_path / "out" / NAME / f"{NAME}.html").exists()


def test_template_syntax_error(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}\n{% block x %}\n')
    result = build_case(folder, tmp_path / "out", ["html"])
    [finding] = result.findings.errors
    assert finding.code == "template-syntax" and finding.line == 2


@pytest.mark.parametrize("body,code", [('{% extends "article.html" %}', "template-loop"),
                                       ('{% extends "style/article.html" %}{% block title %}{{ 1/0 }}{% endblock %}',
                                        "template-error")])
def test_template_mistakes_are_findings(case_copy, tmp_path, body, code):
    folder = case_copy()
    case_template(folder, body)
    result = build_case(folder, tmp_path / "out", ["html"])
    assert [f.code for f in result.findings.errors] == [code]


def test_compiled_templates_are_kept_between_builds(case_copy, tmp_path, monkeypatch):
    """A fresh process loads the style's compiled templates instead of compiling them; a case's
    own template is compiled every time and never stored in the home folder's cache."""
    from jinja2.sandbox import SandboxedEnvironment

    from casepub.render import templates

    monkeypatch.setenv("CASEPUB_CACHE", str(tmp_path / "cache"))
    folder = case_copy()
    templates._environment.cache_clear()  # as in a new process
    assert build_case(folder, tmp_path / "a", ["html"]).ok
    stored = list((tmp_path / "cache" / "templates").rglob("__jinja2_*.cache"))
    assert stored

    compiled: list = []
    real = SandboxedEnvironment.compile
    monkeypatch.setattr(SandboxedEnvironment, "compile", lambda self, *a, **k: compiled.append(1) or real(self, *a, **k))
    templates._environment.cache_clear()
    assert build_case(folder, tmp_path / "b", ["html"]).ok
    assert not compiled
    assert (tmp_path / "a" / NAME / f"{NAME}.html").read_bytes() == (tmp_path / "b" / NAME / f"{NAME}.html").read_bytes()

    for text in ("FIRST", "SECOND"):
        case_template(folder, '{% extends "style/article.html" %}{% block title %}' + text + '{% endblock %}')
        templates._environment.cache_clear()
        compiled.clear()
        assert build_case(folder, tmp_path / text, ["html"]).ok
        assert len(compiled) == 1
        assert text in (tmp_path / text / NAME / f"{NAME}.html").read_text(encoding="utf-8")
    for path in (tmp_path / "cache").rglob("*"):
        assert path.is_dir() or str(folder).encode() not in path.read_bytes()


def test_a_damaged_compiled_template_is_compiled_again(case_copy, tmp_path, monkeypatch):
    from casepub.render import templates

    monkeypatch.setenv("CASEPUB_CACHE", str(tmp_path / "cache"))
    folder = case_copy()
    templates._environment.cache_clear()
    assert build_case(folder, tmp_path / "a", ["html"]).ok
    for path in (tmp_path / "cache" / "templates").rglob("__jinja2_*.cache"):
        path.write_bytes(path.read_bytes()[:40])
    templates._environment.cache_clear()
    assert build_case(folder, tmp_path / "b", ["html"]).ok
    assert (tmp_path / "a" / NAME / f"{NAME}.html").read_bytes() == (tmp_path / "b" / NAME / f"{NAME}.html").read_bytes()


def test_the_compiled_templates_folder_follows_the_environment(monkeypatch):
    from casepub.render import templates

    first = templates._CompiledTemplates(True, ())._folder
    assert templates._CompiledTemplates(False, ())._folder != first
    monkeypatch.setitem(templates.ENV_OPTIONS, "trim_blocks", False)
    assert templates._CompiledTemplates(True, ())._folder != first


def test_unwritable_template_cache_still_renders(case_copy, tmp_path, monkeypatch):
    from casepub.render import templates

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("CASEPUB_CACHE", str(blocked))
    templates._environment.cache_clear()
    assert build_case(case_copy(), tmp_path / "out", ["html"]).ok
