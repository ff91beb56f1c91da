"""The capstone: your own layers train a real U-Net on real chest X-rays.

    python examples/capstone.py --layers exercises/my_layers.py

First every function of your file that training uses is checked (``tinyunet check``); then the
same U-Net, on the same split, seed and augmentation, is trained twice on the embedded lung sample:
once with the library's layers and once with yours (``tinyunet.use_layers``: your conv_forward,
conv_backward, ReLU, max-pooling, up-convolution, concatenation, loss and Adam step, wherever
your file defines them). The two test Dice scores are printed side by side. A wrong backward
pass shows up as a run that learns less, and the failing check is named.

The default network (64 x 64 pixels, depth 3, 8 filters, 12 epochs) finishes in a few minutes on
2 cores with the worked solutions, whose convolution is a plain loop.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tinyunet.exercises import TRAINING_FUNCTIONS, check_module, load_module
from tinyunet.learner import use_layers
from tinyunet.runs import train_run
from tinyunet.train import TrainConfig

ROOT = Path(__file__).resolve().parents[1]


def run(layers, out, size=64, depth=3, filters=8, epochs=12, seed=0, limit=None,
        progress=True, log=print) -> dict:
    """Train with the library's layers and with ``layers`` (a path); returns both metrics, the
    failing checks and the verdict."""
    module = load_module(layers)
    used = [n for n in TRAINING_FUNCTIONS if callable(getattr(module, n, None))]
    checks = check_module(module, used, learner_file=str(layers), verbose=False)
    failing = {n: r.message.splitlines()[0] for n, r in checks.items() if not r.passed}
    log(f"your functions that training uses: {', '.join(used)}")
    for name, message in failing.items():
        log(f"  FAILS its check: {name}: {message}")
    config = TrainConfig(epochs=epochs, patience=epochs, seed=seed)
    kwargs = dict(size=size, depth=depth, base_filters=filters, config=config, limit=limit,
                  progress=progress, log=lambda *a: None)
    results = {}
    for label, context in (("library", None), ("yours", module)):
        started = time.perf_counter()
        if context is None:
            metrics = train_run(Path(out) / label, None, **kwargs)
        else:
            with use_layers(context):
                metrics = train_run(Path(out) / label, None, **kwargs)
        results[label] = dict(test_dice=metrics["test_dice"],
                              seconds=round(time.perf_counter() - started, 1))
        log(f"{label:>8} layers: test Dice {metrics['test_dice']:.4f} on {metrics['n_test']} "
            f"held-out X-rays ({results[label]['seconds']:.0f} s)")
    gap = results["library"]["test_dice"] - results["yours"]["test_dice"]
    if gap > 0.05:
        verdict = ("your layers learn less than the library's: "
                   + (f"look at {', '.join(failing)} (tinyunet check NAME --file {layers})"
                      if failing else "run tinyunet check --all --file " + str(layers)))
    else:
        verdict = "your layers train a U-Net as well as the library's"
    log(verdict)
    return dict(results, failing=failing, verdict=verdict, gap=gap)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--layers", default=str(ROOT / "exercises" / "my_layers.py"))
    p.add_argument("--out", default=f"runs/capstone-{time.strftime('%Y%m%d-%H%M%S')}")
    p.add_argument("--size", type=int, default=64)
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("--filters", type=int, default=8)
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", type=Path, help="also write the result here (docs/capstone.json "
                   "holds the worked solutions' run that the exercises page quotes)")
    args = p.parse_args(argv)
    result = run(args.layers, args.out, args.size, args.depth, args.filters, args.epochs,
                 args.seed)
    if args.json:
        import json
        from tinyunet.runs import machine
        args.json.write_text(json.dumps(dict(
            command="python examples/capstone.py --layers exercises/solutions/my_layers.py "
                    "--json docs/capstone.json",
            date=time.strftime("%Y-%m-%d"), machine=machine(), size=args.size,
            depth=args.depth, filters=args.filters, epochs=args.epochs, seed=args.seed,
            library=result["library"], yours=result["yours"],
            failing=list(result["failing"])), indent=2) + "\n")


if __name__ == "__main__":
    main()
