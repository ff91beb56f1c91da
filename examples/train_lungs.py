"""Train a U-Net to find the lung fields in chest X-rays, and test it on images it never saw.

    python examples/train_lungs.py                      # the embedded sample, about 6-10 min on 2 cores
    python examples/train_lungs.py --data-dir PATH      # the Kaggle download, or lungs256
    python examples/train_lungs.py --size 256 --epochs 80 --max-minutes 120 --data-dir PATH

Every flag of `tinyunet train` passes through (`--help` lists them). The run directory (default
runs/train_lungs-DATE-TIME) holds the checkpoints, history.csv, metrics.json and the figures.
"""
import argparse
import sys
import time

from tinyunet.cli import add_train_arguments, main


def parse(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_train_arguments(parser, defaults=dict(
        size=128, depth=4, filters=16, epochs=60, batch_size=8, lr=1e-3, patience=12,
        max_minutes=9, run_dir=f"runs/train_lungs-{time.strftime('%Y%m%d-%H%M%S')}"))
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse()
    argv = ["train"]
    for key, value in vars(args).items():
        flag = "--" + key.replace("_", "-")
        if isinstance(value, bool):
            argv += [flag] if value else []
        elif value is not None:
            argv += [flag, str(value)]
    sys.exit(main(argv))
