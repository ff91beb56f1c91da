"""Figures (matplotlib, written as PNG): training curves, prediction overlays, feature maps, filters.

Every function takes arrays and a path and writes one PNG; none opens a window. The figures are
built with matplotlib's object API on the Agg canvas, so they work on a machine with no screen
and never touch pyplot's global state.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Figure, path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, bbox_inches="tight")
    return path


def plot_history(history: list[dict], path) -> Path:
    """Loss (train, validation) and validation Dice/IoU per epoch, with learning-rate drops."""
    epochs = [r["epoch"] for r in history]
    fig = _figure(10, 4)
    ax_loss, ax_dice = fig.subplots(1, 2)
    ax_loss.plot(epochs, [r["train_loss"] for r in history], label="train")
    ax_loss.plot(epochs, [r["val_loss"] for r in history], label="validation")
    ax_loss.set(xlabel="epoch", ylabel="BCE + Dice loss", title="loss")
    ax_loss.legend()
    ax_dice.plot(epochs, [r["val_dice"] for r in history], label="Dice")
    ax_dice.plot(epochs, [r["val_iou"] for r in history], label="IoU")
    best = max(history, key=lambda r: r["val_dice"])
    ax_dice.scatter([best["epoch"]], [best["val_dice"]], color="k", zorder=3,
                    label=f"best {best['val_dice']:.3f} (epoch {best['epoch']})")
    for prev, row in zip(history, history[1:]):
        if float(row["lr"]) < float(prev["lr"]):
            ax_dice.axvline(row["epoch"], color="grey", lw=0.8, ls=":")
    ax_dice.set(xlabel="epoch", ylabel="score", title="validation (dotted: lr lowered)")
    ax_dice.legend(loc="lower right")
    for ax in (ax_loss, ax_dice):
        ax.grid(alpha=0.3)
    return _save(fig, path)


def plot_predictions(images, masks, probs, names, path, dice=None, max_images: int = 12,
                     columns: int = 4) -> Path:
    """A grid of X-rays with the true lung outline (green) and the predicted one (red dashed).

    images (N, S, S) uint8 or float; masks (N, S, S) {0, 1}; probs (N, S, S) in [0, 1].
    """
    n = min(len(images), max_images)
    rows = math.ceil(n / columns)
    fig = _figure(3 * columns, 3.2 * rows)
    axes = np.atleast_1d(fig.subplots(rows, columns)).reshape(-1)
    for i, ax in enumerate(axes):
        ax.axis("off")
        if i >= n:
            continue
        ax.imshow(images[i], cmap="gray")
        if masks is not None and masks[i].any():
            ax.contour(masks[i], levels=[0.5], colors=["lime"], linewidths=1.2)
        if probs[i].max() > 0.5 and probs[i].min() < 0.5:
            ax.contour(probs[i], levels=[0.5], colors=["red"], linewidths=1.2, linestyles="--")
        title = names[i] if dice is None else f"{names[i]}\nDice {dice[i]:.3f}"
        ax.set_title(title, fontsize=8)
    fig.suptitle("green: true lung outline, red dashed: predicted", fontsize=10)
    return _save(fig, path)


def overlay(image: np.ndarray, mask: np.ndarray, alpha: float = 0.35) -> np.ndarray:
    """RGB uint8 (H, W, 3): the grayscale image with the mask tinted red."""
    rgb = np.repeat(image.astype(np.float32)[..., None], 3, axis=2)
    tint = np.array([255.0, 0.0, 0.0])
    rgb[mask > 0] = (1 - alpha) * rgb[mask > 0] + alpha * tint
    return np.clip(rgb, 0, 255).astype(np.uint8)
