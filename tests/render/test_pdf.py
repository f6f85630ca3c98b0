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


def test_a_build_leaves_nothing_in_the_temporary_folder(case_copy, tmp_path):
    # WeasyPrint copies the style's fonts into a temporary folder; the forked PDF process
    # leaves with os._exit, so only our own clean-up removes it (a few MB per build otherwise).
    from tests.conftest import run_cli

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    case = case_copy()
    result = run_cli("build", str(case), "--to", "pdf", "--out", str(tmp_path / "out"),
                     env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / case.name / f"{case.name}.pdf").stat().st_size > 10_000
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
