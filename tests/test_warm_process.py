"""``reconcile check --keep-warm``: a warm process extracts edited drafts, and a check that
uses it gives exactly what a cold check gives, whatever the edit; its answers are used only for
the documents and settings sent, and only when they can be the document's own."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reconcile import cache as cache_module
from reconcile import pipeline, warm
from reconcile.claims.models import Document
from reconcile.cli import main
from reconcile.config import Settings

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks (Linux)")

SOURCE_A = """Harvest report

Lindqvist Dairy said yearly turnover climbed to $2.8 billion. The cooperative
employs 4,300 farmers in three valleys. Its milk price was 41 cents a litre on 2 May 2025.
"""
SOURCE_B = """Dairy figures

Lindqvist Dairy reported yearly turnover of $2.8 billion, its best result. The
cooperative employs 4,300 farmers. Its milk price was 41 cents a litre on 2 May 2025.
"""
DRAFT = """Dairy draft

Lindqvist Dairy said yearly turnover reached $2.8 billion on strong exports.

The cooperative employs 4,900 farmers in three valleys, its chair said.

Rain was heavy this spring across the northern pastures.
"""

# each kind of edit a writer makes: a figure, a word with no figure, a sentence added, one cut
EDITS: dict[str, Callable[[str], str]] = {
    "figure changed": lambda t: t.replace("4,900 farmers", "4,300 farmers"),
    "word without a figure": lambda t: t.replace("heavy this spring", "light this spring"),
    "sentence added": lambda t: t.replace("\n\n", "\n\nFarm gate prices held in April.\n\n", 1),
    "sentence removed": lambda t: t.replace(
        "Lindqvist Dairy said yearly turnover reached $2.8 billion on strong exports.\n\n", ""
    ),
}
# what a cold check says of the farmers after each edit: exit status, line of the finding
EXPECTED = {
    "figure changed": (0, None),
    "word without a figure": (1, 5),
    "sentence added": (1, 7),
    # the sentence that named the company goes: "the cooperative" of the next one names no
    # one any more (a claim depends on its neighbours, not on its own sentence alone), and
    # neither does the sources' "The cooperative employs 4,300 farmers", a sentence wrapped
    # across two lines that Markdown reads as one: the two counts meet and disagree
    "sentence removed": (1, 3),
}


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


def _check(*argv: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", *argv, "--format", "json"])
    findings = json.loads(out.getvalue())["findings"]
    keys = ("kind", "severity", "claims", "message", "details", "suppressed")
    return code, [{k: f[k] for k in keys} for f in findings]


def _corpus(folder: Path) -> tuple[Path, Path]:
    sources = folder / "sources"
    sources.mkdir()
    (sources / "a.md").write_text(SOURCE_A, encoding="utf-8")
    (sources / "b.md").write_text(SOURCE_B, encoding="utf-8")
    draft = folder / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return draft, sources


def _handed_over(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each check that follows was run by the warm process; a check run here fails."""
    import reconcile.cli as cli

    handed: list[bool] = []
    real_forward = warm.forward

    def forward(*a: object, **k: object) -> object:
        got = real_forward(*a, **k)  # type: ignore[arg-type]
        handed.append(got is not None)
        return got

    def check_here(*a: object, **k: object) -> object:
        raise AssertionError("the check ran in this process")

    monkeypatch.setattr(warm, "forward", forward)
    monkeypatch.setattr(cli, "check_drafts", check_here)
    return handed


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_check_after_an_edit_served_warm_equals_a_cold_one(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    """The warm process runs the whole check after an edit, and again after the draft is put
    back (then from what it kept in memory): each time what a cold check says."""
    draft, sources = _corpus(tmp_path)
    args = [str(draft), "--against", str(sources), "--keep-warm", "60"]
    cold_args = [str(draft), "--against", str(sources), "--no-cache"]
    first = _check(*args)  # starts the warm process; the sources' claims go to the cache
    assert warm.running(root)
    with monkeypatch.context() as m:
        handed = _handed_over(m)
        draft.write_text(EDITS[edit](DRAFT), encoding="utf-8")
        warm_result = _check(*args)
        draft.write_text(DRAFT, encoding="utf-8")
        back = _check(*args)
    assert handed == [True, True]
    assert back == first == _check(*cold_args)
    draft.write_text(EDITS[edit](DRAFT), encoding="utf-8")
    assert warm_result == _check(*cold_args)
    code, findings = warm_result
    lines = [f["details"]["line"] for f in findings]  # type: ignore[index]
    assert (code, lines[0] if lines else None) == EXPECTED[edit]  # the edit is seen


def test_the_first_check_has_its_draft_extracted_by_the_process_it_starts(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No process yet: the check runs here, starts one and has it extract the draft."""
    draft, sources = _corpus(tmp_path)
    served: list[bool] = []
    extracted_here: list[list[str]] = []
    real_take, real_extract = warm.Warm.take, pipeline._extract

    def take(self: warm.Warm, doc: Document, settings: Settings) -> object:
        got = real_take(self, doc, settings)
        served.append(got is not None)
        return got

    def extract(docs: list[Document], settings: Settings, **kwargs: object) -> object:
        extracted_here.append([d.id for d in docs])
        return real_extract(docs, settings, **kwargs)

    _check(str(draft), "--against", str(sources))  # the sources' claims go to the cache
    monkeypatch.setattr(warm.Warm, "take", take)
    monkeypatch.setattr(pipeline, "_extract", extract)
    draft.write_text(EDITS["figure changed"](DRAFT), encoding="utf-8")
    warm_result = _check(str(draft), "--against", str(sources), "--keep-warm", "60")
    assert warm.running(root)
    assert served == [True]  # the edited draft's claims came from the warm process
    assert extracted_here == [[]]  # and nothing was extracted in this process
    monkeypatch.setattr(pipeline, "_extract", real_extract)
    assert warm_result == _check(str(draft), "--against", str(sources), "--no-cache")


def test_keep_warm_zero_ends_the_process_and_an_idle_one_ends_itself(
    root: Path, tmp_path: Path
) -> None:
    draft, sources = _corpus(tmp_path)
    _check(str(draft), "--against", str(sources), "--keep-warm", "60")
    assert warm.running(root)
    _check(str(draft), "--against", str(sources), "--keep-warm", "0")
    assert not warm.running(root)
    assert warm.start(root, 0.5)
    path = warm.socket_path(root)
    assert path is not None and path.exists()
    deadline = time.monotonic() + 60  # (asking whether it runs would keep it awake)
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not path.exists()  # it ended, and removed its socket


def test_without_the_option_no_process_is_kept(root: Path, tmp_path: Path) -> None:
    draft, sources = _corpus(tmp_path)
    _check(str(draft), "--against", str(sources))
    draft.write_text(EDITS["figure changed"](DRAFT), encoding="utf-8")
    _check(str(draft), "--against", str(sources))
    assert not warm.running(root)


def test_the_check_command_returns_without_waiting_for_the_warm_process(
    root: Path, tmp_path: Path
) -> None:
    """Its output read through pipes (a hook, CI): the check ends, the warm process stays."""
    draft, sources = _corpus(tmp_path)
    command = [sys.executable, "-m", "reconcile", "check", str(draft), "--against", str(sources)]
    t0 = time.monotonic()
    proc = subprocess.run(
        [*command, "--keep-warm", "300"],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "RECONCILE_CACHE_DIR": str(root)},
    )
    assert time.monotonic() - t0 < 240 and proc.returncode == 1, proc.stderr
    assert "4,900" in proc.stdout  # the draft's farmers against the sources' 4,300
    assert warm.running(root)


def _answering(rows: object) -> socket.socket:
    """One end of a connection whose other end has already sent ``rows`` as an answer."""
    mine, theirs = socket.socketpair()
    with contextlib.closing(theirs):
        payload = json.dumps(rows).encode()
        theirs.sendall(len(payload).to_bytes(8, "big") + payload)
    return mine


def test_an_answer_is_used_only_for_the_document_and_settings_sent() -> None:
    doc = Document(id="d.md", path="d.md", text="Sales rose 4% to $9 million.")
    other = doc.model_copy(update={"text": "Sales rose 5% to $9 million."})
    claim = {
        "id": "d.md#11-13",
        "document": "d.md",
        "span": [11, 13],
        "text": "4%",
        "value": 4.0,
        "unit": "%",
        "low": 3.5,
        "high": 4.5,
        "kind": "percent",
        "mention": {"surface": "4%", "span": [11, 13], "value": 4.0, "unit": "%"},
    }
    key = warm.key(doc, Settings())
    got = warm.Warm(_answering([[key, [claim], None, []]]), [doc], Settings())
    assert got.take(doc, Settings(tolerance=0.1)) is None  # other settings
    assert got.take(other, Settings()) is None  # another text
    taken = got.take(doc, Settings())
    assert taken is not None and [c.text for c in taken[0]] == ["4%"]
    assert got.take(doc, Settings()) is None  # taken once
    # claims that cannot be the document's own (a span off its surface) are refused
    wrong = {**claim, "span": [0, 2], "id": "d.md#0-2"}
    refused = warm.Warm(_answering([[key, [wrong], None, []]]), [doc], Settings())
    assert refused.take(doc, Settings()) is None
    for junk in (None, "text", [[key]], [[warm.key(other, Settings()), [claim], None, []]]):
        assert warm.Warm(_answering(junk), [doc], Settings()).take(doc, Settings()) is None


def test_no_process_is_asked_or_started_where_it_cannot_be_trusted(tmp_path: Path) -> None:
    root = Path(tempfile.mkdtemp(prefix="rcw-"))
    try:
        os.chmod(root, 0o755)  # a cache folder others can read: no socket is made there
        assert not warm.start(root, 5)
        path = warm.socket_path(root)
        assert path is not None
        path.write_text("not a socket")
        assert warm.ask(root, [], Settings()) is None and not warm.running(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    deep = tmp_path / ("x" * 120)
    assert warm.socket_path(deep) is None and not warm.start(deep, 5)


def test_a_draft_on_standard_input_is_read_by_the_warm_process(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor pipes its buffer (``-`` with ``--stdin-name``): the warm process serves it."""
    _draft, sources = _corpus(tmp_path)
    args = ["-", "--stdin-name", "story.md", "--against", str(sources)]
    monkeypatch.setattr("sys.stdin", io.StringIO(DRAFT))
    _check(*args, "--keep-warm", "60")  # starts the warm process
    edited = EDITS["sentence added"](DRAFT)
    monkeypatch.setattr("sys.stdin", io.StringIO(edited))
    with monkeypatch.context() as m:
        handed = _handed_over(m)
        warm_result = _check(*args, "--keep-warm", "60")
    assert handed == [True]  # the warm process read the buffer sent
    monkeypatch.setattr("sys.stdin", io.StringIO(edited))
    assert warm_result == _check(*args, "--no-cache")
    assert warm_result[0] == 1 and warm_result[1][0]["details"]["line"] == 7  # type: ignore[index]


def test_the_readings_sent_with_a_draft_are_used_for_its_own_sentences_only() -> None:
    from reconcile.claims import separate

    sentence = "Sales rose 4% to $9 million."
    doc = Document(id="e.md", path="e.md", text=sentence)
    claim = {
        "id": "e.md#11-13",
        "document": "e.md",
        "span": [11, 13],
        "text": "4%",
        "value": 4.0,
        "unit": "%",
        "low": 3.5,
        "high": 4.5,
        "kind": "percent",
        "sentence": sentence,
        "metric": "sales growth",
        "mention": {"surface": "4%", "span": [11, 13], "value": 4.0, "unit": "%"},
    }
    mine = [sentence, "4%", "sales growth", False, None]
    elsewhere = ["Costs fell 2% in May.", "2%", "costs", False, None]
    key = warm.key(doc, Settings())
    separate.learned()
    for rows, known in (([elsewhere], False), ([mine, ["junk"]], False), ([mine], True)):
        separate._KNOWN.clear()
        got = warm.Warm(_answering([[key, [claim], None, rows]]), [doc], Settings())
        assert got.take(doc, Settings()) is not None  # the claims are used either way
        assert (tuple(mine[:4]) in separate._KNOWN) is known
        assert tuple(elsewhere[:4]) not in separate._KNOWN
    separate._KNOWN.clear()


def test_a_sentence_with_a_figure_edited_needs_no_parse_in_the_check(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warm process sends the parse's readings of the draft's sentences with its claims:
    grouping, which reads them where sources disagree, parses nothing in the check."""
    from reconcile.claims import separate

    draft, sources = _corpus(tmp_path)
    args = [str(draft), "--against", str(sources), "--keep-warm", "60"]
    _check(*args)
    parsed: list[list[str]] = []
    real = separate.parse_sentences

    def spy(texts: list[str]) -> object:
        parsed.append(list(texts))
        return real(texts)

    monkeypatch.setattr(separate, "parse_sentences", spy)
    edited = DRAFT.replace("The cooperative employs", "The cooperative now employs")
    draft.write_text(edited, encoding="utf-8")
    warm_result = _check(*args)
    assert parsed == []
    assert warm_result[0] == 1  # 4,900 farmers against 4,300: the group is read, and split not
    monkeypatch.setattr(separate, "parse_sentences", real)
    assert warm_result == _check(str(draft), "--against", str(sources), "--no-cache")


def test_a_check_handed_over_from_another_folder_uses_the_process_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A relative cache folder names one folder from where the process started and another
    from where a later check runs: the process keeps to the one its socket is in."""
    top = Path(tempfile.mkdtemp(prefix="rcw-"))
    first, second = top / "a", top / "b"
    second.mkdir()
    first.mkdir()
    draft, sources = _corpus(first)
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    try:
        monkeypatch.chdir(first)
        monkeypatch.setenv("RECONCILE_CACHE_DIR", "cache")
        _check(str(draft), "--against", str(sources), "--keep-warm", "60")
        assert warm.running(first / "cache")
        monkeypatch.chdir(second)
        monkeypatch.setenv("RECONCILE_CACHE_DIR", "../a/cache")  # the same folder
        with monkeypatch.context() as m:
            handed = _handed_over(m)
            draft.write_text(EDITS["sentence added"](DRAFT), encoding="utf-8")
            result = _check(str(draft), "--against", str(sources), "--keep-warm", "60")
        assert handed == [True]
        assert not (second / "cache").exists()  # "cache" read from b would be b/cache
        assert result == _check(str(draft), "--against", str(sources), "--no-cache")
    finally:
        warm.stop(first / "cache")
        shutil.rmtree(top, ignore_errors=True)


def test_the_console_command_hands_a_check_over_before_importing_the_package(
    root: Path, tmp_path: Path
) -> None:
    """``reconcile check --keep-warm`` run while the process lives is handed over by
    :mod:`reconcile.entry` with the standard library alone (no pydantic, no pipeline imported
    in the command's process), and prints what the full command prints."""
    draft, sources = _corpus(tmp_path)
    args = [str(draft), "--against", str(sources), "--keep-warm", "60", "--format", "json"]
    _check(*args[:-2])  # starts the warm process
    assert warm.running(root)
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['reconcile', *sys.argv[1:]]\n"
        "from reconcile.entry import main\n"
        "code = main()\n"
        "heavy = sorted(m for m in ('pydantic', 'reconcile.cli', 'reconcile.pipeline', 'spacy')"
        " if m in sys.modules)\n"
        "print('\\nHEAVY', heavy, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "RECONCILE_CACHE_DIR": str(root)}
    run = subprocess.run(
        [sys.executable, "-c", probe, "check", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "HEAVY []" in run.stderr  # handed over before anything else was imported
    full = io.StringIO()
    with contextlib.redirect_stdout(full), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", *args, "--no-cache"])
    assert run.returncode == code
    assert json.loads(run.stdout)["findings"] == json.loads(full.getvalue())["findings"]


@pytest.mark.parametrize(
    ("argv", "hands_over"),
    [
        (["check", "d.md", "--against", "s", "--keep-warm"], True),
        (["check", "d.md", "--keep-warm", "30", "--against", "s"], True),
        (["check", "--keep-warm=30", "d.md", "--against", "s"], True),
        (["check", "--keep-warm", "d.md", "--against", "s"], True),  # the default seconds
        (["check", "d.md", "--against", "s", "--keep-warm", "0"], False),  # ends the process
        (["check", "d.md", "--against", "s", "--keep-warm=0"], False),
        (["check", "d.md", "--against", "s"], False),
        (["check", "d.md", "--against", "s", "--keep-warm", "--no-cache"], False),
        (["check", "-", "--against", "s", "--keep-warm"], False),  # standard input: full command
        (["check", "--help", "--keep-warm"], False),
        (["report", "s", "--keep-warm"], False),
        ([], False),
    ],
)
def test_which_commands_the_console_entry_tries_to_hand_over(
    argv: list[str], hands_over: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reconcile import handover

    tried: list[list[str]] = []
    monkeypatch.setattr(handover, "forward", lambda root, a, stdin=None: tried.append(list(a)))
    assert handover.handed_over(argv) is None  # nothing answered: the full command runs
    assert tried == ([argv] if hands_over else [])


def test_a_cache_folder_open_to_others_gets_a_one_line_reason(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The warm process listens only in a cache folder of this user's alone; a folder others may
    read is refused, and the check says why in one line instead of going cold silently."""
    draft, sources = _corpus(root)
    root.chmod(0o755)
    code = main(["check", str(draft), "--against", str(sources), "--keep-warm", "60"])
    err = capsys.readouterr().err
    assert code in (0, 1)
    assert not warm.running(root)
    [line] = [x for x in err.splitlines() if "--keep-warm" in x]
    assert "open to other users" in line and "chmod 700" in line
    assert warm.shared_folder(root) is not None
    root.chmod(0o700)
    assert warm.shared_folder(root) is None
