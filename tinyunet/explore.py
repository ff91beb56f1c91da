"""The explorer: a static page to walk a trained U-Net level by level in the browser.

:func:`build_explorer` turns models and X-rays into the page's data; the page itself (HTML, one
script, one stylesheet) is package data in ``tinyunet/explorer/``, copied beside it::

    OUT/index.html, explorer.js, explorer.css    the page (opens from file://, no server)
    OUT/data.js                                  window.EXPLORER = {...}: the JSON index
    OUT/maps/...                                 8-bit grayscale PNGs of every map shown

The index lists, per configuration and image, the stages of the network in the order the data
flows (down1, pool1, ..., bottleneck, up-convolution, concatenation, up block, ..., output),
each with its shape ``(C, H, W)``, receptive field, a mean-|activation| image and up to
``max_channels`` channels, each scaled to its own value range (given, so the page can show it);
the output with each skip connection removed; the effective receptive field of a lattice of
output pixels (:mod:`tinyunet.receptive`) and the centre pixel's field; the first layer's
filters; the model's
configuration and, from a sweep, its row of the results table. Size is bounded: at most
``configs x images x (stages x (max_channels + 1) + depth + 2)`` PNGs of at most S x S pixels.
(``data.js`` and not a ``.json`` file: browsers refuse to fetch files from ``file://``.)
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image

from .atomic import atomic_write, write_bytes_atomically, write_text_atomically
from .data import normalise
from .layers import inference
from .losses import sigmoid
from .metrics import dice_per_image, surface_distances_per_image
from .receptive import input_gradients, mass_radius

PAGE_FILES = ("index.html", "explorer.js", "explorer.css")


def _png(array: np.ndarray, path: Path, lo: float | None = None, hi: float | None = None):
    """Write a 2-D array as an 8-bit grayscale PNG scaled from [lo, hi] (default: its range);
    returns (lo, hi)."""
    a = np.asarray(array, dtype=np.float32)
    lo = float(a.min()) if lo is None else lo
    hi = float(a.max()) if hi is None else hi
    scaled = np.zeros(a.shape, np.uint8) if hi <= lo else \
        np.clip(np.rint((a - lo) * (255.0 / (hi - lo))), 0, 255).astype(np.uint8)
    _save_png(Image.fromarray(scaled), path)
    return lo, hi


def _mask_png(mask: np.ndarray, path: Path) -> None:
    """The mask's border as an RGBA PNG: green where the mask meets the background, clear
    elsewhere (laid over the input)."""
    m = np.asarray(mask) > 0
    edge = m.copy()
    edge[1:-1, 1:-1] &= ~(m[:-2, 1:-1] & m[2:, 1:-1] & m[1:-1, :-2] & m[1:-1, 2:])
    rgba = np.zeros(m.shape + (4,), np.uint8)
    rgba[edge] = (0, 255, 90, 255)
    rgba[m & ~edge] = (0, 255, 90, 40)
    _save_png(Image.fromarray(rgba, mode="RGBA"), path)


def _save_png(image: Image.Image, path: Path) -> None:
    """Write ``image`` as a PNG at ``path``, whole or not at all (a page may be open on it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "wb") as fh:
        image.save(fh, format="PNG")


def stages(model, features: dict) -> list[tuple[str, str, np.ndarray]]:
    """(name, kind, map (C, H, W)) in the order the data flows through ``model``."""
    out = []
    for level in range(1, model.depth + 1):
        out += [(f"down{level}", "down", features[f"down{level}"][0]),
                (f"pool{level}", "pool", features[f"pool{level}"][0])]
    out.append(("bottleneck", "bottleneck", features["bottleneck"][0]))
    for level in range(model.depth, 0, -1):
        out += [(f"up{level}.upconv", "up-convolution", features[f"up{level}.upconv"][0]),
                (f"up{level}.concat", "concatenation", features[f"up{level}.concat"][0]),
                (f"up{level}", "up", features[f"up{level}"][0])]
    out.append(("output", "output", sigmoid(features["logits"][0])))
    return out


