"""Cross-references a build cannot do without: ids, citation keys, figures and safe paths."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Optional

from casepub.findings import Finding, Severity, did_you_mean
from casepub.mdscan import images, links, mentions, unsafe_reason, whole
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
FOOTNOTE = re.compile(r"\^\[[^\]]*\]|\[\^[^\]\s]+\]")  # ^[inline note] and [^1] references
FENCE = re.compile(r"^\s{0,3}:{3,}.*$", re.MULTILINE)  # would close casepub's own fenced divs


def affiliations(case: Case, style: Style) -> list[Finding]:
    src, out = case.sources["case"], []
    ids: dict[str, int] = {}
    for i, aff in enumerate(case.meta.affiliations):
        if aff.id in ids:
            out.append(src.finding(("affiliations", i, "id"), "duplicate-id",
                                   f"the affiliation id '{aff.id}' is used twice",
                                   hint="give each affiliation its own id"))
        ids.setdefault(aff.id, i)
    used = set()
    for i, author in enumerate(case.meta.authors):
        for j, aff_id in enumerate(author.affiliations):
            used.add(aff_id)
            if aff_id not in ids:
                out.append(src.finding(
                    ("authors", i, "affiliations", j), "unknown-affiliation",
                    f"{author.name} has the affiliation '{aff_id}', which is not among the affiliations",
                    hint=did_you_mean(aff_id, ids)))
    for aff_id, i in ids.items():
        if aff_id not in used:
            out.append(src.finding(("affiliations", i, "id"), "unused-affiliation",
                                   f"no author has the affiliation '{aff_id}'",
                                   hint="add it to an author's 'affiliations' or delete it",
                                   severity=Severity.WARNING))
    return out


def authors(case: Case, style: Style) -> list[Finding]:
    src, out = case.sources["case"], []
    corresponding = [i for i, a in enumerate(case.meta.authors) if a.corresponding]
    if not corresponding:
        out.append(src.finding(("authors",), "no-corresponding-author",
                               "no author is marked as the corresponding author",
                               hint="add 'corresponding: true' to one author, with an 'email'",
                               key=True, severity=Severity.WARNING))
    for i in corresponding[1:]:
        out.append(src.finding(("authors", i, "corresponding"), "several-corresponding-authors",
                               f"{case.meta.authors[i].name} is a second corresponding author",
                               hint="journals print one correspondence address; keep one 'corresponding: true'",
                               severity=Severity.WARNING))
    for i in corresponding:
        if not case.meta.authors[i].email:
            out.append(src.finding(("authors", i), "missing-field",
                                   f"the corresponding author {case.meta.authors[i].name} has no 'email'",
                                   hint="add 'email: name@hospital.org'", key=True))
    return out


ACCEPTED_FORMATS = {"PNG", "JPEG", "TIFF"}
MAX_PIXELS = 100_000_000  # 10,000 x 10,000: far above any journal's needs, far below a bomb


def image_problem(path: Path) -> Optional[tuple[str, str, str]]:
    """(code, message, hint) when a file is not an image casepub can use; None when it is."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            kind, size = img.format, img.size
            if size[0] * size[1] > MAX_PIXELS:
                return ("image-too-large", f"is {size[0]} x {size[1]} pixels, more than casepub accepts "
                        f"({MAX_PIXELS // 1_000_000} megapixels)", "scale it down; 300 dpi at print width is plenty")
            img.verify()  # reads the whole file: a truncated or corrupt image fails here
    except Image.DecompressionBombError:
        return ("image-too-large", "is too large to open safely", "scale it down before adding it")
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        return ("image-unreadable", f"cannot be read as an image ({exc})", "save it again as PNG or JPEG")
    if kind not in ACCEPTED_FORMATS:
        return ("fig-format", f"is a {kind} file; journals take PNG, JPEG or TIFF",
                "export the image again as PNG (drawings) or JPEG (photographs)")
    return None


def _inside(root: Path, relative: str) -> bool:
    try:
        target = (root / relative).resolve()
    except (OSError, RuntimeError):
        return False
    return target == root.resolve() or root.resolve() in target.parents


