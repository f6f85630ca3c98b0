"""Figure checks: consent, alt text, mentions and their order, resolution, image metadata."""

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from casepub.build import prepare
from conftest import edit


def codes(folder):
    _, _, findings = prepare(folder)
    return [(f.code, f.severity.value) for f in findings]


def test_consent_is_required_for_patient_images(case_copy):
    folder = case_copy()
    edit(folder / "figures.yaml", "    consent: true", "    consent: false")
    assert ("fig-consent", "error") in codes(folder)
    edit(folder / "figures.yaml", "    consent: false", "    consent: false\n    patient: false")
    assert ("fig-consent", "error") not in codes(folder)


def test_missing_alt_text(case_copy):
    folder = case_copy("sweet-syndrome")
    text = (folder / "figures.yaml").read_text()
    first_alt = next(line for line in text.splitlines() if line.strip().startswith("alt:"))
    edit(folder / "figures.yaml", first_alt + "\n", "")
    assert ("fig-alt", "warning") in codes(folder)


def test_uncited_and_out_of_order(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-course, B)", "(Fig 3, B)")
    edit(folder / "case.yaml", "(@fig-course, A)", "(the course)")
    assert ("fig-uncited", "error") in codes(folder)
    folder = case_copy("sweet-syndrome")
    text = (folder / "case.yaml").read_text()
    # swap the first mentions: the histology figure is now mentioned before the clinical one
    text = text.replace("@fig-presentation", "@TMP", 1).replace("@fig-histology", "@fig-presentation", 1)
    (folder / "case.yaml").write_text(text.replace("@TMP", "@fig-histology"))
    assert ("fig-order", "warning") in codes(folder)


def test_resolution_at_printed_width(case_copy):
    folder = case_copy("sweet-syndrome")
    with Image.open(folder / "images" / "histology.png") as img:
        img.resize((800, 600)).save(folder / "images" / "histology.png", dpi=(72, 72))
    _, _, findings = prepare(folder)
    [low] = [f for f in findings if f.code == "fig-resolution"]
    assert "800 pixels wide: 200 dpi at the 4.00 in" in low.message and "1201 pixels" in low.hint


def test_identifying_metadata_in_originals(case_copy):
    folder = case_copy()
    png = folder / "images" / "course-a.png"
    info = PngInfo()
    info.add_text("Author", "Clinic camera 3")
    with Image.open(png) as img:
        img.save(png, pnginfo=info)
    jpeg = folder / "images" / "course-b.jpg"
    exif = Image.Exif()
    exif[0x9003] = "2024:03:05 10:22:01"  # DateTimeOriginal
    exif[0xA431] = "CAM-0042"  # camera serial number
    exif.get_ifd(0x8825)[2] = (42.0, 21.0, 3.0)  # GPS latitude
    with Image.open(folder / "images" / "course-b.png") as img:
        img.convert("RGB").save(jpeg, exif=exif)
    edit(folder / "figures.yaml", "images/course-b.png", "images/course-b.jpg")
    _, _, findings = prepare(folder)
    found = {f.message.split("'")[1]: f.message for f in findings if f.code == "phi-image-metadata"}
    assert "text chunk 'Author'" in found["images/course-a.png"]
    for what in ("GPS position", "capture date", "camera serial number"):
        assert what in found["images/course-b.jpg"]


def test_a_mention_in_a_caption_does_not_count(case_copy):
    folder = case_copy()  # JAAD: no abstract
    edit(folder / "case.yaml", "(@fig-course, A)", "(the course, A)")
    edit(folder / "case.yaml", "(@fig-course, B)", "(the course, B)")
    edit(folder / "figures.yaml", "Clinical findings at presentation.", "Clinical findings at presentation (see @fig-course).")
    assert ("fig-uncited", "error") in codes(folder)


def test_repeated_mentions_do_not_break_the_order(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-pathology, B)", "(@fig-pathology, B; @fig-presentation, B)")
    assert ("fig-order", "warning") not in codes(folder)


def test_images_outside_the_case_are_never_opened(case_copy, tmp_path):
    import re

    folder = case_copy()
    # A small image beside the project: were it opened, its resolution would be reported.
    Image.new("RGB", (40, 30), "white").save(tmp_path / "outside.png")
    text = (folder / "figures.yaml").read_text()
    first = re.search(r"file:\s*(\S+)", text).group(1)
    (folder / "figures.yaml").write_text(text.replace(first, "../../outside.png", 1))
    _, _, findings = prepare(folder)
    assert any(f.code == "unsafe-path" and "outside.png" in f.message for f in findings)
    assert not any("outside.png" in f.message for f in findings if f.code != "unsafe-path")
