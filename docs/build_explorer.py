"""The docs' explorer: the experiment's configurations on a few of its test X-rays, and a
screenshot of it for chapter 7.

    python docs/build_explorer.py     # after the cross-validated grid (docs/experiment_cv/runs)

Runs ``tinyunet explore --sweep docs/experiment_cv`` (each configuration's first partition) for depth 1-4 at 16 filters and depth 4 at
4, 8 and 32 filters (the two axes of the experiment), 2 test images, 4 channels a map, into
docs/explorer/ (committed: a few MB), then opens the page in headless Chromium (Playwright
driving Debian's chromium), clicks an output pixel and the bottleneck, and saves
docs/figures/07/explorer.png.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
CONFIGS = "d1_f16,d2_f16,d3_f16,d4_f16,d4_f4,d4_f8,d4_f32"


def main() -> None:
    from tinyunet.cli import main as tinyunet
    out = DOCS / "explorer"
    code = tinyunet(["explore", "--sweep", str(DOCS / "experiment_cv"), "--configs", CONFIGS,
                     "--images-from-test", "2", "--max-channels", "4", "--out", str(out)])
    if code:
        sys.exit(code)
    screenshot(out / "index.html", DOCS / "figures" / "07" / "explorer.png")


def screenshot(page_path: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 1250})
        page.goto(page_path.as_uri())
        # depth 2 x 16: its receptive field (44 px) fits well inside the 128 px input
        page.select_option("#config-select", label="depth 2, 16 filters")
        box = page.locator("#output-img").bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.45)
        page.click(".stage[data-name='down2']")
        page.click(".thumb[data-channel='3']")
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png), clip={"x": 0, "y": 0, "width": 1100, "height": 1250})
        browser.close()
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
