"""The per-file time cap: a file whose extraction runs over its budget keeps the claims of the
part read in time, and the rest is skipped with a one-line notice."""

from __future__ import annotations

import pytest

import reconcile.timecap as timecap
from reconcile import Document, Settings, reconcile
from reconcile.cache import ClaimCache
from reconcile.claims.context import extract_claims

PARAGRAPH = "Depot {0}\n\nThe depot said its fleet grew {0}% to 40 buses this spring.\n\n"
DOC = Document(
    id="long.txt", path="long.txt", text="".join(PARAGRAPH.format(i) for i in range(1, 41))
)
SHORT = 400  # the stand-in extractor never ends on a longer text


def slow_on_long_texts(doc: Document, settings: Settings):
    if len(doc.text) > SHORT:
        while True:  # burns CPU until the cap's signal stops it
            pass
    return extract_claims(doc, settings)


def test_the_rest_of_a_slow_file_is_skipped_with_a_notice(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(timecap, "extract_claims", slow_on_long_texts)
    cache = ClaimCache(tmp_path)
    report = reconcile([DOC], Settings(max_seconds_per_file=0.4), cache=cache)
    (doc,) = report.documents
    (notice,) = [n for n in doc.notices if "reading stopped" in n]
    assert notice.startswith("long.txt: reading stopped after 0.4 s")
    line = int(notice.split("from line ")[1].split()[0])
    ends = [c.span[1] for c in report.claims]
    assert ends and max(ends) <= SHORT
    assert DOC.text.count("\n", 0, max(ends)) + 1 < line
    assert cache.get(DOC, Settings()) is None  # a cut extraction is never cached


def test_a_file_within_its_budget_is_read_whole() -> None:
    claims, notice = timecap.extract_within(DOC, Settings(max_seconds_per_file=30))
    assert notice is None
    assert claims == extract_claims(DOC, Settings())


@pytest.mark.parametrize(("cap", "size", "expected"), [(None, 10, 5.0), (None, 3_000_000, 15.0)])
def test_default_budget_grows_with_size(cap, size, expected) -> None:
    doc = Document(id="a", path="a", text="x" * size)
    assert timecap.budget(doc, Settings(max_seconds_per_file=cap)) == expected
    assert timecap.budget(doc, Settings(max_seconds_per_file=0)) is None


def test_the_cap_must_be_a_finite_number_at_least_zero() -> None:
    from reconcile.config import ConfigError, settings_from

    for bad in (-1, float("nan"), True):
        with pytest.raises(ConfigError, match="max_seconds_per_file"):
            settings_from({"max_seconds_per_file": bad}, "x")
