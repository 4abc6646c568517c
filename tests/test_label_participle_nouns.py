"""A fact-sheet label "<noun> <participle>" names its figure by the noun when the parse read
the figure as the participle's act (class "a measured thing named by the verb";
``context._label_noun``): "- Bounty offered: $40,000" is a bounty, as "a bounty of $40,000 was
offered" is, not an "offer", so that the sheet's figure meets the prose's. A line with no item
marker counts as well ("Ransom demanded: $5m").

Controls: a noun that names an amount as such keeps the verb ("- Cash taken: £3.1m" is what
was taken, as "thieves took £3.1m" is); a label of one word or of a noun and a noun is left
as it was."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import claims_of


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def test_a_participle_label_names_its_noun() -> None:
    text = "Depot theft: the facts\n\n- Bounty offered: $40,000\n- Vans used: 2\n"
    assert _metric(text, "$40,000") == "bounty"


def test_a_label_line_without_a_marker() -> None:
    text = "Kidnap file\n\nRansom demanded: $5m\nDays held: 12\n"
    assert _metric(text, "$5m") == "ransom"


def test_the_sheet_meets_the_prose() -> None:
    docs = [
        Document(
            id="a.txt",
            path="a.txt",
            text="Quarry break-in\n\nThe owners of the Tollan quarry put up a bounty of $40,000.\n",
        ),
        Document(
            id="b.txt",
            path="b.txt",
            text=(
                "Tollan quarry break-in: the facts\n\nThe Tollan quarry was raided.\n\n"
                "Bounty offered: $45,000\nGuards: 3\n"
            ),
        ),
    ]
    report = reconcile(docs)
    ids = {c.text: c.id for c in report.claims}
    assert any({ids["$40,000"], ids["$45,000"]} <= set(g.claims) for g in report.groups)


def test_control_an_amount_noun_keeps_the_verb() -> None:
    text = "Depot theft: the facts\n\n- Cash taken: £3.1m\n- Vans used: 2\n"
    assert _metric(text, "£3.1m") != "cash"


def test_control_a_noun_label_is_left_alone() -> None:
    text = "Depot theft: the facts\n\n- Insurance claim: £900,000\n"
    assert _metric(text, "£900,000") != "insurance"
