"""Find citations, figure mentions and links in Markdown text, with their offsets."""

from __future__ import annotations

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
RAW_ATTR = re.compile(r"""\b(?P<attr>src|href|data|poster|srcset)\s*=\s*["'](?P<url>[^"']+)["']""",
                      re.IGNORECASE)
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


def mentions(text: str) -> Iterator[Mention]:
    """Every `@key` (citation) and `@fig-id` (figure mention), in order."""
    for m in MENTION.finditer(text):
        key = m.group("braced") or m.group("key")
        yield Mention(key, m.start(), m.group(0))


def citation_keys(text: str) -> list[str]:
    return [m.key for m in mentions(text) if not m.is_figure]


def figure_mentions(text: str) -> list[str]:
    return [m.key for m in mentions(text) if m.is_figure]


def links(text: str) -> Iterator[Link]:
    for m in LINK.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=bool(m.group("bang")))
    for m in AUTOLINK.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=False)
    for m in RAW_ATTR.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=m.group("attr").lower() != "href")
    for m in CSS_URL.finditer(text):
        yield Link(m.group("url"), m.start("url"), loads=True)


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
