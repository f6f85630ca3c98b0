"""Figures are re-encoded from pixels; a warm process re-encodes only images that changed."""

import os

from PIL import Image

from casepub.build import prepare
from casepub.render.assets import write_figures
from conftest import edit


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


def test_encoded_figures_are_cached_by_content(case_copy, tmp_path, monkeypatch):
    """A second run copies each figure from the cache instead of encoding it; the bytes are
    those of a fresh encoding; a damaged cache file is not used."""
    from casepub.render import assets

    case, _, _ = prepare(case_copy())
    first, problems = write_figures(case, tmp_path / "a", keep=tmp_path / "cache")
    assert not problems
    cached = sorted(p for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert len(cached) == len(first)

    calls = []
    real = assets._encode
    monkeypatch.setattr(assets, "_encode", lambda data: calls.append(1) or real(data))
    second, _ = write_figures(case, tmp_path / "b", cache=tmp_path / "cache", keep=tmp_path / "kept")
    assert second == first and not calls
    assert sorted(p.name for p in (tmp_path / "kept").rglob("*.png")) == sorted(p.name for p in cached)
    for rel in first.values():
        assert (tmp_path / "b" / rel).read_bytes() == (tmp_path / "a" / rel).read_bytes()
        assert (tmp_path / "b" / rel).read_bytes() == real((case.root / _source(case, rel)).read_bytes())[1]

    cached[0].write_bytes(cached[0].read_bytes()[:100])
    write_figures(case, tmp_path / "c", cache=tmp_path / "cache")
    assert len(calls) == 1
    for rel in first.values():
        assert (tmp_path / "c" / rel).read_bytes() == (tmp_path / "a" / rel).read_bytes()


def test_the_figure_cache_holds_only_the_last_builds_figures(case_copy, tmp_path, monkeypatch):
    """Kept in the case's own output folder (never the home folder), used by a forced rebuild,
    and holding only what the outputs hold: a replaced image (a face cropped out) is gone."""
    from casepub import build
    from casepub.render import assets

    monkeypatch.setenv("CASEPUB_CACHE", str(tmp_path / "home-cache"))
    folder = case_copy()
    assert build.build_case(folder, tmp_path / "out", ["html"]).ok
    out = tmp_path / "out" / folder.name
    before = sorted(p.name for p in (out / build.FIGURE_CACHE).rglob("*.png"))
    assert len(before) == len(list((out / "figures").iterdir()))
    assert not (tmp_path / "home-cache" / "figures").exists()
    calls = []
    real = assets._encode
    monkeypatch.setattr(assets, "_encode", lambda data: calls.append(1) or real(data))
    assert build.build_case(folder, tmp_path / "out", ["html"], force=True).ok
    assert not calls

    case, _, _ = prepare(folder)
    stem, relative = case.figures[0].images()[0]
    with Image.open(case.root / relative) as img:
        img.crop((0, 0, img.width // 2, img.height // 2)).save(case.root / relative, format=img.format)
    assert build.build_case(folder, tmp_path / "out", ["html"]).ok
    after = sorted(p.name for p in (out / build.FIGURE_CACHE).rglob("*.png"))
    assert len(after) == len(before) and len(set(before) - set(after)) == 1 and len(calls) == 1


def test_a_failed_first_build_leaves_no_figures_behind(case_copy, tmp_path):
    from casepub import build

    folder = case_copy()
    edit(folder / "case.yaml", "A 78-year-old man", "Mr. Jonathan Whitcombe, a 78-year-old man")
    result = build.build_case(folder, tmp_path / "out", ["html", "jats"])
    assert not result.ok
    assert not (tmp_path / "out").exists()


def test_unwritable_cache_still_writes_figures(case_copy, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    case, _, _ = prepare(case_copy())
    files, problems = write_figures(case, tmp_path / "out", cache=blocked, keep=blocked / "x")
    assert not problems and files
    for rel in files.values():
        with Image.open(tmp_path / "out" / rel) as img:
            img.load()


def test_a_turned_jpeg_stays_jpeg():
    """exif_transpose drops the format: the encoder decides JPEG from the source, as figure_file does."""
    import io

    from casepub.render import assets

    img = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90 degrees
    data = io.BytesIO()
    img.save(data, "JPEG", exif=exif)
    kind, blob = assets._encode(data.getvalue())
    assert kind == "JPEG" and blob[:2] == b"\xff\xd8"
    with Image.open(io.BytesIO(blob)) as out:
        assert out.size == (20, 40) and not out.getexif()


def _source(case, rel: str):
    stem = rel.split("/")[-1].rsplit(".", 1)[0]
    return dict(img for fig in case.figures for img in fig.images())[stem]
