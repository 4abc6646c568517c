"""``parse.numpy_products``: the pipeline's trained layers multiply their matrices with numpy
(its BLAS held to one thread) instead of BLIS; only the last bits of the sums may move, so
every tag, dependency, lemma and entity of a parse must be BLIS's exactly."""

from __future__ import annotations

import pytest

from reconcile.claims import parse

# sentences with names, money, dates, counts and clauses, for every trained component
SENTENCES = [
    "The Harwick ferry carried 212 passengers when it ran aground near the quay on Tuesday.",
    "Orlby Mining said its quarterly profit fell 14% to $3.2 billion, short of forecasts.",
    "Rescue teams from three provinces pulled 48 people from the rubble after the tremor.",
    "The council of Vessmark approved a 2.1 million euro loan for the new tram depot.",
    "Dr Imke Solberg, who leads the survey, counted 1,380 nesting pairs on the islands.",
    "Shares in Tallow & Pike closed up 6 pence at 412p in London after the bid was confirmed.",
]

_LAYERS = ("tok2vec", "tagger", "parser", "ner")


def _annotations(docs: list[object]) -> list[list[tuple[object, ...]]]:
    return [
        [
            (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, str(t.morph))
            for t in d  # type: ignore[attr-defined]
        ]
        for d in docs
    ]


def test_the_loaded_pipeline_multiplies_with_numpy() -> None:
    if not parse.one_blas_thread():
        pytest.skip("numpy's BLAS here cannot be held to one thread")
    nlp = parse.nlp()
    for name in _LAYERS:
        model = nlp.get_pipe(name).model  # type: ignore[attr-defined]
        assert all(not layer.ops.use_blis for layer in model.walk()), name


def test_numpy_products_parse_as_blis_does() -> None:
    from thinc.api import NumpyOps

    nlp = parse.nlp()
    ours = _annotations(list(nlp.pipe(SENTENCES)))
    layers = [(layer, layer.ops) for name in _LAYERS for layer in nlp.get_pipe(name).model.walk()]
    blis = NumpyOps(use_blis=True)
    for layer, _ in layers:
        layer.ops = blis
    try:
        theirs = _annotations(list(nlp.pipe(SENTENCES)))
    finally:
        for layer, ops in layers:
            layer.ops = ops
    assert ours == theirs
    assert any(t[5] for doc in ours for t in doc)  # entities were read


def test_one_blas_thread_is_kept_by_the_library() -> None:
    if not parse.one_blas_thread():
        pytest.skip("numpy's BLAS here cannot be held to one thread")
    import ctypes
    import glob
    import os

    import numpy

    folder = os.path.dirname(numpy.__file__)
    for path in glob.glob(os.path.join(folder, os.pardir, "numpy.libs", "*openblas*")):
        library = ctypes.CDLL(path)
        getter = getattr(library, "scipy_openblas_get_num_threads64_", None)
        if getter is not None:
            assert getter() == 1
