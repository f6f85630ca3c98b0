"""The rendered HTML, checked once more: whatever a text or a template put there must not
load anything from outside the build folder, and no active content may slip in."""

from __future__ import annotations

import logging
import re

import lxml.html

from casepub.findings import Finding
from casepub.mdscan import CSS_URL, unsafe_reason

logger = logging.getLogger(__name__)

ACTIVE = ("script", "iframe", "object", "embed", "form", "applet", "base", "meta[@http-equiv]")
LOADING = {"src", "srcset", "data", "poster", "background"}  # attributes that fetch what they name


def scan_html(html: str, name: str) -> list[Finding]:
    """Findings for unsafe URLs and active elements in a rendered page."""
    root = lxml.html.document_fromstring(html)
    out: list[Finding] = []

    def refuse(element, url: str, reason: str) -> None:
        out.append(Finding(name, element.sourceline or 0, 1, "unsafe-path",
                           f"the page would refer to '{url}' (in a <{element.tag}>): {reason}",
                           hint="it comes from the case's text or a template: use paths inside the case "
                                "folder, and put images in figures.yaml"))

    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attr, value in element.attrib.items():
            attr = attr.lower()
            loads = attr in LOADING or (element.tag == "link" and attr == "href")
            if attr in LOADING or attr in ("href", "action", "formaction", "xlink:href"):
                for url in re.split(r",\s*", value) if attr == "srcset" else [value]:
                    reason = unsafe_reason(url.strip().split(" ")[0], loads=loads)
                    if reason:
                        refuse(element, url, reason)
            if attr == "style" or attr.startswith("on"):
                if attr.startswith("on"):
                    out.append(Finding(name, element.sourceline or 0, 1, "unsafe-html",
                                       f"the page would run a script ({attr}=...) in a <{element.tag}>",
                                       hint="remove event attributes from the text or template"))
                for m in CSS_URL.finditer(value):
                    reason = unsafe_reason(m.group("url"), loads=True)
                    if reason:
                        refuse(element, m.group("url"), reason)
        if element.tag == "style":
            for m in CSS_URL.finditer(element.text or ""):
                reason = unsafe_reason(m.group("url"), loads=True)
                if reason:
                    refuse(element, m.group("url"), reason)
    for tag in ACTIVE:
        for element in root.xpath(f"//{tag}"):
            out.append(Finding(name, element.sourceline or 0, 1, "unsafe-html",
                               f"the page would contain a <{element.tag}> element",
                               hint="casepub manuscripts are documents: scripts, frames, forms and embedded "
                                    "objects are not allowed in the text or the templates"))
    return out
