"""``parse.numpy_products``: a layer's product of a batch with the transpose of one of its
weight matrices is made against a contiguous copy of that transpose, made once; the products
are numpy's ``x @ W.T`` but for the last bits of their sums, and every tag, dependency, lemma
and entity of a parse is that of plain numpy products.
"""

from __future__ import annotations

import numpy
import pytest
from test_numpy_products import _LAYERS, _annotations

from reconcile.claims import parse

# sentences of several lengths, one parsed alone and the rest in a batch
SENTENCES = [
    "The Dunmore bridge reopened on Friday after a repair that cost $14.5 million.",
    "About 3,200 households in Pellam were still without power late on Sunday, the utility said.",
    "Lindqvist Freight carried 41 million tonnes last year, up 6% from the year before.",
    "Asked about the delay, the transport minister, Ruth Akande, blamed a shortage of welders.",
    "Ticket prices rise by 4.2% in March.",
]


def _ops() -> object:
    if not parse.one_blas_thread():
        pytest.skip("numpy's BLAS here cannot be held to one thread")
    return parse.nlp().get_pipe("ner").model.ops  # type: ignore[attr-defined]


def test_a_weights_transpose_is_copied_once_and_reused() -> None:
    ops = _ops()
    parse.nlp()(SENTENCES[0])
    held = dict(ops._transposed)  # type: ignore[attr-defined]
    assert held
    assert all(t.flags.c_contiguous for t in held.values())
    parse.nlp()(SENTENCES[1])
    again = ops._transposed  # type: ignore[attr-defined]
    assert all(again[k] is v for k, v in held.items())  # the same copies, not new ones


def test_a_product_with_a_weights_transpose_is_numpys_but_for_rounding() -> None:
    ops = _ops()
    layer = next(
        layer
        for layer in parse.nlp().get_pipe("tok2vec").model.walk()  # type: ignore[attr-defined]
        if layer.has_param("W")
    )
    stored = layer.get_param("W")
    weights = stored.reshape((-1, stored.shape[-1]))  # as a maxout layer multiplies by it
    batch = numpy.random.default_rng(7).random((5, weights.shape[1]), dtype="float32")
    got = ops.gemm(batch, weights, trans2=True)  # type: ignore[attr-defined]
    assert numpy.allclose(got, numpy.dot(batch, weights.T), rtol=1e-5, atol=1e-5)
    other = numpy.random.default_rng(8).random(weights.shape, dtype="float32")  # no weight
    assert numpy.array_equal(
        ops.gemm(batch, other, trans2=True),  # type: ignore[attr-defined]
        numpy.dot(batch, other.T),
    )


def test_parses_are_those_of_plain_numpy_products() -> None:
    from thinc.api import NumpyOps

    _ops()
    nlp = parse.nlp()
    ours = _annotations([nlp(SENTENCES[0]), *nlp.pipe(SENTENCES[1:])])
    layers = [(layer, layer.ops) for name in _LAYERS for layer in nlp.get_pipe(name).model.walk()]
    plain = NumpyOps(use_blis=False)
    for layer, _ in layers:
        layer.ops = plain
    try:
        theirs = _annotations([nlp(SENTENCES[0]), *nlp.pipe(SENTENCES[1:])])
    finally:
        for layer, ops in layers:
            layer.ops = ops
    assert ours == theirs
    assert any(t[5] for doc in ours for t in doc)  # entities were read
