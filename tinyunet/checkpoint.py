"""Checkpoints: a pickle-free ``.npz`` written atomically.

Contents of one file:

* ``format``: the string ``tinyunet-checkpoint-v1`` (how a tinyunet file is recognised);
* ``meta``: JSON text with the model config and any training state (epoch, RNG state, scheduler,
  best score, ...);
* ``param/<name>`` and ``buffer/<name>``: one array per parameter and buffer of the model;
* ``optim/<key>``: the optimiser's flat state (see :meth:`tinyunet.optim.Optimizer.state_dict`).

It is read with ``allow_pickle=False``: loading a checkpoint never runs code. It is written to a
temporary file in the same folder, flushed to disk and renamed over the target, so a crash or a
Ctrl-C mid-write leaves the previous checkpoint intact.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import numpy as np

from .atomic import atomic_write
from .unet import UNet

FORMAT = "tinyunet-checkpoint-v1"


class CheckpointError(ValueError):
    """The file is not a usable tinyunet checkpoint for this purpose; the message says why."""


def save_checkpoint(path, model: UNet, optimizer=None, state: dict | None = None) -> Path:
    """Atomically write ``model`` (+ optimiser state, + JSON-able ``state``) to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {"format": np.array(FORMAT),
              "meta": np.array(json.dumps({"config": model.config, "state": state or {}}))}
    arrays.update({f"param/{n}": v for n, v, _ in model.parameters()})
    arrays.update({f"buffer/{n}": v for n, v in model.buffers()})
    if optimizer is not None:
        arrays.update({f"optim/{k}": v for k, v in optimizer.state_dict().items()})
    with atomic_write(path, "wb") as fh:
        np.savez(fh, **arrays)
    return path


def read_checkpoint(path) -> dict:
    """Read a checkpoint into ``{"config", "state", "params", "buffers", "optim"}``.

    Raises FileNotFoundError if missing and CheckpointError if the file is not a tinyunet
    checkpoint (another ``.npz``, a pickle, a truncated or corrupt file).
    """
    path = Path(path)
    if path.is_dir():
        raise CheckpointError(f"{path} is a folder, not a checkpoint; pass the .npz file inside "
                              f"it (e.g. {path / 'best.npz'})")
    if not path.is_file():
        raise FileNotFoundError(f"checkpoint {path} does not exist")
    with open(path, "rb") as fh:
        magic = fh.read(4)
    if magic != b"PK\x03\x04":      # every .npz is a zip archive; pickles and text are not
        raise CheckpointError(f"{path} is not a tinyunet checkpoint (not a .npz archive; "
                              "checkpoints are the best.npz and last.npz of a run folder)")
    try:
        with np.load(path, allow_pickle=False) as z:
            if "format" not in z.files or str(z["format"]) != FORMAT:
                raise CheckpointError(f"{path} is not a tinyunet checkpoint (no '{FORMAT}' marker)")
            meta = json.loads(str(z["meta"]))
            out = {"config": meta["config"], "state": meta.get("state", {}),
                   "params": {}, "buffers": {}, "optim": {}}
            for key in z.files:
                for prefix, bucket in (("param/", "params"), ("buffer/", "buffers"),
                                       ("optim/", "optim")):
                    if key.startswith(prefix):
                        out[bucket][_current_name(key[len(prefix):])] = z[key]
            return out
    except CheckpointError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise CheckpointError(f"{path} is not a readable tinyunet checkpoint: {exc}") from None


def _current_name(name: str) -> str:
    """A parameter's name as today's U-Net spells it: checkpoints written before 2026-12-02
    called a decoder convolution ``up1.block.conv1.weight``, now ``up1.conv1.weight`` like the
    feature map it makes."""
    return re.sub(r"\b(up\d+)\.block\.", r"\1.", name)


def load_into(model: UNet, checkpoint: dict) -> None:
    """Copy a checkpoint's parameters and buffers into ``model`` in place (the optimiser keeps
    its references). Raises CheckpointError naming the difference if the shapes do not fit."""
    own = {n: v for n, v, _ in model.parameters()}
    own_buffers = dict(model.buffers())
    for kind, mine, theirs in (("parameter", own, checkpoint["params"]),
                               ("buffer", own_buffers, checkpoint["buffers"])):
        missing, extra = sorted(set(mine) - set(theirs)), sorted(set(theirs) - set(mine))
        if missing or extra:
            raise CheckpointError(
                f"checkpoint was made for a different model (config {checkpoint['config']}, this "
                f"model {model.config}): {kind}s missing {missing[:3]}, unexpected {extra[:3]}")
        for name, value in mine.items():
            if theirs[name].shape != value.shape:
                raise CheckpointError(
                    f"checkpoint was made for a different model (config {checkpoint['config']}, "
                    f"this model {model.config}): {name} is {theirs[name].shape} there, "
                    f"{value.shape} here")
    for mine, theirs in ((own, checkpoint["params"]), (own_buffers, checkpoint["buffers"])):
        for name, value in mine.items():
            value[...] = theirs[name]


def check_config_fits_arrays(path, checkpoint: dict) -> None:
    """Refuse (CheckpointError, one line) a checkpoint whose config disagrees with the arrays it
    came with, before anything is built: the config's depth, base filters, channels and
    batch-norm are read off the arrays' names and shapes (``down1.conv1.weight`` is
    (base_filters, in_channels, 3, 3), ``head.weight`` (out_channels, base_filters, 1, 1), one
    ``downK`` per level). A config that asks for a network far larger than its weights (a
    corrupt or hand-edited file) is thus never allocated."""
    config, params = checkpoint["config"], checkpoint["params"]
    if not isinstance(config, dict):
        raise CheckpointError(f"{path}: its model config is not a mapping: {config!r}")
    first, head = params.get("down1.conv1.weight"), params.get("head.weight")
    if first is None or head is None or first.ndim != 4 or head.ndim != 4:
        raise CheckpointError(f"{path}: not a U-Net's checkpoint (no down1.conv1.weight and "
                              "head.weight arrays of rank 4)")
    found = dict(in_channels=int(first.shape[1]), base_filters=int(first.shape[0]),
                 out_channels=int(head.shape[0]),
                 depth=len({n.split(".")[0] for n in params if n.startswith("down")}),
                 batch_norm=any(".bn1." in n for n in params))
    for key, value in found.items():
        if key in config and (config[key] != value
                              or isinstance(config[key], bool) != isinstance(value, bool)):
            raise CheckpointError(f"{path}: its config says {key}={config[key]!r} but its "
                                  f"weights were made with {key}={value!r}; refusing to build "
                                  "a network from an inconsistent file")


def model_from_checkpoint(path) -> tuple[UNet, dict]:
    """Build the U-Net a checkpoint describes and load its weights; returns (model, checkpoint)."""
    checkpoint = read_checkpoint(path)
    check_config_fits_arrays(path, checkpoint)
    try:
        model = UNet(**checkpoint["config"])
    except (TypeError, ValueError) as exc:
        raise CheckpointError(f"{path}: its model config cannot be built: {exc}") from None
    load_into(model, checkpoint)
    return model, checkpoint
