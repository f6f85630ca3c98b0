"""The PDF stage: figure streams taken from our PNGs as WeasyPrint would encode them, the PDF process."""

import io

import pytest
from PIL import Image

from casepub.build import prepare
from casepub.render.assets import write_figures
from casepub.render.pdf import _png_stream


def test_our_figures_give_the_bytes_weasyprint_would_encode(case_copy, tmp_path):
    from weasyprint.images import RasterImage

    encode = RasterImage._get_png_data
    encode = getattr(encode, "weasyprint", encode)  # its own encoder, even once write_pdf has run
    case, _, _ = prepare(case_copy())
    files, problems = write_figures(case, tmp_path)
    assert files and not problems
    for relative in files.values():
        data = (tmp_path / relative).read_bytes()
        stream = _png_stream(Image.open(io.BytesIO(data)))
        assert stream is not None and stream == encode(Image.open(io.BytesIO(data)))


@pytest.mark.parametrize("mode,kwargs", [("P", {}), ("RGBA", {}), ("LA", {}), ("I;16", {}),
                                         ("RGB", {"transparency": (0, 0, 0)})])
def test_other_pngs_are_left_to_weasyprint(mode, kwargs):
    buffer = io.BytesIO()
    Image.new(mode, (8, 8)).save(buffer, format="PNG", **kwargs)
    assert _png_stream(Image.open(io.BytesIO(buffer.getvalue()))) is None


def test_jpeg_and_decoded_images_are_left_to_weasyprint():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="JPEG")
    assert _png_stream(Image.open(io.BytesIO(buffer.getvalue()))) is None
    assert _png_stream(Image.new("RGB", (8, 8))) is None


def test_write_pdf_removes_weasyprints_font_folder_itself(case_copy, tmp_path, monkeypatch):
    # WeasyPrint copies the style's fonts into a temporary folder and removes it only in the font
    # configuration's __del__, which a forked PDF process (it leaves with os._exit) never runs: with
    # __del__ made to do nothing, as there, write_pdf must remove the folder itself.
    import tempfile

    from weasyprint.text.fonts import FontConfiguration

    from casepub.build import build_case
    from casepub.render.pdf import write_pdf

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    case = case_copy()
    outcome = build_case(case, tmp_path / "out", formats=["html"])
    html = next((tmp_path / "out" / case.name).glob("*.html"))
    assert "@font-face" in html.read_text(encoding="utf-8") or list((tmp_path / "out" / case.name).rglob("*.css"))
    monkeypatch.setattr(FontConfiguration, "__del__", lambda self: None)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    problems, pages, _ = write_pdf(html, tmp_path / "x.pdf", allowed=tmp_path / "out" / case.name)
    assert pages >= 1 and (tmp_path / "x.pdf").stat().st_size > 10_000
    assert sorted(p.name for p in scratch.iterdir()) == []


def test_a_pdf_process_stopped_mid_page_leaves_nothing_behind(tmp_path, monkeypatch):
    # A failed build stops the PDF process while it lays out; whatever WeasyPrint had written into the
    # temporary folder by then goes with the process's own scratch folder.
    import tempfile

    from casepub.render.pdf import PdfJob, _can_fork

    if not _can_fork():
        pytest.skip("this process cannot fork")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    site = tmp_path / "site"
    site.mkdir()
    (site / "x.html").write_text("<p>" + "text " * 20000 + "</p>", encoding="utf-8")
    job = PdfJob(separate=True)
    assert job.separate and len(list(scratch.iterdir())) == 1
    job.send(site / "x.html", site / "x.pdf", site)
    job.close()
    assert list(scratch.iterdir()) == []
