"""A warm ``reconcile check`` (claims, the sources' read and the parse's readings from the cache)
gives exactly the findings of a cold one; a source changed on disk is read again."""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import cache as cache_module
from reconcile import io as io_module
from reconcile.claims import separate
from reconcile.cli import main

NAMES = ["Dunmore Textiles", "Pellary Foods", "Ostrava Rail"]
SENTENCES = [
    "{co} said annual revenue reached ${bn} billion.",
    "{co} reported quarterly profit of ${m} million on Tuesday.",
    "Operating margin at {co} was {pct}% for the year.",
    "{co} employs {n} people across its plants.",
    "{co} shares closed at ${price} on 3 March 2025.",
]
FIGURES = {"bn": ["4.1", "4.6"], "m": ["310", "355"], "pct": ["11.2", "13.9"]}
FIGURES |= {"n": ["8,200", "9,400"], "price": ["27.15", "31.80"]}


def _sentence(template: int, company: int, variant: int) -> str:
    figures = {k: v[variant] for k, v in FIGURES.items()}
    return SENTENCES[template].format(co=NAMES[company], **figures)


article = st.lists(
    st.tuples(
        st.integers(0, len(SENTENCES) - 1), st.integers(0, len(NAMES) - 1), st.integers(0, 1)
    ),
    min_size=1,
    max_size=5,
)


def _write(folder: Path, name: str, rows: list[tuple[int, int, int]]) -> Path:
    path = folder / name
    body = " ".join(_sentence(*r) for r in rows)
    path.write_text(f"Company news\n\n{body}\n", encoding="utf-8")
    return path


def _check(*argv: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", *argv, "--format", "json", "--fail-on", "never"])
    findings = json.loads(out.getvalue())["findings"]
    return code, [{k: f[k] for k in ("kind", "severity", "claims", "message")} for f in findings]


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by a test are seconds old at most: let their read be stored."""
    monkeypatch.setattr(cache_module, "RACY_NS", 0)


def _forget_parses() -> None:
    """A new process: no parse and no reading in memory."""
    separate._PARSES.clear()
    separate._KNOWN.clear()
    separate._LEARNED.clear()


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(draft=article, sources=st.lists(article, min_size=2, max_size=4))
def test_a_warm_check_gives_the_findings_of_a_cold_one(
    tmp_path_factory: pytest.TempPathFactory,
    no_racy_window: None,
    draft: list[tuple[int, int, int]],
    sources: list[list[tuple[int, int, int]]],
) -> None:
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "src"
    folder.mkdir()
    for i, rows in enumerate(sources):
        _write(folder, f"s{i}.txt", rows)
    path = _write(root, "draft.md", draft)
    args = [str(path), "--against", str(folder)]
    other = [*args, "--tolerance", "0.001"]  # another setting: the whole check is not stored
    cold = _check(*args, "--no-cache")
    cold_other = _check(*other, "--no-cache")
    os.environ["RECONCILE_CACHE_DIR"] = str(root / "cache")
    try:
        filling = _check(*args)
        _forget_parses()
        warm = _check(*args)  # the stored check
        _forget_parses()
        warm_other = _check(*other)  # stored claims, read and readings; grouped and compared
    finally:
        del os.environ["RECONCILE_CACHE_DIR"]
    assert filling == cold
    assert warm == cold
    assert warm_other == cold_other
    assert list((root / "cache" / "reads").iterdir())  # the sources' read was stored
    assert list((root / "cache" / "checks").iterdir())


def test_a_warm_check_reads_only_the_draft_and_parses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    # two sources disagree on a small group: separation reads the parse of its sentences
    _write(folder, "a.txt", [(0, 0, 0), (2, 1, 0)])
    _write(folder, "b.txt", [(0, 0, 1), (2, 1, 1)])
    _write(folder, "c.txt", [(0, 0, 0), (3, 2, 0)])
    draft = _write(tmp_path, "draft.md", [(0, 0, 1), (2, 1, 0)])
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    args = [str(draft), "--against", str(folder)]
    _check(*args)
    # another tolerance: the whole check is not stored, its claims, read and readings are
    args += ["--tolerance", "0.001"]
    first = _check(*args, "--no-cache")
    _forget_parses()
    read: list[Path] = []
    real = io_module.read_raw

    def counting(path: str | Path, *a: object, **k: object) -> io_module.RawFile:
        read.append(Path(path))
        return real(path, *a, **k)  # type: ignore[arg-type]

    def no_parse(_texts: object) -> list[object]:
        raise AssertionError("a warm check parsed a sentence")

    monkeypatch.setattr(io_module, "read_raw", counting)
    monkeypatch.setattr(separate, "parse_sentences", no_parse)
    assert _check(*args) == first
    assert [p.name for p in read] == ["draft.md"]


def test_a_source_changed_on_disk_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    source = _write(folder, "a.txt", [(1, 1, 0)])
    _write(folder, "b.txt", [(1, 1, 0)])
    draft = _write(tmp_path, "draft.md", [(1, 1, 0)])
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    args = [str(draft), "--against", str(folder)]
    assert _check(*args)[1] == []
    # the same size and modification time, other figures: the change time still moves
    st = source.stat()
    _write(folder, "a.txt", [(1, 1, 1)])
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert source.stat().st_size == st.st_size
    after = _check(*args)[1]
    assert after == _check(*args, "--no-cache")[1]
    assert any("355" in str(f["message"]) for f in after)


def test_a_recent_file_is_not_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file changed within the clock's reach of the store might change again unseen."""
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "a.txt", [(1, 1, 0)])
    draft = _write(tmp_path, "draft.md", [(1, 1, 0)])
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    _check(str(draft), "--against", str(folder))
    assert not (tmp_path / "cache" / "reads").exists()


