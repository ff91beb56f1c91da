"""A learner's own layers in a real U-Net: the switch the capstone turns.

    import tinyunet
    my = tinyunet.exercises.load_module("exercises/my_layers.py")
    with tinyunet.use_layers(my):
        ...                     # every U-Net built or trained here runs the learner's functions

Within the block (this thread or task only) the library's operations call the learner's
functions of the exercises (``exercises/my_layers.py``) wherever the module defines them:

    convolutions (3x3, the 1x1 head)   conv_forward, conv_backward (with their ReLU: relu_*)
    up-convolutions (2x2, stride 2)    up_forward; their backward runs conv_forward and
                                       conv_backward, as a transposed convolution's backward is
                                       a convolution's forward pass and weight gradient
    skip connections                   concat_forward, concat_backward
    max-pooling                        maxpool_forward, maxpool_backward
    ReLU layers (with batch norm)      relu_forward, relu_backward
    the loss ("bce_dice")              bce_with_logits, soft_dice
    Adam                               adam_step

Anything the module leaves out runs the library's own code. The learner's functions compute in
whatever dtype they like; their results are cast back to the layer's (float32 in training).
This module imports nothing of the package: the dispatch (:mod:`tinyunet.conv`), the kernels,
the losses and the optimiser each ask it whether a learner's function replaces theirs.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

_layers: ContextVar[object | None] = ContextVar("tinyunet_learner_layers", default=None)


def learner_function(name: str):
    """The learner's function ``name`` while :func:`use_layers` is on and their module defines
    it; else None."""
    module = _layers.get()
    fn = getattr(module, name, None) if module is not None else None
    return fn if callable(fn) else None


@contextmanager
def use_layers(module):
    """``with use_layers(module):`` run the learner's functions in place of the library's (see
    the module docstring); nothing outside the block changes."""
    if module is None:
        raise ValueError("use_layers needs a module (or an object) with the exercise functions")
    token = _layers.set(module)
    try:
        yield module
    finally:
        _layers.reset(token)


__all__ = ["learner_function", "use_layers"]
