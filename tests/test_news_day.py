"""An undated market figure belongs to its article's news day (issue 11, time as an editor reads
it): the article's day from its header, weekday names placed on the calendar, and two articles of
one news day compared as one session's."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import anchor_times, compare_groups, news_days, references
from reconcile.time.values import header_day, sessions_apart, trading_day
from tests.reported import one_group


def article(
    name: str,
    value: float,
    sentence: str,
    published: str | None = None,
    when: str | None = None,
    header: str = "Quillon shares\n\n",
) -> tuple[Document, Claim]:
    """A document whose body is ``sentence`` and its claim of a share price of ``value``."""
    text = header + sentence
    figure = f"${value:.2f}"
    start = text.index(figure)
    span = (start, start + len(figure))
    low, high = value - 0.005, value + 0.005
    mention = Mention(
        surface=figure, span=span, value=value, unit="USD", kind="money", low=low, high=high
    )
    claim = Claim(
        id=f"{name}#{span[0]}-{span[1]}",
        document=name,
        span=span,
        text=figure,
        value=value,
        unit="USD",
        low=low,
        high=high,
        kind="money",
        subject="Quillon",
        metric="share price",
        when=when,
        sentence=sentence,
        mention=mention,
    )
    return Document(id=name, path=name, text=text, published=published), claim


def run(*pairs: tuple[Document, Claim]) -> list[Finding]:
    return one_group(pairs, "share price")


# ------------------------------------------------------------------ the article's day


def test_a_header_line_with_a_weekday_and_a_day_gives_the_articles_day() -> None:
    updated = "Quillon slides again\n\nChannel 9 | Updated 6:10 p.m. Thursday, Oct. 15\n\nBody."
    assert header_day(updated, [2026]) == dt.date(2026, 10, 15)
    digest = "MARKETS BRIEFING - Friday 16 October\n\n- Quillon: $12.40"
    assert header_day(digest, [2026]) == dt.date(2026, 10, 16)


def test_a_header_day_takes_the_year_in_which_its_weekday_fits() -> None:
    # 15 October is a Thursday in 2026 and a Friday in 2027: the weekday picks the year
    assert header_day("Note | Friday, Oct. 15\n", [2026]) == dt.date(2027, 10, 15)
    assert header_day("Note | Thursday, Oct. 15\n", [2027]) == dt.date(2026, 10, 15)
    assert header_day("Note | Monday, Oct. 15\n", [2026]) is None  # no year near fits
    assert header_day("A body line mentions Thursday, Oct. 15, 2026 in passing.", [2026]) is None


def test_a_weekday_in_an_article_dated_by_its_header_meets_a_calendar_date() -> None:
    header = "Quillon falls\nUpdated Thursday, Oct. 15\n\n"
    wed = "On Wednesday the stock closed at $12.40."
    a = article("a.txt", 12.40, wed, when="weekday:Wednesday", header=header)
    b = article("b.txt", 12.90, "It closed at $12.90 on Wednesday.", "2026-10-15", "2026-10-14")
    [f] = run(a, b)
    assert f.severity == "error" and "Wed 14 Oct 2026" in f.message
    tue = article("b.txt", 12.90, "It closed at $12.90 on Tuesday.", "2026-10-15", "2026-10-13")
    assert all(f.severity == "info" for f in run(a, tue))  # Wednesday's close, Tuesday's


# ------------------------------------------------------------------ undated market figures


def test_two_articles_of_one_news_day_compare_their_undated_prices() -> None:
    a = article("a.txt", 12.40, "The shares ended at $12.40.", "2026-10-15")
    b = article("b.txt", 12.90, "Quillon stock finished the session at $12.90.", "2026-10-15")
    [f] = run(a, b)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert "news day" in f.message
    # a Saturday article's undated price is Friday's session, as is Friday's article's
    friday = (a[0].model_copy(update={"published": dt.date(2026, 10, 16)}), a[1])
    saturday = (b[0].model_copy(update={"published": dt.date(2026, 10, 17)}), b[1])
    [f] = run(friday, saturday)
    assert f.severity == "error"


def test_undated_prices_of_articles_days_apart_are_different_days() -> None:
    a = article("a.txt", 12.40, "The shares ended at $12.40.", "2026-10-12")
    b = article("b.txt", 12.90, "The stock settled at $12.90.", "2026-10-15")
    [f] = run(a, b)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "days differ" in f.message
    # the next morning's article may give the evening's close: left open, as before
    next_day = (b[0].model_copy(update={"published": dt.date(2026, 10, 13)}), b[1])
    [f] = run(a, next_day)
    assert f.severity == "info" and "which day" in f.message


def test_a_sentence_that_puts_the_figure_at_another_time_keeps_it_undated() -> None:
    a = article("a.txt", 12.40, "Shares ended at $12.40.", "2026-10-15")
    for sentence in (
        "A year earlier the stock had traded at $12.90.",
        "Brokers expect the shares to reach $12.90.",
        "The stock traded near $12.90 last week.",
    ):
        b = article("b.txt", 12.90, sentence, "2026-10-15")
        days = news_days([a[1], b[1]], references([a[0], b[0]]))
        assert days == {a[1].id: dt.date(2026, 10, 15)}, sentence
        [f] = run(a, b)
        assert f.severity == "info", sentence


@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 40))
def test_sessions_apart_counts_weekdays_and_trading_day_is_one(start: dt.date, n: int) -> None:
    a, b = trading_day(start), trading_day(start + dt.timedelta(days=n))
    assert a.weekday() < 5 and b.weekday() < 5 and a <= start
    assert sessions_apart(a, b) == sessions_apart(b, a)
    weekdays = sum((a + dt.timedelta(days=k)).weekday() < 5 for k in range(1, (b - a).days + 1))
    assert sessions_apart(a, b) == weekdays


def test_a_running_total_of_another_time_does_not_take_the_articles_day() -> None:
    docs = [Document(id="a.txt", path="a.txt", text="x", published="2026-08-12")]

    def total(sentence: str) -> Claim:
        mention = Mention(
            surface="214", span=(0, 3), value=214, unit="home", kind="count", low=213.5, high=214.5
        )
        return Claim(
            id="a.txt#0-3", document="a.txt", span=(0, 3), text="214", value=214, unit="home",
            low=213.5, high=214.5, kind="count", metric="homes destroyed", sentence=sentence,
            mention=mention,
        )  # fmt: skip

    now = ("Crews said the fire has destroyed 214 homes.", "So far 214 homes have burned down.")
    for sentence in now:
        assert anchor_times([total(sentence)], docs)[0].when == "2026-08-12", sentence
    then = (
        "A year earlier a smaller blaze destroyed 214 homes.",
        "The previous year's fires had destroyed 214 homes in May.",
    )
    for sentence in then:
        assert anchor_times([total(sentence)], docs)[0].when is None, sentence


# ------------------------------------------------------------------ coverage of one day


def test_an_undated_article_among_articles_all_of_one_day_is_of_that_day() -> None:
    a = article("a.txt", 12.40, "The shares ended at $12.40.", "2026-10-15")
    b = article("b.txt", 12.40, "Quillon stock closed the session at $12.40.", "2026-10-15")
    c = article("c.txt", 12.90, "Quillon finished the day at $12.90.")  # no date at all
    warnings = [f for f in run(a, b, c) if f.severity == "error"]
    assert warnings and all("c.txt" in f.message for f in warnings)
    assert "taken to be of Thu 15 Oct 2026" in warnings[0].message


def test_control_an_undated_article_beside_articles_of_two_days_stays_undated() -> None:
    a = article("a.txt", 12.40, "The shares ended at $12.40.", "2026-10-15")
    b = article("b.txt", 12.40, "Quillon stock closed the session at $12.40.", "2026-10-14")
    c = article("c.txt", 12.90, "Quillon finished the day at $12.90.")
    assert not [f for f in run(a, b, c) if f.severity == "error" and "c.txt" in f.message]
    one = article("b.txt", 12.40, "Quillon stock closed the session at $12.40.")
    assert not [f for f in run(a, one, c) if f.severity == "error"]  # one dated article: no day


# ---------------------------------------------------------- a running toll of the event's day
# Class: a running toll dated by the day of the event its sentence names ("... died after the
# roof fell in on Tuesday", "the toll from Tuesday's collapse has climbed to nine"), so articles
# of three days were weighed as one day's counts. The count said as it stands now is its
# article's; a day on the figure's own verb, or a count told in the past tense, keeps the day.


def toll(name: str, value: int, words: str, sentence: str, published: str, when: str) -> tuple:
    start = sentence.index(words)
    span = (start, start + len(words))
    mention = Mention(
        surface=words, span=span, value=value, unit="person", kind="count",
        low=value - 0.5, high=value + 0.5,
    )  # fmt: skip
    claim = Claim(
        id=f"{name}#{span[0]}-{span[1]}", document=name, span=span, text=words, value=value,
        unit="person", low=value - 0.5, high=value + 0.5, kind="count", subject="Pellingham",
        metric="death toll", when=when, sentence=sentence, mention=mention,
    )  # fmt: skip
    return Document(id=name, path=name, text=sentence, published=published), claim


def run_tolls(*pairs: tuple) -> list[Finding]:
    group = Group(
        id="g1",
        label="Pellingham: death toll",
        claims=[c.id for _, c in pairs],
        metric="death toll",
    )
    return compare_groups([group], [c for _, c in pairs], documents=[d for d, _ in pairs])


TUESDAY = "2026-03-03"
FIRST = toll(
    "a.txt", 4, "four people",
    "The roof of the Pellingham arena caved in on Tuesday evening, killing four people.",
    TUESDAY, TUESDAY,
)  # fmt: skip


def test_a_toll_said_as_it_stands_now_is_of_its_articles_day() -> None:
    b = toll(
        "b.txt", 6, "six people",
        "The coroner says six people have died as a result of the arena roof caving in on "
        "Tuesday evening.",
        "2026-03-04", TUESDAY,
    )  # fmt: skip
    c = toll(
        "c.txt", 9, "nine",
        "The toll from Tuesday's collapse of the arena roof has climbed to nine.",
        "2026-03-05", TUESDAY,
    )  # fmt: skip
    dated = anchor_times([b[1], c[1]], [b[0], c[0]])
    assert [x.when for x in dated] == ["2026-03-04", "2026-03-05"]
    findings = run_tolls(FIRST, b, c)
    assert findings and not [f for f in findings if f.severity != "info"]
    assert "timeline" in findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        # the day is on the verb that governs the count: the count of that day
        "Police said on Tuesday that six people have died in the cave-in at the arena.",
        # told in the past tense: the count of the event's day
        "Six people were killed during Tuesday's cave-in at the arena, police said.",
    ],
)
def test_control_a_toll_dated_by_its_own_verb_or_told_in_the_past_keeps_the_day(
    sentence: str,
) -> None:
    b = toll("b.txt", 6, "six people" if "six" in sentence else "Six people", sentence,
             "2026-03-04", TUESDAY)  # fmt: skip
    assert anchor_times([b[1]], [b[0]])[0].when == TUESDAY
    [f] = [f for f in run_tolls(FIRST, b) if f.severity != "info"]
    assert f.kind == "value_mismatch"
