"""Two undated market figures of one weekday's news are one session's (issue 11): an article of no
known day whose header and lead name one weekday ("Evening bulletin, Thursday"; "the stock's slide
on Monday") gives that weekday to its undated market figures, and an undated figure of that
weekday's news in another article (by its article's day or its lead) is weighed against it as the
same session's, not excused as undated. A figure whose sentence states a day is left as before."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Finding, Mention
from reconcile.compare.news_day import lead_weekdays
from tests.reported import one_group


def article(
    name: str,
    value: float,
    sentence: str,
    header: str,
    published: str | None = None,
    when: str | None = None,
) -> tuple[Document, Claim]:
    """A document of ``header`` and ``sentence``, and its claim of an index move of ``value``%."""
    text = header + sentence
    figure = f"{value:g}%"
    start = text.index(figure)
    span = (start, start + len(figure))
    low, high = -value - 0.05, -value + 0.05
    mention = Mention(
        surface=figure, span=span, value=-value, unit="percent", kind="percent", low=low, high=high
    )
    claim = Claim(
        id=f"{name}#{span[0]}-{span[1]}",
        document=name,
        span=span,
        text=figure,
        value=-value,
        unit="percent",
        low=low,
        high=high,
        kind="percent",
        role="change",
        subject="Brisco 25",
        metric="index change",
        when=when,
        sentence=sentence,
        mention=mention,
    )
    return Document(id=name, path=name, text=text, published=published), claim


def run(*pairs: tuple[Document, Claim]) -> list[Finding]:
    return one_group(pairs, "index change")


EVENING = "Harbour FM business bulletin, Thursday evening\n\nA power cut froze dealing rooms.\n"
SLIDE = "Chipmakers sink\n\nTorvane's slide on Thursday dragged the whole market lower.\n"


def test_a_lead_that_names_one_weekday_gives_the_article_that_weekday() -> None:
    two = "Markets, Monday\n\nThe rally of Friday faded.\n"
    docs = [
        Document(id="a", path="a", text=EVENING),
        Document(id="b", path="b", text=SLIDE),
        Document(id="c", path="c", text=two),  # two weekdays: no one day
        Document(id="d", path="d", text=EVENING, published="2026-03-05"),  # dated: its news day
    ]
    refs = {"a": None, "b": None, "c": None, "d": docs[3].published}
    assert lead_weekdays(docs, refs) == {"a": 3, "b": 3}


def test_undated_index_moves_of_one_weekdays_news_are_compared() -> None:
    a = article("a.txt", 0.8, "The Brisco 25 ended 0.8% lower.", EVENING)
    b = article("b.txt", 1.9, "The Brisco 25 lost 1.9% by the close.", SLIDE)
    [f] = run(a, b)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    # against a dated article whose news day is that weekday (5 March 2026 is a Thursday)
    dated = article("c.txt", 1.9, "The Brisco 25 lost 1.9% by the close.", "Wire\n\n", "2026-03-05")
    [f] = run(a, dated)
    assert (f.kind, f.severity) == ("value_mismatch", "error")


def test_control_other_weekdays_or_another_time_stay_undated() -> None:
    a = article("a.txt", 0.8, "The Brisco 25 ended 0.8% lower.", EVENING)
    friday = "Chipmakers sink\n\nTorvane's slide on Friday dragged the whole market lower.\n"
    b = article("b.txt", 1.9, "The Brisco 25 lost 1.9% by the close.", friday)
    [f] = run(a, b)
    assert f.severity == "info" and "which day" in f.message
    # a sentence that puts the figure at another time keeps it off the lead's day
    earlier = article("b.txt", 1.9, "A year earlier the Brisco 25 lost 1.9%.", SLIDE)
    assert all(f.severity == "info" for f in run(a, earlier))
    # a figure whose own sentence states a day keeps it: the lead does not date it
    said = article("d.txt", 1.9, "On Thursday the Brisco 25 lost 1.9%.", SLIDE)
    said = (said[0], said[1].model_copy(update={"when": "weekday:Thursday"}))
    assert all(f.severity == "info" for f in run(a, said))
    # an article of a known day is of its own news day: Friday 6 March is not Thursday
    dated = article("c.txt", 1.9, "The Brisco 25 lost 1.9% by the close.", "Wire\n\n", "2026-03-06")
    assert all(f.severity == "info" for f in run(a, dated))
