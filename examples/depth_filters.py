"""The depth x filters experiment: what more levels and more filters buy.

    python examples/depth_filters.py --data-dir ../shared/data/lungs256 --size 128 --epochs 10 \
        --patience 5 --seeds 0,1,2 --workers 2 --out docs/experiment

Trains U-Nets of depth 1-4 with 4-32 base filters, once per repeat (--seeds, --folds), on the
plain loop or a Dask cluster (--workers, --scheduler), skipping finished runs and resuming
unfinished ones, then writes the tables (per run, per configuration with 95 % intervals, paired
differences) and figures into --out. Flags as `tinyunet sweep --help`; chapter 8 of the docs
reads the results.
"""
import sys

from tinyunet.cli import main

if __name__ == "__main__":
    sys.exit(main(["sweep", *sys.argv[1:]]))
