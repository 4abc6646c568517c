"""A source that gives two figures for one quantity explains a difference with another source as
a revision only when its text says one revises or follows the other (issue 11, revisions)."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim, Document, Group, Mention
from reconcile.compare import compare_groups


def figure(doc: str, text: str, written: str, value: float, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    span = (start, start + len(written))
    low, high = value - 0.05e9, value + 0.05e9
    mention = Mention(
        surface=written, span=span, value=value, unit="USD", kind="money", low=low, high=high
    )
    sentence = next(s for s in text.split(". ") if written in s)
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit="USD",
        low=low,
        high=high,
        kind="money",
        subject="Ostrel",
        metric="funds raised",
        sentence=sentence,
        mention=mention,
    )


def note_for(two_figures: str, first: str, second: str) -> str:
    other = "Ostrel has raised $2.4 billion from its backers."
    docs = [
        Document(id="a.txt", path="a.txt", text=two_figures),
        Document(id="b.txt", path="b.txt", text=other),
    ]
    a1 = figure("a.txt", two_figures, first, 2.4e9)
    a2 = figure("a.txt", two_figures, second, 3.1e9)
    b = figure("b.txt", other, "$2.4 billion", 2.4e9)
    claims = [a1, a2, b]
    g = Group(id="g1", label="Ostrel: funds raised", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    return f.message


@pytest.mark.parametrize(
    "text",
    [
        "Ostrel said it had raised $2.4 billion. A later filing put the total at $3.1 billion.",
        "The round initially brought in $2.4 billion. Ostrel now says it raised $3.1 billion.",
    ],
)
def test_a_source_that_says_it_revised_its_figure_explains_the_difference(text: str) -> None:
    message = note_for(text, "$2.4 billion", "$3.1 billion")
    assert "a revision or a change over time" in message


@pytest.mark.parametrize(
    "text",
    [
        "Ostrel has raised $2.4 billion. Its backers have put in $3.1 billion.",
        "The fund holds $2.4 billion. Ostrel raised $3.1 billion from its investors.",
    ],
)
def test_two_unexplained_figures_are_not_called_a_revision(text: str) -> None:
    message = note_for(text, "$2.4 billion", "$3.1 billion")
    assert "revision or a change over time" not in message
    assert "without saying that one revises the other" in message


def bounded(doc: str, text: str, written: str, value: float, low: float, high: float | None):  # type: ignore[no-untyped-def]
    """A claim of ``written`` in ``text`` with its own interval (a bound: ``high`` None)."""
    c = figure(doc, text, written, value)
    mention = c.mention.model_copy(update={"low": low, "high": high})
    qualifier = "over" if high is None else None
    return c.model_copy(
        update={"low": low, "high": high, "mention": mention, "qualifier": qualifier}
    )


def verdict_on_one_number_written_twice(loose: str, plain: str, other_value: float) -> str:
    """a.txt gives one number twice, once as a lower bound and once plainly; b.txt gives a figure
    the plain one meets and the bound does not. The verdict's kind and severity."""
    a_text = f"Ostrel has now raised {loose} from its backers. {plain} is the sum it cites."
    b_text = f"Ostrel's backers have put ${other_value / 1e9:g} billion into the company."
    docs = [
        Document(id="a.txt", path="a.txt", text=a_text),
        Document(id="b.txt", path="b.txt", text=b_text),
    ]
    value = 2.4e9
    a_bound = bounded("a.txt", a_text, loose, value, value, None)
    a_plain = bounded("a.txt", a_text, plain, value, value - 0.05e9, value + 0.05e9)
    b = bounded(
        "b.txt",
        b_text,
        f"${other_value / 1e9:g} billion",
        other_value,
        other_value - 0.005e9,
        other_value + 0.005e9,
    )
    claims = [a_bound, a_plain, b]
    g = Group(id="g1", label="Ostrel: funds raised", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f"{f.kind} {f.severity}"


def test_one_number_written_twice_is_one_figure_not_both_figures() -> None:
    # "more than $2.4 billion" and a plain "$2.4 billion" in one source: one figure, so the
    # source does not explain another source's $2.36 billion, which the bound rules out
    assert (
        verdict_on_one_number_written_twice("more than $2.4 billion", "$2.4 billion", 2.36e9)
        == "value_mismatch error"
    )


def test_two_numbers_of_one_source_still_explain_the_difference() -> None:
    # control: a source that gives two different numbers (a bound of $2.4 billion and a plain
    # $2.36 billion) gives both figures itself: an info note, as before
    text = "Ostrel has now raised more than $2.4 billion. Its filing shows $2.36 billion raised."
    other = "Ostrel's backers have put $2.36 billion into the company."
    docs = [
        Document(id="a.txt", path="a.txt", text=text),
        Document(id="b.txt", path="b.txt", text=other),
    ]
    a_bound = bounded("a.txt", text, "$2.4 billion", 2.4e9, 2.4e9, None)
    a_plain = bounded("a.txt", text, "$2.36 billion", 2.36e9, 2.355e9, 2.365e9)
    b = bounded("b.txt", other, "$2.36 billion", 2.36e9, 2.355e9, 2.365e9)
    claims = [a_bound, a_plain, b]
    g = Group(id="g1", label="Ostrel: funds raised", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "a.txt gives both figures itself" in f.message


def verdict_beside_a_bound(
    bound: float, b_text: str = "Ostrel's backers have put $4.4 billion into the company this year."
) -> str:
    """a.txt gives $3.1 billion and, in another sentence, "more than $<bound> billion"; b.txt
    gives $4.4 billion, which the bound admits. The verdict's kind and severity."""
    a_text = (
        f"Ostrel has raised $3.1 billion this year. It has drawn more than ${bound:g} billion "
        "from its backers since its founding."
    )
    docs = [
        Document(id="a.txt", path="a.txt", text=a_text),
        Document(id="b.txt", path="b.txt", text=b_text),
    ]
    a_plain = bounded("a.txt", a_text, "$3.1 billion", 3.1e9, 3.05e9, 3.15e9)
    a_bound = bounded("a.txt", a_text, f"${bound:g} billion", bound * 1e9, bound * 1e9, None)
    b = bounded("b.txt", b_text, "$4.4 billion", 4.4e9, 4.35e9, 4.45e9)
    claims = [a_plain, a_bound, b]
    g = Group(id="g1", label="Ostrel: funds raised", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f"{f.kind} {f.severity}"


def test_a_far_off_bound_does_not_give_the_other_sources_figure() -> None:
    """Class: a source's open bound far below another source's figure ("more than $1 billion"
    beside $4.4 billion) admits that figure without giving it, so the source's own figure
    ($3.1 billion) stands against the other's: no "gives both figures itself" excuse."""
    assert verdict_beside_a_bound(1.0) == "value_mismatch error"


def test_control_a_bound_near_the_other_figure_still_gives_it() -> None:
    # "more than $4.2 billion" beside $4.4 billion: the source gives both figures itself
    assert verdict_beside_a_bound(4.2) == "different_scope info"


def test_control_a_far_bound_beside_a_speculation_still_gives_it() -> None:
    # "could put $4.4 billion": a speculation, which the far bound (the sum so far) may floor
    speculation = "Ostrel's backers could soon put $4.4 billion into the company."
    assert verdict_beside_a_bound(1.0, speculation) == "different_scope info"
