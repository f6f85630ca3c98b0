"""`casepub new`: a case folder that passes its own checks and builds at once."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Optional

from casepub.findings import BuildFailed, Finding, display_path
from casepub.styles import load_style

logger = logging.getLogger(__name__)

CASE = """\
# The case report, as YAML. Every key is explained in docs/case-format.md.
# Text fields are Markdown: *italic*, **bold**, citations [@key], figures @fig-id.
style: {style}
title: {title}

authors:
  - given: First
    family: Author
    degrees: [MD]
    affiliations: [dept]
    email: first.author@example.org
    corresponding: true

affiliations:
  - id: dept
    name: Department of Dermatology, Example University Hospital
    address: 1 Example Street
    city: Springfield
    region: Illinois
    postal-code: "62701"
    country: USA

keywords: [case report, dermatology, replace these key words]

abbreviations:
  CARE: CAse REport
{abstract}
sections:
  - title: Introduction
    text: |
      Say in two or three sentences why this case is worth reading. Follow the CAse
      REport (CARE) guidelines [@gagnier2013] as you write.

  - title: Case report
    text: |
      Describe the patient without identifiers: give an age, not a birth date, and
      times relative to the first visit (see timeline.yaml), never calendar dates.

  - title: Discussion
    text: |
      Compare the case with the literature and state what a reader should take away.

patient-perspective: |
  If the patient agrees, one or two sentences in their own words.

consent:
  statement: |
    The patient gave written consent to the publication of this case and its images.

statements:
  funding: None.
  conflicts: None declared.
  irb: Not applicable.
"""

ABSTRACT = """
abstract: |
  One paragraph: the background, the case, and the lesson, in about 150 words.
"""

TIMELINE = """\
# Times are relative to the first presentation (0): -1 year, +3 months, +2 weeks, +10 days.
events:
  - at: -3 months
    event: First symptoms.
  - at: 0
    event: First visit and diagnosis.
  - at: +3 months
    event: Follow-up.
"""

FIGURES = """\
# Each figure: id (starts with fig-), caption, alt text, consent, and a file or panels.
# Mention a figure in the text as @fig-id. Example:
#
#   - id: fig-presentation
#     caption: Clinical findings at presentation.
#     alt: Describe what the image shows, for readers who cannot see it.
#     consent: true
#     file: images/presentation.png
figures: []
"""

REFERENCES = """\
# CSL-YAML, the format pandoc and Zotero use. Cite an entry as [@id].
references:
  - id: gagnier2013
    type: article-journal
    author:
      - {family: Gagnier, given: Joel J.}
      - {family: Kienle, given: Gunver}
      - {family: Altman, given: Douglas G.}
      - {family: Moher, given: David}
      - {family: Sox, given: Harold}
      - {family: Riley, given: David}
    title: "The CARE guidelines: consensus-based clinical case reporting guideline development"
    container-title: Journal of Medical Case Reports
    container-title-short: J Med Case Rep
    volume: 7
    page: "223"
    issued: {date-parts: [[2013]]}
    DOI: 10.1186/1752-1947-7-223
    PMID: "24228906"
"""


def _yaml_text(value: str) -> str:
    """A title as a YAML scalar, quoted so that ':' or '#' in it stays text."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def create_case(folder: Path, style_id: str, title: Optional[str] = None) -> list[Finding]:
    """Write the four files of a new case; refuse to overwrite anything."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        return [Finding(display_path(folder), 0, 0, "case-exists", "a file of that name already exists",
                        hint="choose another name for the case folder")]
    if folder.exists() and any(folder.iterdir()):
        return [Finding(display_path(folder), 0, 0, "case-exists", "the folder exists and is not empty",
                        hint="choose a new folder name; casepub new never overwrites files")]
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", folder.name):
        return [Finding(display_path(folder), 0, 0, "case-name",
                        f"'{folder.name}' is not a good case name: it becomes the output file name",
                        hint="use letters, digits and hyphens, e.g. cases/nxg-tofacitinib")]
    try:
        style = load_style(style_id, folder)
    except BuildFailed as failed:
        return list(failed.findings)
    files = {
        "case.yaml": CASE.format(style=style_id, title=_yaml_text(title or "A title that names the "
                                                                  "condition and what is new: a case report"),
                                 abstract=ABSTRACT if style.spec.abstract else ""),
        "timeline.yaml": TIMELINE,
        "figures.yaml": FIGURES,
        "references.yaml": REFERENCES,
    }
    (folder / "images").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return []
