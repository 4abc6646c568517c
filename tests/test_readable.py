"""What an editor reads: dates as written, units with plurals, intervals without repeated
bounds, quotes without doubled marks, chart labels that tell rows apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Claim, Mention
from reconcile.compare import quote, when_words
from reconcile.compare.wording import fmt_interval as claim_interval
from reconcile.render.common import fmt_interval, fmt_value, plural_noun
from reconcile.render.svg import _label


@pytest.mark.parametrize(
    ("when", "words"),
    [
        ("2025-09-09", "Tue 9 Sep 2025"),
        ("--09-24", "24 Sep"),
        ("weekday:Monday", "Monday, day not given"),
        ("year:2020", "2020"),
        ("2025-Q2", "Q2 2025"),
        ("2025-05", "May 2025"),
        ("2025-W36", "week 36 of 2025"),
        ("year:this", "this year"),
        ("month:February", "February"),
        (None, "no stated day"),
    ],
)
def test_dates_read_as_an_editor_writes_them(when: str | None, words: str) -> None:
    assert when_words(when) == words


CODES = re.compile(r"--\d\d-\d\d|weekday:|year:|month:|quarter:")


@given(
    st.one_of(
        st.dates().map(lambda d: d.isoformat()),
        st.tuples(st.integers(1, 12), st.integers(1, 28)).map(lambda t: f"--{t[0]:02d}-{t[1]:02d}"),
        st.sampled_from(["weekday:Friday", "year:last", "year:1999", "month:June", "2024-Q4"]),
    )
)
def test_no_internal_code_survives(when: str) -> None:
    assert not CODES.search(when_words(when))


def _claim(value: float, low: float, high: float, unit: str = "person", text: str = "x") -> Claim:
    m = Mention(surface=text, span=(0, 1), value=value, unit=unit, kind="count", low=low, high=high)
    return Claim(
        id="a.txt#0-1",
        document="a.txt",
        span=(0, 1),
        text=text,
        value=value,
        unit=unit,
        low=low,
        high=high,
        kind="count",
        mention=m,
    )


def test_units_take_their_plural_and_intervals_name_the_unit_once() -> None:
    assert fmt_value(1, "person") == "1 person"
    assert fmt_value(42, "person") == "42 people"
    assert fmt_value(10, "foot") == "10 feet"
    assert fmt_interval(41.5, 42.5, "person") == "41.5 – 42.5 people"
    assert fmt_interval(3.75, 3.75, "percent") == "3.75%"
    assert fmt_interval(1.5e9, 2.5e9, "USD") == "USD 1.5 billion – USD 2.5 billion"
    assert [plural_noun(w) for w in ("company", "bus", "day", "job")] == [
        "companies",
        "buses",
        "days",
        "jobs",
    ]


def test_an_exact_figure_is_not_an_interval_from_itself_to_itself() -> None:
    assert claim_interval(_claim(4, 4, 4), 0.0) == "4"
    assert claim_interval(_claim(4, 3.5, 4.5), 0.0) == "3.5 to 4.5"


def test_a_quote_in_quote_marks_is_not_quoted_twice() -> None:
    text = 'The union said "9,400 jobs" were at risk.'
    c = _claim(9400, 9350, 9450, unit="job", text="9,400 jobs")
    c = c.model_copy(update={"span": (16, 26)})
    assert '"' not in quote(c, text)


def test_chart_labels_keep_each_quote_s_own_words() -> None:
    long_doc = "a-very-long-source-file-name-from-the-wire.txt"
    a = _claim(4, 4, 4, text="HK$138.0").model_copy(update={"document": long_doc})
    b = _claim(5, 5, 5, text="HK$140.60").model_copy(update={"document": long_doc})
    assert _label(a) != _label(b)
    assert _label(a).startswith("HK$138.0") and len(_label(a)) <= 30


def test_html_fits_a_phone_every_chart_in_its_own_scrolling_box() -> None:
    from pathlib import Path

    from reconcile import load_documents, reconcile
    from reconcile.render.common import is_own_report
    from reconcile.render.html import render_html

    root = Path(__file__).resolve().parent.parent
    page = render_html(reconcile(load_documents([root / "fixtures" / "alibaba-qwen3-max"])))
    assert "@media (max-width: 640px)" in page and "thead { display: none; }" in page
    charts = page.count("<svg")
    assert charts and page.count('<div class="chart-box"><svg') == charts
    assert is_own_report(page)


def test_a_large_group_shows_forty_claims_in_html_and_counts_the_rest() -> None:
    from reconcile.claims.models import Document, Group, Report
    from reconcile.compare import compare_groups
    from reconcile.render.html import render_html

    cs = [
        _claim(100 + i, 99.5 + i, 100.5 + i, unit="crate", text=f"{100 + i} crates").model_copy(
            update={"id": f"s{i:02}.txt#0-1", "document": f"s{i:02}.txt", "metric": "sales"}
        )
        for i in range(55)
    ]
    docs = [Document(id=c.document, path=c.document, text="x") for c in cs]
    group = Group(id="g1", label="Orchard: sales", claims=[c.id for c in cs], unit="crate")
    findings = compare_groups([group], cs, documents=docs)
    page = render_html(Report(documents=docs, claims=cs, groups=[group], findings=findings))
    table = page.split('<section id="findings">', 1)[1].split("</article>", 1)[0]
    assert table.count("<tr") == 41  # a header and forty claims
    assert "and 15 more claims in the JSON report" in table
