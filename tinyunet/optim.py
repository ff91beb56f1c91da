"""Optimisers holding their state per parameter name.

Both take the ``(name, value, grad)`` triples of ``model.parameters()`` and update ``value`` in
place. Semantics, as in PyTorch:

* ``backward`` *adds* into ``grad``; call ``zero_grad()`` before each new backward pass.
* ``step()`` reads ``grad`` and moves ``value``; it never clears ``grad``.

This module imports nothing else of the package but :mod:`tinyunet.learner` (inside
``use_layers`` a learner's ``adam_step`` replaces Adam's update) and :mod:`tinyunet.kernels`
(Adam's update in one pass, :func:`tinyunet.kernels.adam_update`).
"""

from __future__ import annotations

import numpy as np

from .kernels import adam_update
from .learner import learner_function


class Optimizer:
    """Shared bookkeeping: parameters by name, learning rate, state (de)serialisation."""

    def __init__(self, parameters, lr: float):
        self.params = {name: (value, grad) for name, value, grad in parameters}
        if not self.params:
            raise ValueError(f"{type(self).__name__}: no parameters given")
        if not lr > 0:
            raise ValueError(f"{type(self).__name__}: learning rate must be positive, got {lr}")
        self.lr = float(lr)
        self.state: dict[str, dict[str, np.ndarray]] = {name: {} for name in self.params}
        self.steps = 0

    def zero_grad(self) -> None:
        for _, grad in self.params.values():
            grad[...] = 0

    def state_dict(self) -> dict[str, np.ndarray]:
        """Flat ``{"<slot>.<param name>": array}`` plus ``steps`` and ``lr``: ready for ``.npz``."""
        flat = {f"{slot}.{name}": arr for name, slots in self.state.items()
                for slot, arr in slots.items()}
        flat["steps"] = np.array(self.steps)
        flat["lr"] = np.array(self.lr)
        return flat

    def load_state_dict(self, flat: dict[str, np.ndarray]) -> None:
        self.steps = int(flat["steps"])
        self.lr = float(flat["lr"])
        for key, arr in flat.items():
            if key in ("steps", "lr"):
                continue
            slot, name = key.split(".", 1)
            if name not in self.params:
                raise ValueError(f"optimiser state names unknown parameter {name!r}")
            value = self.params[name][0]
            if arr.shape != value.shape:
                raise ValueError(f"optimiser state {key!r} has shape {arr.shape}, "
                                 f"parameter has {value.shape}")
            self.state[name][slot] = np.array(arr, dtype=value.dtype)


class SGD(Optimizer):
    """Stochastic gradient descent with momentum:
    ``v <- mu v + (g + wd w)``, ``w <- w - lr v``."""

    def __init__(self, parameters, lr: float = 0.01, momentum: float = 0.9,
                 weight_decay: float = 0.0):
        super().__init__(parameters, lr)
        self.momentum, self.weight_decay = float(momentum), float(weight_decay)

    def step(self) -> None:
        self.steps += 1
        for name, (w, g) in self.params.items():
            d = g + self.weight_decay * w if self.weight_decay else g
            if self.momentum:
                v = self.state[name].setdefault("velocity", np.zeros_like(w))
                v *= self.momentum
                v += d
                d = v
            w -= self.lr * d


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015) with bias correction and optional L2 weight decay.

    For each parameter w with gradient g at step t (starting at 1)::

        g <- g + wd * w                       (if weight_decay)
        m <- b1 m + (1 - b1) g                first moment
        v <- b2 v + (1 - b2) g^2              second moment
        m_hat = m / (1 - b1^t), v_hat = v / (1 - b2^t)
        w <- w - lr * m_hat / (sqrt(v_hat) + eps)
    """

    def __init__(self, parameters, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0):
        super().__init__(parameters, lr)
        self.beta1, self.beta2 = map(float, betas)
        self.eps, self.weight_decay = float(eps), float(weight_decay)

    def step(self) -> None:
        self.steps += 1
        t = self.steps
        correction1 = 1 - self.beta1 ** t
        correction2 = 1 - self.beta2 ** t
        mine = learner_function("adam_step")
        for name, (w, g) in self.params.items():
            state = self.state[name]
            m = state.setdefault("m", np.zeros_like(w))
            v = state.setdefault("v", np.zeros_like(w))
            if self.weight_decay:
                g = g + self.weight_decay * w
            if mine is not None:          # inside use_layers: the learner's Adam step
                new_w, new_m, new_v = mine(w, g, m, v, t, self.lr, self.beta1, self.beta2,
                                           self.eps)
                w[...], m[...], v[...] = new_w, new_m, new_v
                continue
            adam_update(w, g, m, v, self.beta1, self.beta2, self.lr / correction1, correction2,
                        self.eps)
