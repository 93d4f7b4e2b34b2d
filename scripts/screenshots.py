"""Screenshots of the web app's main pages for the README: docs/web-*.png.

    python scripts/screenshots.py [--out docs] [--width 1280]

Starts ``rashomon serve`` on 127.0.0.1 over a temporary store seeded with the bundled example
stories (as the browser tests do, without the hostile article), and takes PNGs with Debian's
chromium through Playwright (never a browser download):

    web-stories.png        /                  the story list
    web-story.png          /stories/{id}      the top of the story with the most conflicts: the
                                              summary (event, headlines, conflicts) before the texts
    web-story-digest.png   /stories/{id}      its digest section
    web-entity.png         /entities/{key}    the first entity the story page links
    web-outlet.png         /outlets/{name}    the first outlet the story page links
    web-compare.png        /compare           the compare form
    web-story-phone.png    /stories/{id}      at 390x844, the first screen (event and first conflict)
    report.png             rashomon compare -f html, the CLI's self-contained report of the same
                           example story (the same report body as the web page)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]

from tests.e2e.harness import RunningServer, chromium_path, launch_chromium, seed_store  # noqa: E402

NAV_TIMEOUT_MS = 90_000


def most_conflicted_story(base: str) -> int:
    """The story whose report has the most conflicts (then the most articles): it shows the most."""
    import httpx

    listing = httpx.get(f"{base}/api/stories", timeout=30).raise_for_status().json()
    listing = listing.get("stories", listing) if isinstance(listing, dict) else listing
    best: tuple[int, int, int] | None = None
    for item in listing:
        if item.get("size", 0) < 2:
            continue
        report = httpx.get(f"{base}/api/stories/{item['id']}", timeout=120).raise_for_status().json()
        key = (len(report.get("conflicts", [])), len(report.get("articles", [])), -int(item["id"]))
        best = key if best is None or key > best else best
    if best is None:
        raise RuntimeError("no story of two or more articles to show")
    return -best[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--story", type=int, help="the story to show (default: the most conflicts, then articles)")
    parser.add_argument("--max-height", type=int, default=1800, help="clip tall desktop pages to this many pixels")
    args = parser.parse_args(argv)
    executable = chromium_path()
    if executable is None:
        parser.error("no chromium: apt-get install chromium (the script never downloads a browser)")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rashomon-shots-") as tmp:
        db = Path(tmp) / "rashomon.db"
        seed_store(db, hostile=False)
        with RunningServer.start(db, log_path=Path(tmp) / "server.log") as server, sync_playwright() as playwright:
            base = server.base_url
            import httpx

            story = args.story or most_conflicted_story(base)
            browser = launch_chromium(playwright, executable)
            try:
                desktop = browser.new_context(viewport={"width": args.width, "height": args.height})
                desktop.set_default_navigation_timeout(NAV_TIMEOUT_MS)
                page = desktop.new_page()

                def shot(path: str, name: str, *, full_page: bool = True) -> None:
                    response = page.goto(f"{base}{path}")
                    if response is None or response.status != 200:
                        raise RuntimeError(f"{path} answered {response and response.status}")
                    target = args.out / f"web-{name}.png"
                    height = page.evaluate("document.documentElement.scrollHeight")
                    clip = None
                    if full_page and height > args.max_height:
                        clip = {"x": 0, "y": 0, "width": page.viewport_size["width"], "height": args.max_height}
                    page.screenshot(path=str(target), full_page=full_page, clip=clip)
                    written.append(target)

                shot("/", "stories")
                shot(f"/stories/{story}", "story")
                entity = page.locator("section#entities a[href^='/entities/']").first.get_attribute("href")
                outlet = page.locator("section#framing a[href^='/outlets/']").first.get_attribute("href")
                digest = args.out / "web-story-digest.png"
                box = page.locator("section#digest").bounding_box()
                scroll = page.evaluate("window.scrollY")
                page.screenshot(path=str(digest), full_page=True,
                                clip={"x": 0, "y": box["y"] + scroll - 8, "width": page.viewport_size["width"],
                                      "height": min(box["height"] + 16, args.max_height)})
                written.append(digest)
                shot("/compare", "compare")
                shot(entity, "entity")
                shot(outlet, "outlet")

                report = Path(tmp) / "report.html"
                report.write_text(httpx.get(f"{base}/stories/{story}/report.html", timeout=120).raise_for_status().text,
                                  encoding="utf-8")
                page.goto(report.as_uri())
                target = args.out / "report.png"
                page.screenshot(path=str(target), full_page=True,
                                clip={"x": 0, "y": 0, "width": page.viewport_size["width"], "height": args.max_height})
                written.append(target)
                desktop.close()

                phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
                phone.set_default_navigation_timeout(NAV_TIMEOUT_MS)
                page = phone.new_page()
                page.goto(f"{base}/stories/{story}")
                target = args.out / "web-story-phone.png"
                page.screenshot(path=str(target))
                written.append(target)
                phone.close()
            finally:
                browser.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