def _view(model, cid: str, image: np.ndarray, mask, img_id: str, out: Path,
          max_channels: int) -> dict:
    """Every map of one configuration on one image, written as PNGs; the index entry
    (the model runs in eval mode; :func:`build_explorer` gives it back as it was)."""
    x = normalise(image[None])
    logits, features = model.forward(x, return_features=True)
    prob = sigmoid(logits[0, 0])
    fields = model.receptive_fields()
    folder = Path("maps") / cid / img_id
    entries = []
    for i, (name, kind, fmap) in enumerate(stages(model, features)):
        base = folder / f"{i:02d}_{name.replace('.', '_')}"
        lo, hi = _png(np.abs(fmap).mean(axis=0), out / f"{base}_mean.png")
        channels = []
        for c in range(min(max_channels, fmap.shape[0])):
            src = f"{base}_c{c}.png"
            c_lo, c_hi = _png(fmap[c], out / src, *((0.0, 1.0) if kind == "output" else ()))
            channels.append(dict(src=src, min=round(c_lo, 5), max=round(c_hi, 5)))
        rf = fields.get(name, fields["logits"] if kind == "output" else None)
        entries.append(dict(name=name, kind=kind, shape=list(fmap.shape), rf=rf,
                            mean=f"{base}_mean.png", mean_range=[round(lo, 5), round(hi, 5)],
                            channels=channels, channels_total=int(fmap.shape[0])))
    output = entries[-1]["channels"][0]["src"]      # the output stage's map, written above
    scores = _scores(prob, mask)
    skips = []
    for level in range(1, model.depth + 1):
        p = sigmoid(model.forward(x, drop_skips=(level,))[0, 0])
        src = f"{folder}/without_skip{level}.png"
        _png(p, out / src, 0.0, 1.0)
        skips.append(dict(level=level, src=src,
                          changed=round(float(((p > 0.5) != (prob > 0.5)).mean()), 4),
                          **_scores(p, mask)))
    return dict(output=output, **scores, stages=entries, skips=skips)


def _scores(prob: np.ndarray, mask: np.ndarray | None) -> dict:
    """Dice and HD95 (pixels of the map) of a probability map (S, S) against its mask; both
    None without a mask."""
    if mask is None:
        return dict(dice=None, hd95=None)
    return dict(dice=round(float(dice_per_image(prob[None], mask[None])[0]), 4),
                hd95=round(float(surface_distances_per_image(prob[None], mask[None])["hd95"][0]),
                           2))


