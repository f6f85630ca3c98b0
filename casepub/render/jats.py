"""JATS 1.3 XML: pandoc's JATS fragments in our own template, validated against the DTD."""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from lxml import etree

from casepub.findings import Finding, Severity
from casepub.identifiers import strip_doi
from casepub.model import Case
from casepub.render.pandoc import HIDDEN, Converted, compose, run_pandoc
from casepub.styles import Style

logger = logging.getLogger(__name__)

SCHEMA_ENV = "CASEPUB_JATS_SCHEMA"
PUBLISHING_DTD = "publishing-1.3/JATS-journalpublishing1-3.dtd"
SCHEMA_HINT = (f"set {SCHEMA_ENV} (or --jats-schema) to a folder holding the JATS 1.3 DTDs "
               f"({PUBLISHING_DTD}); they are free from https://jats.nlm.nih.gov/publishing/")
# CSL item types -> JATS publication-type (JATS4R citations recommendation).
PUBLICATION_TYPES = {"article-journal": "journal", "article": "preprint", "book": "book",
                     "chapter": "book", "paper-conference": "confproc", "report": "report",
                     "thesis": "thesis", "webpage": "webpage", "dataset": "data",
                     "patent": "patent", "software": "software"}
SEC_TYPES = [(re.compile(r"^introduction|^background", re.I), "intro"),
             (re.compile(r"\bcase\b|presentation", re.I), "cases"),
             (re.compile(r"^discussion", re.I), "discussion"),
             (re.compile(r"^conclusions?", re.I), "conclusions")]


def xml_id(key: str) -> str:
    """A reference id as an XML ID: letters, digits, '-', '_' and '.' only."""
    return "ref-" + re.sub(r"[^A-Za-z0-9._-]", "_", key)


def convert(case: Case, style: Style) -> Converted:
    """All fields as JATS fragments, from one pandoc run (the same document as for HTML)."""
    output, stderr = run_pandoc(compose(case, style), case, style, to="jats")
    root = etree.fromstring(_wrap(output))
    for hidden in root.xpath(f"//named-content[@content-type='{HIDDEN}']"):
        parent = hidden.getparent()
        if hidden.tail:  # keep the text that follows the hidden citation
            previous = hidden.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + hidden.tail
            else:
                parent.text = (parent.text or "") + hidden.tail
        parent.remove(hidden)
    for xref in root.iter("xref"):
        rid = xref.get("rid", "")
        if rid.startswith("fig-"):
            xref.set("ref-type", "fig")
        elif xref.get("ref-type") == "bibr":
            xref.set("rid", xml_id(rid[4:] if rid.startswith("ref-") else rid))
        xref.attrib.pop("alt", None)
    fields = {box.get("id")[3:]: _unwrap(box) for box in root.xpath("./boxed-text[starts-with(@id, 'cp-')]")}
    return Converted(fields, [])


XLINK = "http://www.w3.org/1999/xlink"


def _wrap(fragment: str) -> bytes:
    """Fragments use xlink:href (links) without declaring it: the article element does."""
    return f'<root xmlns:xlink="{XLINK}">{fragment}</root>'.encode("utf-8")


def _unwrap(element) -> str:
    """An element's content as text, without the xlink declarations lxml repeats on each child."""
    inner = (element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)
    return inner.replace(f' xmlns:xlink="{XLINK}"', "").strip()


def merge_ranges(converted: Converted, order: list[str]) -> None:
    """'3–5' arrives as two xrefs (3 and 5) around a dash: make it one xref whose rid lists
    3, 4 and 5, so that every reference in a range is linked (rid is an IDREFS)."""
    ids = [xml_id(key) for key in order]
    for key, fragment in converted.fields.items():
        if "\u2013" not in fragment or "bibr" not in fragment:
            continue
        root = etree.fromstring(_wrap(fragment))
        for first in list(root.iter("xref")):
            second = first.getnext()
            if (first.get("ref-type") != "bibr" or second is None or second.tag != "xref"
                    or (first.tail or "").strip() != "\u2013" or first.get("rid") not in ids
                    or second.get("rid") not in ids):
                continue
            start, end = ids.index(first.get("rid")), ids.index(second.get("rid"))
            first.set("rid", " ".join(ids[start:end + 1]))
            first.text = f"{first.text}\u2013{second.text}"
            first.tail = second.tail
            first.getparent().remove(second)
        converted.fields[key] = _unwrap(root)


def _pages(page: str) -> dict[str, str]:
    """'455-459' -> fpage/lpage; '101143' or 'e1234' -> elocation-id."""
    text = str(page).replace("\u2013", "-").strip()
    m = re.fullmatch(r"([A-Za-z]?\d+)\s*-\s*([A-Za-z]?\d+(?:\.e\d+)?)", text)
    if m:
        first, last = m.groups()
        if last.isdigit() and first.isdigit() and len(last) < len(first):
            last = first[: len(first) - len(last)] + last  # 343-60 -> 343-360
        return {"fpage": first, "lpage": last}
    return {"elocation_id": text} if text else {}


