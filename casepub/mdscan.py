"""Find citations, figure mentions and links in Markdown text, with their offsets."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import Iterator

logger = logging.getLogger(__name__)

# pandoc's citation key: starts with a letter, digit or _, may hold internal punctuation
# (":.#$%&-+?<>~/") but never ends with it. A preceding word character means an e-mail.
KEY = r"[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&+?<>~/-](?=[A-Za-z0-9_]))*"
MENTION = re.compile(r"(?<![A-Za-z0-9_.@\\])@(?:\{(?P<braced>[^}]+)\}|(?P<key>" + KEY + "))")
LINK = re.compile(r"(?P<bang>!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?(?P<url>[^)\s>]+)")
AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|file)://[^>\s]+)>")
RAW_ATTR = re.compile(r"""\b(?P<attr>src|href|data|poster|srcset|action|background)\s*=\s*"""
                      r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""", re.IGNORECASE)
# [label]: url "title" -- a reference-style link or image definition
DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<url>[^\s>]+)", re.MULTILINE)
IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?")
CSS_URL = re.compile(r"""url\(\s*["']?(?P<url>[^"')]+)["']?\s*\)""", re.IGNORECASE)
FIG_PREFIX = "fig-"


@dataclass(frozen=True)
class Mention:
    key: str
    offset: int
    text: str  # as written, to locate it in the YAML source

    @property
    def is_figure(self) -> bool:
        return self.key.startswith(FIG_PREFIX)


@dataclass(frozen=True)
class Link:
    url: str
    offset: int
    loads: bool  # an image or embedded resource (fetched), not a hyperlink (followed by a reader)


# Where an @ is not a citation: code spans, autolinks and bare web addresses.
NOT_PROSE = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)|<[a-z][a-z0-9+.-]*:[^>\s]*>|\bhttps?://[^\s)\]]+",
                       re.IGNORECASE)


def _mask(text: str) -> str:
    """The text with code, autolinks and URLs blanked out, every offset kept."""
    return NOT_PROSE.sub(lambda m: " " * len(m.group(0)), text)


def mentions(text: str) -> Iterator[Mention]:
    """Every `@key` (citation) and `@fig-id` (figure mention) in prose, in order."""
    for m in MENTION.finditer(_mask(text)):
        key = m.group("braced") or m.group("key")
        yield Mention(key, m.start(), text[m.start():m.end()])


def whole(mention: str) -> re.Pattern:
    """A pattern for `@key` as a whole key, so '@smith201' is not found inside '@smith2013'."""
    return re.compile(re.escape(mention) + r"(?![A-Za-z0-9_]|[:.#$%&+?<>~/-][A-Za-z0-9_])")


def citation_keys(text: str) -> list[str]:
    return [m.key for m in mentions(text) if not m.is_figure]


def links(text: str) -> Iterator[Link]:
    """Every URL in a text: Markdown links and definitions, autolinks, raw HTML and CSS.

    Entities are decoded first, so `file&#58;///` is seen as what a browser would read.
    """
    text = html.unescape(text)
    for m in LINK.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=bool(m.group("bang")))
    for m in DEFINITION.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=False)
    for m in AUTOLINK.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=False)
    for m in RAW_ATTR.finditer(text):
        url = m.group("dq") if m.group("dq") is not None else m.group("sq") if m.group("sq") is not None \
            else m.group("bare")
        yield Link(url, m.start(), loads=m.group("attr").lower() not in ("href", "action"))
    for m in CSS_URL.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=True)


def images(text: str) -> Iterator[str]:
    """Markdown images (inline, reference-style or shortcut), as written: none are allowed."""
    for m in IMAGE.finditer(text):
        yield m.group(0)


def unsafe_reason(url: str, *, loads: bool) -> str:
    """Why a URL may not be used while rendering ('' when it may).

    Rendering reads nothing outside the case folder and the styles: no parent folders,
    no absolute paths, no file:// and, for anything that is loaded, no network.
    """
    lowered = url.strip().lower()
    if lowered.startswith("file:"):
        return "file:// URLs read from your disk, outside the case folder"
    if lowered.startswith(("http://", "https://", "ftp://", "//")):
        return "remote files are never downloaded while building" if loads else ""
    if re.match(r"^[a-z][a-z0-9+.-]*:", lowered):
        scheme = lowered.split(":", 1)[0]
        return "" if scheme in ("mailto", "tel", "data", "doi") or not loads else \
            f"'{scheme}:' resources cannot be loaded"
    if lowered.startswith("#"):
        return ""
    path = lowered.split("#", 1)[0].split("?", 1)[0]
    if path.startswith(("/", "\\")) or re.match(r"^[a-z]:[\\/]", path):
        return "absolute paths point outside the case folder"
    if ".." in re.split(r"[\\/]", path):
        return "'..' leaves the case folder"
    return ""
