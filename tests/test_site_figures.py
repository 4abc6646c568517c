"""A figure its clause gives at a named site ("At Ferndale Grammar School, ... a pass rate of
99.1%") is that site's figure, as one given in a named town is (see test_places_figures): the
tagger often takes a school, a hospital or a plant for no place at all, or for an organisation,
so a proper name right after "at" is read as the site it names. Against another source's figure
of the whole, when that source never names the site, it is no conflict; a figure at an unnamed
site ("at the grammar school") or at none still conflicts, and so does one whose site the other
source names."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare.scope import narrowing_place
from tests.reported import claims_of, hand_claim

WHOLE = "Across Tarnshire the pass rate in the summer exams was 88.2%, the exam board said."
SITE = "At Ferndale Grammar School, 96 pupils sat the papers, with a pass rate of 99.1%."


def rate(doc: str, text: str, written: str, value: float) -> Claim:
    return hand_claim(
        doc,
        text,
        written,
        value,
        unit="percent",
        kind="percent",
        subject="Tarnshire",
        metric="pass rate",
        low=value - 0.05,
        high=value + 0.05,
    )


def judged(whole: str, site: str, whole_text: str | None = None) -> Finding:
    from reconcile.compare import compare_groups

    docs = [
        Document(id="a.txt", path="a.txt", text=whole_text or whole),
        Document(id="b.txt", path="b.txt", text=site),
    ]
    claims = [rate("a.txt", whole, "88.2%", 88.2), rate("b.txt", site, "99.1%", 99.1)]
    g = Group(id="g1", label="Tarnshire: pass rate", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f


def test_a_named_sites_figure_is_no_conflict_with_the_wholes() -> None:
    f = judged(WHOLE, SITE)
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_the_same_figure_at_an_unnamed_site_still_conflicts() -> None:
    f = judged(WHOLE, SITE.replace("Ferndale Grammar School", "the grammar school"))
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_the_other_source_naming_the_site_still_conflicts() -> None:
    named = WHOLE + " Ferndale Grammar School opened a new hall in June."
    f = judged(WHOLE, SITE, whole_text=named)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        (SITE, "Ferndale Grammar School"),
        ("At the grammar school, 96 pupils sat the papers, with a pass rate of 99.1%.", None),
        ("The bank's shares closed at 412 pence, up 3% on the day.", None),
    ],
)
def test_the_site_is_read_after_at(sentence: str, site: str | None) -> None:
    found = {narrowing_place(c) for c in claims_of("a.txt", sentence)}
    assert found == {site}
