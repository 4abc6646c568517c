"""The warm process of ``reconcile check --keep-warm`` over a run of edits: it keeps what it
parsed and what the cache gave from one check to the next, and each check it runs says exactly
what a cold check of the same draft says."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import cache as cache_module
from reconcile import check as check_module
from reconcile import warm
from reconcile.claims import parse
from reconcile.cli import main

SOURCE_ONE = """Ferry operator results

Saltmere Ferries said annual revenue rose to $640 million last year. The operator carried
3.2 million passengers on its eleven routes. Fuel costs climbed 14% to $92 million.
"""
SOURCE_TWO = """Saltmere Ferries posts record year

Saltmere Ferries reported annual revenue of $640 million, a record. The company carried
3.2 million passengers. Its fuel costs climbed 14% to $92 million, it said.
"""
DRAFT = """Saltmere draft

Saltmere Ferries said annual revenue rose to $640 million last year.

The operator carried 3.5 million passengers on its eleven routes.

Crews were praised for their punctuality during the winter storms.

Fuel costs climbed 14% to $92 million.
"""

# one writer's session, each edit on top of the last: a word in a sentence without a figure,
# a figure changed, a sentence with a new figure added, a sentence removed, a word in a
# sentence with a figure, and the draft put back as it was
EDITS = [
    lambda t: t.replace("were praised", "were thanked"),
    lambda t: t.replace("3.5 million passengers", "3.2 million passengers"),
    lambda t: t.replace(
        "Fuel costs", "The operator said annual revenue reached $710 million.\n\nFuel costs"
    ),
    lambda t: t.replace("Crews were thanked for their punctuality during the winter storms.", ""),
    lambda t: t.replace("Fuel costs climbed", "Fuel costs sharply climbed"),
    lambda _t: DRAFT,
]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks (Linux)")


@pytest.fixture
def root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short cache folder of the test's own (a Unix socket's path is short), and no warm
    process left behind."""
    folder = Path(tempfile.mkdtemp(prefix="rcw-"))
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(folder))
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    try:
        yield folder
    finally:
        warm.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _check(*argv: str) -> tuple[int, dict[str, object]]:
    """Exit status and the JSON report (findings, groups, claims: all a check says)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", *argv, "--format", "json"])
    report = json.loads(out.getvalue())
    return code, {k: report[k] for k in ("findings", "groups", "claims")}


def test_a_run_of_edits_served_warm_gives_what_cold_checks_give(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each check of a run of edits is run by the warm process, which parses only what it has
    not parsed before, and gives the findings, groups and claims of a cold check."""
    import reconcile.cli as cli

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "one.md").write_text(SOURCE_ONE, encoding="utf-8")
    (sources / "two.md").write_text(SOURCE_TWO, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    args = [str(draft), "--against", str(sources), "--keep-warm", "60"]
    cold = [str(draft), "--against", str(sources), "--no-cache"]
    _check(*args)  # starts the warm process
    assert warm.running(root)
    text, warm_results = DRAFT, []
    with monkeypatch.context() as m:

        def check_here(*a: object, **k: object) -> object:
            raise AssertionError("the check ran in this process")

        m.setattr(cli, "check_drafts", check_here)
        for edit in EDITS:
            text = edit(text)
            draft.write_text(text, encoding="utf-8")
            warm_results.append((text, _check(*args)))
    codes = []
    for text, got in warm_results:
        draft.write_text(text, encoding="utf-8")
        assert got == _check(*cold)
        codes.append(got[0])
    # the edits are seen: 3.5 million passengers against 3.2 (1), then agreeing (0), then a
    # second revenue figure that contradicts the first (1), ...; the draft put back: 1 again
    assert codes[0] == 1 and codes[1] == 0 and codes[2] == 1 and codes[-1] == 1


def _signature(doc: object) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_)
        for t in doc  # type: ignore[attr-defined]
    ]


SENTENCES = [
    "Orvindale Water raised its charges by 6.5% to £412 a year, the regulator said.",
    "About 1,800 homes in the valley lost power on Sunday night.",
    "The museum, which opened in 1998, drew 240,000 visitors in the spring.",
    "Tessaly Bank cut its forecast to 2.1% after the vote on Thursday.",
    "Three of the nine bridges were closed for repairs costing €14 million.",
]


