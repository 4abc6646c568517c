"""A Markdown paragraph wrapped across lines is one paragraph (documents.markdown_to_text): a
soft line break renders as a blank, so a sentence the writer's editor wrapped ("the index
fell" / "by 2.3 percent") is read as one sentence, and its figure keeps the subject and verb
of the line before. Headings, list items, quotes, table rows, HTML comments (suppression
markers) and code keep their own lines."""

from __future__ import annotations

from pathlib import Path

from reconcile.claims.context import extract_claims
from reconcile.documents import markdown_to_text
from reconcile.io import load_document

WRAPPED = """# Markets

In Tessany, the Brava 40 index fell
by 2.3 percent on Friday, while the
Kessel index dropped 3.6 percent.
"""


def test_a_wrapped_paragraph_is_one_line_of_text() -> None:
    text, heading = markdown_to_text(WRAPPED)
    assert heading == "Markets"
    assert text.split("\n") == [
        "Markets",
        "",
        "In Tessany, the Brava 40 index fell by 2.3 percent on Friday, while the Kessel index "
        "dropped 3.6 percent.",
    ]


def test_a_wrapped_figure_keeps_its_subject_and_verb(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(WRAPPED, encoding="utf-8")
    claims = extract_claims(load_document(path))
    [fell] = [c for c in claims if c.text.startswith("2.3")]
    assert fell.role == "change" and fell.subject is not None and "Brava" in fell.subject


def test_control_blocks_keep_their_own_lines() -> None:
    raw = (
        "Intro line one\ncontinues here.\n\n- first item\n  wraps on\n- second item\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n<!-- reconcile: off -->\nAfter the marker.\n"
    )
    text, _ = markdown_to_text(raw)
    assert text.split("\n") == [
        "Intro line one continues here.",
        "",
        "first item wraps on",
        "second item",
        "",
        "a; b",
        "1; 2",
        "<!-- reconcile: off -->",
        "After the marker.",
    ]
