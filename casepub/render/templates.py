"""The Jinja2 environment: case templates, then the project's, then the built-in ones."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from casepub.findings import BuildFailed, Finding, Findings, display_path
from casepub.render.context import flat, in_p, inline
from casepub.resources import builtin_root, search_roots

logger = logging.getLogger(__name__)


def css_string(value: object, raw: bool = False) -> Markup:
    """A value inside a <style> element: HTML escaping does not apply there, CSS escaping does."""
    text = str(value)
    if raw:  # page sizes and the like, validated by the style schema
        return Markup(re.sub(r"[^A-Za-z0-9. -]", "", text))
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3c ")
    return Markup(f'"{text}"')


def tight(html: str) -> Markup:
    """No whitespace between paragraphs: inside a CSS footnote WeasyPrint sets it as an empty line."""
    return Markup(re.sub(r"(</p>|</div>)\s+(<p[ >]|<div[ >])", r"\1\2", str(html)))


def template_dirs(style_id: str, case_dir: Optional[Path]) -> list[Path]:
    """Every folder searched for a style's templates, most specific first."""
    dirs: list[Path] = []
    if case_dir is not None and (case_dir / "templates").is_dir():
        dirs.append(case_dir / "templates")
    dirs += [root / "templates" / style_id for root in search_roots(case_dir)
             if (root / "templates" / style_id).is_dir()]
    dirs.append(builtin_root() / "templates" / "base")
    return dirs


def environment(style_id: str, case_dir: Optional[Path], *, autoescape: bool = True) -> jinja2.Environment:
    """`article.html` resolves through the whole chain; `style/...` skips the case folder
    (so a case template can extend the style's), and `base/...` is the shared skeleton."""
    return _environment(style_id, tuple(template_dirs(style_id, case_dir)), autoescape)