def element_citation(item: dict[str, Any]) -> dict[str, Any]:
    """The parts of a JATS <element-citation> from one CSL item; absent data stays absent."""
    issued = item.get("issued") or {}
    year = None
    if isinstance(issued, dict) and issued.get("date-parts"):
        year = str(issued["date-parts"][0][0])
    elif isinstance(issued, (str, int)):
        year = str(issued)[:4]
    names = []
    for person in item.get("author") or []:
        if isinstance(person, dict):
            if person.get("literal"):
                names.append({"collab": person["literal"], "surname": None, "given": None})
            elif person.get("family"):
                names.append({"collab": None, "surname": person["family"], "given": person.get("given")})
    kind = str(item.get("type", "article-journal"))
    whole = kind in ("book", "report", "thesis", "webpage", "dataset", "software")  # the title is the source
    return {
        "publication_type": PUBLICATION_TYPES.get(kind, "other"),
        "authors": names,
        "article_title": None if whole or kind == "chapter" else item.get("title"),
        "chapter_title": item.get("title") if kind == "chapter" else None,
        "source": item.get("title") if whole else item.get("container-title"),
        "year": year,
        "volume": item.get("volume"), "issue": item.get("issue"),
        "publisher": item.get("publisher"), "publisher_loc": item.get("publisher-place"),
        "doi": strip_doi(str(item["DOI"]))[0] if item.get("DOI") else None,
        "pmid": item.get("PMID"), "pmcid": item.get("PMCID"),
        "url": item.get("URL"),
        "fpage": None, "lpage": None, "elocation_id": None,
        **_pages(item.get("page", "")),
    }


def references(case: Case, order: list[str]) -> list[dict[str, Any]]:
    """Cited references in citation order, each with its label, id and citation parts."""
    by_id = {r["id"]: r for r in case.references}
    return [{"id": xml_id(key), "label": str(n), **element_citation(by_id[key])}
            for n, key in enumerate(order, start=1) if key in by_id]


def sec_type(title: str) -> Optional[str]:
    return next((kind for pattern, kind in SEC_TYPES if pattern.search(title)), None)


def copyright_holder(statement: Optional[str]) -> Optional[str]:
    """'© 2031 by the authors.' -> 'the authors'."""
    if not statement:
        return None
    m = re.match(r"^\s*(?:©|\(c\)|copyright)?\s*(?:\d{4})?\s*(?:by\s+)?(.+?)(?:\.\s|\.?$)", statement, re.I)
    return m.group(1).strip() if m and m.group(1).strip() else None


def extra_context(case: Case, context: dict[str, Any], order: list[str]) -> dict[str, Any]:
    """What only the JATS template needs, on top of the shared context."""
    for section in context["sections"]:
        section.sec_type = sec_type(section.title)
    for fig in context["figures"]:
        fig.label = fig.label.replace("\u00a0", " ")  # XML consumers match labels as plain text
    pub = case.meta.publication
    return {"jats_references": references(case, order),
            "copyright_holder": copyright_holder(pub.copyright if pub else None)}


def find_schema(setting: Optional[str] = None) -> Optional[Path]:
    """The JATS Publishing 1.3 DTD from --jats-schema or $CASEPUB_JATS_SCHEMA (a folder or the file)."""
    value = setting or os.environ.get(SCHEMA_ENV, "")
    if not value:
        return None
    path = Path(value).expanduser()
    for candidate in (path, path / PUBLISHING_DTD, path / PUBLISHING_DTD.split("/")[1]):
        if candidate.is_file():
            return candidate.resolve()
    return None


@lru_cache(maxsize=2)
def _load_dtd(path: Path) -> etree.DTD:
    # The DTD's modules sit beside it; libxml2 reads them from disk, never the network.
    return etree.DTD(str(path))


def missing_schema_finding(setting: Optional[str], severity: Severity) -> Finding:
    where = setting or os.environ.get(SCHEMA_ENV)
    message = (f"no JATS 1.3 DTD at '{where}', so the JATS XML was not validated" if where
               else "no JATS schema is configured, so the JATS XML was not validated")
    return Finding("", 0, 0, "jats-schema-missing", message, severity, hint=SCHEMA_HINT)


def validate(xml_path: Path, dtd_path: Path) -> list[Finding]:
    """Validate against the DTD with lxml, offline; each DTD complaint becomes a finding."""
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    try:
        document = etree.parse(str(xml_path), parser)
    except etree.XMLSyntaxError as exc:
        return [Finding(xml_path.name, exc.lineno or 0, exc.offset or 0, "jats-invalid",
                        f"the JATS XML is not well-formed: {exc.msg}",
                        hint="a template produced broken XML; check the template named in the message")]
    try:
        dtd = _load_dtd(dtd_path)
    except (etree.DTDParseError, OSError) as exc:
        return [Finding(str(dtd_path), 0, 0, "jats-schema-invalid", f"this is not a usable JATS DTD: {exc}",
                        hint=SCHEMA_HINT)]
    if dtd.validate(document):
        return []
    return [Finding(xml_path.name, e.line, e.column or 1, "jats-invalid", e.message,
                    hint="the JATS 1.3 Publishing DTD does not allow this; if a template was changed, fix it there")
            for e in dtd.error_log.filter_from_errors()]
