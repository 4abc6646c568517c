"""The installed command on real files: HTML escapes article text, SARIF validates."""

from __future__ import annotations

import json
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import jsonschema

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
HOSTILE = (
    "Acme <script>alert('x')</script> results\n\n"
    "Acme raised $5 million on Monday, the <b>company</b> said & more.\n"
)
OTHER = "Acme results\n\nAcme raised $9 million on Monday, filings show.\n"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = ["reconcile", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def test_html_report_escapes_article_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    done = _run("report", "a.txt", "b.txt", "--format", "html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    page = done.stdout
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "&lt;script&gt;alert(" in page
    assert "<b>company</b>" not in page and "&lt;b&gt;company&lt;/b&gt;" in page
    assert "$5 million" in page and "$9 million" in page


def test_check_sarif_validates_and_points_into_the_draft(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(HOSTILE, encoding="utf-8")
    done = _run("check", "draft.md", "--against", "sources", "--format", "sarif", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # $9 million against $5 million: an error
    log = json.loads(done.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    [result] = log["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "draft.md"
    )
    assert (region["startLine"], region["startColumn"]) == (3, 13)
