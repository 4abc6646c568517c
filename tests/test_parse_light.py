"""A check's own process needs no more of spaCy than its stored parses need: the pipeline is
named from the installed packages' metadata (the parse store's key) without importing spaCy,
a stored parse is unpacked on the pipeline's vocabulary without its trained components, and
the draft's child sends back the parses it made, so that the parent parses nothing itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document
from reconcile.claims import parse
from reconcile.config import Settings
from tests.reported import parse_signature as _signature

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "Tollan Freight moved 4,200 crates through the Brisk quay on Thursday.",
    "The museum's new wing cost $38 million, twice the first estimate.",
    "Ridership on the Ember line fell 12% after fares rose to $3.40.",
]


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


def test_the_pipeline_is_named_without_importing_spacy() -> None:
    out = _run(
        "import sys, json\n"
        "from reconcile.claims import parse\n"
        "name = parse.pipeline_id()\n"
        "print(json.dumps([name, 'spacy' in sys.modules]))\n"
    )
    name, imported = json.loads(out)
    assert not imported
    import spacy

    meta = parse.nlp().meta
    loaded = f"{meta['lang']}_{meta['name']}-{meta['version']}-spacy-{spacy.__version__}"
    assert name == loaded


def test_a_stored_parse_is_unpacked_without_the_trained_components(tmp_path: Path) -> None:
    packs = tmp_path / "packs.bin"
    packs.write_bytes(parse.msgpack_dumps({t: parse._pack(parse.nlp()(t)) for t in SENTENCES}))
    out = _run(
        "import json, sys\n"
        "from reconcile.claims import parse\n"
        f"packs = parse.msgpack_loads(open({str(packs)!r}, 'rb').read())\n"
        "docs = [parse._unpack(packs[t]) for t in packs]\n"
        "loaded = bool(parse._LOADED)\n"
        "gate = parse.may_hold_lemma(list(packs)[2], frozenset({'fare'}))\n"
        "print(json.dumps([loaded, gate, sorted(parse.light().pipe_names)]))\n"
    )
    loaded, gate, names = json.loads(out)
    assert not loaded  # the whole pipeline was never loaded
    assert gate
    assert names == sorted(n for n in parse.nlp().pipe_names if n in parse.LIGHT_COMPONENTS)


def test_parses_unpacked_light_and_made_after_answer_as_the_pipeline_alone(
    tmp_path: Path,
) -> None:
    """The pipeline loaded after the light one shares its vocabulary; every parse, unpacked
    first or made after, reads as in a process that loaded the whole pipeline at once."""
    packs = tmp_path / "packs.bin"
    packs.write_bytes(parse.msgpack_dumps({t: parse._pack(parse.nlp()(t)) for t in SENTENCES}))
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import json, sys\n"
        "from reconcile.claims import parse\n"
        "from tests.test_parse_light import SENTENCES, _signature\n"
        f"packs = parse.msgpack_loads(open({str(packs)!r}, 'rb').read())\n"
        "got = [_signature(parse._unpack(packs[t])) for t in SENTENCES[:2]]\n"
        "got.append(_signature(parse.nlp()(SENTENCES[2])))\n"
        "got.append(_signature(parse._unpack(packs[SENTENCES[2]])))\n"
        "print(json.dumps([parse.nlp().vocab is parse.light().vocab, got], default=str))\n",
        "utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, env=env, check=True
    )
    shared, got = json.loads(done.stdout)
    assert shared
    alone = [_signature(parse.nlp()(t)) for t in [*SENTENCES, SENTENCES[2]]]
    assert got == json.loads(json.dumps(alone, default=str))


@pytest.mark.usefixtures("fresh_state")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child forks on Linux")
def test_the_drafts_child_sends_back_the_parses_it_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    draft = Document(id="d", path="d.md", text=" ".join(SENTENCES))
    settings = Settings()
    ahead = pipeline.extract_ahead([draft], settings)
    assert ahead is not None
    got = ahead.take(draft, settings)
    assert got is not None and got[0]
    sentences = sorted({c.sentence for c in got[0]})
    sent = [s for s in sentences if parse.at_hand(s)]
    assert sent  # (the code before sent none: the parent parsed them again)
    asked: list[str] = []
    real = parse.nlp()

    class Counting:
        def pipe(self, texts: list[str], **kwargs: object) -> object:
            asked.extend(texts)
            return real.pipe(texts, **kwargs)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(parse, "nlp", Counting)
    docs = parse.parse_sentences(sent)
    assert asked == []  # unpacked, not parsed
    assert parse.fresh() == sent  # used here: stored after the run, as a parse made here is
    assert [_signature(d) for d in docs] == [_signature(real(s)) for s in sent]
