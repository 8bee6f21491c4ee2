"""The tray icon, drawn with Pillow so no image files need to ship. Each state has its own shape
as well as its own colour, so it reads without colour vision: a tick (running), two bars
(paused), an exclamation mark (error), a ring (starting)."""

from __future__ import annotations

from PIL import Image, ImageDraw

STATES = ("starting", "running", "paused", "error")
COLOURS = {"starting": "#6b7280", "running": "#0f766e", "paused": "#a16207", "error": "#b91c1c"}


def icon_image(state: str, size: int = 64) -> Image.Image:
    if state not in STATES:
        raise ValueError(f"unknown tray state {state!r}")
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size / 64  # everything below is drawn on a 64-unit grid
    draw.ellipse((2 * s, 2 * s, 62 * s, 62 * s), fill=COLOURS[state])
    white = "#ffffff"
    width = max(1, round(7 * s))
    if state == "running":
        draw.line([(18 * s, 33 * s), (28 * s, 43 * s), (46 * s, 22 * s)], fill=white, width=width,
                  joint="curve")
    elif state == "paused":
        draw.rectangle((21 * s, 18 * s, 28 * s, 46 * s), fill=white)
        draw.rectangle((36 * s, 18 * s, 43 * s, 46 * s), fill=white)
    elif state == "error":
        draw.rectangle((28.5 * s, 14 * s, 35.5 * s, 38 * s), fill=white)
        draw.ellipse((28 * s, 43 * s, 36 * s, 51 * s), fill=white)
    else:
        draw.ellipse((18 * s, 18 * s, 46 * s, 46 * s), outline=white, width=width)
    return image
