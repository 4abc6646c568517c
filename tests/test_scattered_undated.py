"""Figures of no stated day among scattered ones: an undated figure may stand at any dated time
of the group, so with the figures of one such time it can make a time at which no two sources
agree (three sources, three figures far apart: likelier three different things under one name
than two sources wrong). A figure that another source of the group gives too, on any day, is a
figure of the story, not a stray, and its pairs stay conflicts."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups

LABEL = "Dunrath Ferries: fare change"


def fare(doc: str, value: float, when: str | None = None, start: int = 0) -> Claim:
    return built_claim(
        doc,
        f"{value:g}%",
        value,
        "percent",
        value - 0.5,
        value + 0.5,
        start=start,
        kind="percent",
        subject="Dunrath Ferries",
        metric="fare change",
        when=when,
        role="change",
    )


def group(*cs: Claim) -> Group:
    return Group(id="g1", label=LABEL, claims=[c.id for c in cs], unit="percent")


def severities(cs: list[Claim]) -> dict[frozenset[str], str]:
    [f] = compare_groups([group(*cs)], cs)
    return {frozenset(e.claims): e.severity for e in f.evidence}


def test_two_undated_figures_and_a_dated_one_far_apart_make_a_note() -> None:
    # "fares 40% above the rival line", "up 9% in a week", "a fifth dearer than in March"
    cs = [fare("a.txt", 40), fare("b.txt", 21, when="2026-03"), fare("c.txt", 9)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "info", f.message
    assert "no two of the 3 sources agree" in f.message
    assert all(e.severity == "info" for e in f.evidence)


def test_one_undated_figure_between_two_dated_times_makes_a_note() -> None:
    cs = [fare("a.txt", 40, when="2026-03"), fare("b.txt", 21), fare("c.txt", 9, when="2026-03")]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "info", f.message


def test_control_a_figure_another_source_confirms_on_another_day_stays_a_conflict() -> None:
    # 38 on one day, 83 on another, and two undated figures, 64 and 83: the undated 83 is the
    # other day's figure again, so it is no stray of the first day's time
    same = fare("a.txt", 83, when="2026-03-04")
    first = fare("b.txt", 38, when="2026-03-02")
    estimate = fare("c.txt", 64)
    undated = fare("d.txt", 83)
    seen = severities([same, first, estimate, undated])
    assert seen[frozenset({first.id, undated.id})] == "error"
    assert seen[frozenset({first.id, estimate.id})] == "info"


def test_control_two_sources_agree_beside_an_undated_figure() -> None:
    cs = [fare("a.txt", 12, when="2026-03"), fare("b.txt", 12, when="2026-03"), fare("c.txt", 30)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error"


def test_control_close_figures_among_scattered_ones_stay_a_conflict() -> None:
    near_a, near_b = fare("a.txt", 31), fare("b.txt", 33, when="2026-03")
    cs = [near_a, near_b, fare("c.txt", 9)]
    seen = severities(cs)
    assert seen[frozenset({near_a.id, near_b.id})] == "error"


def test_control_a_figure_far_from_every_other_is_no_third_source() -> None:
    # two undated figures and a dated one, the third more than five times from both others
    # ("two crew hurt" beside 140 and 115 on the boats): the two close ones still conflict
    on_day, undated, hurt = fare("a.txt", 140, when="2026-03"), fare("b.txt", 115), fare("c.txt", 2)
    seen = severities([on_day, undated, hurt])
    assert seen[frozenset({on_day.id, undated.id})] == "error"
