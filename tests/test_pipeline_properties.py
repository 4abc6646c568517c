"""The whole pipeline on arbitrary text: never a traceback, and a report that round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import Document, Report, reconcile
from reconcile.documents import parse_document

NEWSY = st.sampled_from(
    [
        "Shares rose 2.4% to HK$140.60 on Tuesday. ",
        "It will invest more than 380 billion yuan (~$53B). ",
        "Alibaba's stock fell 0.7 percent to USD163.08 yesterday. ",
        "The toll reached nearly 23,000 on Monday, up from 9,800. ",
        "Revenue was $1,2,3.4.5 billion. ",
        "Qwen3-Next-80B-A3B is 13 times smaller. ",
        "\n",
        "HONG KONG, Sept. 24 - ",
        "Published: 09/09/2025, 05:40:00 EDT\n",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(NEWSY, st.text(max_size=20)), max_size=12).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=3), st.sampled_from([".txt", ".md", ".html"]))
def test_pipeline_never_raises_and_round_trips(texts: list[str], suffix: str) -> None:
    docs = [
        parse_document(f"d{i}{suffix}", f"d{i}{suffix}", t, suffix) for i, t in enumerate(texts)
    ]
    report = reconcile(docs)
    assert Report.model_validate_json(report.model_dump_json()) == report
    texts_by_id = {d.id: d.text for d in report.documents}
    for c in report.claims:
        start, end = c.span
        assert texts_by_id[c.document][start:end] == c.text


def test_empty_documents_give_an_empty_report() -> None:
    report = reconcile([Document(id="a.txt", path="a.txt", text="")])
    assert (report.claims, report.groups, report.findings) == ([], [], [])
