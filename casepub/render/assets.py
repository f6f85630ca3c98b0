"""Figures re-encoded from pixels, the stylesheet and fonts: everything an output links to."""

from __future__ import annotations

import filecmp
import hashlib
import io
import logging
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Optional

from casepub.findings import Finding
from casepub.mdscan import CSS_URL, unsafe_reason
from casepub.model import Case
from casepub.resources import builtin_root
from casepub.styles import Style

logger = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")


def _output_mode(mode: str, info: dict, jpeg: bool) -> str:
    """The pixel mode to write: JPEG keeps grey or RGB; PNG may keep transparency."""
    if jpeg:
        return "L" if mode == "L" else "RGB"
    if mode in ("RGB", "RGBA", "L", "LA"):
        return mode
    return "RGBA" if mode in ("RGBa", "PA", "La") or (mode == "P" and "transparency" in info) else "RGB"


def to_8bit(img):
    """16-bit and floating-point images (microscopes, scanners) scaled to 8 bits by their own
    range; converting them directly would clip every value above 255 to white."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        from PIL import ImageOps

        grey = img.convert("F")
        low, high = grey.getextrema()
        scale = 255.0 / (high - low) if high > low else 0.0
        return ImageOps.grayscale(grey.point(lambda v: (v - low) * scale).convert("L"))
    return img


def figure_file(stem: str, image_format: Optional[str]) -> str:
    """Where an image is written: JPEG stays JPEG (its pixels are already lossy), the rest is PNG."""
    return f"figures/{stem}.jpg" if image_format == "JPEG" else f"figures/{stem}.png"


# Bump when the encoding below changes: cached figures of the old encoding are then not used.
ENCODING = "2"


def _encode(data: bytes) -> tuple[str, bytes]:
    """One image file's bytes re-encoded from its pixels: (format written, new file's bytes)."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as img:
        jpeg = img.format == "JPEG"  # (exif_transpose returns an image without a format)
        img = to_8bit(ImageOps.exif_transpose(img))  # the camera's orientation, 8 bits
        pixels = img.convert(_output_mode(img.mode, img.info, jpeg))
        dpi = img.info.get("dpi", (300, 300))
        out = io.BytesIO()
        if jpeg:
            pixels.save(out, "JPEG", quality=92, optimize=True, dpi=dpi)
        else:
            pixels.save(out, "PNG", optimize=False, dpi=dpi)
    return ("JPEG" if jpeg else "PNG"), out.getvalue()


@lru_cache(maxsize=1)
def _encoder_version() -> str:
    """What the encoded bytes depend on besides the source: this code's ENCODING, Pillow, and
    the zlib and libjpeg it was built with (a distribution's Pillow may use other ones)."""
    import zlib

    import PIL
    from PIL import features

    return f"{ENCODING}-{PIL.__version__}-{zlib.ZLIB_RUNTIME_VERSION}-{features.version('jpg')}"


def encoded(data: bytes, cache: Optional[Path] = None, keep: Optional[Path] = None) -> tuple[str, bytes]:
    """`_encode`, looked up first in the folder CACHE by the source's bytes: re-encoding six
    photographs costs more than half a second, which a rebuild after a text edit need not pay.
    The result is stored in the folder KEEP (what the next build will find)."""
    from casepub.cache import ContentCache

    key = hashlib.sha256(data).hexdigest()[:32]
    blob: Optional[bytes] = None
    if cache is not None:
        found = ContentCache(cache, _encoder_version())
        for image_format, suffix in (("PNG", ".png"), ("JPEG", ".jpg")):
            blob = found.get(key, suffix)
            if blob is not None:
                break
    if blob is None:
        image_format, blob = _encode(data)
    if keep is not None:
        ContentCache(keep, _encoder_version()).put(key, ".jpg" if image_format == "JPEG" else ".png", blob)
    return image_format, blob


