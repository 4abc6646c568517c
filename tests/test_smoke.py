"""End-to-end smoke: the pipeline runs from text to report."""

from reconcile import Document, extract_quantities, reconcile


def test_extract_money_and_percent() -> None:
    text = "Shares rose 2.4% to HK$140.60."
    ms = extract_quantities(text)
    assert [(m.value, m.unit) for m in ms] == [(2.4, "percent"), (140.6, "HKD")]
    assert all(text[m.span[0] : m.span[1]] == m.surface for m in ms)


def test_pipeline_round_trips_report_json() -> None:
    docs = [Document(id="a.txt", path="a.txt", text="Shares rose 2.4% to HK$140.60.")]
    report = reconcile(docs)
    again = type(report).model_validate_json(report.model_dump_json())
    assert again == report
    assert len(report.claims) == 2
