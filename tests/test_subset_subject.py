"""A figure told of a narrowed group as its clause's subject ("Some valleys in the north lost
more than 60% of their apricots"; "Loans to borrowers aged 70 or over rose 5%") against
another source's figure whose sentence does not name that group: a part's figure and the
whole's, not one figure. Controls: "some" approximating the figure's own count ("Some 400
growers signed"), and a sentence that names the same group, still conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups


def fall(doc: str, surface: str, value: float, sentence: str, kind: str = "percent") -> Claim:
    unit = "percent" if kind == "percent" else "growers"
    return built_claim(
        doc,
        surface,
        value,
        unit,
        value - 0.5,
        value + 0.5,
        start=sentence.index(surface),
        kind=kind,
        subject="Ostravia",
        metric="harvest change",
        sentence=sentence,
        role="change" if kind == "percent" else "level",
    )


def severities(a: Claim, b: Claim) -> set[str]:
    group = Group(id="g1", label="Ostravia: harvest change", claims=[a.id, b.id])
    return {e.severity for f in compare_groups([group], [a, b]) for e in f.evidence}


WHOLE = "The ministry now puts the national apricot crop 35% lower than last season."


def test_some_valleys_against_the_national_figure() -> None:
    some = "Some valleys in the north lost 60% of their apricots to the late frost."
    assert severities(fall("a.txt", "60%", 60, some), fall("b.txt", "35%", 35, WHOLE)) <= {"info"}


def test_an_age_band_narrows_the_subject() -> None:
    older = "Loans to borrowers aged 70 or over rose 5% in the year, the regulator said."
    whole = "Mortgage lending across the country rose 2% in the year, the regulator said."
    assert severities(fall("a.txt", "5%", 5, older), fall("b.txt", "2%", 2, whole)) <= {"info"}


def test_control_some_approximating_the_figures_own_count() -> None:
    a = fall("a.txt", "Some 400 growers", 400, "Some 400 growers signed the petition.", "count")
    b = fall("b.txt", "520 growers", 520, "A total of 520 growers signed the petition.", "count")
    assert "error" in severities(a, b)


def test_control_the_other_sentence_names_the_same_group() -> None:
    some = "Some valleys in the north lost 60% of their apricots to the late frost."
    other = "Several valleys lost 45% of their apricots, the growers' union says."
    assert "error" in severities(fall("a.txt", "60%", 60, some), fall("b.txt", "45%", 45, other))
