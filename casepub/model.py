"""The typed case model: the schema of case.yaml, timeline.yaml and figures.yaml."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from typing_extensions import Annotated

from casepub.yamlsrc import Source

logger = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
RELATIVE_TIME = re.compile(
    r"^\s*(?:0|(?P<sign>[+-])\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>day|week|month|year)s?)\s*$",
    re.IGNORECASE)


# Text a reader sees or a journal needs: an empty value is a mistake, not a choice.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
PANEL_LABEL = re.compile(r"^[A-Za-z0-9]{1,3}$")


def _hyphenate(name: str) -> str:
    return name.replace("_", "-")


class Model(BaseModel):
    """Strict about keys (a misspelt key must not vanish), lenient about text-to-number."""

    model_config = ConfigDict(extra="forbid", alias_generator=_hyphenate,
                              populate_by_name=True, frozen=True)


class Affiliation(Model):
    id: str
    name: Text
    address: Optional[str] = None
    city: Optional[str] = None
    region: Optional[str] = None
    postal_code: Optional[str] = None
    country: Optional[str] = None

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"'{value}' is not a valid id: use letters, digits and hyphens, "
                             "starting with a letter (e.g. 'derm-boston')")
        return value

    def place(self) -> str:
        """City, region and country as printed after the institution."""
        return ", ".join(p for p in (self.city, self.region, self.country) if p)


class Author(Model):
    given: Text
    family: Text
    degrees: list[str] = []
    affiliations: list[str] = Field(min_length=1)
    orcid: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    corresponding: bool = False

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def name_with_degrees(self) -> str:
        return ", ".join([self.name, *self.degrees])


class Section(Model):
    title: Text
    text: Text
    care: list[str] = []


class Consent(Model):
    statement: Text


class Statements(Model):
    funding: Optional[str] = None
    conflicts: Optional[str] = None
    irb: Optional[str] = None
    acknowledgments: Optional[str] = None


class TimelineSettings(Model):
    show: bool = True


class Publication(Model):
    journal: Optional[str] = None
    year: Optional[int] = None
    volume: Optional[str] = None
    issue: Optional[str] = None
    first_page: Optional[str] = None
    last_page: Optional[str] = None
    doi: Optional[str] = None
    issn: Optional[str] = None
    copyright: Optional[str] = None
    license: Optional[str] = None


class CaseFile(Model):
    """case.yaml."""

    style: str
    title: Text
    short_title: Optional[str] = None
    authors: list[Author] = Field(min_length=1)
    affiliations: list[Affiliation] = Field(min_length=1)
    keywords: list[str] = []
    abbreviations: dict[str, Text] = {}
    abstract: Optional[str] = None
    sections: list[Section] = Field(min_length=1)
    patient_perspective: Optional[str] = None
    consent: Consent
    statements: Statements = Statements()
    timeline: TimelineSettings = TimelineSettings()
    publication: Optional[Publication] = None


class TimelineEvent(Model):
    at: str
    event: Text

    @field_validator("at")
    @classmethod
    def _relative(cls, value: str) -> str:
        if not RELATIVE_TIME.match(value):
            raise ValueError(f"'{value}' is not a time relative to first presentation: write 0, "
                             "or a sign, a number and a unit, e.g. '-1 year', '+3 months', "
                             "'+2 weeks', '+10 days'")
        return value

    def display(self) -> str:
        """'+3 months' -> '+3 months'; '-1 year' -> '−1 year' (a true minus); 0 -> '0'."""
        m = RELATIVE_TIME.match(self.at)
        if not m or not m.group("sign"):
            return "0"
        amount, unit = m.group("amount"), m.group("unit").lower()
        plural = "" if amount in ("1", "1.0") else "s"
        sign = "\u2212" if m.group("sign") == "-" else "+"
        return f"{sign}{amount} {unit}{plural}"


class TimelineFile(Model):
    events: list[TimelineEvent] = []


class Panel(Model):
    label: str
    file: str
    caption: str = ""

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        if not PANEL_LABEL.match(value):
            raise ValueError(f"'{value}' is not a panel label: use a letter or a number, such as A, B or 1")
        return value


class Figure(Model):
    id: str
    caption: Text
    alt: Optional[str] = None
    consent: Optional[bool] = None
    patient: bool = True  # false for drawings, charts and images that show no patient at all
    file: Optional[str] = None
    panels: Optional[list[Panel]] = None

    @field_validator("id")
    @classmethod
    def _fig_id(cls, value: str) -> str:
        if not value.startswith("fig-") or not ID_PATTERN.match(value):
            raise ValueError(f"'{value}' is not a figure id: it must start with 'fig-' and use "
                             "letters, digits and hyphens (e.g. 'fig-presentation')")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> "Figure":
        if (self.file is None) == (not self.panels):
            raise ValueError("a figure needs either 'file' (one image) or 'panels' "
                             "(a list of label/file/caption), not both and not neither")
        return self

    def images(self) -> list[tuple[str, str]]:
        """(output stem, source file) for every image of this figure."""
        if self.file is not None:
            return [(self.id, self.file)]
        # '.' cannot occur in a figure id, so a panel's stem never equals another figure's
        return [(f"{self.id}.{p.label.lower()}", p.file) for p in self.panels or []]


class FiguresFile(Model):
    figures: list[Figure] = []


@dataclass
class Case:
    """Everything loaded from one case folder, with the sources kept for locating findings."""

    root: Path
    meta: CaseFile
    timeline: list[TimelineEvent]
    figures: list[Figure]
    references: list[dict[str, Any]]
    sources: dict[str, Source] = field(default_factory=dict)
    reference_index: dict[str, int] = field(default_factory=dict)  # id -> index in references.yaml
    invalid: set[str] = field(default_factory=set)  # files that failed to load: skip their cross-checks

    @property
    def name(self) -> str:
        return self.root.name

    def reference_path(self, ref_id: str, *keys: str) -> tuple:
        """The YAML path of a reference (or one of its fields) in references.yaml."""
        return ("references", self.reference_index.get(ref_id, 0), *keys)

    def figure_numbers(self) -> dict[str, int]:
        return {fig.id: n for n, fig in enumerate(self.figures, start=1)}

    def texts(self) -> list[tuple[str, tuple, str]]:
        """Every Markdown text a reader sees, as (source file, YAML path, text), in reading order."""
        m = self.meta
        out: list[tuple[str, tuple, str]] = [("case", ("title",), m.title)]
        if m.abstract:
            out.append(("case", ("abstract",), m.abstract))
        out += [("case", ("sections", i, "text"), s.text) for i, s in enumerate(m.sections)]
        for i, fig in enumerate(self.figures):
            out.append(("figures", ("figures", i, "caption"), fig.caption))
            out += [("figures", ("figures", i, "panels", j, "caption"), p.caption)
                    for j, p in enumerate(fig.panels or []) if p.caption]
        out += [("timeline", ("events", i, "event"), e.event) for i, e in enumerate(self.timeline)]
        if m.patient_perspective:
            out.append(("case", ("patient-perspective",), m.patient_perspective))
        for key in ("funding", "conflicts", "irb", "acknowledgments"):
            value = getattr(m.statements, key)
            if value:
                out.append(("case", ("statements", key), value))
        out.append(("case", ("consent", "statement"), m.consent.statement))
        return out
