"""A draft that gives two figures for one quantity, neither as an earlier value or a revision,
contradicts itself: a ``self_contradiction`` finding of its own (a warning by default), while the
verdicts on the pairs of the draft and its sources stay as a report gives them."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from reconcile.check import check_draft
from reconcile.claims.models import Document, Report
from reconcile.cli import main
from reconcile.config import Settings


def _doc(name: str, text: str) -> Document:
    return Document(id=name, path=name, text=text)


def _selfs(report: Report) -> list:
    return [f for f in report.findings if f.kind == "self_contradiction"]


def _surface(report: Report, claim_id: str) -> str:
    return next(c.text for c in report.claims if c.id == claim_id)


# one quantity, three classes of figure (money, percent, count), each said two ways in a draft
CASES = [
    (
        "Tarrow Mills booked yearly sales of $640 million, the firm said.",
        "Further down, the memo put Tarrow Mills sales for the year at $910 million.",
        "640",
        "910",
    ),
    (
        "The Vellory council said turnout reached 64% in the spring vote.",
        "Turnout in the spring vote was 51%, the Vellory council said later.",
        "64",
        "51",
    ),
    (
        "The Oskan Star ferry carried 212 passengers when it left the harbour.",
        "Crew records show the Oskan Star ferry carried 287 passengers that night.",
        "212",
        "287",
    ),
]


@pytest.mark.parametrize(("first", "second", "true", "wrong"), CASES)
def test_two_figures_for_one_quantity_make_a_warning_on_the_one_no_source_backs(
    first: str, second: str, true: str, wrong: str
) -> None:
    draft = _doc("draft.md", f"{first}\n\n{second}\n")
    sources = [_doc(f"s{i}.txt", f"{first}\n\nMore to follow.\n") for i in range(3)]
    report = check_draft(draft, sources, Settings())
    found = _selfs(report)
    assert len(found) == 1, [f.message for f in report.findings]
    f = found[0]
    assert f.severity == "warning"
    # the figure the sources do not back is the finding's subject, and where it is reported
    assert wrong in _surface(report, f.claims[0]) and true in _surface(report, f.claims[1])
    assert f.details["line"] == 3
    assert "3 sources give" in f.message and "none gives this one" in f.message


def test_the_later_figure_is_the_subject_when_no_source_speaks() -> None:
    first, second, _true, wrong = CASES[0]
    report = check_draft(_doc("draft.md", f"{first}\n\n{second}\n"), [], Settings())
    (f,) = _selfs(report)
    assert wrong in _surface(report, f.claims[0]) and f.details["line"] == 3
    assert "sources give" not in f.message


@pytest.mark.parametrize(
    "second",
    [
        "The firm later revised yearly sales from $640 million to $910 million.",
        "Tarrow Mills restated its yearly sales to $910 million in a filing.",
        "In a corrected statement, Tarrow Mills gave yearly sales of $910 million.",
        "An updated tally put Tarrow Mills sales for the year at $910 million.",
    ],
)
def test_a_figure_given_as_a_revision_is_no_contradiction(second: str) -> None:
    first = CASES[0][0]
    sources = [_doc(f"s{i}.txt", f"{first}\n\nMore to follow.\n") for i in range(2)]
    report = check_draft(_doc("draft.md", f"{first}\n\n{second}\n"), sources, Settings())
    assert not _selfs(report), [f.message for f in _selfs(report)]


def test_figures_of_different_days_or_one_figure_twice_are_no_contradiction() -> None:
    days = (
        "Published: 2025-03-14\n\nPrices\n\n"
        "Brasko Foods shares closed at $31.40 on 11 March 2025.\n\n"
        "Brasko Foods shares closed at $36.10 on 13 March 2025.\n"
    )
    assert not _selfs(check_draft(_doc("draft.md", days), [], Settings()))
    again = f"{CASES[1][0]}\n\nOnce more, the Vellory council put spring turnout at 64%.\n"
    assert not _selfs(check_draft(_doc("draft.md", again), [], Settings()))


def test_severity_off_drops_the_kind() -> None:
    first, second, *_ = CASES[2]
    draft = _doc("draft.md", f"{first}\n\n{second}\n")
    off = Settings(severity={"self_contradiction": "off"})
    assert _selfs(check_draft(draft, [], Settings()))
    assert not _selfs(check_draft(draft, [], off))
    info = Settings(severity={"self_contradiction": "info"})
    assert [f.severity for f in _selfs(check_draft(draft, [], info))] == ["info"]


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


def test_select_and_ignore_work_on_the_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, *_ = CASES[0]
    src = tmp_path / "src"
    src.mkdir()
    for i in range(2):
        (src / f"s{i}.txt").write_text(first + "\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(f"{first}\n\n{second}\n", encoding="utf-8")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    base = ["check", str(draft), "--against", str(src), "--format", "github"]
    code, out = _cli(*base, "--select", "self_contradiction")
    assert code == 1 and "self_contradiction" in out
    code, out = _cli(*base, "--ignore", "self_contradiction", "--show-info")
    assert "self_contradiction" not in out
    code, out = _cli("check", str(draft), "--against", str(src), "--format", "json")
    kinds = [f["kind"] for f in json.loads(out)["findings"]]
    assert "self_contradiction" in kinds


def test_no_finding_when_sources_give_both_figures() -> None:
    """Sources that give both figures dispute them among themselves (the pair verdicts say so),
    or their group holds two quantities under one name: the draft's two figures are not its own
    contradiction then."""
    first, second, *_ = CASES[0]
    sources = [_doc("s0.txt", f"{first}\n\nMore.\n"), _doc("s1.txt", f"{second}\n\nMore.\n")]
    report = check_draft(_doc("draft.md", f"{first}\n\n{second}\n"), sources, Settings())
    assert not _selfs(report)
    alone = check_draft(_doc("draft.md", f"{first}\n\n{second}\n"), sources[:1], Settings())
    assert _selfs(alone)
