"""Figures are re-encoded from pixels; a warm process re-encodes only images that changed."""

import os

from PIL import Image

from casepub.build import prepare
from casepub.render.assets import write_figures


def test_reuse_skips_unchanged_images_and_redoes_changed_ones(case_copy, tmp_path):
    folder = case_copy()
    case, _, _ = prepare(folder)
    out = tmp_path / "out"
    reuse: dict = {}
    files, problems = write_figures(case, out, reuse)
    assert not problems and files and len(reuse) == len(files)
    written = {stem: (out / rel).stat().st_mtime_ns for stem, rel in files.items()}
    again, _ = write_figures(case, out, reuse)
    assert again == files
    assert {stem: (out / rel).stat().st_mtime_ns for stem, rel in files.items()} == written
    # Change one source image: only that one is encoded again, and its new pixels arrive.
    stem, relative = case.figures[0].images()[0]
    source = case.root / relative
    with Image.open(source) as img:
        Image.new(img.mode if img.mode in ("RGB", "L") else "RGB", img.size, "red").save(source, format=img.format)
    os.utime(source, ns=(1, 1))
    third, _ = write_figures(case, out, reuse)
    assert (out / third[stem]).stat().st_mtime_ns != written[stem]
    with Image.open(out / third[stem]) as img:
        assert img.convert("RGB").getpixel((0, 0))[0] > 200
    others = [s for s in files if s != stem]
    assert all((out / third[s]).stat().st_mtime_ns == written[s] for s in others)
