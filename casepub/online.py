"""Look references up at Crossref and PubMed: polite, cached, retried, never fatal."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote, urlencode

from casepub import __version__
from casepub.cache import cache_dir

logger = logging.getLogger(__name__)

CROSSREF_URL = "https://api.crossref.org"
EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
CACHE_DAYS = 30
RETRY_STATUSES = {429, 500, 502, 503, 504}


class ServiceDown(Exception):
    """A service did not answer usefully after the retries (network down, 5xx, timeouts)."""


@dataclass
class Record:
    """What a registry says about a work, in the shape the checks and `refs add` need."""

    source: str  # "Crossref" or "PubMed"
    title: str = ""
    year: Optional[int] = None
    years: set[int] = field(default_factory=set)  # print, online and issued years
    journal: str = ""
    journal_short: str = ""
    authors: list[dict[str, str]] = field(default_factory=list)
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    retracted: bool = False
    retraction_notice_for: str = ""
    kind: str = "article-journal"

    def to_csl(self, key: str) -> dict[str, Any]:
        """A CSL-YAML entry for references.yaml."""
        item: dict[str, Any] = {"id": key, "type": self.kind}
        if self.authors:
            item["author"] = self.authors
        for name, value in (("title", self.title), ("container-title", self.journal),
                            ("container-title-short", self.journal_short), ("volume", self.volume),
                            ("issue", self.issue), ("page", self.pages)):
            if value:
                item[name] = value
        if self.year:
            item["issued"] = {"date-parts": [[self.year]]}
        if self.doi:
            item["DOI"] = self.doi
        if self.pmid:
            item["PMID"] = self.pmid
        return item


def _settings() -> dict[str, str]:
    return {"crossref": os.environ.get("CASEPUB_CROSSREF_URL", CROSSREF_URL).rstrip("/"),
            "eutils": os.environ.get("CASEPUB_EUTILS_URL", EUTILS_URL).rstrip("/"),
            "cache": str(cache_dir())}


class Resolver:
    """HTTP with a disk cache: a second run asks nothing of the network."""

    def __init__(self, mailto: str = "", *, timeout: float = 10.0, retries: int = 3,
                 backoff: float = 1.0, concurrency: int = 4, cache_dir: Optional[Path] = None):
        import httpx

        settings = _settings()
        self.crossref_url, self.eutils_url = settings["crossref"], settings["eutils"]
        self.cache_dir = Path(cache_dir or settings["cache"]) / "http"
        self.mailto = os.environ.get("CASEPUB_MAILTO", mailto)
        self.retries, self.backoff, self.concurrency = retries, backoff, concurrency
        agent = f"casepub/{__version__} (reference checker" + (f"; mailto:{self.mailto})" if self.mailto else ")")
        self.client = httpx.Client(timeout=timeout, headers={"User-Agent": agent}, follow_redirects=True)
        self.requests = 0  # made to the network (not answered from the cache)

    def close(self) -> None:
        self.client.close()

    def _cache_path(self, url: str) -> Path:
        return self.cache_dir / (hashlib.sha256(url.encode()).hexdigest() + ".json")

    def get(self, url: str) -> tuple[int, Any]:
        """(status, parsed JSON or None); 200 and 404 answers are cached."""
        path = self._cache_path(url)
        if path.is_file() and time.time() - path.stat().st_mtime < CACHE_DAYS * 86400:
            try:
                cached = json.loads(path.read_text(encoding="utf-8"))
                return cached["status"], cached["body"]
            except (OSError, ValueError, KeyError):
                pass  # a damaged cache entry is simply fetched again
        import httpx

        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                self.requests += 1
                response = self.client.get(url)
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            if response.status_code in RETRY_STATUSES:
                last = f"HTTP {response.status_code}"
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    time.sleep(min(int(retry_after), 30))
                continue
            body = None
            if response.status_code == 200:
                try:
                    body = response.json()
                except ValueError:
                    raise ServiceDown(f"{url} did not answer with JSON")
            elif response.status_code != 404:
                raise ServiceDown(f"HTTP {response.status_code} from {url}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(json.dumps({"status": response.status_code, "body": body}), encoding="utf-8")
                os.replace(tmp, path)
            except OSError as exc:
                logger.info("could not cache %s: %s", url, exc)
            return response.status_code, body
        raise ServiceDown(last or f"no answer from {url}")

    # Crossref ---------------------------------------------------------------------------
    def crossref(self, doi: str) -> Optional[Record]:
        """The Crossref record of a DOI, or None when Crossref does not know it."""
        url = f"{self.crossref_url}/works/{quote(doi, safe='')}"
        if self.mailto:
            url += "?" + urlencode({"mailto": self.mailto})
        status, body = self.get(url)
        if status == 404:
            return None
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(message, dict):
            raise ServiceDown(f"Crossref answered for {doi} in an unexpected shape")
        try:
            return crossref_record(message)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise ServiceDown(f"Crossref's record for {doi} could not be read ({exc})")

    def crossref_many(self, dois: list[str]) -> dict[str, Optional[Record]]:
        """Several DOIs, at most `concurrency` requests at a time."""
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return dict(zip(dois, pool.map(self.crossref, dois)))

    # PubMed -----------------------------------------------------------------------------
    def pubmed(self, pmids: list[str]) -> dict[str, Optional[Record]]:
        """E-utilities esummary, 200 PMIDs a request (NCBI's advice for GET); None for unknown ones."""
        if len(pmids) > 200:
            out: dict[str, Optional[Record]] = {}
            for i in range(0, len(pmids), 200):
                out.update(self.pubmed(pmids[i:i + 200]))
            return out
        if not pmids:
            return {}
        query = {"db": "pubmed", "id": ",".join(pmids), "retmode": "json", "tool": "casepub"}
        if self.mailto:
            query["email"] = self.mailto
        status, body = self.get(f"{self.eutils_url}/esummary.fcgi?{urlencode(query)}")
        result = body.get("result") if isinstance(body, dict) else None
        if status != 200 or not isinstance(result, dict):
            raise ServiceDown("E-utilities answered without a result")
        try:
            return {pmid: (pubmed_record(result[pmid]) if isinstance(result.get(pmid), dict)
                           and "error" not in result[pmid] else None) for pmid in pmids}
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise ServiceDown(f"E-utilities' summaries could not be read ({exc})")


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value and value[0] is not None else ""
    return str(value or "")


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def _year(parts: Any) -> Optional[int]:
    try:
        return int(parts["date-parts"][0][0])
    except (TypeError, KeyError, IndexError, ValueError):
        return None


def crossref_record(message: dict[str, Any]) -> Record:
    """Crossref REST `message` -> Record (fields per the REST API's `work` schema)."""
    years = {y for y in (_year(message.get(k)) for k in ("published-print", "published-online", "issued"))
             if y}
    updated_by = message.get("updated-by") if isinstance(message.get("updated-by"), list) else []
    relation = message.get("relation") if isinstance(message.get("relation"), dict) else {}
    retracted = any(str(u.get("type", "")).lower() in ("retraction", "withdrawal") for u in updated_by
                    if isinstance(u, dict)) or any("retract" in str(k).lower() for k in relation)
    update_to = message.get("update-to") if isinstance(message.get("update-to"), list) else []
    notice_for = next((_text(u.get("DOI")) for u in update_to
                       if isinstance(u, dict) and str(u.get("type", "")).lower() == "retraction"), "")
    authors = [{"family": _text(a["family"]), "given": _text(a.get("given"))}
               for a in message.get("author") or [] if isinstance(a, dict) and a.get("family")] \
        if isinstance(message.get("author"), list) else []
    title = re.sub(r"<[^>]+>", "", _first(message.get("title")))
    subtitle = re.sub(r"<[^>]+>", "", _first(message.get("subtitle")))
    if subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"  # Crossref stores "Title: subtitle" in two fields
    kind = {"journal-article": "article-journal", "book": "book", "book-chapter": "chapter",
            "proceedings-article": "paper-conference"}.get(str(message.get("type", "")), "article-journal")
    return Record("Crossref", title=title,
                  year=_year(message.get("published-print")) or _year(message.get("issued")), years=years,
                  journal=_first(message.get("container-title")),
                  journal_short=_first(message.get("short-container-title")),
                  authors=authors, volume=_text(message.get("volume")), issue=_text(message.get("issue")),
                  pages=_text(message.get("page")), doi=_text(message.get("DOI")),
                  retracted=retracted, retraction_notice_for=notice_for, kind=kind)


def _pubmed_author(name: str) -> dict[str, str]:
    """'Hashemi DA' -> {'family': 'Hashemi', 'given': 'D. A.'}."""
    parts = name.rsplit(" ", 1)
    if len(parts) == 2 and parts[1].isupper():
        return {"family": parts[0], "given": " ".join(f"{c}." for c in parts[1])}
    return {"family": name, "given": ""}


def pubmed_record(summary: dict[str, Any]) -> Record:
    """E-utilities esummary (JSON) document summary -> Record."""
    year_match = re.match(r"(\d{4})", str(summary.get("pubdate") or summary.get("epubdate") or ""))
    years = {int(m.group(1)) for m in (re.match(r"(\d{4})", str(summary.get(k) or ""))
                                       for k in ("pubdate", "epubdate")) if m}
    articleids = summary.get("articleids") if isinstance(summary.get("articleids"), list) else []
    ids = {str(i.get("idtype")): str(i.get("value")) for i in articleids if isinstance(i, dict)}
    people = summary.get("authors") if isinstance(summary.get("authors"), list) else []
    authors = [_pubmed_author(str(a.get("name", ""))) for a in people
               if isinstance(a, dict) and a.get("authtype", "Author") == "Author" and a.get("name")]
    return Record("PubMed", title=_text(summary.get("title")).rstrip("."),
                  year=int(year_match.group(1)) if year_match else None, years=years,
                  journal=_text(summary.get("fulljournalname")), journal_short=_text(summary.get("source")),
                  authors=authors, volume=_text(summary.get("volume")), issue=_text(summary.get("issue")),
                  pages=_text(summary.get("pages")), doi=ids.get("doi", ""), pmid=_text(summary.get("uid")),
                  retracted="Retracted Publication" in (summary.get("pubtype")
                                                        if isinstance(summary.get("pubtype"), list) else []))
