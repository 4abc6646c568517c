"""The kind of entity a subject names, as spaCy's recogniser reads it where the name stands
(``benchmarks.entity_kinds``: the diagnostic of issue 11's entity compatibility), and the
weight fit's pieces that make leave-some-out fits cheap (``benchmarks.fit_grouping``)."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from benchmarks import entity_kinds, fit_grouping
from reconcile.claims import evidence
from reconcile.claims.evidence import FEATURES
from tests.claim_builder import built_claim

TOWN = "Flood water reached 40 houses in Paris on Tuesday, the mayor said."
COMPANY = "Shares of Microsoft rose 3% after the results were published on Friday."


def _claim(doc: str, sentence: str, figure: str, value: float, subject: str):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        figure,
        value,
        "house",
        value,
        value,
        start=sentence.index(figure),
        kind="count",
        subject=subject,
        metric="houses",
        sentence=sentence,
    )


def test_a_city_named_after_in_is_a_place_and_a_listed_company_an_organisation() -> None:
    kinds = entity_kinds.Kinds(
        [_claim("a.txt", TOWN, "40", 40, "Paris"), _claim("b.txt", COMPANY, "3%", 3, "Microsoft")]
    )
    assert kinds.of("Paris") == "place"
    assert kinds.of("microsoft") == "organisation"  # names are read case-blind


def test_a_name_no_sentence_of_its_documents_holds_is_unknown() -> None:
    # control: the name is read only where it stands in the sentences of its own documents
    kinds = entity_kinds.Kinds([_claim("a.txt", TOWN, "40", 40, "Lisbon")])
    assert kinds.of("Lisbon") is None
    assert kinds.of(None) is None


def test_relation_of_two_names() -> None:
    kinds = entity_kinds.Kinds(
        [_claim("a.txt", TOWN, "40", 40, "Paris"), _claim("b.txt", COMPANY, "3%", 3, "Microsoft")]
    )
    assert entity_kinds.relation(kinds, "Paris", "Microsoft") == "two kinds"
    assert entity_kinds.relation(kinds, "Paris", "Paris Basin") == "nested"
    assert entity_kinds.relation(kinds, "Paris", "Lisbon") == "unknown"


def _examples(n: int, seed: int) -> list[fit_grouping.Example]:
    rng = random.Random(seed)
    return [
        (tuple(float(rng.random() < 0.5) for _ in FEATURES), int(rng.random() < 0.2), False)
        for _ in range(n)
    ]


def test_the_vectorised_fit_takes_the_plain_steps() -> None:
    pytest.importorskip("numpy")
    data = _examples(400, 7)
    w, bias = fit_grouping.fit(data, rounds=30)
    w0, bias0 = fit_grouping._fit_python(data, rounds=30)
    assert max(abs(a - b) for a, b in zip([*w, bias], [*w0, bias0], strict=True)) < 1e-9
    assert any(abs(v) > 1e-3 for v in w)  # (it moved: the comparison is not of zeros)


def test_a_cache_folder_keeps_one_pickle_per_root(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runs: list[list[str]] = []

    def fake(roots: list[str]) -> list:  # type: ignore[type-arg]
        runs.append(roots)
        return [("pair of", roots[0])]

    monkeypatch.setattr(fit_grouping, "labelled_pairs", fake)
    both = fit_grouping.cached_pairs(["sets/one/", "sets/two"], str(tmp_path))
    assert both == [("pair of", "sets/one/"), ("pair of", "sets/two")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sets_one.pickle", "sets_two.pickle"]
    # leaving a set out reads the other's pickle: no run
    assert fit_grouping.cached_pairs(["sets/two"], str(tmp_path)) == [("pair of", "sets/two")]
    assert runs == [["sets/one/"], ["sets/two"]]
    with open(tmp_path / "sets_two.pickle", "rb") as fh:
        assert pickle.load(fh) == [("pair of", "sets/two")]
    made = tmp_path / "made"
    assert fit_grouping.cached_pairs(["sets/one"], f"{made}/") == [("pair of", "sets/one")]
    assert (made / "sets_one.pickle").exists()


def test_pairs_are_labelled_with_the_merge_off_whatever_the_shipped_cut() -> None:
    shipped = evidence.model()
    with fit_grouping._unmerged():
        weights, bias, cut = evidence.model()
        assert cut == 1.0 and (weights, bias) == shipped[:2]
    assert evidence.model() == shipped