def _effective_fields(model, cid: str, image: np.ndarray, img_id: str, out: Path,
                      grid: int, share: float = 0.95) -> dict:
    """The effective receptive field of a ``grid`` x ``grid`` lattice of output pixels of one
    image (:func:`tinyunet.receptive.input_gradients`): each one's half-width holding ``share``
    of the gradient (:func:`tinyunet.receptive.mass_radius`), and the centre pixel's field as a
    PNG on a log scale (1e-3 of its peak to the peak)."""
    size = image.shape[0]
    x = normalise(image[None])
    pixels = [(int((i + 0.5) * size / grid), int((j + 0.5) * size / grid))
              for i in range(grid) for j in range(grid)]
    centre = (size // 2, size // 2)
    wanted = pixels + [centre]
    maps = []
    for start in range(0, len(wanted), 8):
        part = wanted[start:start + 8]
        maps.extend(input_gradients(model, np.repeat(x, len(part), axis=0), part))
    radius = [round(mass_radius(m, p, share), 1) for m, p in zip(maps, wanted)]
    peak = maps[-1].max()
    src = f"maps/{cid}/{img_id}/erf_centre.png"
    _png(np.log10(np.maximum(maps[-1] / peak, 1e-3)) if peak > 0 else maps[-1], out / src,
         -3.0, 0.0)
    return dict(grid=grid, share=share, pixels=[list(p) for p in pixels], radius=radius[:-1],
                centre=src, centre_pixel=list(centre), centre_radius=radius[-1])


def _filters(model, cid: str, out: Path) -> dict:
    """First convolution's kernels (input channel 0) as PNGs on one symmetric scale."""
    weight = model.first_conv.weight
    lim = float(np.abs(weight[:, 0]).max()) or 1.0
    srcs = []
    for o in range(weight.shape[0]):
        src = f"maps/{cid}/filters/f{o}.png"
        _png(weight[o, 0], out / src, -lim, lim)
        srcs.append(src)
    return dict(name="down1.conv1", shape=list(weight.shape), range=[-lim, lim], srcs=srcs)


def build_explorer(out, configs: list[dict], images: list[dict], max_channels: int = 8,
                   title: str = "tinyunet explorer", erf_grid: int = 4) -> dict:
    """Write the explorer into ``out``.

    ``configs``: ``dict(id, label, model, row=None)``; ``row`` is a results-table row shown
    beside the configuration. ``images``: ``dict(name, image, mask=None)`` with ``image`` uint8
    (S, S) and ``mask`` {0,1} (S, S) at the models' size. ``erf_grid``: the effective receptive
    field is measured for ``erf_grid`` x ``erf_grid`` output pixels of each image (0: not at
    all). Returns the index (also in data.js) with ``bytes``, the size of everything written.
    """
    if not configs or not images:
        raise ValueError("the explorer needs at least one configuration and one image")
    if max_channels < 1:
        raise ValueError(f"max_channels must be at least 1, got {max_channels}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out} exists and is not a folder")
    maps = out / "maps"
    if maps.exists():
        shutil.rmtree(maps)                     # a rebuilt page keeps no stale maps
    index = dict(version=1, title=title, max_channels=max_channels, images=[], configs=[])
    for k, item in enumerate(images):
        img_id = f"img{k}"
        entry = dict(id=img_id, name=item["name"], size=list(item["image"].shape),
                     input=f"maps/input/{img_id}.png", mask=None)
        _png(item["image"], out / entry["input"], 0, 255)
        if item.get("mask") is not None:
            entry["mask"] = f"maps/input/{img_id}_mask.png"
            _mask_png(item["mask"], out / entry["mask"])
        index["images"].append(entry)
    for c in configs:
        model = c["model"]
        cfg = dict(id=c["id"], label=c["label"], depth=model.depth,
                   base_filters=model.config["base_filters"],
                   parameters=model.num_parameters(),
                   receptive_field=model.receptive_field_size, row=c.get("row"),
                   filters=_filters(model, c["id"], out), views={})
        with model.evaluating(), inference():    # nothing kept for backward on the model
            for k, item in enumerate(images):
                cfg["views"][f"img{k}"] = _view(model, c["id"], item["image"], item.get("mask"),
                                                f"img{k}", out, max_channels)
        if erf_grid:          # backward passes, outside inference(); mode and grads given back
            for k, item in enumerate(images):
                cfg["views"][f"img{k}"]["erf"] = _effective_fields(
                    model, c["id"], item["image"], f"img{k}", out, erf_grid)
        index["configs"].append(cfg)
    page = resources.files("tinyunet") / "explorer"
    for name in PAGE_FILES:
        write_bytes_atomically(out / name, (page / name).read_bytes())
    data = "window.EXPLORER = " + json.dumps(index, indent=1) + ";\n"
    write_text_atomically(out / "data.js", data)
    written = [p.stat().st_size for p in out.rglob("*") if p.is_file()]
    index["bytes"], index["files"] = sum(written), len(written)
    return index


def sweep_configs(sweep_dir, only=None) -> tuple[list[dict], dict]:
    """The configurations of a finished sweep (those named in ``only``, e.g. ``["d2_f16"]``,
    when given): each one's first finished repeat (its best.npz) with its row of results.csv;
    and that run's run.json (data folder, size, split)."""
    import csv
    from .checkpoint import model_from_checkpoint
    sweep_dir = Path(sweep_dir)
    runs_csv = sweep_dir / "runs.csv"
    if not runs_csv.is_file():
        raise ValueError(f"{sweep_dir} holds no sweep (no runs.csv); run `tinyunet sweep` first")
    table = {(r["depth"], r["base_filters"]): r
             for r in csv.DictReader(open(sweep_dir / "results.csv"))}
    configs, first_run, seen = [], None, set()
    for r in csv.DictReader(open(runs_csv)):
        key, cid = (r["depth"], r["base_filters"]), f"d{r['depth']}_f{r['base_filters']}"
        run_dir = sweep_dir / "runs" / r["name"]
        if (r["status"] != "done" or key in seen or (only and cid not in only)
                or not (run_dir / "best.npz").is_file()):
            continue
        seen.add(key)
        model, _ = model_from_checkpoint(run_dir / "best.npz")
        row = {k: v for k, v in table.get(key, {}).items() if v != ""}
        configs.append(dict(id=cid, label=f"depth {r['depth']}, {r['base_filters']} filters",
                            model=model, row=row))
        first_run = first_run or json.loads((run_dir / "run.json").read_text())
    if not configs:
        raise ValueError(f"no finished run with a checkpoint in {sweep_dir / 'runs'}"
                         + (f" among {', '.join(only)}" if only else ""))
    return configs, first_run
