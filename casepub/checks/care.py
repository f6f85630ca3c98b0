"""The CARE 2013 checklist: where each of its 13 items lives in a case, and what is missing."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Optional

from casepub.findings import Finding, Severity, did_you_mean
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# (id, CARE item, what the checklist asks) in checklist order (Gagnier et al., 2013).
ITEMS = [
    ("title", "Title", "The words 'case report' and the area of focus"),
    ("key-words", "Key words", "2 to 5 key words that identify the case"),
    ("abstract", "Abstract", "Introduction, main findings, diagnoses and interventions, conclusion"),
    ("introduction", "Introduction", "Why the case is unique, with references"),
    ("patient-information", "Patient information", "De-identified demographics, concerns, history"),
    ("clinical-findings", "Clinical findings", "The physical examination and other findings"),
    ("timeline", "Timeline", "The important dates and times, as a table or figure"),
    ("diagnostic-assessment", "Diagnostic assessment", "Tests, challenges, differential, prognosis"),
    ("therapeutic-intervention", "Therapeutic intervention", "Types, administration, changes of treatment"),
    ("follow-up-and-outcomes", "Follow-up and outcomes", "Outcomes, adherence, adverse events"),
    ("discussion", "Discussion", "Strengths, limitations, literature, rationale, take-away lessons"),
    ("patient-perspective", "Patient perspective", "The patient's own account, when they agree"),
    ("informed-consent", "Informed consent", "The patient's informed consent for publication"),
]
ITEM_IDS = [i for i, _, _ in ITEMS]
CASE_ITEMS = ("patient-information", "clinical-findings", "diagnostic-assessment", "therapeutic-intervention",
              "follow-up-and-outcomes")
TITLES = {"introduction": re.compile(r"^(introduction|background)\b", re.I),
          "discussion": re.compile(r"^(discussion|conclusions?|comment)\b", re.I)}
CASE_TITLE = re.compile(r"\bcase\b|presentation|description", re.I)


@dataclass
class CareItem:
    id: str
    label: str
    asks: str
    reported: Optional[bool]  # None: the journal's format has no place for it
    where: str = ""
    anchor: str = ""  # the element id in the rendered article, for page numbers
    page: Optional[int] = None


def items(case: Case, style: Style) -> list[CareItem]:
    """Each CARE item: reported or not, and where."""
    from casepub.render.context import section_slugs

    m = case.meta
    covered: dict[str, tuple[str, str]] = {}  # item -> (section title, anchor)
    for s, slug in zip(m.sections, section_slugs([s.title for s in m.sections])):
        declared = [c for c in s.care if c in ITEM_IDS]
        if CASE_TITLE.search(s.title) and not s.care:
            declared = list(CASE_ITEMS)
        declared += [k for k, pattern in TITLES.items() if pattern.search(s.title) and not s.care]
        for item in declared:
            covered.setdefault(item, (s.title, f"sec-{slug}"))
    out = []
    for item_id, label, asks in ITEMS:
        entry = CareItem(item_id, label, asks, False)
        if item_id == "title":
            plain_title = re.sub(r"[*_`^~]", "", m.title)  # "a *case* report" says it too
            entry.reported, entry.where, entry.anchor = bool(re.search(r"case\s+report", plain_title, re.I)), \
                "Title", "title"
        elif item_id == "key-words":
            entry.reported, entry.where, entry.anchor = 2 <= len(m.keywords) <= 5, "Key words", "keywords"
        elif item_id == "abstract":
            if not style.spec.abstract:
                entry.reported, entry.where = None, f"{style.spec.name} prints no abstract"
            else:
                entry.reported, entry.where, entry.anchor = bool(m.abstract), "Abstract", "abstract"
        elif item_id == "timeline":
            shown = bool(case.timeline) and m.timeline.show
            entry.reported, entry.where, entry.anchor = shown, "Timeline table", "timeline"
        elif item_id == "patient-perspective":
            entry.reported, entry.where, entry.anchor = bool(m.patient_perspective), "Patient perspective", \
                "patient-perspective"
        elif item_id == "informed-consent":
            entry.reported, entry.where, entry.anchor = bool(m.consent.statement), "Patient consent", "consent"
        elif item_id in covered:
            entry.reported, (entry.where, entry.anchor) = True, covered[item_id]
        if not entry.reported:
            entry.anchor = ""
        out.append(entry)
    return out


# Which missing items journals return a manuscript for (errors) and which CARE only recommends.
REQUIRED = {"abstract", "patient-information", "timeline", "informed-consent"}


def check_care(case: Case, style: Style) -> list[Finding]:
    src = case.sources["case"]
    out: list[Finding] = []
    for i, section in enumerate(case.meta.sections):
        for j, item in enumerate(section.care):
            if item not in ITEM_IDS:
                out.append(src.finding(("sections", i, "care", j), "care-unknown-item",
                                       f"'{item}' is not a CARE item", hint=did_you_mean(item, ITEM_IDS)))
    for entry in items(case, style):
        if entry.reported is not False:
            continue
        code = f"care-{entry.id}"
        severity = Severity.ERROR if entry.id in REQUIRED else Severity.WARNING
        hidden = entry.id == "timeline" and case.timeline and not case.meta.timeline.show
        if hidden:
            severity = Severity.WARNING  # the author chose to hide it; the journal may still ask
        message, hint, path = {
            "title": ("the title does not say 'case report'", "CARE asks for it: end the title with "
                      "': a case report'", ("title",)),
            "key-words": (f"{len(case.meta.keywords)} key words; CARE asks for 2 to 5",
                          "choose 2 to 5 specific key words (MeSH terms work best)", ("keywords",)),
            "abstract": (f"{style.spec.name} prints an abstract, and this case has none",
                         "add 'abstract:' (background, case, conclusion)", ()),
            "introduction": ("no section introduces the case", "add an 'Introduction' section, or mark one "
                             "with 'care: [introduction]'", ("sections",)),
            "timeline": ("the timeline is hidden (timeline: {show: false})" if hidden else "there is no timeline",
                         "CARE asks for a timeline table: add the main events to timeline.yaml"
                         + (" and remove 'show: false'" if hidden else ""), ()),
            "discussion": ("no section discusses the case", "add a 'Discussion' section", ("sections",)),
            "patient-perspective": ("there is no patient perspective", "if the patient agrees, add "
                                    "'patient-perspective:' with their own words", ()),
        }.get(entry.id, (f"nothing reports '{entry.label}'", f"cover it in the case section, or mark the "
                         f"section that does with 'care: [{entry.id}]'", ("sections",)))
        if entry.id == "timeline" and case.sources["timeline"].path.exists():
            out.append(case.sources["timeline"].finding(("events",), code, message, hint=hint, key=True,
                                                        severity=severity))
            continue
        out.append(src.finding(path, code, message, hint=hint, key=bool(path), severity=severity))
    return out
