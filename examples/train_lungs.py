"""Train a U-Net to find the lung fields in chest X-rays, and test it on images it never saw.

    python examples/train_lungs.py                      # the embedded sample
                                                        # (docs/results.md: its time and Dice)
    python examples/train_lungs.py --data-dir PATH      # the Kaggle download, or lungs256
    python examples/train_lungs.py --size 256 --epochs 80 --max-minutes 120 --data-dir PATH

Every flag of `tinyunet train` works here too (`--help` lists them); only some defaults differ
(60 epochs, patience 12, a 9-minute budget). The run directory (default
runs/train_lungs-DATE-TIME) holds the checkpoints, history.csv, metrics.json and the figures.
Measured times and scores: docs/results.md.
"""
import argparse
import sys
import time

from tinyunet.cli import add_train_arguments, run_command, run_train


def parse(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    add_train_arguments(parser, defaults=dict(
        size=128, depth=4, filters=16, epochs=60, batch_size=8, lr=1e-3, patience=12,
        max_minutes=9, run_dir=f"runs/train_lungs-{time.strftime('%Y%m%d-%H%M%S')}"))
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(run_command(run_train, parse()))
