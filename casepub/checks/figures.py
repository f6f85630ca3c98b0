"""Figures as an editor sees them: consent, resolution, order of mention, alt text, metadata."""

from __future__ import annotations

import logging
from typing import Iterator

from casepub.checks.structure import _inside
from casepub.findings import Finding, Severity
from casepub.mdscan import mentions
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

MIN_DPI = 300  # the usual requirement for halftones (Elsevier, AMA)
# EXIF tags that identify a person, a place, a time or a device (Safe Harbor identifiers).
EXIF_TAGS = {0x8825: "GPS position", 0x9003: "capture date (DateTimeOriginal)", 0x0132: "date (DateTime)",
             0x9004: "digitised date", 0xA431: "camera serial number", 0xA430: "camera owner",
             0x013B: "artist", 0x8298: "copyright holder", 0xA420: "unique image id"}
HARMLESS_TEXT = {"dpi", "gamma", "transparency", "aspect", "srgb", "icc_profile", "exif", "jfif",
                 "jfif_version", "jfif_unit", "jfif_density", "progressive", "progression", "adobe",
                 "adobe_transform", "compression", "resolution", "chromaticity", "software"}


def _panels_per_row(n: int) -> int:
    return 1 if n <= 1 else 3 if n == 3 else 2  # as common.css lays them out


def check_figures(case: Case, style: Style) -> list[Finding]:
    if "figures" in case.invalid:
        return []
    return list(_consent_and_alt(case)) + list(_mentions(case)) + list(_images(case, style))


def _consent_and_alt(case: Case) -> Iterator[Finding]:
    src = case.sources["figures"]
    for i, fig in enumerate(case.figures):
        if fig.patient and fig.consent is not True:
            yield src.finding(("figures", i, "consent") if fig.consent is not None else ("figures", i, "id"),
                              "fig-consent", f"{fig.id} shows a patient, but consent is not recorded",
                              hint="get the patient's written consent for this image and write 'consent: true'; "
                                   "for a drawing or chart that shows no patient, write 'patient: false'")
        if not (fig.alt or "").strip():
            yield src.finding(("figures", i, "id"), "fig-alt", f"{fig.id} has no alt text",
                              hint="add 'alt:' describing what the image shows, for readers who cannot see it",
                              severity=Severity.WARNING)


def _mentions(case: Case) -> Iterator[Finding]:
    src = case.sources["figures"]
    order: list[str] = []
    for _, path, text in case.texts():
        if path[0] not in ("title", "abstract", "sections"):
            continue  # a mention in a caption or the timeline does not point the reader to a figure
        for m in mentions(text):
            if m.is_figure and m.key not in order:
                order.append(m.key)
    numbers = case.figure_numbers()
    for i, fig in enumerate(case.figures):
        if fig.id not in order:
            yield src.finding(("figures", i, "id"), "fig-uncited", f"{fig.id} is never mentioned in the text",
                              hint=f"mention it where the reader should look at it, e.g. (@{fig.id})")
    mentioned = [f for f in order if f in numbers]
    if mentioned != sorted(mentioned, key=numbers.get):
        first_wrong = next(f for a, f in zip(sorted(mentioned, key=numbers.get), mentioned) if a != f)
        yield src.finding(("figures", numbers[first_wrong] - 1, "id"), "fig-order",
                          f"figures are first mentioned in the order {', '.join(mentioned)}; "
                          "journals number figures in the order the text mentions them",
                          hint="reorder figures.yaml to follow the first mentions", severity=Severity.WARNING)


def _images(case: Case, style: Style) -> Iterator[Finding]:
    from PIL import Image

    src = case.sources["figures"]
    for i, fig in enumerate(case.figures):
        images = fig.images()
        width_in = style.spec.figure_inches / _panels_per_row(len(images)) if fig.panels else style.spec.figure_inches
        for j, (_, relative) in enumerate(images):
            path = ("figures", i, "file") if fig.file is not None else ("figures", i, "panels", j, "file")
            file = case.root / relative
            if not _inside(case.root, relative) or not file.is_file():
                continue  # the structure checks report it (and nothing outside the case is opened)
            try:
                with Image.open(file) as img:
                    pixels = img.size[0]
                    found = _identifying_metadata(img)
            except Exception:  # unreadable images are reported by the structure checks
                continue
            dpi = pixels / width_in
            if dpi < MIN_DPI:
                yield src.finding(path, "fig-resolution",
                                  f"'{relative}' is {pixels} pixels wide: {dpi:.0f} dpi at the {width_in:.2f} in "
                                  f"it is printed at; {style.spec.name} needs {MIN_DPI} dpi",
                                  hint=f"use an original at least {int(width_in * MIN_DPI) + 1} pixels wide",
                                  severity=Severity.WARNING)
            if found:
                yield src.finding(path, "phi-image-metadata",
                                  f"'{relative}' carries identifying metadata: {', '.join(found)}",
                                  hint="casepub writes images without it, but the original file still has it: "
                                       "strip it before you share or upload the file", severity=Severity.WARNING)


def _identifying_metadata(img) -> list[str]:
    found = []
    exif = img.getexif()
    for tag, label in EXIF_TAGS.items():
        if tag in exif and exif[tag]:
            found.append(label)
    if exif.get_ifd(0x8825):
        found.append("GPS position") if "GPS position" not in found else None
    if img.info.get("xmp") or img.info.get("XML:com.adobe.xmp"):
        found.append("XMP metadata")
    try:
        from PIL import IptcImagePlugin

        if IptcImagePlugin.getiptcinfo(img):
            found.append("IPTC metadata")
    except Exception:  # only JPEG and TIFF carry IPTC; anything else simply has none
        pass
    text = getattr(img, "text", None) or {}
    found += [f"text chunk '{k}'" for k in text if k.lower() not in HARMLESS_TEXT]
    return found
