"""``reconcile check`` end to end: the agreeing-draft message, suppression forms, standard input
and the integration fixes of issue 13. Sentences are written for these tests."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from reconcile.cli import main

PLAN = "Corvale Freight plans to invest CNY250 billion in new ports over five years, it said.\n"
BEYOND = (
    "Corvale Freight will lift its outlay beyond the 250 billion yuan it pledged last spring.\n"
)


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Freight group expands\n\n" + PLAN, encoding="utf-8")
    (src / "b.txt").write_text("Port spending rises\n\n" + BEYOND, encoding="utf-8")
    return tmp_path


def test_a_draft_that_matches_one_source_is_not_blocked_by_another(here: Path) -> None:
    draft = here / "draft.md"
    draft.write_text("Corvale Freight will invest CNY250 billion in new ports.\n", "utf-8")
    code, out, _ = cli("check", str(draft), "--against", "src")
    assert code == 0 and "1 info note not shown" in out
    code, out, _ = cli("check", str(draft), "--against", "src", "--show-info")
    assert code == 0
    assert "a.txt agrees with draft.md's figure" in out and "b.txt" in out


JOBS = "Tessaly Mills employs 5,900 people across its plants.\n"


@pytest.fixture
def mills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "Mill owner hires\n\nTessaly Mills employs 4,200 people across its three plants.\n", "utf-8"
    )
    (src / "b.txt").write_text(
        "Textile jobs\n\nTessaly Mills now employs 4,200 people, its annual filing shows.\n",
        "utf-8",
    )
    return tmp_path


def checked(folder: Path, draft: str) -> tuple[int, str, str]:
    path = folder / "draft.md"
    path.write_text(draft, encoding="utf-8")
    return cli("check", str(path), "--against", "src", "--no-cache")


@pytest.mark.parametrize(
    "draft",
    [
        JOBS.rstrip("\n") + " <!-- reconcile: ignore -->\n",  # on the same line
        "<!-- reconcile: ignore -->\n" + JOBS,  # alone on the line above
        "<!-- reconcile: ignore[value_mismatch] -->\n" + JOBS,
        # anywhere in a wrapped sentence
        "Tessaly Mills, the textile group, employs 5,900 people across\n"
        "its plants in the north, it said. <!-- reconcile: ignore -->\n",
        "Intro.\n\n<!-- reconcile: off -->\n" + JOBS + "<!-- reconcile: on -->\n",  # a block
        "Intro.\n\n<!-- reconcile: off -->\n" + JOBS,  # a block left open runs to the end
        "<!-- reconcile: ignore-file -->\n\nIntro.\n\n" + JOBS,  # the whole file
        "# reconcile: ignore-file\n" + JOBS,
    ],
)
def test_each_suppression_form_silences_the_sentence(mills: Path, draft: str) -> None:
    assert checked(mills, JOBS)[0] == 1  # the draft's figure is wrong
    code, out, err = checked(mills, draft)
    assert code == 0 and "1 suppressed" in out, out
    assert "silences no finding" not in err


@pytest.mark.parametrize(
    "draft",
    [
        "<!-- reconcile: ignore -->\n\n" + JOBS,  # a blank line between: not the line above
        "<!-- reconcile: ignore[scale_mismatch] -->\n" + JOBS,  # another kind
        "<!-- reconcile: off -->\nIntro.\n<!-- reconcile: on -->\n\n" + JOBS,  # after the block
        JOBS + "\nThe weather held. <!-- reconcile: ignore -->\n",  # another sentence's marker
    ],
)
def test_a_marker_elsewhere_does_not_silence_and_is_reported_unused(
    mills: Path, draft: str
) -> None:
    code, out, err = checked(mills, draft)
    assert code == 1 and "suppressed" not in out
    assert "warning: this reconcile marker silences no finding" in err
    assert len([line for line in err.splitlines() if "silences no finding" in line]) == 1


def test_a_draft_on_standard_input(mills: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Intro.\n\n" + JOBS))
    code, out, _ = cli("check", "-", "--against", "src", "--no-cache")
    assert code == 1 and out.startswith("-:3:")
    monkeypatch.setattr("sys.stdin", io.StringIO("<p>" + JOBS + "</p>"))
    code, out, _ = cli("check", "-", "--stdin-name", "page.html", "--against", "src", "-f", "json")
    assert code == 1 and json.loads(out)["documents"][0]["id"] == "page.html"


@pytest.mark.parametrize(
    ("fmt", "where"),
    [
        ("text", "news/pay.md:3:"),
        ("github", "file=news/pay.md,line=3,"),
        ("sarif", '"uri": "news/pay.md"'),
        ("json", '"path":"news/pay.md"'),
    ],
)
def test_a_named_draft_on_standard_input_is_reported_at_its_name(
    mills: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, where: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Intro.\n\n" + JOBS))
    argv = ["check", "-", "--stdin-name", "news/pay.md", "--against", "src", "-f", fmt]
    code, out, _ = cli(*argv, "--no-cache")
    assert code == 1 and where in out and "file=-," not in out and '"uri": "-"' not in out


def test_the_draft_goes_first(mills: Path) -> None:
    (mills / "draft.md").write_text(JOBS, encoding="utf-8")
    code, out, err = cli("check", "--against", "src", "draft.md")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "the draft goes first" in err and "--against=" in err


def test_a_report_written_into_the_sources_is_not_read_back(mills: Path) -> None:
    for fmt, name in (("html", "report.html"), ("markdown", "report.md"), ("text", "r.txt")):
        code, _, _ = cli("report", "src", "-f", fmt, "-o", f"src/{name}", "--no-cache")
        assert code == 0
    code, out, err = cli("report", "src", "-f", "json", "--no-cache")
    assert code == 0
    assert sorted(d["id"] for d in json.loads(out)["documents"]) == ["a.txt", "b.txt"]
    assert err.count("a report written by reconcile, not read as a source") == 3


def test_check_json_locates_findings_and_names_claims_by_their_spans(mills: Path) -> None:
    draft = mills / "draft.md"
    draft.write_text("# Jobs\n\n**Tessaly Mills** employs *5,900* people across its plants.\n")
    code, out, _ = cli("check", str(draft), "--against", "src", "-f", "json", "--no-cache")
    assert code == 1
    data = json.loads(out)
    raw = draft.read_text()
    mine = [c for c in data["claims"] if c["document"] == "draft.md"]
    assert mine
    for c in mine:  # the id's offsets are the span's, in the file as read
        start, end = c["span"]
        assert c["id"] == f"draft.md#{start}-{end}"
        assert raw[start:end].replace("*", "") == c["text"]
    [f] = [f for f in data["findings"] if not f["suppressed"]]
    assert (f["details"]["line"], f["details"]["path"]) == (3, str(draft))
    assert f["details"]["column"] == raw.splitlines()[2].index("5,900") + 1
    assert set(f["claims"]) <= {c["id"] for c in data["claims"]}


def test_sarif_names_no_unrelated_home_page(mills: Path) -> None:
    (mills / "draft.md").write_text(JOBS, encoding="utf-8")
    _, out, _ = cli("check", "draft.md", "--against", "src", "-f", "sarif", "--no-cache")
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "reconcile"
    assert "pypi.org/project/reconcile" not in driver.get("informationUri", "")