def figures(case: Case, style: Style) -> list[Finding]:
    if "figures" in case.invalid:
        return []
    src, out = case.sources["figures"], []
    seen: set[str] = set()
    for i, fig in enumerate(case.figures):
        if fig.id in seen:
            out.append(src.finding(("figures", i, "id"), "duplicate-id",
                                   f"the figure id '{fig.id}' is used twice",
                                   hint="give each figure its own id"))
        seen.add(fig.id)
        if fig.file is not None:
            places = [(("figures", i, "file"), fig.file)]
        else:
            places = [(("figures", i, "panels", j, "file"), p.file) for j, p in enumerate(fig.panels or [])]
        for path, file in places:
            reason = unsafe_reason(file, loads=True) or ("" if _inside(case.root, file)
                                                          else "the path leads outside the case folder")
            if reason:
                out.append(src.finding(path, "unsafe-path", f"the image path '{file}' is refused: {reason}",
                                       hint="copy the image into the case folder (e.g. images/) "
                                            "and give its path relative to the case folder"))
            elif (case.root / file).is_dir():
                out.append(src.finding(path, "missing-image", f"'{file}' is a folder, not an image",
                                       hint="name the image file inside it, e.g. images/presentation.png"))
            elif not (case.root / file).is_file():
                nearby = [p.relative_to(case.root).as_posix() for p in case.root.rglob("*")
                          if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()]
                out.append(src.finding(path, "missing-image", f"the image '{file}' does not exist",
                                       hint=did_you_mean(file, nearby) or "check the file name and folder"))
            else:
                problem = image_problem(case.root / file)
                if problem:
                    code, message, hint = problem
                    out.append(src.finding(path, code, f"'{file}' {message}", hint=hint))
        labels = [p.label.lower() for p in fig.panels or []]
        for j, label in enumerate(labels):
            if labels.index(label) != j:
                out.append(src.finding(("figures", i, "panels", j, "label"), "duplicate-id",
                                       f"the panel label '{fig.panels[j].label}' is used twice in {fig.id}",
                                       hint="label the panels A, B, C, ... (capitals and small letters count as "
                                            "the same label)"))
    return out


def texts(case: Case, style: Style) -> list[Finding]:
    """Unknown citation keys and figure ids, images in text and unsafe links, in every text."""
    out: list[Finding] = []
    refs = {r["id"] for r in case.references}
    figs = {f.id for f in case.figures}
    check_figs = "figures" not in case.invalid
    for source_key, path, text in case.texts():
        src = case.sources[source_key]
        for m in mentions(text):
            if m.is_figure and check_figs and m.key not in figs:
                out.append(src.finding(path, "unknown-figure", f"'@{m.key}' names no figure in figures.yaml",
                                       hint=did_you_mean(m.key, figs) or "add the figure to figures.yaml",
                                       needle=whole(m.text)))
            elif not m.is_figure and m.key not in refs:
                out.append(src.finding(path, "ref-missing",
                                       f"the citation '@{m.key}' has no entry in references.yaml",
                                       hint=did_you_mean(m.key, refs) or
                                       f"add a reference with 'id: {m.key}' to references.yaml",
                                       needle=whole(m.text)))
        for link in links(text):
            reason = unsafe_reason(link.url, loads=link.loads)
            if reason:
                out.append(src.finding(path, "unsafe-path", f"'{link.url}' is refused: {reason}",
                                       hint="link to a public web address, or put images in figures.yaml",
                                       needle=link.url, also=(link.url.rsplit("/", 1)[-1],)))
        for shown in images(text):
            out.append(src.finding(path, "markdown-image", f"an image in the text ('{shown}') is not supported",
                                   hint="put images in figures.yaml and mention them with @fig-id",
                                   needle=shown))
        for m in FOOTNOTE.finditer(text):
            out.append(src.finding(path, "markdown-footnote", f"footnotes ('{m.group(0)}') are not supported",
                                   hint="case reports print no footnotes: say it in the text, or cite a reference",
                                   needle=m.group(0)))
        for m in FENCE.finditer(text):
            out.append(src.finding(path, "markdown-fence",
                                   f"a line starting with ':::' ('{m.group(0).strip()[:30]}') is not supported",
                                   hint="casepub uses ':::' lines itself; write the text without them",
                                   needle=m.group(0).strip()))
    return out
