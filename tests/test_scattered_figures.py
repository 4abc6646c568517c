"""Three or more sources of which no two agree: figures far apart are more likely different
things, places or moments in one group than errors in all but one source, so they make an info
note that says so; figures that differ a little stay a conflict (a slip of rounding or copying)."""

from __future__ import annotations

from pathlib import Path

from claim_builder import built_claim
from hypothesis import given, settings
from hypothesis import strategies as st
from pair_contract import assert_check_matches_report

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from reconcile.io import load_documents
from reconcile.pipeline import reconcile


def toll(doc: str, value: float, noun: str = "people") -> Claim:
    surface = f"{value:g} {noun}"
    return built_claim(
        doc,
        surface,
        value,
        noun,
        value - 0.5,
        value + 0.5,
        kind="count",
        subject="Ostry Gorge",
        metric="death toll",
    )


def group(*cs: Claim) -> Group:
    return Group(id="g1", label="Ostry Gorge: death toll", claims=[c.id for c in cs], unit="people")


def test_far_apart_figures_of_which_no_two_agree_make_an_info_note() -> None:
    cs = [toll(f"s{i}.txt", v) for i, v in enumerate([20, 31, 45, 66])]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "info" and f.kind == "value_mismatch"
    assert "no two of the 4 sources agree" in f.message and "check what each measures" in f.message
    assert len(f.evidence) == 6 and all(e.severity == "info" for e in f.evidence)


def test_figures_that_differ_a_little_stay_a_conflict() -> None:
    cs = [toll(f"s{i}.txt", v) for i, v in enumerate([1204, 1210, 1198])]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error"
    assert {e.severity for e in f.evidence} == {"error"}


def test_a_close_pair_among_scattered_figures_stays_a_conflict_and_speaks() -> None:
    near_a, near_b, far = toll("a.txt", 310), toll("b.txt", 318), toll("c.txt", 95)
    cs = [near_a, near_b, far]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error"
    alarms = [e for e in f.evidence if e.severity == "error"]
    assert [sorted(e.claims) for e in alarms] == [sorted([near_a.id, near_b.id])]


def test_two_sources_that_agree_keep_the_odd_one_a_conflict() -> None:
    cs = [toll("a.txt", 40), toll("b.txt", 40), toll("c.txt", 140)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error" and "2 of 3 sources agree" in f.message


def test_counts_of_two_nouns_that_agree_are_one_figure() -> None:
    # "142 homes" and "142 houses" agree: the third source's figure is the odd one, not one of
    # three figures of which no two agree
    cs = [toll("a.txt", 142, "homes"), toll("b.txt", 142, "houses"), toll("c.txt", 412, "homes")]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([3.0, 3.1, 12.0, 40.0, 41.0, 400.0]), min_size=3, max_size=6))
def test_a_check_keeps_the_draft_to_the_sources_however_they_scatter(values: list[float]) -> None:
    cs = [toll(f"s{i}.txt", v) for i, v in enumerate(values)]
    report = compare_groups([group(*cs)], cs)
    for c in cs:
        focused = compare_groups([group(*cs)], cs, focus={c.document})
        assert_check_matches_report(focused, report, c.document)


STORY = "The mudslide at Tarnick Vale killed {n} people, the provincial governor said."


def test_three_articles_each_with_its_own_toll(tmp_path: Path) -> None:
    for name, n in (("a", 14), ("b", 29), ("c", 52)):
        (tmp_path / f"{name}.txt").write_text(f"Village grieves\n\n{STORY.format(n=n)}\n")
    report = reconcile(load_documents(sorted(tmp_path.iterdir())))
    [f] = [f for f in report.findings if f.kind == "value_mismatch"]
    assert f.severity == "info" and "no two of the 3 sources agree" in f.message


def test_control_two_articles_agree_and_one_does_not(tmp_path: Path) -> None:
    for name, n in (("a", 14), ("b", 14), ("c", 52)):
        (tmp_path / f"{name}.txt").write_text(f"Village grieves\n\n{STORY.format(n=n)}\n")
    report = reconcile(load_documents(sorted(tmp_path.iterdir())))
    [f] = [f for f in report.findings if f.kind == "value_mismatch"]
    assert f.severity == "error" and "2 of 3 sources agree" in f.message


def test_a_scattered_note_names_its_group_once() -> None:
    # two of the three sources scatter; the third lies more than five times from both (a note
    # of its own kind), so the note is worded as its pair: the group's label opens it once
    cs = [toll("a.txt", 310), toll("b.txt", 180), toll("c.txt", 30)]
    for f in compare_groups([group(*cs)], cs):
        assert f.message.count("Ostry Gorge: death toll") == 1, f.message