def test_the_command_line_loads_no_extraction_code_until_a_file_needs_it() -> None:
    """A check whose claims are all cached never extracts: extraction's code and the parse
    load on first use (``reconcile.extract_quantities`` still works)."""
    import subprocess
    import sys

    code = (
        "import sys, reconcile.cli, reconcile; "
        "loaded = [m for m in ('reconcile.claims.context', 'reconcile.quantities', 'spacy') "
        "if m in sys.modules]; "
        "assert not loaded, loaded; "
        "assert reconcile.extract_quantities('up 4%')[0].value == 4"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_check_report_keeps_the_claims_its_findings_cite_and_the_drafts() -> None:
    from reconcile.check import check_draft
    from reconcile.claims.models import Document

    agree = _sentence(0, 0, 0)
    sources = [
        Document(id=f"s{i}.txt", path=f"s{i}.txt", text=f"Company news\n\n{agree}\n")
        for i in range(6)
    ]
    sources.append(
        Document(id="odd.txt", path="odd.txt", text=f"Company news\n\n{_sentence(0, 0, 1)}\n")
    )
    draft = Document(id="draft.md", path="draft.md", text=f"Company news\n\n{agree}\n")
    report = check_draft(draft, sources)
    cited = {cid for f in report.findings for cid in f.claims}
    mine = {c.id for c in report.claims if c.document == "draft.md"}
    assert mine and {c.id for c in report.claims} == mine | cited
    assert all(cid in mine | cited for g in report.groups for cid in g.claims)
    assert {d.id for d in report.documents} == {"draft.md"} | {c.document for c in report.claims}
    assert len(report.documents) < len(sources) + 1


def test_an_edited_draft_is_checked_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "a.txt", [(0, 0, 0)])
    _write(folder, "b.txt", [(0, 0, 0)])
    draft = _write(tmp_path, "draft.md", [(0, 0, 0)])
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    args = [str(draft), "--against", str(folder)]
    assert _check(*args)[1] == []
    _write(tmp_path, "draft.md", [(0, 0, 1)])
    edited = _check(*args)[1]
    assert edited and edited == _check(*args, "--no-cache")[1]


