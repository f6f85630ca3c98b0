"""Read YAML files while keeping the line and column of every key and value."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from casepub.findings import Finding, display_path

logger = logging.getLogger(__name__)

YamlPath = tuple  # keys (str) and list indexes (int) from the document root


class _TextLoader(yaml.SafeLoader):
    """Keeps plain scalars as their source text, so `postal-code: 02115` stays "02115".

    The schema converts text to numbers and booleans where it wants them; without this,
    YAML 1.1 would silently turn 02115 into the octal number 1101 and `no` into False.
    """


def _as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


for _tag in ("bool", "int", "float", "timestamp"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)

# libyaml parses about ten times faster (the preview re-reads the case on every save); its
# marks are the same, and any document it rejects is parsed again in Python for our messages.
if getattr(yaml, "__with_libyaml__", False):
    class _CTextLoader(yaml.CSafeLoader):
        """_TextLoader on libyaml."""

    for _tag in ("bool", "int", "float", "timestamp"):
        _CTextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)
    _FAST = {True: yaml.CSafeLoader, False: _CTextLoader}
else:
    _FAST = {}


@dataclass(frozen=True)
class Span:
    """Where one key and its value stand in the file (0-based marks from PyYAML)."""

    key_line: int
    key_column: int
    line: int
    column: int
    start: int
    end: int


@dataclass
class Source:
    """One YAML file: its parsed data and the position of every node in it."""

    path: Path
    text: str = ""
    data: Any = None
    spans: dict[YamlPath, Span] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return display_path(self.path)

    def position(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at `path` (or of its key)."""
        path = tuple(path)
        while path and path not in self.spans:
            path = path[:-1]  # fall back to the closest located ancestor
        span = self.spans.get(path)
        if span is None:
            return (1, 1)
        if key:
            return (span.key_line + 1, span.key_column + 1)
        return (span.line + 1, span.column + 1)

    def locate_text(self, path: YamlPath, needle: str | re.Pattern, *more: str) -> tuple[int, int]:
        """Line and column of `needle` inside the scalar at `path`, found in the source text.

        Searching the raw text works for plain, quoted, literal and folded scalars alike. A
        pattern finds a whole citation key; further needles are tried when the first is not
        there literally (an entity-encoded URL, say).
        """
        span = self.spans.get(tuple(path))
        if span is None or not needle:
            return self.position(path)
        end = max(span.end, span.start + 1)
        offset = -1
        for candidate in (needle, *more):
            if isinstance(candidate, re.Pattern):
                m = candidate.search(self.text, span.start, end)
                offset = m.start() if m else -1
            elif candidate:
                offset = self.text.find(candidate, span.start, end)
            if offset >= 0:
                break
        if offset < 0:
            return self.position(path)
        line = self.text.count("\n", 0, offset)
        column = offset - (self.text.rfind("\n", 0, offset) + 1)
        return (line + 1, column + 1)

    def finding(self, path: YamlPath, code: str, message: str, hint: str = "", *,
                key: bool = False, needle=None, also: tuple[str, ...] = (), severity=None) -> Finding:
        line, column = self.locate_text(path, needle, *also) if needle else self.position(path, key=key)
        extra = {"severity": severity} if severity is not None else {}
        return Finding(self.name, line, column, code, message, hint=hint, **extra)


BAD_CHARACTER = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _walk(node: yaml.Node, path: YamlPath, key_mark, source: Source, problems: list[Finding],
          seen: set[int]) -> None:
    start, end = node.start_mark, node.end_mark
    if id(node) in seen:  # an alias (*name): a case file has no use for them, and they can explode
        if any(p.code == "yaml-alias" for p in problems):
            return  # one finding per file is enough
        problems.append(Finding(source.name, start.line + 1, start.column + 1, "yaml-alias",
                                "YAML anchors and aliases (&name, *name) are not supported in case files",
                                hint="write the value out in full where it is needed"))
        return
    seen.add(id(node))
    source.spans[path] = Span(key_mark.line, key_mark.column, start.line, start.column,
                              start.index, end.index)
    if isinstance(node, yaml.ScalarNode) and BAD_CHARACTER.search(node.value):
        bad = BAD_CHARACTER.search(node.value).group(0)
        problems.append(Finding(source.name, start.line + 1, start.column + 1, "yaml-character",
                                f"the value contains a character that is not printable text (U+{ord(bad):04X})",
                                hint="delete it (it usually comes from copying text out of another program)"))
    if isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in first_line:
                problems.append(Finding(
                    source.name, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                    "yaml-duplicate-key",
                    f"the key '{key}' appears twice in the same block (first on line {first_line[key]})",
                    hint="YAML keeps only the last one; delete or merge the other"))
            first_line[key] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), key_node.start_mark, source, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), item.start_mark, source, problems, seen)