ENV_OPTIONS = dict(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


@lru_cache(maxsize=4)
def _signature(autoescape: bool, options: tuple) -> str:
    """Everything compiled code depends on besides the template's text: Jinja, Python, the
    sandbox, the environment's options and casepub's filters."""
    here = Path(__file__).parent
    code = b"".join((here / name).read_bytes() for name in ("templates.py", "context.py"))
    signature = f"{jinja2.__version__} {sys.implementation.cache_tag} {SandboxedEnvironment.__name__} {autoescape} {options}"
    return hashlib.sha256(signature.encode() + code).hexdigest()[:16]


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """The style's and casepub's templates compiled once per installation rather than once per
    build (about 0.1 s). Jinja compares each with its source's checksum; the folder is named
    after everything else the compiled code depends on. A case's own templates are not kept
    (nothing of a case goes to the home folder), and a cache that cannot be read or written
    only costs time."""

    def __init__(self, autoescape: bool, skip: tuple[str, ...]) -> None:
        super().__init__(directory="")  # not Jinja's default, which makes a folder in /tmp
        self._folder = _signature(autoescape, tuple(sorted((k, repr(v)) for k, v in ENV_OPTIONS.items())))
        self._skip = skip

    @property  # type: ignore[override]
    def directory(self) -> str:  # looked up at each use: $CASEPUB_CACHE may change in a warm process
        from casepub.cache import cache_dir

        return str(cache_dir() / "templates" / self._folder)

    @directory.setter
    def directory(self, value: str) -> None:
        pass  # Jinja's __init__ sets it; the property above is what counts

    def get_bucket(self, environment, name, filename, source):
        if filename and filename.startswith(self._skip):
            return jinja2.bccache.Bucket(environment, "", "")  # compiled, never loaded nor stored
        return super().get_bucket(environment, name, filename, source)

    def set_bucket(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key:
            super().set_bucket(bucket)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception as exc:  # a truncated or foreign file (pickle, marshal): compile again
            logger.debug("compiled template %s unusable (%s)", bucket.key, exc)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(mode=0o700, parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as exc:
            logger.debug("compiled template %s not kept (%s)", bucket.key, exc)


@lru_cache(maxsize=32)
def _environment(style_id: str, dirs: tuple[Path, ...], autoescape: bool) -> jinja2.Environment:
    """Kept per folder chain: a warm process (preview) compiles each template once, and Jinja's
    auto_reload still notices a template edited on disk."""
    style_dirs = [d for d in dirs if d.name == style_id and d.parent.name == "templates"]
    loader = jinja2.ChoiceLoader([
        jinja2.PrefixLoader({
            # a style without its own article.xml uses the shared one
            "style": jinja2.FileSystemLoader([str(d) for d in style_dirs] +
                                             [str(builtin_root() / "templates" / "base")]),
            "base": jinja2.FileSystemLoader(str(builtin_root() / "templates" / "base")),
        }, delimiter="/"),
        jinja2.FileSystemLoader([str(d) for d in dirs]),
    ])
    # Sandboxed: a case's own template is user input and must not reach Python's internals.
    # A case folder's own templates/ (the first of the chain when it exists) are not compiled into the cache.
    case_dirs = tuple(str(d) + os.sep for d in dirs if (d.parent / "case.yaml").is_file())
    env = SandboxedEnvironment(loader=loader, autoescape=autoescape, **ENV_OPTIONS,
                               bytecode_cache=_CompiledTemplates(autoescape, case_dirs))
    env.filters["inline"] = inline
    env.filters["flat"] = flat
    env.filters["in_p"] = in_p
    env.filters["css_string"] = css_string
    env.filters["tight"] = tight
    return env


def render(style_id: str, case_dir: Optional[Path], name: str, context: dict) -> str:
    """Render one template; a template error becomes a finding with the template's line."""
    env = environment(style_id, case_dir, autoescape=name.endswith((".html", ".xml")))
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = display_path(exc.filename) if exc.filename else name
        raise BuildFailed(Findings([Finding(where, exc.lineno or 0, 1, "template-syntax",
                                            f"the template has a syntax error: {exc.message}")]))
    except jinja2.TemplateNotFound as exc:
        raise BuildFailed(Findings([Finding("", 0, 0, "template-missing",
                                            f"no template '{exc.name}' for the style '{style_id}'",
                                            hint=f"searched: {', '.join(display_path(d) for d in template_dirs(style_id, case_dir))}")]))
    except jinja2.UndefinedError as exc:
        line, filename = _template_line(exc)
        raise BuildFailed(Findings([Finding(filename or name, line, 1, "template-undefined",
                                            f"the template uses something that does not exist: {exc.message}",
                                            hint="check the variable's spelling against docs/templates.md")]))
    except RecursionError:
        raise BuildFailed(Findings([Finding(name, 0, 0, "template-loop",
                                            f"the template '{name}' extends or includes itself",
                                            hint=f"in a case's templates/ folder, extend \"style/{name}\", "
                                                 f"not \"{name}\"")]))
    except UnicodeDecodeError as exc:
        raise BuildFailed(Findings([Finding(name, 0, 0, "template-encoding",
                                            f"a template is not UTF-8 text ({exc.reason})",
                                            hint="save the template as UTF-8 in your editor")]))
    except jinja2.TemplateError as exc:
        line, filename = _template_line(exc)
        raise BuildFailed(Findings([Finding(filename or name, line, 1, "template-error",
                                            f"the template failed: {exc}", hint="fix the template named here")]))
    except Exception as exc:  # e.g. {{ 1/0 }} in a user's template: still the template's fault
        line, filename = _template_line(exc)
        raise BuildFailed(Findings([Finding(filename or name, line, 1, "template-error",
                                            f"the template failed: {type(exc).__name__}: {exc}",
                                            hint="fix the expression on this line of the template")]))


def _template_line(exc: BaseException) -> tuple[int, str]:
    """The innermost template frame of a runtime error (Jinja maps its lines for us)."""
    tb, found = exc.__traceback__, (0, "")
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename.endswith((".html", ".xml", ".j2")):
            found = (tb.tb_lineno, display_path(code.co_filename))
        tb = tb.tb_next
    return found
