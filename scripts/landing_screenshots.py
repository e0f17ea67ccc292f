"""Make the landing page's screenshots from a real run of the app.

Usage: ``.venv/bin/python scripts/landing_screenshots.py [SCREENS_DIR]`` (default
``test-results/e2e/screens``, written by ``tests/e2e/test_a11y_routes.py``). Takes the 1280 px
light screenshots of the Jobs page, a job page and the board, crops each to its top 1280 × 800
and saves WebP (quality 72) into ``assets/landing/`` — the files ``careercopilot/pages/index.py``
shows. Pillow does the work.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "landing"
WIDTH, HEIGHT = 1280, 800


def pick(screens: Path) -> dict[str, Path]:
    """landing name → screenshot file (the job page is the first ``jobs-<id>`` shot)."""
    jobs_detail = sorted(p for p in screens.glob("1280x900-light-jobs-*.png"))
    found = {"jobs": screens / "1280x900-light-jobs.png", "board": screens / "1280x900-light-applications.png"}
    if jobs_detail:
        found["job-detail"] = jobs_detail[0]
    return found


def main(argv: list[str]) -> int:
    screens = Path(argv[1]) if len(argv) > 1 else ROOT / "test-results" / "e2e" / "screens"
    OUT.mkdir(parents=True, exist_ok=True)
    for name, src in pick(screens).items():
        if not src.is_file():
            print(f"missing {src}", file=sys.stderr)
            return 1
        with Image.open(src) as im:
            shot = im.convert("RGB").crop((0, 0, WIDTH, min(HEIGHT, im.height)))
            if shot.height < HEIGHT:
                canvas = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
                canvas.paste(shot, (0, 0))
                shot = canvas
            shot.save(OUT / f"{name}.webp", "WEBP", quality=72, method=6)
        print(f"{OUT / (name + '.webp')}: {(OUT / (name + '.webp')).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
