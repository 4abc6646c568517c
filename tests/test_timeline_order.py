"""A timeline note lists its figures in time order (class: times sorted as written, so that
"Wed 14 Oct 2026" came before "2025" and "3 days ago" before "10 years ago"): calendar times by
their first day, then times told from the news cycle by how far back they lie. Sentences
written afresh."""

from __future__ import annotations

from reconcile.time.values import time_order
from tests.reported import findings_of


def test_times_sort_as_a_timeline_reads() -> None:
    told = ["2026-10-14", "year:-5", None, "day:-3", "year:2025", "year:-10", "2025-Q2"]
    assert sorted(told, key=time_order) == [
        None, "year:2025", "2025-Q2", "2026-10-14", "year:-10", "year:-5", "day:-3",
    ]  # fmt: skip


def test_a_timeline_note_lists_its_figures_in_time_order() -> None:
    [f] = findings_of(
        "Three days ago the rowing club had 390 members.\n",
        "A decade ago the rowing club had 520 members.\n",
        "Five years ago the rowing club had 410 members.\n",
    )
    message = f.message
    assert (
        message.index("10 years ago") < message.index("5 years ago") < message.index("3 days ago")
    )
