"""The depth x filters experiment: what more levels and more filters buy.

    python examples/depth_filters.py --data-dir ../shared/data/lungs256 --out docs/experiment

Trains U-Nets of depth 1-4 with 4-32 base filters on one split (same seed, schedule and
augmentation), skipping finished runs and resuming unfinished ones, then writes results.csv,
results.md and figures into --out. Flags as `tinyunet sweep --help`.
"""
import sys

from tinyunet.cli import main

if __name__ == "__main__":
    sys.exit(main(["sweep", *sys.argv[1:]]))
