"""Figures (matplotlib, written as PNG): training curves, prediction overlays, feature maps,
filters.

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

from .atomic import atomic_write


def new_figure(width: float, height: float) -> Figure:
    """A matplotlib Figure of ``width`` x ``height`` inches drawn off-screen (Agg), without
    pyplot: nothing global changes, and figures are freed like any object."""
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def save_figure(fig: Figure, path) -> Path:
    """Write ``fig`` to ``path`` (creating its folder; whole or not at all, :mod:`tinyunet.atomic`),
    in the format of its suffix, trimmed to its content; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "wb") as fh:
        fig.savefig(fh, format=path.suffix.lstrip(".") or None, bbox_inches="tight")
    return path


def plot_history(history: list[dict], path) -> Path:
    """Loss (train, validation) and validation Dice/IoU per epoch, with learning-rate drops."""
    epochs = [r["epoch"] for r in history]
    fig = new_figure(10, 4)
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
    return save_figure(fig, path)


def plot_predictions(images, masks, probs, names, path, dice=None, max_images: int = 12,
                     columns: int = 4) -> Path:
    """A grid of X-rays with the true lung outline (green) and the predicted one (red dashed).

    images (N, S, S) uint8 or float; masks (N, S, S) {0, 1}; probs (N, S, S) in [0, 1].
    """
    n = min(len(images), max_images)
    rows = math.ceil(n / columns)
    fig = new_figure(3 * columns, 3.2 * rows)
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
    fig.suptitle("green: true lung outline, red dashed: predicted (in the order given; the "
                 "training run shows the worst first)", fontsize=10)
    return save_figure(fig, path)


