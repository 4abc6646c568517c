"""A plain-text line wrapped inside its sentence is read as one sentence (documents.
parse_document): a lone line break between a lower-case word (or a comma) and a lower-case word
becomes a blank, so a figure keeps the subject and verb of the line before ("the Brava 40 index
fell" / "by 2.3 percent"). The text keeps its length, so every span still points at the file's
characters, and a check's line and column are the file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.vocab import sentence_spans
from reconcile.cli import main
from reconcile.documents import parse_document

WRAPPED = (
    "Markets slid\n\nIn Tessany, the Brava 40 index fell\nby 2.3 percent on Friday, the "
    "exchange said.\n"
)


def test_a_wrapped_line_is_one_sentence_of_the_same_length() -> None:
    doc = parse_document("a.txt", "a.txt", WRAPPED)
    assert len(doc.text) == len(WRAPPED)
    sentences = [doc.text[a:b] for a, b in sentence_spans(doc.text)]
    assert sentences[1].startswith("In Tessany") and sentences[1].endswith("said.")


def test_a_wrapped_figure_keeps_its_subject_and_verb() -> None:
    doc = parse_document("a.txt", "a.txt", WRAPPED)
    [fell] = [c for c in extract_claims(doc) if c.text.startswith("2.3")]
    assert fell.role == "change" and fell.subject is not None and "Brava" in fell.subject


def test_control_a_title_and_a_new_sentence_keep_their_lines() -> None:
    raw = "Ferry fares rise\nThe operator said fares rise 4%.\nfootnote: data from May"
    doc = parse_document("b.txt", "b.txt", raw)
    assert [doc.text[a:b] for a, b in sentence_spans(doc.text)] == raw.split("\n")


def test_a_check_reports_the_file_s_line_for_a_wrapped_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Markets slid\n\nIn Tessany, the Brava 40 index fell by 2.3 percent on Friday.\n",
        encoding="utf-8",
    )
    (sources / "b.txt").write_text(
        "Index falls\n\nIn Tessany, the Brava 40 index fell by 2.3 percent on Friday.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Draft\n\nIn Tessany, the Brava 40 index fell\nby 4.1 percent on Friday.\n",
        encoding="utf-8",
    )
    code = main(["check", str(draft), "--against", str(sources)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{draft}:4:4" in out  # "4.1 percent" on the file's fourth line
