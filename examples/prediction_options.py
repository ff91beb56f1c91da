"""What post-processing and test-time augmentation buy, measured on a finished run.

    python examples/prediction_options.py RUN_DIR [RUN_DIR ...] [--json OUT.json]

For each run folder (``best.npz`` and ``run.json``: the size and the split it trained with) it
scores the validation images (where a choice is made) and the test images (which only confirm):
the plain prediction; the two largest lung fields kept and holes filled (``--keep-lungs``); the
mean over shifts and zooms (``--tta``); both; and, to answer whether a horizontal flip helps on
chest X-rays (the anatomy is not symmetric: the heart sits left), the mean with the flipped image.
With several run folders, also their ensemble (the mean of their probabilities) on the first run's
split. Dice, HD95 (pixels at the run's size) and the prediction time are printed per set.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from tinyunet.checkpoint import model_from_checkpoint
from tinyunet.data import load_dataset
from tinyunet.metrics import dice_per_image, surface_distances_per_image
from tinyunet.postprocess import DEFAULT_TTA, ensemble_probabilities, keep_lungs

OPTIONS = {
    "plain": (None, False),
    "keep lungs": (None, True),
    "TTA (shifts, zooms)": (DEFAULT_TTA, False),
    "TTA + keep lungs": (DEFAULT_TTA, True),
    "TTA with a flip": ((("identity",), ("flip",)), False),
}


def score(models, data, transforms, keep) -> dict:
    started = time.perf_counter()
    probs = ensemble_probabilities(models, data.images, transforms=transforms)
    seconds = time.perf_counter() - started
    pred = keep_lungs(probs > 0.5) if keep else probs > 0.5
    pred = pred.astype(np.float32)
    return dict(dice=float(dice_per_image(pred, data.masks).mean()),
                hd95=float(surface_distances_per_image(pred, data.masks)["hd95"].mean()),
                seconds_per_image=seconds / len(data))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    run = json.loads((args.runs[0] / "run.json").read_text())
    models = [model_from_checkpoint(r / "best.npz")[0] for r in args.runs]
    data = load_dataset(run["data_dir"], run["size"], progress=False, write_cache=False)
    sets = {name: data.by_names(run["splits"][name]) for name in ("val", "test")}
    rows = []
    candidates = [(f"{r.name}: {label}", [m], t, k) for r, m in zip(args.runs[:1], models[:1])
                  for label, (t, k) in OPTIONS.items()]
    if len(models) > 1:
        candidates += [(f"ensemble of {len(models)}: {label}", models, t, k)
                       for label, (t, k) in list(OPTIONS.items())[:4]]
    print(f"{'option':<44}{'set':>5}{'Dice':>9}{'HD95':>8}{'s/image':>9}")
    for label, ms, t, k in candidates:
        for set_name, subset in sets.items():
            s = score(ms, subset, t, k)
            rows.append(dict(option=label, set=set_name, n=len(subset), **s))
            print(f"{label:<44}{set_name:>5}{s['dice']:>9.4f}{s['hd95']:>8.2f}"
                  f"{s['seconds_per_image']:>9.3f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
