"""Central-difference gradient checks, in float64.

``numerical_gradient(f, x)`` perturbs each entry of ``x`` in place by ±h and returns
``(f(x + h e_i) - f(x - h e_i)) / 2h``, whose error is O(h²). ``relative_error(a, n)`` is
``||a - n|| / (||a|| + ||n||)`` over a whole gradient array (the measure of Ng's gradient-checking
recipe): about 1e-9 or less for a correct float64 backward pass, 1e-2 or more for a bug. Being
taken over the array, it is not fooled by entries that are exactly zero analytically (a dead ReLU
channel) where the numerical value is round-off noise of ~1e-10.

``check_gradients`` (any forward/backward pair) and ``check_layer`` (a layer) wrap the usual
recipe: a scalar loss ``L = sum(y * r)`` with a fixed random ``r``, whose gradient with respect to
``y`` is ``r``; backward from ``r`` gives the analytic gradients, which are compared entry by entry
with the numerical ones for the input and every parameter. This module imports nothing else of
the package (layers are duck-typed).
"""

from __future__ import annotations

import numpy as np


def numerical_gradient(f, x: np.ndarray, h: float = 1e-6, indices=None) -> np.ndarray:
    """dF/dx by central differences; ``f()`` takes no argument and reads ``x`` (perturbed in
    place). With ``indices`` (flat positions), only those entries are computed, others are 0."""
    if x.dtype != np.float64:
        raise ValueError(f"numerical_gradient: use float64 arrays, got {x.dtype}")
    if not x.flags.c_contiguous:
        raise ValueError("numerical_gradient: x must be C-contiguous so it can be perturbed "
                         "in place")
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in (range(flat.size) if indices is None else indices):
        old = flat[i]
        flat[i] = old + h
        plus = f()
        flat[i] = old - h
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * h)
    return grad


def relative_error(analytic: np.ndarray, numeric: np.ndarray) -> float:
    """``||a - n|| / (||a|| + ||n||)`` (Euclidean norms over the whole array); 0 if both are 0."""
    a, n = np.asarray(analytic, np.float64), np.asarray(numeric, np.float64)
    if a.shape != n.shape:
        raise ValueError(f"relative_error: shapes differ, {a.shape} vs {n.shape}")
    scale = np.linalg.norm(a) + np.linalg.norm(n)
    return 0.0 if scale == 0 else float(np.linalg.norm(a - n) / scale)


def _sample(size, max_entries, rng):
    if max_entries is None or size <= max_entries:
        return None
    return rng.choice(size, max_entries, replace=False)


def check_gradients(forward, backward, inputs: dict, params, seed: int = 0, h: float = 1e-6,
                    max_entries: int | None = None) -> dict[str, float]:
    """Compare analytic and numerical gradients of ``L = sum(forward() * r)``.

    ``forward()`` returns the output array from the current contents of ``inputs`` (name ->
    float64 array) and the parameters; ``backward(r)`` returns a dict name -> dL/dinput and has
    added the parameter gradients into the ``grad`` arrays of ``params`` (``(name, value, grad)``
    triples, float64). ``max_entries`` checks a random subset of each array's entries.
    Returns the relative error per input and parameter name.
    """
    rng = np.random.default_rng(seed)
    out = forward()
    r = rng.standard_normal(out.shape)
    params = list(params)
    for _, _, grad in params:
        grad[...] = 0
    analytic_inputs = backward(r)
    analytic_params = {name: grad.copy() for name, _, grad in params}

    def loss():
        return float(np.sum(forward() * r))

    errors = {}
    for name, arr in list(inputs.items()) + [(n, v) for n, v, _ in params]:
        analytic = analytic_inputs[name] if name in inputs else analytic_params[name]
        idx = _sample(arr.size, max_entries, rng)
        numeric = numerical_gradient(loss, arr, h, idx)
        if idx is not None:
            analytic = analytic.reshape(-1)[idx]
            numeric = numeric.reshape(-1)[idx]
        errors[name] = relative_error(analytic, numeric)
    return errors


def check_layer(layer, *xs: np.ndarray, seed: int = 0, h: float = 1e-6,
                max_entries: int | None = None) -> dict[str, float]:
    """Gradient check of one layer (or any module with the layer contract) on float64 inputs.

    Returns ``{"input" (or "input0", "input1", ... for several inputs): err, param name: err}``.
    """
    for x in xs:
        if x.dtype != np.float64:
            raise ValueError("check_layer: inputs must be float64")
    names = ["input"] if len(xs) == 1 else [f"input{i}" for i in range(len(xs))]
    inputs = dict(zip(names, xs))

    def backward(r):
        dx = layer.backward(r)
        dx = dx if isinstance(dx, tuple) else (dx,)
        return dict(zip(names, dx))

    return check_gradients(lambda: layer.forward(*xs), backward, inputs, layer.parameters(),
                           seed=seed, h=h, max_entries=max_entries)


def check_loss(loss_fn, logits: np.ndarray, targets: np.ndarray, h: float = 1e-6) -> float:
    """Relative error of ``loss_fn(logits, targets) -> (value, dL/dlogits)`` against central
    differences of its value."""
    if logits.dtype != np.float64:
        raise ValueError("check_loss: logits must be float64")
    _, analytic = loss_fn(logits, targets)
    numeric = numerical_gradient(lambda: loss_fn(logits, targets)[0], logits, h)
    return relative_error(analytic, numeric)
