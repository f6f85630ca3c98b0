"""DOI, PMID, PMCID, ISBN and ORCID: normalising and validating identifiers."""

from __future__ import annotations

import logging
import re
from typing import Optional

logger = logging.getLogger(__name__)

# Crossref's recommended pattern for modern DOIs (matches 74.4M of 74.9M DOIs they tested).
DOI = re.compile(r"^10\.\d{4,9}/[-._;()/:A-Z0-9<>\[\]]+$", re.IGNORECASE)
DOI_PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
PMID = re.compile(r"^[1-9]\d{0,8}$")
PMCID = re.compile(r"^PMC[1-9]\d{0,9}$")
ORCID = re.compile(r"^(?:https?://orcid\.org/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")


def strip_doi(value: str) -> tuple[str, bool]:
    """('10.1000/x', True) for 'https://doi.org/10.1000/x': the bare DOI and whether a prefix went."""
    bare = DOI_PREFIX.sub("", str(value)).strip()
    return bare, bare != str(value).strip()


def doi_valid(value: str) -> bool:
    return bool(DOI.match(strip_doi(value)[0]))


def pmid_valid(value: object) -> bool:
    return bool(PMID.match(str(value).strip()))


def pmcid_valid(value: object) -> bool:
    return bool(PMCID.match(str(value).strip()))


def isbn_valid(value: object) -> bool:
    """ISBN-10 (weights 10..1, mod 11) or ISBN-13 (weights 1,3, mod 10), hyphens allowed."""
    digits = re.sub(r"[\s-]", "", str(value)).upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10 == 0
    return False


def orcid_check_digit(base: str) -> str:
    """ISO 7064 MOD 11-2 over the first 15 digits, as ORCID specifies."""
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_valid(value: str) -> bool:
    m = ORCID.match(str(value).strip())
    if not m:
        return False
    digits = m.group(1).replace("-", "")
    return orcid_check_digit(digits[:15]) == digits[15]


def normal_doi(value: Optional[object]) -> Optional[str]:
    """For comparing: lower case, no prefix."""
    if not value:
        return None
    return strip_doi(str(value))[0].lower()