def test_a_text_parses_alike_in_any_batch_and_order() -> None:
    """What makes a kept parse exact: a text's parse does not depend on the texts parsed with
    it (alone, in one batch, in another order, among other texts)."""
    nlp = parse.nlp()
    together = [_signature(d) for d in nlp.pipe(SENTENCES, batch_size=64)]
    alone = [_signature(nlp(s)) for s in SENTENCES]
    reversed_ = [_signature(d) for d in nlp.pipe(SENTENCES[::-1], batch_size=2)][::-1]
    mixed = list(nlp.pipe(["Short one.", *SENTENCES, "A 4,000-word report."], batch_size=3))
    assert together == alone == reversed_ == [_signature(d) for d in mixed[1:-1]]


def test_kept_parses_are_reused_and_the_least_recently_used_go_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, c = SENTENCES[:3]
    monkeypatch.setattr(parse, "KEPT_MAX", 2)
    monkeypatch.setattr(parse, "_KEPT", None)
    assert parse.parse_sentences([a])[0] is not parse.parse_sentences([a])[0]  # nothing kept
    parse.keep_parses()
    try:
        first = parse.parse_sentences([a, b, a])
        assert first[0] is first[2]  # one parse for a text given twice
        assert parse.parse_sentences([b, a]) == [first[1], first[0]]  # not parsed again
        again = parse.parse_sentences([a, c])  # b, the least recently used, goes
        assert again[0] is first[0]
        assert parse.parse_sentences([b])[0] is not first[1]  # b parsed again
        assert _signature(parse.parse_sentences([b])[0]) == _signature(first[1])
        assert len(parse._KEPT or {}) == 2
    finally:
        parse.keep_parses(False)
    assert parse._KEPT is None


def test_the_warm_process_extracts_a_draft_itself(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """In the warm process the parse is loaded and its parses kept: a draft the cache lacks is
    extracted there, not in a forked child (a check elsewhere forks one, as before)."""
    asked: list[int] = []

    def ahead(docs: list[object], settings: object) -> None:
        asked.append(len(docs))
        return None

    monkeypatch.setattr(check_module, "extract_ahead", ahead)
    cache = cache_module.ClaimCache(tmp_path / "cache")
    draft = check_module.Document(id="d", path="d.md", text="Saltmere carried 3.2 million.")
    source = check_module.Document(id="s", path="s.md", text="Saltmere carried 3.5 million.")
    check_module.check_drafts([draft], [source], cache=cache)
    assert asked == [1]
    monkeypatch.setattr(warm, "_serving", True)
    edited = draft.model_copy(update={"text": "Saltmere carried 3.3 million."})
    check_module.check_drafts([edited], [source], cache=cache)
    assert asked == [1]


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_between_checks_the_kept_objects_are_frozen_and_a_pause_collects_them_all() -> None:
    """``warm.tidy``: after a check, what is left is frozen (the next check's collections do
    not scan it); a cycle dropped after it was frozen is collected by the full tidy of a pause,
    and not before."""
    import gc
    import weakref

    try:
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        gone = weakref.ref(a)
        warm.tidy(full=False)
        assert gc.get_freeze_count() > 0
        del a, b
        warm.tidy(full=False)
        assert gone() is not None  # frozen: the quick tidy leaves it
        warm.tidy(full=True)
        assert gone() is None
    finally:
        gc.unfreeze()


def test_a_kept_document_key_holds_only_while_its_fields_are_those_it_was_made_from(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """In a long-lived process a source's entry key is worked out once per document object;
    a document given another text, title or id (in place or as a copy) gets its own key."""
    made: list[str] = []
    real = cache_module._content_key

    def counted(doc: object, part: bytes) -> str:
        made.append(doc.id)  # type: ignore[attr-defined]
        return real(doc, part)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_module, "_content_key", counted)
    cache = cache_module.ClaimCache(tmp_path)
    doc = check_module.Document(id="s.md", path="s.md", text="Saltmere carried 3.2 million.")
    settings = check_module.Settings()
    cache_module.keep_in_memory()
    try:
        first = cache.key(doc, settings)
        assert cache.key(doc, settings) == first and made == ["s.md"]  # kept
        doc.text = "Saltmere carried 3.5 million."  # the same object, another text
        assert cache.key(doc, settings) == real(doc, cache_module._settings_part(settings))
        assert cache.key(doc, settings) != first and len(made) == 2
        other = check_module.Settings(entity_aliases={"Saltmere": "Saltmere Ferries"})
        assert cache.key(doc, other) != cache.key(doc, settings)
        renamed = doc.model_copy(update={"id": "t.md"})
        assert cache.key(renamed, settings) not in (first, cache.key(doc, settings))
    finally:
        cache_module.keep_in_memory(False)
    assert cache.key(doc, settings) == cache.key(doc, settings) and cache_module._KEYS is None
