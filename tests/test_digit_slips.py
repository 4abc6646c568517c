"""Figures that write the same digits a power of ten apart are one figure slipped (issue 11,
verdicts).

Class: the "far apart" excuse ("more likely two different quantities under one name") let pass
"£2.37 billion" against "£237 million", or "318,000" against "3.18 million": more than five
times apart, yet the same three significant digits, a misplaced decimal point or scale word
rather than two quantities; two shared digits suffice at a factor of ten ("£6.3 billion" against
"£630 million": one zero or one place of the point slipped). Controls: figures far apart that
share fewer digits keep the excuse (two digits a hundred times apart too), and so do figures
whose digits differ.
"""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups
from reconcile.compare.intervals import digit_slip


def figure(doc: str, text: str, written: str, value: float, half: float) -> Claim:
    start = text.index(written)
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit="GBP",
        kind="money",
        low=value - half,
        high=value + half,
        scale="million" if "million" in written else "billion",
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit="GBP",
        low=value - half,
        high=value + half,
        kind="money",
        subject="Pellbury",
        metric="net debt",
        sentence=text,
        mention=mention,
    )


def verdict(a_written: str, a_value: float, b_written: str, b_value: float) -> list[Finding]:
    a_text = f"Pellbury's net debt stood at {a_written} at the end of June."
    b_text = f"The grocer reported net debt of {b_written} for the half year."
    a = figure("a.txt", a_text, a_written, a_value, a_value * 0.002)
    b = figure("b.txt", b_text, b_written, b_value, b_value * 0.002)
    return compared((a, a_text), (b, b_text), "Pellbury: net debt", "net debt")


def compared(a: tuple[Claim, str], b: tuple[Claim, str], label: str, metric: str) -> list[Finding]:
    """The findings for two sources' hand-made claims, each with its document's text, in one
    group."""
    docs = [Document(id=c.document, path=c.document, text=text) for c, text in (a, b)]
    g = Group(id="g1", label=label, claims=[a[0].id, b[0].id], metric=metric)
    return compare_groups([g], [a[0], b[0]], documents=docs)


def test_the_same_digits_a_power_of_ten_apart_are_a_slip() -> None:
    [f] = verdict("£2.37 billion", 2.37e9, "£237 million", 237e6)
    assert (f.kind, f.severity) == ("scale_mismatch", "error")
    assert f.details["factor"] == 10
    assert "decimal point" in f.message


def test_control_far_apart_figures_with_other_digits_keep_the_excuse() -> None:
    [f] = verdict("£2.91 billion", 2.91e9, "£237 million", 237e6)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "times apart" in f.message


def test_control_two_shared_digits_are_too_common_to_tell() -> None:
    [f] = verdict("£2.4 billion", 2.4e9, "£24 million", 24e6)
    assert (f.kind, f.severity) == ("different_scope", "info")


def test_digit_slip_reads_digits_as_written() -> None:
    a = figure("a.txt", "It had 318,000 members.", "318,000", 318e3, 0.5)
    b = figure("b.txt", "It had 3.18 million members.", "3.18 million", 3.18e6, 5e3)
    assert digit_slip(a, b) == 10
    c = figure("c.txt", "It had 3.81 million members.", "3.81 million", 3.81e6, 5e3)
    assert digit_slip(a, c) is None


def test_two_shared_digits_ten_times_apart_are_a_slip() -> None:
    # one zero or one place of the point slipped: "£6.3 billion" against "£630 million"
    [f] = verdict("£6.3 billion", 6.3e9, "£630 million", 630e6)
    assert (f.kind, f.severity) == ("scale_mismatch", "error")
    assert f.details["factor"] == 10


def test_control_two_shared_digits_a_hundred_times_apart_keep_the_excuse() -> None:
    [f] = verdict("£6.3 billion", 6.3e9, "£63 million", 63e6)
    assert (f.kind, f.severity) == ("different_scope", "info")


# Class: one significant digit ten times apart, where the slip shows in how the figures are
# written: a run of zeros one zero longer ("€800" / "€8,000") or a point before the one digit
# ("0.4%" / "4%"). Controls: short runs ("€80" / "€800") and whole percentages ("4%" / "40%")
# keep the excuse.
def plain(doc: str, written: str, value: float, unit: str, kind: str) -> tuple[Claim, str]:
    text = f"The refund per passenger is {written}, the operator said."
    half = 0.05 if "." in written else 0.5
    claim = built_claim(
        doc,
        written,
        value,
        unit,
        value - half,
        value + half,
        start=text.index(written),
        kind=kind,
        subject="Tarnby Air",
        metric="refund",
        sentence=text,
    )
    return claim, text


def plain_verdict(
    a_written: str, a_value: float, b_written: str, b_value: float, unit: str, kind: str
) -> list[Finding]:
    a = plain("a.txt", a_written, a_value, unit, kind)
    b = plain("b.txt", b_written, b_value, unit, kind)
    return compared(a, b, "Tarnby Air: refund", "refund")


def test_one_digit_a_zero_longer_is_a_slip() -> None:
    [f] = plain_verdict("€800", 800, "€8,000", 8000, "EUR", "money")
    assert (f.kind, f.severity) == ("scale_mismatch", "error")
    assert f.details["factor"] == 10


def test_one_digit_after_a_point_is_a_slip() -> None:
    [f] = plain_verdict("0.4%", 0.4, "4%", 4, "percent", "percent")
    assert (f.kind, f.severity) == ("scale_mismatch", "error")


def test_control_short_runs_and_whole_percentages_keep_the_excuse() -> None:
    [f] = plain_verdict("€80", 80, "€800", 800, "EUR", "money")
    assert (f.kind, f.severity) == ("different_scope", "info")
    [g] = plain_verdict("4%", 4, "40%", 40, "percent", "percent")
    assert (g.kind, g.severity) == ("different_scope", "info")