def overlay(image: np.ndarray, mask: np.ndarray, alpha: float = 0.35) -> np.ndarray:
    """RGB uint8 (H, W, 3): the grayscale image with the mask tinted red.

    Built in 8 bits (3 bytes a pixel), with floats for the tinted pixels only, so a full-size
    X-ray's overlay costs little more than its RGB result."""
    rgb = np.repeat(np.clip(image, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    inside = mask > 0
    tinted = (1 - alpha) * rgb[inside].astype(np.float32) + alpha * np.float32([255, 0, 0])
    rgb[inside] = np.clip(tinted, 0, 255).astype(np.uint8)
    return rgb


# ---------------------------------------------------------------------------------------------
# looking inside a network
# ---------------------------------------------------------------------------------------------


def plot_feature_maps(maps: np.ndarray, title: str, path, max_channels: int = 16) -> Path:
    """A grid of the channels of one feature map (C, H, W), each with its own colour scale.

    Each panel is labelled with its channel index and value range, so a dead (all-zero) channel
    is told apart from a weak one.
    """
    c = min(maps.shape[0], max_channels)
    cols = min(c, 8)
    rows = math.ceil(c / cols)
    fig = new_figure(1.6 * cols, 1.8 * rows + 0.5)
    axes = np.atleast_1d(fig.subplots(rows, cols)).reshape(-1)
    for i, ax in enumerate(axes):
        ax.axis("off")
        if i >= c:
            continue
        m = maps[i]
        ax.imshow(m, cmap="magma", vmin=float(m.min()), vmax=float(m.max()) + 1e-12)
        ax.set_title(f"ch {i}  [{m.min():.2g}, {m.max():.2g}]", fontsize=6)
    shown = f" (first {c} of {maps.shape[0]} channels)" if maps.shape[0] > c else ""
    fig.suptitle(f"{title}  {tuple(maps.shape)}{shown}", fontsize=9)
    return save_figure(fig, path)


def plot_filters(weight: np.ndarray, title: str, path) -> Path:
    """The 2-D kernels of a convolution weight (O, C, kh, kw): one panel per output filter,
    input channel 0, on a shared symmetric colour scale (red positive, blue negative)."""
    o = weight.shape[0]
    cols = min(o, 8)
    rows = math.ceil(o / cols)
    fig = new_figure(1.2 * cols, 1.3 * rows + 0.5)
    axes = np.atleast_1d(fig.subplots(rows, cols)).reshape(-1)
    lim = float(np.abs(weight[:, 0]).max()) or 1.0
    for i, ax in enumerate(axes):
        ax.axis("off")
        if i < o:
            ax.imshow(weight[i, 0], cmap="RdBu_r", vmin=-lim, vmax=lim)
            ax.set_title(f"{i}", fontsize=6)
    fig.suptitle(f"{title}  {tuple(weight.shape)}", fontsize=9)
    return save_figure(fig, path)


def plot_receptive_fields(image: np.ndarray, fields: dict, path) -> Path:
    """The receptive field of one pixel of each level, drawn as a square centred on the image:
    everything a unit of that level can possibly see."""
    h, w = image.shape
    fig = new_figure(6, 6)
    ax = fig.subplots()
    ax.imshow(image, cmap="gray")
    colours = ["#ffd92f", "#a6d854", "#66c2a5", "#8da0cb", "#fc8d62", "#e78ac3", "#e5c494"]
    levels = [k for k in fields if k.startswith("down") or k == "bottleneck"]
    for i, name in enumerate(levels):
        rf = fields[name]
        ax.add_patch(_rectangle(w / 2 - rf / 2, h / 2 - rf / 2, rf, colours[i % len(colours)],
                                f"{name}: {rf} px"))
    ax.set_xlim(-0.5, w - 0.5)
    ax.set_ylim(h - 0.5, -0.5)
    ax.legend(loc="lower left", fontsize=7)
    ax.set_title("receptive field of one pixel at each level (clipped to the image)", fontsize=9)
    ax.axis("off")
    return save_figure(fig, path)


def _rectangle(x, y, size, colour, label):
    from matplotlib.patches import Rectangle
    return Rectangle((x, y), size, size, fill=False, edgecolor=colour, linewidth=1.8, label=label)


def plot_skip_effect(image: np.ndarray, prob: np.ndarray, probs_without: dict, path,
                     mask: np.ndarray | None = None) -> Path:
    """The output probability of the full network beside the output with one skip connection
    removed (its features replaced by zeros), for every level."""
    panels = [("input", image, "gray"), ("full network", prob, "viridis")]
    panels += [(f"without skip {level}", p, "viridis") for level, p in probs_without.items()]
    fig = new_figure(2.6 * len(panels), 3)
    axes = fig.subplots(1, len(panels))
    for ax, (title, arr, cmap) in zip(axes, panels):
        ax.imshow(arr, cmap=cmap, vmin=0 if cmap != "gray" else None,
                  vmax=1 if cmap != "gray" else None)
        if mask is not None and cmap != "gray":
            ax.contour(mask, levels=[0.5], colors=["white"], linewidths=0.8)
        ax.set_title(title, fontsize=8)
        ax.axis("off")
    fig.suptitle("what each skip connection carries: output probability (white: true outline)",
                 fontsize=9)
    return save_figure(fig, path)


def inspect_model(model, image: np.ndarray, out_dir, mask: np.ndarray | None = None,
                  max_channels: int = 16) -> list[Path]:
    """Write every inspection figure for one uint8 image (S, S) into ``out_dir``:

    ``NN_<block>.png`` feature maps from ``down1`` to the bottleneck and back up to the output
    probability, ``filters_down1_conv1.png``, ``receptive_fields.png`` and ``skip_effect.png``.
    """
    from .layers import inference
    # eval mode, and nothing kept for backward: the caller's model is left as it was
    with model.evaluating(), inference():
        return _inspect(model, image, Path(out_dir), mask, max_channels)


def _inspect(model, image, out_dir: Path, mask, max_channels: int) -> list[Path]:
    from .data import normalise
    from .losses import sigmoid
    x = normalise(image[None])
    logits, features = model.forward(x, return_features=True)
    blocks = [f"down{i + 1}" for i in range(model.depth)] + ["bottleneck"] + \
        [f"up{i + 1}" for i in reversed(range(model.depth))]
    written = []
    for i, name in enumerate(blocks, start=1):
        written.append(plot_feature_maps(features[name][0], name, out_dir / f"{i:02d}_{name}.png",
                                         max_channels))
    prob = sigmoid(logits[0])
    written.append(plot_feature_maps(prob, "output probability",
                                     out_dir / f"{len(blocks) + 1:02d}_output.png"))
    written.append(plot_filters(model.first_conv.weight, "down1.conv1 filters",
                                out_dir / "filters_down1_conv1.png"))
    written.append(plot_receptive_fields(image, model.receptive_fields(),
                                         out_dir / "receptive_fields.png"))
    without = {}
    for level in range(1, model.depth + 1):
        lg = model.forward(x, drop_skips=(level,))
        without[level] = sigmoid(lg[0, 0])
    written.append(plot_skip_effect(image, prob[0], without, out_dir / "skip_effect.png", mask))
    return written


def plot_effective_fields(rows: list[dict], path) -> Path:
    """The effective receptive field's 95 %-mass half-width against depth, at initialisation
    (dashed) and trained (solid), one line per filter count, beside the theoretical half-width
    (black). ``rows``: one per configuration with ``depth``, ``base_filters``,
    ``erf_radius_init``, ``erf_radius_trained`` (and optional ``*_sd``) and
    ``theoretical_radius``."""
    fig = new_figure(6.5, 4.2)
    ax = fig.subplots()
    depths = sorted({r["depth"] for r in rows})
    theory = {r["depth"]: float(r["theoretical_radius"]) for r in rows}
    ax.plot(depths, [theory[d] for d in depths], "k-o", label="theoretical half-width")
    for i, f in enumerate(sorted({r["base_filters"] for r in rows})):
        rs = sorted((r for r in rows if r["base_filters"] == f), key=lambda r: r["depth"])
        colour = f"C{i}"
        for key, style, label in (("erf_radius_trained", "-", f"{f} filters, trained"),
                                  ("erf_radius_init", "--", f"{f} filters, at initialisation")):
            sd = [float(r.get(f"{key}_sd") or 0) for r in rs]
            ax.errorbar([r["depth"] for r in rs], [float(r[key]) for r in rs], yerr=sd,
                        fmt=style, color=colour, capsize=2, marker="o", ms=3, label=label)
    ax.set(xlabel="depth (pooling levels)", ylabel="half-width (input pixels)", xticks=depths,
           title="how far an output pixel looks: 95 % of the gradient mass")
    ax.title.set_fontsize(9)
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=6, ncol=2)
    return save_figure(fig, path)


def plot_skip_losses(rows: list[dict], path) -> Path:
    """Dice lost when each skip connection is zeroed, one panel per depth, a bar per level
    (1 = the top, full resolution) and filter count, with sd as error bars."""
    depths = sorted({r["depth"] for r in rows})
    filters = sorted({r["base_filters"] for r in rows})
    fig = new_figure(3.2 * len(depths), 3.4)
    axes = np.atleast_1d(fig.subplots(1, len(depths), sharey=True))
    width = 0.8 / len(filters)
    for ax, d in zip(axes, depths):
        for i, f in enumerate(filters):
            r = next((r for r in rows if r["depth"] == d and r["base_filters"] == f), None)
            if r is None:
                continue
            levels = list(range(1, d + 1))
            ax.bar([k + (i - (len(filters) - 1) / 2) * width for k in levels],
                   [float(r[f"skip_loss{k}"]) for k in levels], width,
                   yerr=[float(r.get(f"skip_loss{k}_sd") or 0) for k in levels],
                   capsize=2, color=f"C{i}", label=f"{f} filters")
        ax.axhline(0, color="k", lw=0.6)
        ax.set(title=f"depth {d}", xlabel="skip removed (1 = top level)",
               xticks=list(range(1, d + 1)))
        ax.grid(alpha=0.3, axis="y")
    axes[0].set_ylabel("Dice lost (test, at 256 px)")
    axes[-1].legend(fontsize=7)
    return save_figure(fig, path)


def plot_erf_maps(maps: list[tuple[str, np.ndarray, int]], path) -> Path:
    """Effective receptive fields side by side: each ``(title, map (H, W), theoretical field
    in pixels)``, the map normalised to its maximum, on a log scale (the field fades
    smoothly), with the theoretical window drawn as a square around the centre pixel."""
    from matplotlib.colors import LogNorm
    from matplotlib.patches import Rectangle
    fig = new_figure(2.6 * len(maps), 2.9)
    axes = np.atleast_1d(fig.subplots(1, len(maps)))
    for ax, (title, erf, field) in zip(axes, maps):
        h, w = erf.shape
        im = ax.imshow(erf / erf.max(), cmap="magma", norm=LogNorm(vmin=1e-4, vmax=1))
        half = (field - 1) / 2
        ax.add_patch(Rectangle((w // 2 - half - 0.5, h // 2 - half - 0.5), field, field,
                               fill=False, ec="cyan", lw=1))
        ax.set(title=title, xticks=[], yticks=[], xlim=(-0.5, w - 0.5), ylim=(h - 0.5, -0.5))
        ax.title.set_fontsize(8)
    fig.colorbar(im, ax=list(axes), shrink=0.8, label="share of the peak")
    return save_figure(fig, path)


def plot_boundaries(rows: list[dict], image: np.ndarray, mask: np.ndarray,
                    outlines: list[tuple[str, np.ndarray, float]], title: str, path) -> Path:
    """How exact the outline is. Left and middle: HD95 and ASSD (pixels) against depth, one
    line per filter count, with sd over partitions as bars (``rows``: one per configuration
    with ``depth``, ``base_filters``, ``hd95``, ``assd`` and optional ``*_sd``). Right: one
    image (H, W) with its true outline (``mask``, green) and each ``(label, probability map
    (H, W), that image's HD95)`` of ``outlines`` drawn at 0.5, so a reader sees where the
    distances come from."""
    fig = new_figure(14, 4.4)
    ax_hd, ax_assd, ax_img = fig.subplots(1, 3, gridspec_kw=dict(width_ratios=[1, 1, 1.1]))
    depths = sorted({r["depth"] for r in rows})
    for i, f in enumerate(sorted({r["base_filters"] for r in rows})):
        rs = sorted((r for r in rows if r["base_filters"] == f), key=lambda r: r["depth"])
        for ax, key in ((ax_hd, "hd95"), (ax_assd, "assd")):
            ax.errorbar([r["depth"] for r in rs], [float(r[key]) for r in rs],
                        yerr=[float(r.get(f"{key}_sd") or 0) for r in rs], fmt="-o", ms=3,
                        capsize=2, color=f"C{i}", label=f"{f} filters")
    for ax, label in ((ax_hd, "HD95: 95th-percentile distance between the outlines (px)"),
                      (ax_assd, "ASSD: mean distance between the outlines (px)")):
        ax.set(xlabel="depth (pooling levels)", xticks=depths, yscale="log", title=label)
        _plain_log_ticks(ax)
        ax.title.set_fontsize(8)
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=7)
    ax_img.imshow(image, cmap="gray")
    ax_img.contour(mask, levels=[0.5], colors=["lime"], linewidths=1.2)
    handles = [_line("lime", "truth")]
    for i, (label, prob, hd95) in enumerate(outlines):
        colour = ["#e41a1c", "#ff7f00", "#984ea3", "#377eb8", "#a65628"][i % 5]
        if prob.max() > 0.5 > prob.min():
            ax_img.contour(prob, levels=[0.5], colors=[colour], linewidths=0.9,
                           linestyles="--")
        handles.append(_line(colour, f"{label}: HD95 {hd95:.1f} px", "--"))
    ax_img.legend(handles=handles, fontsize=6, loc="lower center", framealpha=0.8)
    ax_img.set(xticks=[], yticks=[])
    ax_img.set_title(title, fontsize=8)
    return save_figure(fig, path)


def _plain_log_ticks(ax) -> None:
    """A log-scaled y axis labelled 1, 2, 5, 10, 20, ... (or 0.05, 0.1, ...) in plain numbers,
    not powers of ten."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
    ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.yaxis.set_minor_formatter(NullFormatter())


def _line(colour: str, label: str, style: str = "-"):
    from matplotlib.lines import Line2D
    return Line2D([], [], color=colour, ls=style, label=label)


def plot_partition_curves(curves: list[tuple[str, list[dict], int]], title: str, cap: int,
                          path) -> Path:
    """Training loss and validation Dice per epoch of one configuration on several partitions:
    each ``(label, history rows, best epoch)``; the best epoch is marked, and a dotted line at
    ``cap`` shows the epoch cap, so a reader sees whether early stopping or the cap ended each
    run."""
    fig = new_figure(10, 3.8)
    ax_loss, ax_dice = fig.subplots(1, 2)
    for i, (label, history, best) in enumerate(curves):
        epochs = [int(r["epoch"]) for r in history]
        colour = f"C{i}"
        ax_loss.plot(epochs, [float(r["train_loss"]) for r in history], color=colour,
                     label=label)
        ax_dice.plot(epochs, [float(r["val_dice"]) for r in history], color=colour,
                     label=f"{label}: {len(history)} epochs, best {best}")
        at = [r for r in history if int(r["epoch"]) == best]
        if at:
            ax_dice.scatter([best], [float(at[0]["val_dice"])], color=colour, zorder=3, s=14)
    for ax in (ax_loss, ax_dice):
        ax.axvline(cap, color="grey", lw=0.8, ls=":")
        ax.grid(alpha=0.3)
        ax.set_xlabel(f"epoch (dotted: the {cap}-epoch cap)")
    ax_loss.set(ylabel="training loss (BCE + Dice)", yscale="log")
    _plain_log_ticks(ax_loss)
    ax_dice.set(ylabel="validation Dice", ylim=(max(0.0, min(
        float(r["val_dice"]) for _, h, _ in curves for r in h[2:] or h) - 0.01), None))
    ax_dice.legend(fontsize=7, loc="lower right")
    fig.suptitle(title, fontsize=9)
    return save_figure(fig, path)
