"""A change whose verb's subject names what changed ("Enrolments fell 3.1%") takes no metric
from a keyword that stands off its clause ("..., the office said, leaving it short of its
pledge": no capital spending); the parse names it. Control: a keyword in the figure's own
clause still names it. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _metric(text: str, figure: str) -> str | None:
    claims = reconcile([Document(id="a.txt", path="x", text=text)]).claims
    return next(c.metric for c in claims if c.text == figure)


def test_a_named_change_ignores_a_keyword_off_its_clause() -> None:
    text = (
        "Enrolments fell 3.1% to 12,400, the Education Office said, leaving it 2,600 places"
        " short of its pledge to fill 15,000 a year."
    )
    assert _metric(text, "3.1%") == _metric(text, "12,400") == "enrolment"


def test_control_a_keyword_in_the_figure_s_clause_still_names_it() -> None:
    text = "Capital spending fell 3.1% to $12.4bn, the Education Office said on Monday."
    assert _metric(text, "3.1%") == "capital spending change"


def test_control_a_change_in_a_relative_clause_is_not_named_by_its_subject() -> None:
    from reconcile.claims.parse import changed_subject, nlp

    text = "Claims rose most in the freight sector, where refunds fell 12% on the year."
    start = text.index("12%")
    assert changed_subject(nlp()(text), (start, start + 3)) is None
    plain = "Refunds fell 12% on the year, the office said."
    start = plain.index("12%")
    assert changed_subject(nlp()(plain), (start, start + 3)) == "refund"
