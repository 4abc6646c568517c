"""Names of two kinds of statistic are two names (issue 11, class "a median and a mean"): the
fuzzy clustering of names (``group.cluster_names``) finds "median mark" and "mean mark" alike,
one letter-run apart, but a median and a mean of one set of figures are two quantities; a
source giving both had them merged and set against each other. The kinds are evidence.toml
[kinds] rows ("mean" and "average" are one kind). Controls: names differing in spelling alone
are still one; digits still tell names apart."""

from __future__ import annotations

from reconcile.claims.group import cluster_names
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

_BOARD = (
    "Dunhallow exam board report\n\n"
    "Dunhallow's exam board published its annual report on Tuesday.\n\n"
    "Key figures:\n- Median mark: 62%\n- Mean mark: 58%\n"
)
_PAPER = (
    "Dunhallow exam report\n\n"
    "The median mark in Dunhallow was 66%, the yearly report released on Tuesday found, while "
    "the mean mark was 58%.\n"
)


def test_a_median_and_a_mean_are_two_names() -> None:
    names = cluster_names({"median mark": 2, "mean mark": 2}, short_forms=False)
    assert names["median mark"] != names["mean mark"]


def test_control_spellings_and_digits() -> None:
    names = cluster_names({"median marks": 1, "median mark": 2, "mean mark": 1}, short_forms=False)
    assert names["median marks"] == names["median mark"] != names["mean mark"]
    assert len(set(cluster_names({"mean mark 2": 1, "mean mark 3": 1}).values())) == 2


def test_a_sources_median_never_joins_the_means() -> None:
    docs = [
        Document(id="a.txt", path="a.txt", text=_BOARD),
        Document(id="b.txt", path="b.txt", text=_PAPER),
    ]
    report = reconcile(docs)
    by_id = {c.id: c for c in report.claims}
    for g in report.groups:
        texts = {(by_id[i].document, by_id[i].text) for i in g.claims}
        assert not {("a.txt", "62%"), ("a.txt", "58%")} <= texts, g.label
    means = [g for g in report.groups if {by_id[i].text for i in g.claims} == {"58%"}]
    assert means and len(means[0].claims) == 2, [(g.label, g.claims) for g in report.groups]
