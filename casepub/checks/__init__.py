"""Stage 2: checks read a loaded Case and its Style and return findings; they never raise."""

from __future__ import annotations

import logging
from typing import Callable

from casepub.findings import Finding, Findings
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

Check = Callable[[Case, Style], list[Finding]]


def registered() -> list[Check]:
    from casepub.checks import care, figures, limits, privacy, references, structure

    return [structure.affiliations, structure.authors, structure.figures, structure.texts,
            references.check_references, figures.check_figures, limits.check_limits,
            privacy.check_privacy, care.check_care]


def guards() -> list[Check]:
    """The checks that keep rendering inside the case folder (image and link paths, image
    sizes): a build or preview runs them before it reads or renders anything."""
    from casepub.checks import structure

    return [structure.figures, structure.texts]


def run_checks(case: Case, style: Style) -> Findings:
    findings = Findings()
    for check in registered():
        findings.extend(check(case, style))
    return findings
