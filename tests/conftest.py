import numpy as np
import pytest


def randomize_biases(module, seed=0, scale=0.1):
    """Give every bias a random value: with zero biases a ReLU fed by a dead channel sits exactly
    on its kink, where no derivative exists for a finite-difference check to agree with."""
    rng = np.random.default_rng(seed)
    for name, value, _ in module.parameters():
        if name.endswith("bias"):
            value[...] = scale * rng.standard_normal(value.shape)
    return module


@pytest.fixture
def rng():
    return np.random.default_rng(1234)
