"""The strict ratios of one or more bench_unet.py results files, one Markdown row each.

    python benchmarks/strict_table.py benchmarks/results_avx2_tuned.json [more.json ...]

For every tinyunet row of each file: the instruction set both sides ran on, depth x filters,
batch, size, threads, and PyTorch's time over tinyunet's against the faster PyTorch layout (step
or batch-1 prediction, and forward), with peak memory tinyunet / the smaller PyTorch: the rows
RESULTS.md and the README quote.
"""
import json
import sys


def rows(path: str) -> list[str]:
    report = json.loads(open(path).read())
    isa = report.get("isa", "native")
    what = report.get("tinyunet_isa", "not recorded").split(" (")[0]
    out = []
    for r in report["results"]:
        if r["impl"] != "tinyunet" or "strict" not in r:
            continue
        s = r["strict"]
        out.append(f"| {what} (--isa {isa}) | {report.get('allocator')} | d{r['depth']}x"
                   f"{r['filters']} | {r['batch']} | {r['size']} | {r['threads']} | "
                   f"{s['time_ratio']:.2f} | {s['forward_ratio']:.2f} | {s['memory_ratio']:.2f} |")
    return out


def main(paths):
    print("| instruction set | allocator | config | batch | size | threads | step (or "
          "prediction) | forward | memory |")
    print("|---|---|---|---|---|---|---|---|---|")
    for path in paths:
        print("\n".join(rows(path)))


if __name__ == "__main__":
    main(sys.argv[1:])
