"""One verdict per group in a report: how the sources line up, with the pairs as evidence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pair_contract import assert_check_matches_report

from reconcile.claims.models import Claim, Group, Mention
from reconcile.compare import compare_groups, conflict_pairs


def fig(doc: str, value: float, half: float = 0.05, when: str | None = "2024-11-05") -> Claim:
    mention = Mention(
        surface=f"${value}",
        span=(0, 4),
        value=value,
        unit="USD",
        kind="money",
        low=value - half,
        high=value + half,
    )
    return Claim(
        id=f"{doc}#0-4",
        document=doc,
        span=(0, 4),
        text=f"${value:g}",
        value=value,
        unit="USD",
        low=value - half,
        high=value + half,
        kind="money",
        subject="Quillon",
        metric="price",
        when=when,
        mention=mention,
    )


def group(*cs: Claim) -> Group:
    return Group(id="g1", label="Quillon: price", claims=[c.id for c in cs], unit="USD")


def test_all_agree_makes_no_finding() -> None:
    cs = [fig(f"s{i}.txt", 12.0) for i in range(5)]
    assert compare_groups([group(*cs)], cs) == []


def test_one_odd_source_among_many_is_named_with_the_count_that_agrees() -> None:
    cs = [fig(f"s{i}.txt", 12.0) for i in range(6)] + [fig("x.txt", 19.0)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error" and f.kind == "value_mismatch"
    assert "6 of 7 sources agree on $12" in f.message and "1 disagrees: x.txt" in f.message
    assert len(f.evidence) == 6  # x.txt against each of the others


def test_no_two_agree() -> None:
    cs = [fig(f"s{i}.txt", 10.0 + i) for i in range(4)]
    [f] = compare_groups([group(*cs)], cs)
    assert "no two of the 4 sources agree" in f.message


def test_two_camps() -> None:
    cs = [fig("a.txt", 8.0), fig("b.txt", 8.0), fig("c.txt", 9.5), fig("d.txt", 9.5)]
    [f] = compare_groups([group(*cs)], cs)
    assert "split into 2 camps" in f.message
    assert "a.txt and b.txt" in f.message and "c.txt and d.txt" in f.message


def test_figures_of_far_apart_days_make_one_timeline_note() -> None:
    days = ["2024-03-01", "2024-05-02", "2024-07-03", "2024-09-04"]
    cs = [fig(f"s{i}.txt", 10.0 + 3 * i, when=d) for i, d in enumerate(days)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "info" and "timeline" in f.message
    assert len(f.evidence) == 6 and all(e.severity == "info" for e in f.evidence)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([5.0, 5.0, 6.0, 7.5, 7000.0]),
            st.sampled_from([None, "2024-11-05", "2024-11-06", "2024-12-20"]),
        ),
        min_size=1,
        max_size=9,
    )
)
def test_a_report_makes_at_most_one_finding_per_group(rows: list[tuple[float, str | None]]) -> None:
    cs = [fig(f"s{i}.txt", v, when=w) for i, (v, w) in enumerate(rows)]
    findings = compare_groups([group(*cs)], cs)
    assert len(findings) <= 1
    for f in findings:  # the verdict's severity is its worst pair's
        ranks = {"error": 0, "warning": 1, "info": 2}
        assert ranks[f.severity] == min(ranks[e.severity] for e in f.evidence)
    # the evidence is every pair a focus on one source finds too
    for c in cs:
        focused = compare_groups([group(*cs)], cs, focus={c.document})
        assert_check_matches_report(focused, findings, c.document)


def test_a_large_group_is_judged_camp_by_camp_and_still_names_the_odd_sources() -> None:
    from reconcile.compare import EXACT_MAX

    n = EXACT_MAX + 30
    cs = [fig(f"s{i:03}.txt", 12.0) for i in range(n)]
    cs += [fig("x1.txt", 19.0), fig("x2.txt", 19.0), fig("y.txt", 4.0)]
    cs += [fig(f"t{i:03}.txt", 13.0 + i / 10, when="2024-06-01") for i in range(20)]
    [f] = compare_groups([group(*cs)], cs)
    assert f.severity == "error"
    assert f"{n} of {n + 3} sources agree on $12" in f.message
    assert "3 disagree" in f.message and "x1.txt and x2.txt" in f.message and "y.txt" in f.message
    # evidence grows with the camps, not with the pairs of claims
    assert len(f.evidence) < 3 * len(cs)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=40, max_value=60),
    st.lists(
        st.tuples(
            st.sampled_from([12.0, 12.0, 12.0, 12.5, 19.0, 4.0]),
            st.sampled_from(["2024-11-05", "2024-11-05", "2024-11-06", None]),
        ),
        min_size=8,
        max_size=8,
    ),
    st.data(),
)
def test_a_check_and_a_report_judge_a_pair_alike_on_either_side_of_the_exact_limit(
    n: int, pattern: list[tuple[float, str | None]], data: st.DataObject
) -> None:
    from reconcile.compare import EXACT_MAX

    # groups of 40 to 60 claims: judged pair by pair up to EXACT_MAX, against references above
    assert 40 <= EXACT_MAX <= 60
    rows = [pattern[(i * 5) % 8 if i % 3 else 0] for i in range(n)]
    cs = [fig(f"s{i:02}.txt", v, when=w) for i, (v, w) in enumerate(rows)]
    findings = compare_groups([group(*cs)], cs)
    everything = conflict_pairs(findings)
    docs = [c.document for c in cs]
    for d in data.draw(st.lists(st.sampled_from(docs), min_size=1, max_size=3, unique=True)):
        focused = compare_groups([group(*cs)], cs, focus={d})
        assert conflict_pairs(focused) == {p for p in everything if d in p[2]}


def test_a_large_group_judges_each_figure_against_its_days_reference() -> None:
    from reconcile.compare import EXACT_MAX

    cs = [fig(f"s{i:03}.txt", 12.0) for i in range(EXACT_MAX + 10)]
    cs += [fig("x.txt", 19.0), fig("y.txt", 4.0)]
    [f] = compare_groups([group(*cs)], cs)
    pairs = {docs for _k, _s, docs in conflict_pairs([f])}
    # each odd source against the day's reference figure (the first of the largest camp), and
    # the odd figures against each other; not every agreeing source against every odd one
    assert pairs == {
        frozenset({"s000.txt", "x.txt"}),
        frozenset({"s000.txt", "y.txt"}),
        frozenset({"x.txt", "y.txt"}),
    }
    # a check of an odd source finds its pairs; a check of an agreeing source finds nothing
    [g] = compare_groups([group(*cs)], cs, focus={"y.txt"})
    assert g.severity == "error" and "y.txt" in g.message and g.details["other_sources"] == 1
    assert compare_groups([group(*cs)], cs, focus={"s007.txt"}) == []


def test_too_many_odd_figures_are_judged_against_the_reference_alone() -> None:
    from reconcile.compare import EXACT_MAX, ODD_MAX

    cs = [fig(f"s{i:03}.txt", 12.0) for i in range(EXACT_MAX + 10)]
    odd = [fig(f"x{i:03}.txt", 20.0 + 2 * i) for i in range(ODD_MAX + 1)]
    [f] = compare_groups([group(*cs, *odd)], cs + odd)
    pairs = {docs for _k, _s, docs in conflict_pairs([f])}
    assert pairs == {frozenset({"s000.txt", c.document}) for c in odd}


def test_json_report_is_one_record_a_line_and_reads_back() -> None:
    import json

    from reconcile.claims.models import Document, Report
    from reconcile.render.json import render_json

    cs = [fig("a.txt", 8.0), fig("b.txt", 9.5, when=None)]
    docs = [Document(id=c.document, path=c.document, text="$8.0 $9.5") for c in cs]
    report = Report(documents=docs, claims=cs, groups=[group(*cs)], findings=[])
    out = render_json(report)
    assert Report.model_validate_json(out) == report
    claim_lines = [line for line in out.splitlines() if line.startswith('{"id":"a.txt#')]
    assert len(claim_lines) == 1 and '"when"' in claim_lines[0]
    undated = json.loads(out)["claims"][1]
    assert "when" not in undated and "linked" not in undated  # defaults are left out
    assert json.loads(out)["findings"] == []
