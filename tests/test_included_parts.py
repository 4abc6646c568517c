"""A count written after "including" or "among them" that follows another count of its sentence
is a part of that count ("Around 900 people were evacuated, including 120 patients"), not a
second measure of the whole: it is never weighed against another source's whole. Control: a
whole that differs from another source's whole is still weighed. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _warnings(*texts: str) -> list[str]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return [f.message for f in reconcile(docs).findings if f.severity != "info"]


WHOLE = "Ostrel Rail has 2,300 employees on the tramway, its chief said."


def test_a_part_after_including_is_no_whole() -> None:
    part = "Around 2,300 people are building the tramway, including 910 Ostrel Rail employees."
    assert not _warnings(WHOLE, part)


def test_a_part_after_among_them_is_no_whole() -> None:
    part = "Roughly 2,300 staff are on the tramway job, among them 910 Ostrel Rail employees."
    assert not _warnings(WHOLE, part)


def test_control_a_whole_that_differs_is_weighed() -> None:
    other = "Ostrel Rail has 910 employees on the tramway, according to its annual report."
    assert _warnings(WHOLE, other)
