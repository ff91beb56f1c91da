"""Make the embedded sample tinyunet/sample_data/lungs from ../shared/data/lungs256.

Takes every 4th pair of each (source set, label) group of the filename-sorted manifest, so the
sample keeps the proportions of the full 400 pairs, and copies the files unchanged with their
manifest rows. Run once by the maintainers; the result is committed.

    python scripts/make_sample.py [SOURCE_DIR]
"""
import csv
import shutil
import sys
from collections import defaultdict
from pathlib import Path

source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/lungs256")
target = Path(__file__).resolve().parents[1] / "tinyunet" / "sample_data" / "lungs"
rows = sorted(csv.DictReader(open(source / "manifest.csv")), key=lambda r: r["file"])
groups = defaultdict(list)
for row in rows:
    groups[(row["source_set"], row["label"])].append(row)
chosen = sorted((r for g in groups.values() for r in g[::4]), key=lambda r: r["file"])
for sub in ("images", "masks"):
    (target / sub).mkdir(parents=True, exist_ok=True)
    for row in chosen:
        shutil.copy2(source / sub / row["file"], target / sub / row["file"])
with open(target / "manifest.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(chosen)
print(f"copied {len(chosen)} pairs to {target}")
