"""Look at the HTML report in headless Chromium: screenshots at 1280 and 390 px, and whether the
page scrolls sideways.

    python scripts/html_screenshots.py [FOLDER ...] [--out DIR] [--chromium PATH]

For each folder (default: fixtures/alibaba-qwen3-max) the report is rendered with --show-info,
then Chromium (Debian's ``chromium`` package) takes a screenshot of it at each width and reads,
from a copy of the page with one measuring script added, how wide the page is. Prints one line
per folder and width: the PNG and "fits" or "scrolls sideways by N px". Exit 1 when a page
scrolls sideways. The report itself has no scripts; only the measuring copy does.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WIDTHS = (1280, 390)
MEASURE = (
    "<script>addEventListener('load',()=>{document.body.setAttribute('data-overflow',"
    "String(document.documentElement.scrollWidth-window.innerWidth));});</script>"
)


def chromium(binary: str, *args: str) -> subprocess.CompletedProcess[str]:
    base = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    return subprocess.run([*base, *args], capture_output=True, text=True, timeout=120)


def overflow(binary: str, page: Path, width: int) -> int:
    probe = page.with_suffix(".probe.html")
    probe.write_text(page.read_text("utf-8").replace("</body>", MEASURE + "</body>"), "utf-8")
    dom = chromium(
        binary,
        f"--window-size={width},900",
        "--virtual-time-budget=2000",
        "--dump-dom",
        probe.as_uri(),
    ).stdout
    found = re.search(r'data-overflow="(-?\d+)"', dom)
    return int(found.group(1)) if found else -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=["fixtures/alibaba-qwen3-max"])
    parser.add_argument("--out", type=Path, default=None, help="where the PNGs go (default: temp)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="reconcile-html-"))
    out.mkdir(parents=True, exist_ok=True)
    status = 0
    for folder in args.folders:
        name = Path(folder).name
        page = out / f"{name}.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "reconcile",
                "report",
                folder,
                "-f",
                "html",
                "--show-info",
                "-o",
                str(page),
            ],
            check=True,
        )
        for width in WIDTHS:
            png = out / f"{name}-{width}.png"
            chromium(
                args.chromium, f"--window-size={width},2400", f"--screenshot={png}", page.as_uri()
            )
            extra = overflow(args.chromium, page, width)
            verdict = "fits" if extra == 0 else f"scrolls sideways by {extra} px"
            if extra != 0:
                status = 1
            print(f"{name} at {width} px: {png} ({verdict})")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
