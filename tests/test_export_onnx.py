"""ONNX export (issue 27): the exported model computes what tinyunet computes, in onnxruntime and
in ONNX's own reference evaluator, for every depth, with and without batch norm."""

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from tinyunet.data import normalise  # noqa: E402
from tinyunet.export import run_onnxruntime, to_onnx  # noqa: E402
from tinyunet.unet import UNet  # noqa: E402


def _trained_looking(model, seed=0):
    """Give batch norm non-trivial running statistics and affine parameters, so folding them
    is tested, and biases non-zero values."""
    rng = np.random.default_rng(seed)
    for name, value, _ in model.parameters():
        if name.endswith("bias") or ".bn" in name:
            value[...] = rng.normal(0.0, 0.1, value.shape)
    for name, buf in model.buffers():
        if buf.ndim == 1:
            buf[...] = (np.abs(rng.normal(1.0, 0.3, buf.shape)) if "var" in name
                        else rng.normal(0.0, 0.2, buf.shape))
    return model


def _images(n, size, seed=0):
    rng = np.random.default_rng(seed)
    return normalise(rng.integers(0, 256, (n, size, size), dtype=np.uint8))


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("batch_norm", [False, True])
def test_exported_model_matches_forward_in_onnxruntime(depth, batch_norm):
    model = _trained_looking(UNet(depth=depth, base_filters=4, batch_norm=batch_norm, seed=depth))
    size = max(32, 2 ** depth)
    proto = to_onnx(model, size)
    for n in (1, 3):
        x = _images(n, size, seed=n)
        expected = model.predict_proba(x)
        got = run_onnxruntime(proto, x, threads=1)
        assert got.shape == expected.shape == (n, 1, size, size)
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=2e-5)


@pytest.mark.parametrize("batch_norm", [False, True])
def test_exported_model_matches_in_the_reference_evaluator(batch_norm):
    from onnx.reference import ReferenceEvaluator
    model = _trained_looking(UNet(depth=2, base_filters=4, batch_norm=batch_norm, seed=1))
    proto = to_onnx(model, 32)
    x = _images(3, 32)
    (got,) = ReferenceEvaluator(proto).run(None, {"image": x})
    np.testing.assert_allclose(got, model.predict_proba(x), rtol=1e-4, atol=2e-5)


def test_export_refuses_a_size_the_network_cannot_take(tmp_path):
    with pytest.raises(ValueError, match="multiple of 2\\*\\*depth"):
        to_onnx(UNet(depth=3, base_filters=4), 36)
    path = tmp_path / "m.onnx"
    to_onnx(UNet(depth=1, base_filters=4), 16, path)
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    props = {p.key: p.value for p in model.metadata_props}
    assert props["depth"] == "1" and props["size"] == "16"