def write_figures(case: Case, out_dir: Path, reuse: Optional[dict] = None, cache: Optional[Path] = None,
                  keep: Optional[Path] = None) -> tuple[dict[str, str], list[Finding]]:
    """Re-encode each image from its pixels (no EXIF, GPS or text chunks survive).

    Returns {image stem: path relative to the output folder} and any problems. `reuse` is a
    dict a warm process keeps between builds into the same folder: an image whose source
    has not changed since (size and modification time) is not encoded again. `cache` is a
    folder of earlier encodings, found by the source's content, and `keep` the folder this
    run's encodings go to. Builds keep them inside the case's output folder, and only those of
    the last successful build: photographs of patients are not copied anywhere else, and an
    image replaced in the case (a face cropped out) does not linger.
    """
    from PIL import Image, UnidentifiedImageError

    files: dict[str, str] = {}
    problems: list[Finding] = []
    (out_dir / "figures").mkdir(parents=True, exist_ok=True)
    src = case.sources["figures"]
    for i, fig in enumerate(case.figures):
        for j, (stem, relative) in enumerate(fig.images()):
            path = ("figures", i, "file") if fig.file is not None else ("figures", i, "panels", j, "file")
            source = case.root / relative
            try:
                stat = source.stat()
                stamp = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                stamp = None
            known = reuse.get((stem, str(relative))) if reuse is not None else None
            if stamp and known and known[0] == stamp and (out_dir / known[1]).is_file():
                files[stem] = known[1]
                continue
            try:
                image_format, blob = encoded(source.read_bytes(), cache, keep)
            except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
                problems.append(src.finding(path, "image-unreadable",
                                            f"'{relative}' cannot be read as an image ({exc})",
                                            hint="save it again as PNG or JPEG"))
                continue
            files[stem] = figure_file(stem, image_format)
            (out_dir / files[stem]).write_bytes(blob)
            if reuse is not None and stamp:
                reuse[(stem, str(relative))] = (stamp, files[stem])
    return files, problems


def stylesheet_findings(style: Style) -> list[Finding]:
    """CSS url()s must stay inside the style folder: nothing is fetched from elsewhere."""
    css = style.stylesheet.read_text(encoding="utf-8")
    out = []
    for m in CSS_URL.finditer(css):
        url = m.group("url").strip()
        reason = unsafe_reason(url, loads=True)
        if reason:
            line = css.count("\n", 0, m.start()) + 1
            out.append(Finding(str(style.stylesheet), line, m.start() - css.rfind("\n", 0, m.start()),
                               "unsafe-path", f"the stylesheet refers to '{url}': {reason}",
                               hint="put fonts and images in the style folder and use relative paths"))
    return out


def write_style(style: Style, out_dir: Path) -> None:
    """The stylesheet and its fonts, beside the HTML, so the draft opens anywhere."""
    assets = out_dir / "assets"
    (assets / "fonts").mkdir(parents=True, exist_ok=True)
    common = builtin_root() / "styles" / "common.css"
    css = common.read_text(encoding="utf-8") if common.is_file() else ""
    css += f"\n/* {style.id}/{style.spec.stylesheet} */\n" + style.stylesheet.read_text(encoding="utf-8")
    # Unchanged files are left alone: a warm preview tells a new stylesheet by its mtime.
    target = assets / "style.css"
    if not target.is_file() or target.read_text(encoding="utf-8") != css:
        target.write_text(css, encoding="utf-8")
    if style.fonts.is_dir():
        for font in sorted(style.fonts.iterdir()):
            copy = assets / "fonts" / font.name
            if font.suffix.lower() in FONT_SUFFIXES and not (copy.is_file() and filecmp.cmp(font, copy)):
                shutil.copy2(font, copy)


VIRTUAL_ROOT = "file:///casepub-build/"


def guarded_fetcher(allowed: Path, refused: list[str]):
    """A WeasyPrint URL fetcher that serves files below `allowed`, data: URLs, and nothing else.

    Documents are rendered from the virtual base VIRTUAL_ROOT, which this fetcher maps onto
    `allowed`: WeasyPrint names images after their URL, so real paths would make the PDF
    depend on where it was built.
    """
    import mimetypes
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = allowed.resolve()

    class GuardedFetcher(URLFetcher):
        def fetch(self, url: str, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith(VIRTUAL_ROOT):
                path = (root / unquote(urlsplit(url).path[len("/casepub-build/"):])).resolve()
                if root in path.parents and path.is_file():
                    # Answer under the virtual URL, so that URLs inside a stylesheet
                    # (fonts) resolve against it too.
                    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": kind})
            refused.append(url)
            raise ValueError(f"refused to load {url}: casepub reads nothing outside the case "
                             "folder and its style while rendering")

    return GuardedFetcher(allowed_protocols={"file", "data"}, timeout=5)
