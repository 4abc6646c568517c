"""``parse._quick_layer_norms``: the pipeline's layer norms take each row's mean once (numpy's
variance given the mean), the same numpy operations otherwise: the same bits as thinc's own
forward, so the same parses."""

from __future__ import annotations

import numpy
import pytest
from test_numpy_products import _LAYERS, SENTENCES, _annotations
from thinc.layers import layernorm

from reconcile.claims import parse

pytestmark = pytest.mark.skipif(
    numpy.lib.NumpyVersion(numpy.__version__) < "2.0.0", reason="numpy's var takes no mean"
)


def _norms() -> list[object]:
    nlp = parse.nlp()
    return [
        layer
        for name in _LAYERS
        for layer in nlp.get_pipe(name).model.walk()  # type: ignore[attr-defined]
        if layer.name == "layernorm"
    ]


def test_the_loaded_pipeline_s_layer_norms_are_the_quick_ones() -> None:
    norms = _norms()
    assert norms
    assert all(layer._func is not layernorm.forward for layer in norms)  # type: ignore[attr-defined]


def test_a_layer_norm_gives_thinc_s_bits() -> None:
    rows = numpy.random.default_rng(7).standard_normal((300, 96)).astype("float32") * 3 + 0.5
    for layer in _norms():
        ours, _ = layer._func(layer, rows, False)  # type: ignore[attr-defined]
        theirs, _ = layernorm.forward(layer, rows, False)  # type: ignore[arg-type]
        assert ours.dtype == theirs.dtype
        assert ours.tobytes() == theirs.tobytes()


def test_the_parses_are_those_of_thinc_s_layer_norms() -> None:
    nlp = parse.nlp()
    ours = _annotations(list(nlp.pipe(SENTENCES)))
    norms = [(layer, layer._func) for layer in _norms()]  # type: ignore[attr-defined]
    for layer, _ in norms:
        layer._func = layernorm.forward  # type: ignore[attr-defined]
    try:
        theirs = _annotations(list(nlp.pipe(SENTENCES)))
    finally:
        for layer, func in norms:
            layer._func = func  # type: ignore[attr-defined]
    assert ours == theirs


def test_training_keeps_thinc_s_forward() -> None:
    layer = _norms()[0]
    rows = numpy.ones((2, 96), dtype="float32")
    _, backprop = layer._func(layer, rows, True)  # type: ignore[attr-defined]
    assert callable(backprop)
    _, none = layer._func(layer, rows, False)  # type: ignore[attr-defined]
    with pytest.raises(NotImplementedError):
        none(rows)
