"""How much of the pipeline's time goes on reading: read time / whole-pipeline time.

Reads and codes the same inputs (the seed, examples/ and the HTML test corpus, repeated),
once through ``read_paths`` alone and once through ``Pipeline.run`` (which reads too). The
spaCy model, the language model and the readers' imports are loaded before the clock starts
(one untimed pass over the inputs), so both timings see the same warm process. The issue's target:
reading takes less than 10% of the pipeline's time.

    .venv/bin/python benchmarks/bench_read.py [--repeat N] [PATH ...]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from detente import Pipeline
from detente.ingest import read_paths
from detente.records import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT.parent / "shared" / "seed",
    ROOT / "examples",
    ROOT / "tests" / "data" / "html",
    ROOT / "tests" / "data" / "feeds",
]


def _seconds(work: object) -> tuple[float, int]:
    start = time.perf_counter()
    count = sum(1 for _ in work)  # type: ignore[attr-defined]
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT if p.exists()])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = [str(p) for p in args.paths] * args.repeat
    pipeline = Pipeline()
    list(read_paths(args.paths))  # warm: imports and the language model load on first use
    read, records = _seconds(read_paths(paths))
    articles = sum(1 for r in read_paths(paths) if isinstance(r, Article))
    whole, _ = _seconds(pipeline.run(paths))
    print(f"inputs: {records} records, {articles} articles")
    print(f"read:     {read:8.3f} s  ({1000 * read / max(records, 1):.1f} ms per record)")
    print(f"pipeline: {whole:8.3f} s  (read + parse + actors + events)")
    print(f"ratio:    {read / whole:8.3f}  (target < 0.10)")


if __name__ == "__main__":
    main()