def test_a_draft_extracted_ahead_has_the_claims_extracted_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import pipeline
    from reconcile.claims.models import Document
    from reconcile.config import Settings
    from reconcile.pipeline import extract_ahead
    from reconcile.timecap import extract_within

    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    body = " ".join(_sentence(t, t % 3, t % 2) for t in range(len(SENTENCES)))
    draft = Document(id="draft.md", path="draft.md", text=f"Company news\n\n{body}\n")
    other = draft.model_copy(update={"text": draft.text.replace("Company", "Group")})
    ahead = extract_ahead([draft], Settings())
    assert ahead is not None
    assert ahead.take(other, Settings()) is None  # another text: not what was extracted
    assert ahead.take(draft, Settings(tolerance=0.5)) is None  # other settings: neither
    got = ahead.take(draft, Settings())
    assert got is not None and got[0] and got == extract_within(draft, Settings())
    assert ahead.take(draft, Settings()) is None  # taken once
    ahead.close()  # a second close is harmless
    many = [draft.model_copy(update={"id": f"d{n}.md"}) for n in range(pipeline.PARALLEL_MIN)]
    assert extract_ahead(many, Settings()) is None  # a pool extracts that many faster
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    assert extract_ahead([draft], Settings()) is None  # one process: nothing to overlap
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:  # a child forked beside another thread could inherit its locks held
        assert extract_ahead([draft], Settings()) is None
    finally:
        release.set()
        other.join()


def test_a_child_that_dies_leaves_the_extraction_to_the_parent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import pipeline
    from reconcile.claims.models import Document
    from reconcile.config import Settings

    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    monkeypatch.setattr(pipeline, "_extract_to", lambda *_: os._exit(3))
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=f"News\n\n{_sentence(0, 0, n)}\n")
        for n in (0, 1)
    ]
    ahead = pipeline.extract_ahead(docs[:1], Settings())
    assert ahead is not None
    with_child = pipeline.reconcile(docs, focus={"0.txt"}, ahead=ahead)
    assert with_child == pipeline.reconcile(docs, focus={"0.txt"})
    assert with_child.findings  # 4.1 against 4.6 billion


def test_an_edited_draft_is_extracted_while_the_sources_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_racy_window: None
) -> None:
    from reconcile import cli, pipeline

    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    started: list[list[str]] = []
    taken: list[bool] = []
    real_start, real_take = pipeline.extract_ahead, pipeline.Ahead.take

    def start(docs: list, settings: object) -> object:
        started.append([d.id for d in docs])
        return real_start(docs, settings)  # type: ignore[arg-type]

    def take(self: pipeline.Ahead, doc: object, settings: object) -> object:
        got = real_take(self, doc, settings)  # type: ignore[arg-type]
        taken.append(got is not None)
        return got

    monkeypatch.setattr(cli, "extract_ahead", start)
    monkeypatch.setattr(pipeline.Ahead, "take", take)
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "a.txt", [(0, 0, 0), (1, 1, 0)])
    _write(folder, "b.txt", [(0, 0, 1), (1, 1, 0)])
    draft = _write(tmp_path, "draft.md", [(0, 0, 0)])
    args = [str(draft), "--against", str(folder)]
    _check(*args)
    _check(*args)  # unchanged: its claims are in the cache, nothing to extract ahead
    assert started == [["draft.md"], []]
    _write(tmp_path, "draft.md", [(0, 0, 1), (1, 1, 1)])
    edited = _check(*args)[1]
    assert started[-1] == ["draft.md"] and taken[-1]
    assert edited and edited == _check(*args, "--no-cache")[1]


def test_no_child_outlives_a_check_that_stops_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    from reconcile import cli

    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    started: list[object] = []
    real = cli.extract_ahead

    def start(docs: list, settings: object) -> object:
        got = real(docs, settings)  # type: ignore[arg-type]
        started.append(got)
        return got

    monkeypatch.setattr(cli, "extract_ahead", start)
    draft = _write(tmp_path, "draft.md", [(0, 0, 0)])
    (tmp_path / "empty").mkdir()  # no source to read: the check stops before comparing
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["check", str(draft), "--against", str(tmp_path / "empty")])
    assert code == 2 and "nothing to check against" in err.getvalue()
    assert started and started[0] is not None  # a child was started for the draft
    assert not multiprocessing.active_children()  # and ended
