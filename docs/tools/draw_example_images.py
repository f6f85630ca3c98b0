#!/usr/bin/env python3
"""Draw the synthetic illustrations used by the example cases.

The example cases in ``cases/`` are fictional, so their "clinical photographs",
"histology" and "immunofluorescence" figures are drawn here with Pillow. They are
deliberately schematic (and labelled as illustrations) so that nobody can mistake
them for images of a real patient.

The drawing is deterministic: every image uses its own fixed random seed, so
running this script again reproduces the same files byte for byte (for a given
Pillow version).

Usage (from the repository root)::

    .venv/bin/python docs/tools/draw_example_images.py

It writes:

* ``cases/dpp4-bullous-pemphigoid/images/*.png``
* ``cases/sweet-syndrome/images/*.png``
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1200, 900)
DPI = (300, 300)
MAX_BYTES = 300 * 1024

Color = tuple[int, int, int]


# --------------------------------------------------------------------------
# helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def noise_layer(rnd: random.Random, size: tuple[int, int], cells: tuple[int, int]) -> Image.Image:
    """Smooth grey-level noise: random values on a coarse grid, scaled up."""
    w, h = cells
    small = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
    return small.resize(size, Image.Resampling.BICUBIC)


def skin(rnd: random.Random, base: Color, size: tuple[int, int] = SIZE) -> Image.Image:
    """A skin-toned background with gentle mottling and fine texture."""
    img = Image.new("RGB", size, base)
    coarse = noise_layer(rnd, size, (12, 9))
    fine = noise_layer(rnd, size, (120, 90))
    darker = Image.new("RGB", size, tuple(max(0, c - 28) for c in base))
    lighter = Image.new("RGB", size, tuple(min(255, c + 18) for c in base))
    img = Image.composite(darker, img, coarse.point(lambda v: int(v * 0.55)))
    img = Image.composite(lighter, img, fine.point(lambda v: int(v * 0.22)))
    # a soft vignette suggests the curvature of a limb
    vignette = Image.new("L", size, 0)
    d = ImageDraw.Draw(vignette)
    d.ellipse((-size[0] * 0.25, -size[1] * 0.1, size[0] * 1.25, size[1] * 1.1), fill=255)
    vignette = vignette.filter(ImageFilter.GaussianBlur(120))
    shade = Image.new("RGB", size, tuple(max(0, c - 60) for c in base))
    img = Image.composite(img, shade, vignette)
    # a few fine skin creases
    d = ImageDraw.Draw(img)
    crease = tuple(max(0, c - 35) for c in base)
    for _ in range(45):
        x = rnd.uniform(0, size[0])
        y = rnd.uniform(0, size[1])
        length = rnd.uniform(30, 110)
        angle = rnd.uniform(-0.35, 0.35) + (math.pi / 2 if rnd.random() < 0.3 else 0)
        d.line(
            (x, y, x + length * math.cos(angle), y + length * math.sin(angle)),
            fill=crease,
            width=1,
        )
    return img.filter(ImageFilter.GaussianBlur(0.6))


def soft_shape(
    img: Image.Image,
    box: tuple[float, float, float, float],
    color: Color,
    opacity: int = 255,
    blur: float = 8,
    ring: float | None = None,
    angle: float = 0,
) -> None:
    """Composite a blurred ellipse (or elliptical ring) of one colour onto img."""
    mask = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(mask)
    if ring:
        d.ellipse(box, outline=opacity, width=int(ring))
    else:
        d.ellipse(box, fill=opacity)
    if angle:
        cx = (box[0] + box[2]) / 2
        cy = (box[1] + box[3]) / 2
        mask = mask.rotate(angle, center=(cx, cy), resample=Image.Resampling.BICUBIC)
    if blur:
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    img.paste(Image.new("RGB", img.size, color), (0, 0), mask)


def blob(rnd: random.Random, cx: float, cy: float, r: float, lobes: int = 7) -> list[tuple[float, float]]:
    """An irregular closed polygon around (cx, cy)."""
    pts = []
    phase = [rnd.uniform(0, 2 * math.pi) for _ in range(3)]
    for i in range(lobes * 6):
        t = 2 * math.pi * i / (lobes * 6)
        k = 1 + 0.12 * math.sin(3 * t + phase[0]) + 0.08 * math.sin(5 * t + phase[1]) + 0.05 * math.sin(2 * t + phase[2])
        pts.append((cx + r * k * math.cos(t), cy + 0.8 * r * k * math.sin(t)))
    return pts


def soft_polygon(img: Image.Image, pts: list[tuple[float, float]], color: Color, opacity: int = 255, blur: float = 8) -> None:
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(pts, fill=opacity)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    img.paste(Image.new("RGB", img.size, color), (0, 0), mask)


def blister(img: Image.Image, cx: float, cy: float, rx: float, ry: float, hemorrhagic: bool = False) -> None:
    """A tense blister: erythematous halo, translucent dome, rim and highlight."""
    soft_shape(img, (cx - rx * 1.45, cy - ry * 1.45, cx + rx * 1.45, cy + ry * 1.45), (196, 92, 86), 170, blur=18)
    dome = (214, 170, 128) if hemorrhagic else (238, 214, 168)
    soft_shape(img, (cx - rx, cy - ry, cx + rx, cy + ry), dome, 235, blur=3)
    soft_shape(img, (cx - rx, cy - ry, cx + rx, cy + ry), (150, 95, 70), 150, blur=2, ring=max(2, rx * 0.07))
    if hemorrhagic:
        soft_shape(img, (cx - rx * 0.5, cy - ry * 0.1, cx + rx * 0.6, cy + ry * 0.8), (150, 60, 60), 120, blur=10)
    soft_shape(
        img,
        (cx - rx * 0.55, cy - ry * 0.7, cx - rx * 0.05, cy - ry * 0.35),
        (255, 255, 250),
        210,
        blur=max(2, rx * 0.08),
    )


def erosion(img: Image.Image, rnd: random.Random, cx: float, cy: float, r: float, crust: bool = True) -> None:
    soft_polygon(img, blob(rnd, cx, cy, r * 1.25), (200, 100, 92), 150, blur=14)
    soft_polygon(img, blob(rnd, cx, cy, r), (214, 88, 88), 240, blur=3)
    if crust:
        for _ in range(3):
            ox = rnd.uniform(-r * 0.5, r * 0.5)
            oy = rnd.uniform(-r * 0.4, r * 0.4)
            soft_polygon(img, blob(rnd, cx + ox, cy + oy, r * rnd.uniform(0.2, 0.35)), (176, 120, 58), 230, blur=2)


def label(img: Image.Image, text: str, dark: bool = False) -> None:
    """Small 'illustration' stamp in the lower right corner."""
    d = ImageDraw.Draw(img)
    f = font(22)
    w = d.textlength(text, font=f)
    x, y = SIZE[0] - w - 24, SIZE[1] - 40
    fill = (200, 200, 200) if dark else (70, 60, 55)
    d.text((x, y), text, fill=fill, font=f)


def scale_bar(img: Image.Image, text: str, dark: bool = False) -> None:
    d = ImageDraw.Draw(img)
    color = (235, 235, 235) if dark else (20, 20, 20)
    d.rectangle((40, SIZE[1] - 52, 240, SIZE[1] - 44), fill=color)
    d.text((40, SIZE[1] - 40), text, fill=color, font=font(22))


def save(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = img.convert("RGB").quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out.save(path, format="PNG", dpi=DPI, optimize=True)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{path} is {size} bytes, over the {MAX_BYTES} byte limit")
    print(f"wrote {path.relative_to(ROOT)} ({size // 1024} KB)")


# --------------------------------------------------------------------------
# histology-like panels


def he_background(rnd: random.Random, base: Color = (238, 178, 200)) -> Image.Image:
    img = Image.new("RGB", SIZE, base)
    coarse = noise_layer(rnd, SIZE, (30, 22))
    img = Image.composite(Image.new("RGB", SIZE, (222, 150, 182)), img, coarse.point(lambda v: int(v * 0.6)))
    return img


def collagen(img: Image.Image, rnd: random.Random, top: float, n: int = 140) -> None:
    d = ImageDraw.Draw(img)
    for _ in range(n):
        x = rnd.uniform(-100, SIZE[0])
        y = rnd.uniform(top, SIZE[1])
        length = rnd.uniform(80, 260)
        amp = rnd.uniform(4, 12)
        pts = []
        for i in range(16):
            t = i / 15
            pts.append((x + t * length, y + amp * math.sin(t * 6 + x) + t * rnd.uniform(-6, 6)))
        d.line(pts, fill=(214, 120, 160), width=rnd.choice((2, 3)))


def nuclei(img: Image.Image, rnd: random.Random, region, n: int, color: Color = (92, 52, 140), r=(3, 6)) -> None:
    """Stipple small dark nuclei inside region(x, y) -> bool."""
    d = ImageDraw.Draw(img)
    placed = 0
    tries = 0
    while placed < n and tries < n * 20:
        tries += 1
        x = rnd.uniform(0, SIZE[0])
        y = rnd.uniform(0, SIZE[1])
        if not region(x, y):
            continue
        rr = rnd.uniform(*r)
        d.ellipse((x - rr, y - rr * 0.8, x + rr, y + rr * 0.8), fill=color)
        placed += 1


def neutrophil(d: ImageDraw.ImageDraw, rnd: random.Random, x: float, y: float) -> None:
    d.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(236, 196, 214))
    for _ in range(3):
        ox, oy = rnd.uniform(-4, 4), rnd.uniform(-4, 4)
        d.ellipse((x + ox - 2.6, y + oy - 2.6, x + ox + 2.6, y + oy + 2.6), fill=(70, 30, 120))


def eosinophil(d: ImageDraw.ImageDraw, rnd: random.Random, x: float, y: float) -> None:
    d.ellipse((x - 8, y - 7, x + 8, y + 7), fill=(232, 70, 90))
    for ox in (-3, 3):
        d.ellipse((x + ox - 3, y - 3, x + ox + 3, y + 3), fill=(70, 30, 120))


def wavy(x: float, base: float, amp: float, period: float, phase: float = 0) -> float:
    return base + amp * math.sin(2 * math.pi * x / period + phase) + amp * 0.35 * math.sin(2 * math.pi * x / (period * 0.43) + phase * 2)


def epidermis(img: Image.Image, rnd: random.Random, top: float, bottom_fn, cell_density: int = 1600) -> None:
    """Keratin layer, keratinocytes and a basal row of darker nuclei."""
    ImageDraw.Draw(img).rectangle((0, 0, SIZE[0], top - 30), fill=(246, 240, 244))
    mask = Image.new("L", SIZE, 0)
    d = ImageDraw.Draw(mask)
    pts = [(0, top)] + [(x, bottom_fn(x)) for x in range(0, SIZE[0] + 10, 10)] + [(SIZE[0], top)]
    d.polygon(pts, fill=255)
    img.paste(Image.new("RGB", SIZE, (226, 150, 190)), (0, 0), mask)
    dd = ImageDraw.Draw(img)
    # basket-weave keratin
    for i in range(7):
        y = top - 28 + i * 4
        dd.line([(x, y + 3 * math.sin(x / 37 + i)) for x in range(0, SIZE[0] + 10, 10)], fill=(240, 170, 205), width=2)
    def inside(x: float, y: float) -> bool:
        return top + 6 < y < bottom_fn(x) - 12
    nuclei(img, rnd, inside, cell_density, color=(120, 70, 150), r=(3, 5))
    def basal(x: float, y: float) -> bool:
        b = bottom_fn(x)
        return b - 16 < y < b - 4
    nuclei(img, rnd, basal, 520, color=(70, 35, 120), r=(3.5, 5.5))


# --------------------------------------------------------------------------
# bullous pemphigoid case


def bp_presentation_a(out: Path) -> None:
    rnd = random.Random(4101)
    img = skin(rnd, (226, 184, 156))
    # urticarial erythematous background patches
    for cx, cy, r in ((330, 330, 260), (820, 540, 300), (560, 760, 220)):
        soft_polygon(img, blob(rnd, cx, cy, r), (212, 128, 118), 120, blur=40)
    blisters = [
        (300, 260, 95, 70, False),
        (520, 300, 60, 48, False),
        (760, 420, 120, 82, False),
        (930, 300, 55, 42, True),
        (420, 560, 80, 60, False),
        (860, 660, 70, 52, False),
        (640, 640, 40, 32, True),
        (210, 520, 45, 36, False),
    ]
    for cx, cy, rx, ry, hem in blisters:
        blister(img, cx, cy, rx, ry, hem)
    erosion(img, rnd, 1040, 560, 50)
    erosion(img, rnd, 600, 470, 34)
    label(img, "Illustration")
    save(img, out / "presentation-a.png")


def bp_presentation_b(out: Path) -> None:
    rnd = random.Random(4102)
    img = skin(rnd, (222, 180, 152))
    # annular urticarial plaques
    for cx, cy, rx, ry in ((340, 330, 230, 170), (800, 280, 190, 140), (700, 640, 260, 180), (220, 700, 150, 110)):
        soft_shape(img, (cx - rx, cy - ry, cx + rx, cy + ry), (208, 118, 110), 150, blur=26)
        soft_shape(img, (cx - rx, cy - ry, cx + rx, cy + ry), (196, 90, 92), 200, blur=14, ring=rx * 0.22)
    for cx, cy, r in ((420, 420, 42), (860, 330, 30), (640, 700, 55), (300, 250, 26)):
        erosion(img, rnd, cx, cy, r)
    blister(img, 950, 560, 50, 38)
    label(img, "Illustration")
    save(img, out / "presentation-b.png")


def bp_pathology_a(out: Path) -> None:
    rnd = random.Random(4103)
    img = he_background(rnd)
    top = 150
    # the epidermis is lifted off the dermis over the middle of the field
    def epi_bottom(x: float) -> float:
        return wavy(x, 300, 10, 260, 0.5)
    def dermis_top(x: float) -> float:
        lift = 150 * math.exp(-((x - 620) / 300) ** 4)
        return epi_bottom(x) + 12 + lift
    collagen(img, rnd, 300)
    # blister cavity: pale fluid with fibrin strands
    cav = [(x, epi_bottom(x) + 2) for x in range(0, SIZE[0] + 10, 10)]
    cav += [(x, dermis_top(x)) for x in range(SIZE[0], -10, -10)]
    mask = Image.new("L", SIZE, 0)
    ImageDraw.Draw(mask).polygon(cav, fill=255)
    img.paste(Image.new("RGB", SIZE, (250, 236, 242)), (0, 0), mask.filter(ImageFilter.GaussianBlur(2)))
    d = ImageDraw.Draw(img)
    for _ in range(40):
        x = rnd.uniform(360, 880)
        y1 = epi_bottom(x) + 8
        y2 = dermis_top(x) - 8
        if y2 - y1 < 20:
            continue
        y = rnd.uniform(y1, y2)
        d.line((x, y, x + rnd.uniform(-40, 40), y + rnd.uniform(-8, 8)), fill=(232, 190, 210), width=2)
    epidermis(img, rnd, top, epi_bottom)
    # eosinophils in the cavity and the superficial dermis
    for _ in range(34):
        x = rnd.uniform(380, 860)
        y1, y2 = epi_bottom(x) + 12, dermis_top(x) - 10
        if y2 > y1:
            eosinophil(d, rnd, x, rnd.uniform(y1, y2))
    for _ in range(120):
        x = rnd.uniform(40, SIZE[0] - 40)
        y = rnd.uniform(dermis_top(x) + 10, dermis_top(x) + 200)
        if rnd.random() < 0.6:
            eosinophil(d, rnd, x, y)
        else:
            d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=(80, 40, 130))
    # a few dermal vessels
    for cx, cy in ((220, 620), (980, 600), (600, 780)):
        d.ellipse((cx - 34, cy - 14, cx + 34, cy + 14), outline=(160, 70, 120), width=4)
    scale_bar(img, "100 um (schematic)")
    label(img, "Illustration, H&E-style")
    save(img, out / "pathology-a.png")


def bp_pathology_b(out: Path) -> None:
    rnd = random.Random(4104)
    img = Image.new("RGB", SIZE, (6, 8, 6))
    # faint green autofluorescence of the epidermis above the band
    def bmz(x: float) -> float:
        return wavy(x, 470, 28, 220, 1.3)
    mask = Image.new("L", SIZE, 0)
    pts = [(0, 140)] + [(x, bmz(x)) for x in range(0, SIZE[0] + 10, 10)] + [(SIZE[0], 140)]
    ImageDraw.Draw(mask).polygon(pts, fill=60)
    mask = ImageChops.multiply(mask, noise_layer(rnd, SIZE, (90, 68)).point(lambda v: 120 + v // 2))
    img.paste(Image.new("RGB", SIZE, (40, 120, 40)), (0, 0), mask.filter(ImageFilter.GaussianBlur(6)))
    # the thin, bright linear band along the basement membrane zone
    line = [(x, bmz(x)) for x in range(0, SIZE[0] + 5, 5)]
    glow = Image.new("L", SIZE, 0)
    ImageDraw.Draw(glow).line(line, fill=170, width=16)
    img.paste(Image.new("RGB", SIZE, (60, 200, 60)), (0, 0), glow.filter(ImageFilter.GaussianBlur(8)))
    core = Image.new("L", SIZE, 0)
    ImageDraw.Draw(core).line(line, fill=255, width=5)
    img.paste(Image.new("RGB", SIZE, (170, 255, 150)), (0, 0), core.filter(ImageFilter.GaussianBlur(1.5)))
    # sparse speckles in the dermis
    d = ImageDraw.Draw(img)
    for _ in range(160):
        x, y = rnd.uniform(0, SIZE[0]), rnd.uniform(bmz(600) + 60, SIZE[1])
        g = rnd.randint(25, 60)
        d.point((x, y), fill=(0, g, 0))
    scale_bar(img, "50 um (schematic)", dark=True)
    label(img, "Illustration, DIF-style", dark=True)
    save(img, out / "pathology-b.png")


def bp_course_a(out: Path) -> None:
    rnd = random.Random(4105)
    img = skin(rnd, (224, 182, 154))
    # healed erosions: brown postinflammatory patches with milia
    for cx, cy, r in ((330, 300, 90), (760, 420, 120), (430, 580, 80), (880, 680, 70), (950, 300, 55)):
        soft_polygon(img, blob(rnd, cx, cy, r), (176, 122, 96), 150, blur=16)
        soft_polygon(img, blob(rnd, cx, cy, r * 0.6), (196, 132, 118), 90, blur=12)
        d = ImageDraw.Draw(img)
        for _ in range(5):
            mx = cx + rnd.uniform(-r * 0.7, r * 0.7)
            my = cy + rnd.uniform(-r * 0.5, r * 0.5)
            d.ellipse((mx - 5, my - 5, mx + 5, my + 5), fill=(248, 240, 222))
    label(img, "Illustration")
    save(img, out / "course-a.png")


def bp_course_b(out: Path) -> None:
    rnd = random.Random(4106)
    img = skin(rnd, (226, 186, 158))
    for cx, cy, r in ((330, 300, 80), (760, 420, 100), (430, 580, 60)):
        soft_polygon(img, blob(rnd, cx, cy, r), (196, 148, 120), 70, blur=24)
    label(img, "Illustration")
    save(img, out / "course-b.png")


# --------------------------------------------------------------------------
# Sweet syndrome case


def sweet_plaque(img: Image.Image, rnd: random.Random, cx: float, cy: float, r: float, pseudovesicles: int = 0) -> None:
    """A juicy, edematous, red to violaceous plaque."""
    soft_polygon(img, blob(rnd, cx, cy, r * 1.35), (214, 110, 110), 120, blur=30)
    soft_polygon(img, blob(rnd, cx, cy, r), (196, 58, 78), 235, blur=6)
    soft_polygon(img, blob(rnd, cx + r * 0.1, cy + r * 0.1, r * 0.75), (150, 50, 90), 90, blur=18)
    # sheen of an edematous surface
    soft_shape(img, (cx - r * 0.6, cy - r * 0.55, cx - r * 0.05, cy - r * 0.25), (250, 200, 200), 110, blur=r * 0.12)
    for _ in range(pseudovesicles):
        a = rnd.uniform(0, 2 * math.pi)
        rr = rnd.uniform(0, r * 0.7)
        px, py = cx + rr * math.cos(a), cy + 0.8 * rr * math.sin(a)
        s = rnd.uniform(r * 0.07, r * 0.14)
        soft_shape(img, (px - s, py - s, px + s, py + s), (236, 156, 160), 200, blur=s * 0.35)
        soft_shape(img, (px - s * 0.5, py - s * 0.6, px - s * 0.05, py - s * 0.2), (255, 236, 236), 200, blur=s * 0.15)


def sweet_presentation_a(out: Path) -> None:
    rnd = random.Random(5101)
    img = skin(rnd, (218, 170, 138))
    for cx, cy, r in ((300, 320, 120), (640, 260, 90), (880, 430, 150), (450, 620, 110), (1030, 720, 70), (200, 690, 60)):
        sweet_plaque(img, rnd, cx, cy, r, pseudovesicles=4)
    label(img, "Illustration")
    save(img, out / "presentation-a.png")


def sweet_presentation_b(out: Path) -> None:
    rnd = random.Random(5102)
    img = skin(rnd, (220, 172, 140))
    sweet_plaque(img, rnd, 600, 450, 330, pseudovesicles=16)
    label(img, "Illustration")
    save(img, out / "presentation-b.png")


def sweet_presentation_c(out: Path) -> None:
    rnd = random.Random(5103)
    img = skin(rnd, (222, 176, 146))
    for cx, cy, r in ((360, 380, 140), (760, 300, 100), (820, 640, 130), (300, 720, 70)):
        sweet_plaque(img, rnd, cx, cy, r, pseudovesicles=6)
    label(img, "Illustration")
    save(img, out / "presentation-c.png")


def sweet_histology(out: Path) -> None:
    rnd = random.Random(5104)
    img = he_background(rnd)
    top = 120
    def epi_bottom(x: float) -> float:
        return wavy(x, 250, 22, 200, 0.2)
    collagen(img, rnd, 520, n=110)
    # markedly edematous, pale papillary dermis
    mask = Image.new("L", SIZE, 0)
    pts = [(x, epi_bottom(x)) for x in range(0, SIZE[0] + 10, 10)]
    pts += [(x, wavy(x, 470, 20, 330, 2.0)) for x in range(SIZE[0], -10, -10)]
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    img.paste(Image.new("RGB", SIZE, (248, 226, 236)), (0, 0), mask.filter(ImageFilter.GaussianBlur(14)))
    d = ImageDraw.Draw(img)
    for _ in range(60):
        x = rnd.uniform(0, SIZE[0])
        y = rnd.uniform(epi_bottom(x) + 15, 450)
        d.line((x, y, x + rnd.uniform(-60, 60), y + rnd.uniform(-6, 6)), fill=(236, 196, 214), width=1)
    epidermis(img, rnd, top, epi_bottom, cell_density=1300)
    # dense, diffuse neutrophilic infiltrate in the upper and mid dermis
    for _ in range(900):
        x = rnd.uniform(10, SIZE[0] - 10)
        y = rnd.gauss(520, 90)
        if y < epi_bottom(x) + 40 or y > SIZE[1] - 60:
            continue
        neutrophil(d, rnd, x, y)
    # nuclear dust
    for _ in range(500):
        x = rnd.uniform(0, SIZE[0])
        y = rnd.gauss(520, 100)
        d.point((x, y), fill=(60, 20, 100))
    # intact vessels without fibrinoid change
    for cx, cy in ((260, 600), (700, 560), (1010, 640)):
        d.ellipse((cx - 30, cy - 13, cx + 30, cy + 13), outline=(170, 80, 130), width=4)
    scale_bar(img, "100 um (schematic)")
    label(img, "Illustration, H&E-style")
    save(img, out / "histology.png")


def sweet_course_a(out: Path) -> None:
    rnd = random.Random(5105)
    img = skin(rnd, (218, 170, 138))
    for cx, cy, r in ((300, 320, 110), (640, 260, 80), (880, 430, 135), (450, 620, 100)):
        soft_polygon(img, blob(rnd, cx, cy, r * 1.2), (204, 122, 118), 110, blur=30)
        soft_polygon(img, blob(rnd, cx, cy, r), (186, 96, 100), 150, blur=14)
    label(img, "Illustration")
    save(img, out / "course-a.png")


def sweet_course_b(out: Path) -> None:
    rnd = random.Random(5106)
    img = skin(rnd, (218, 172, 140))
    for cx, cy, r in ((300, 320, 100), (880, 430, 120), (450, 620, 90)):
        soft_polygon(img, blob(rnd, cx, cy, r), (178, 128, 104), 80, blur=22)
    label(img, "Illustration")
    save(img, out / "course-b.png")


def main() -> None:
    bp = ROOT / "cases" / "dpp4-bullous-pemphigoid" / "images"
    for draw in (bp_presentation_a, bp_presentation_b, bp_pathology_a, bp_pathology_b, bp_course_a, bp_course_b):
        draw(bp)
    ss = ROOT / "cases" / "sweet-syndrome" / "images"
    for draw in (
        sweet_presentation_a,
        sweet_presentation_b,
        sweet_presentation_c,
        sweet_histology,
        sweet_course_a,
        sweet_course_b,
    ):
        draw(ss)


if __name__ == "__main__":
    main()
