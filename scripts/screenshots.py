"""Render the first page of each example PDF to PNG for the README (run after `make demo`)."""

from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent

for name in ("dpp4-bullous-pemphigoid", "sweet-syndrome"):
    pdf = pypdfium2.PdfDocument(str(ROOT / "build" / name / f"{name}.pdf"))
    image = pdf[0].render(scale=110 / 72).to_pil()
    target = ROOT / "docs" / "images" / f"{name}-page1.png"
    image.convert("P", palette=1, colors=128).save(target, optimize=True)
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")
