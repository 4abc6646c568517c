"""A run of capitalised words that opens with an institution's word before "of" names one
institution, "and" and all ("the Department of Fisheries and Oceans", "the Office of Rail and
Road"): it is not split into "Department of Fisheries" and a name "Oceans". Control: two names
joined by "and" stay two. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _subjects(text: str) -> set[str | None]:
    return {c.subject for c in reconcile([Document(id="a.txt", path="x", text=text)]).claims}


def test_an_institution_named_with_and_is_one_name() -> None:
    found = _subjects(
        "Landings rose 9% to 12,400 tonnes, the Department of Fisheries and Oceans said."
    )
    assert found == {"Department of Fisheries and Oceans"}


def test_control_two_names_joined_by_and_stay_two() -> None:
    found = _subjects("Trade between Dorvia and Kessaly rose 8% to 41,000 tonnes last year.")
    assert "Dorvia and Kessaly" not in found
