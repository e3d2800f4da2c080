"""Demo images drawn here with Pillow (nothing is downloaded): diagrams named by key in the
page files, and a simple mark for each organisation as its logo."""

import hashlib
import io
import math
from collections.abc import Callable
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
INK, PAPER, ACCENT = (28, 37, 54), (255, 255, 255), (0, 92, 153)

EXPULSION_STEPS = {
    "cs": [
        "Policie vykáže násilnou osobu (14 dní)",
        "Do 24 hodin: záznam intervenčnímu centru a soudu",
        "Do 48 hodin: intervenční centrum nabídne pomoc",
        "Návrh na předběžné opatření prodlouží vykázání",
        "Soud rozhodne do 48 hodin",
    ],
    "en": [
        "The police expel the violent person (14 days)",
        "Within 24 hours: record to the intervention centre and court",
        "Within 48 hours: the intervention centre offers help",
        "A motion for a preliminary measure extends the expulsion",
        "The court decides within 48 hours",
    ],
}
CYCLE_PHASES = {
    "cs": ["Narůstání napětí", "Násilný incident", "Usmiřování", "Klid"],
    "en": ["Tension builds", "Violent incident", "Reconciliation", "Calm"],
}


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size=size)


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line]


def expulsion_diagram(language: str) -> PILImage.Image:
    """The expulsion procedure as five boxes joined by arrows."""
    steps = EXPULSION_STEPS[language]
    width, box_h, gap = 1280, 110, 40
    image = PILImage.new("RGB", (width, len(steps) * (box_h + gap) + gap), PAPER)
    draw = ImageDraw.Draw(image)
    font, number_font = _font(34), _font(40, bold=True)
    for i, text in enumerate(steps):
        top = gap + i * (box_h + gap)
        draw.rounded_rectangle((80, top, width - 80, top + box_h), 18, outline=ACCENT, width=5)
        draw.ellipse((100, top + 20, 170, top + 90), fill=ACCENT)
        draw.text((135, top + 55), str(i + 1), font=number_font, fill=PAPER, anchor="mm")
        lines = _wrap(draw, text, font, width - 320)
        y = top + box_h / 2 - (len(lines) - 1) * 21
        for line in lines:
            draw.text((200, y), line, font=font, fill=INK, anchor="lm")
            y += 42
        if i < len(steps) - 1:
            x, y0 = width / 2, top + box_h
            draw.line((x, y0 + 4, x, y0 + gap - 6), fill=ACCENT, width=5)
            draw.polygon(
                [(x - 12, y0 + gap - 16), (x + 12, y0 + gap - 16), (x, y0 + gap - 2)], ACCENT
            )
    return image


def cycle_diagram(language: str) -> PILImage.Image:
    """The cycle of violence: four phases around a circle."""
    size, radius = 1200, 380
    image = PILImage.new("RGB", (size, size), PAPER)
    draw = ImageDraw.Draw(image)
    centre = size / 2
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius),
        outline=ACCENT,
        width=8,
    )
    font = _font(40, bold=True)
    for i, phase in enumerate(CYCLE_PHASES[language]):
        angle = -math.pi / 2 + i * math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        lines = _wrap(draw, phase, font, 330)
        box_h = 60 * len(lines) + 40
        draw.rounded_rectangle((x - 190, y - box_h / 2, x + 190, y + box_h / 2), 24, fill=ACCENT)
        for j, line in enumerate(lines):
            draw.text(
                (x, y - (len(lines) - 1) * 30 + j * 60), line, font=font, fill=PAPER, anchor="mm"
            )
        arrow = angle + math.pi / 4  # between this phase and the next, clockwise
        ax, ay = centre + radius * math.cos(arrow), centre + radius * math.sin(arrow)
        tangent = arrow + math.pi / 2
        tip = (ax + 26 * math.cos(tangent), ay + 26 * math.sin(tangent))
        side = [
            (ax + 22 * math.cos(tangent + s) - 0, ay + 22 * math.sin(tangent + s))
            for s in (2.4, -2.4)
        ]
        draw.polygon([tip, *side], ACCENT)
    return image


def logo_mark(name: str) -> PILImage.Image:
    """An organisation's initials in a coloured circle (a stand-in for its real logo)."""
    digest = hashlib.sha256(name.encode()).digest()
    colour = tuple(40 + b % 140 for b in digest[:3])
    initials = "".join(word[0] for word in name.replace("–", " ").split() if word[0].isalpha())
    image = PILImage.new("RGBA", (512, 512), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((16, 16, 496, 496), fill=colour)
    draw.text((256, 262), initials[:3].upper(), font=_font(170, bold=True), fill=PAPER, anchor="mm")
    return image


DIAGRAMS = {
    "expulsion-diagram-cs": ("Schéma: průběh vykázání", lambda: expulsion_diagram("cs")),
    "expulsion-diagram-en": ("Diagram: the expulsion procedure", lambda: expulsion_diagram("en")),
    "cycle-of-violence-cs": ("Schéma: cyklus násilí", lambda: cycle_diagram("cs")),
    "cycle-of-violence-en": ("Diagram: the cycle of violence", lambda: cycle_diagram("en")),
}


def saved_image(
    title: str, filename: str, draw: Callable[[], PILImage.Image]
) -> tuple[AbstractImage, bool]:
    """The image with ``title``, drawn and saved the first time it is asked for."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    picture = draw()
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    image = model(title=title, description=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image, True
