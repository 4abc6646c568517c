"""Property tests over the whole pipeline: arbitrary text and arbitrary file names never crash
a run, always serialize, and never put a control character or a forged line into the output."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.cli import render_check, render_report
from reconcile.io import read_inputs
from reconcile.pipeline import reconcile

FIGURES = ["$1,2", "3.5%", "HK$140.60", "1 billion", "€4", "12..5%", "\u0661\u0662", "1e308"]
WORDS = ["rose", "fell", "to", "Acme", "shares", "revenue", "on Tuesday", "\n", ".", "  "]
CONTROLS = ["\x1b[31m", "\x07", "\x9b", "\x00", "\ud800", "\r", "\u202e", "<b>", "**", "::"]

text_like = st.lists(st.sampled_from(FIGURES + WORDS + CONTROLS) | st.text(max_size=8), max_size=40)
SAFE = set("\t\n")  # a return, lone or before a newline, is a control too


def unsafe(out: str) -> set[str]:
    return {c for c in out if (ord(c) < 32 or 127 <= ord(c) < 160) and c not in SAFE}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_like, min_size=1, max_size=3), st.sampled_from([".txt", ".md", ".html"]))
def test_any_text_runs_serializes_and_renders_safely(parts: list[list[str]], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, words in enumerate(parts):
            (Path(tmp) / f"s{i}{suffix}").write_text(
                " ".join(words), encoding="utf-8", errors="surrogatepass"
            )
        docs, problems = read_inputs([tmp])
        report = reconcile(docs)
        json.loads(report.model_dump_json())
        for fmt in ("text", "markdown", "json", "html"):
            assert not unsafe(render_report(report, fmt)), fmt
        for message in problems:
            assert "\n" not in message
        if docs:
            for fmt in ("text", "github", "sarif"):
                out = render_check(report, fmt, docs[:1])
                assert not unsafe(out), fmt


name_bytes = st.binary(min_size=1, max_size=30).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")
)


@settings(max_examples=40, deadline=None)
@given(st.lists(name_bytes, min_size=1, max_size=3, unique=True))
def test_any_file_name_reads_and_serializes(names: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, name in enumerate(names):
            path = os.path.join(os.fsencode(tmp), name + b".txt")
            with open(path, "wb") as f:
                f.write(f"Bridge tolls rose {i + 2}% to $3 on Monday.\n".encode())
        docs, problems = read_inputs([tmp])
        hidden = sum(name.startswith(b".") for name in names)
        assert len(docs) == len(names) - hidden
        report = reconcile(docs)
        data = json.loads(report.model_dump_json())
        assert len({d["id"] for d in data["documents"]}) == len(docs)
        out = render_report(report, "text") + "\n".join(problems)
        assert not unsafe(out)
        for line in render_check(report, "github", docs[:1]).splitlines() if docs else []:
            assert line.startswith("::") and "\n" not in line