def _document(loader, source: Source) -> list[Finding]:
    """Compose the document, record every value's position in `source`, then construct it."""
    walked: list[Finding] = []
    node = loader.get_single_node()
    if node is not None:
        _walk(node, (), node.start_mark, source, walked, set())
        # Construct only a document without aliases or bad characters: aliases can
        # expand exponentially, and a lone surrogate cannot be written out again.
        if not any(f.code in ("yaml-alias", "yaml-character") for f in walked):
            source.data = loader.construct_document(node)
    return walked


def read_yaml(path: Path, *, typed: bool = False) -> tuple[Source, list[Finding]]:
    """Parse one YAML file; problems come back as findings, never as exceptions.

    `typed=True` uses YAML's own types (for CSL references, which pandoc reads as typed);
    otherwise scalars stay text and the schema decides.
    """
    source = Source(path)
    problems: list[Finding] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Finding(source.name, 0, 0, "file-unreadable",
                                f"cannot read the file: {exc.strerror}"))
        return source, problems
    try:
        source.text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problems.append(Finding(source.name, line, 1, "yaml-encoding",
                                f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x})",
                                hint="save the file as UTF-8 in your editor"))
        return source, problems
    # libyaml accepts tabs that PyYAML refuses, and counts columns differently after U+FEFF.
    if typed in _FAST and "\t" not in source.text and "\ufeff" not in source.text:
        fast = _FAST[typed](source.text)
        try:
            problems.extend(_document(fast, source))
            return source, problems
        except Exception:  # noqa: BLE001 - the Python parser below explains what is wrong
            source.spans.clear()
            source.data = None
        finally:
            fast.dispose()
    loader_class = yaml.SafeLoader if typed else _TextLoader
    try:
        loader = loader_class(source.text)
    except yaml.reader.ReaderError as exc:  # a control character: the reader refuses the text
        line = source.text.count("\n", 0, exc.position) + 1
        column = exc.position - (source.text.rfind("\n", 0, exc.position) + 1) + 1
        problems.append(Finding(source.name, line, column, "yaml-syntax",
                                f"the file contains a control character (code {exc.character!r})",
                                hint="delete it; it is invisible in most editors (retype the line)"))
        return source, problems
    try:
        problems.extend(_document(loader, source))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context and exc.context_mark and ("quoted" in exc.context or "flow" in exc.context):
            mark = exc.context_mark  # where the unclosed quote or bracket was opened
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message, hint = explain_syntax_error(exc)
        problems.append(Finding(source.name, line, column, "yaml-syntax", message, hint=hint))
        source.data = None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        # Constructors can fail on odd input (e.g. a mapping used as a key); keep it a finding.
        problems.append(Finding(source.name, 1, 1, "yaml-syntax",
                                f"this is not valid YAML: {exc}"))
        source.data = None
    finally:
        loader.dispose()
    return source, problems


# PyYAML's wording, in words a clinician can act on: (phrase in the error, message, hint).
_SYNTAX = [
    ("found character '\\t'", "a tab is used for indentation",
     "indent with spaces, not tabs (most editors can convert tabs to spaces)"),
    ("expected <block end>", "this line is indented differently from the lines above it",
     "line it up with the other keys of the same item (use spaces)"),
    ("mapping values are not allowed", "a ': ' (colon and space) is not allowed inside this value",
     "put the value in quotes, or write it as a block starting with '|'"),
    ("could not find expected ':'", "a line here is not 'key: value'",
     "add the missing ':' after the key, or check the indentation of the line above"),
    ("while scanning a quoted scalar", "a quote opened here is never closed",
     "add the closing quote (\" or ')"),
    ("while parsing a flow", "a '[' list or '{' mapping opened here is not closed",
     "close it with ']' or '}', or write the list with one '- ' item per line"),
    ("expected alphabetic or numeric character", "a value starts with a character YAML reserves",
     "put the value in quotes (values starting with * & ! % @ or ` must be quoted)"),
    ("found undefined alias", "a value starts with '*', which YAML reads as a reference",
     "put the value in quotes"),
]


def explain_syntax_error(exc: yaml.MarkedYAMLError) -> tuple[str, str]:
    text = " ".join(p for p in (exc.context, exc.problem) if p)
    for phrase, message, hint in _SYNTAX:
        if phrase in text:
            return f"this is not valid YAML: {message}", hint
    return (f"this is not valid YAML: {text}",
            "check the indentation and quotes on this line and the one above it")
