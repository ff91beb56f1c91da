"""Helpers the tests share (fixtures live in conftest.py)."""
import shutil
from pathlib import Path

import numpy as np

from tinyunet.data import SAMPLE_DIR


def randomize_biases(module, seed=0, scale=0.1):
    """Give every bias a random value: with zero biases a ReLU fed by a dead channel sits exactly
    on its kink, where no derivative exists for a finite-difference check to agree with."""
    rng = np.random.default_rng(seed)
    for name, value, _ in module.parameters():
        if name.endswith("bias"):
            value[...] = scale * rng.standard_normal(value.shape)
    return module


def record_calls(monkeypatch, module, names) -> list:
    """Wrap ``module``'s functions ``names`` so that each call appends its name to the returned
    list (and still runs): which kernels a dispatch picked."""
    calls = []
    for name in names:
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _o=original, _n=name, **k:
                            calls.append(_n) or _o(*a, **k))
    return calls


def sample_names(n, sets=("CHNCXR", "MCUCXR")):
    """The first n sample pairs, alternating between the two source sets."""
    names = sorted(p.name for p in (SAMPLE_DIR / "images").iterdir())
    groups = [[x for x in names if x.startswith(s)] for s in sets]
    out = []
    for i in range(n):
        out.append(groups[i % len(groups)][i // len(groups)])
    return out


def copy_sample(folder: Path, n: int) -> Path:
    """A paired-layout folder with n real pairs from the embedded sample."""
    for sub in ("images", "masks"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for name in sample_names(n):
            shutil.copy(SAMPLE_DIR / sub / name, folder / sub / name)
    return folder
