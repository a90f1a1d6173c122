"""Speed of detente against the bare spaCy pipeline, on one corpus, in one run.

    .venv/bin/python benchmarks/bench_speed.py [N_ARTICLES] [--workers 1 2]

For each number of processes: articles/s, sentences/s, peak RSS per worker, and the ratio of
bare ``nlp.pipe`` (all the model's enabled components, every paragraph) to detente end to
end (read → split → pre-filter → parse → actors → events) over the same articles with the
same number of worker processes (above 1 is faster than bare spaCy). Then, in one process,
the share of time per stage and the share of sentences that needed the full parse. Models
are loaded and warmed before the clock starts, in both cases. Ratios measured in the same
run compare across machines; absolute rates do not.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

from detente.ingest.detect import content_id
from detente.ingest.textdump import read_textdump
from detente.records import Article

CHUNK = 16
_state: dict[str, Any] = {}


def articles(n: int) -> list[Article]:
    day = date(2024, 3, 1)
    return [read_textdump(t, "bench", content_id(t), published=day) for t in corpus(n)]


def real_articles(paths: list[str]) -> list[Article]:
    """The articles under ``paths``, read as ``detente ingest`` reads them."""
    from detente.ingest import read_paths

    return [a for a in read_paths(paths) if isinstance(a, Article)]


def _init(kind: str) -> None:
    """One process's model: detente's pipeline, or the bare spaCy pipeline with every
    component it ships enabled (the floor the issue measures against)."""
    import spacy

    from detente import Pipeline
    from detente.settings import Settings

    _state["kind"] = kind
    if kind == "bare":
        _state["nlp"] = spacy.load(Settings().model)
        return
    _state["pipeline"] = Pipeline()


def _detente(chunk: list[Article]) -> tuple[int, int]:
    pipeline = _state["pipeline"]
    events = sum(len(getattr(r, "events", ())) for r in pipeline.code_all(chunk))
    return events, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _bare(chunk: list[Article]) -> tuple[int, int]:
    texts = [p.text for a in chunk for p in a.paragraphs]
    sentences = sum(len(list(doc.sents)) for doc in _state["nlp"].pipe(texts, batch_size=64))
    return sentences, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def timed(work: Callable[[list[Article]], tuple[int, int]], kind: str, docs: list[Article],
          workers: int) -> tuple[float, int]:  # fmt: skip
    """Seconds for ``work`` over ``docs`` in ``workers`` warm processes; peak RSS (kB)."""
    parts = [docs[i : i + CHUNK] for i in range(0, len(docs), CHUNK)]
    context = get_context("spawn")
    with ProcessPoolExecutor(workers, context, initializer=_init, initargs=(kind,)) as pool:
        list(pool.map(work, [docs[:2]] * workers * 2))  # load and warm every worker
        start = time.perf_counter()
        out = list(pool.map(work, parts))
        seconds = time.perf_counter() - start
    return seconds, max(rss for _, rss in out)


def stages(docs: list[Article]) -> dict[str, float]:
    """Seconds per stage in one process (split and pre-filter timed apart from the parse)."""
    from detente import Pipeline

    pipeline = Pipeline()
    parser = pipeline.parser
    pipeline.code_all(docs[:2])
    timing = dict.fromkeys(("split", "prefilter", "parse", "actors", "events"), 0.0)
    t0 = time.perf_counter()
    splits = [parser.split(a) for a in docs]
    t1 = time.perf_counter()
    if parser.prefilter is not None:
        for found in splits:
            parser.prefilter.select([s.words for s in found])
    t2 = time.perf_counter()
    timing["split"], timing["prefilter"] = t1 - t0, t2 - t1
    parser.counts.__init__()  # type: ignore[misc]
    for i in range(0, len(docs), CHUNK):
        t = time.perf_counter()
        documents = parser.parse_group(docs[i : i + CHUNK])
        timing["parse"] += time.perf_counter() - t
        for document in documents:
            t = time.perf_counter()
            resolved = pipeline.resolver(document)
            t_mid = time.perf_counter()
            pipeline.coder(resolved)
            timing["actors"] += t_mid - t
            timing["events"] += time.perf_counter() - t_mid
    timing["parse"] -= timing["split"] + timing["prefilter"]  # parse_group splits again
    timing["share_parsed"] = parser.counts.share
    timing["sentences"] = parser.counts.sentences
    return timing


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--inputs",
        nargs="+",
        metavar="PATH",
        help="measure on these files (e.g. real news) instead of generated text",
    )
    args = ap.parse_args()
    docs = real_articles(args.inputs) if args.inputs else articles(args.n)
    args.n = len(docs)
    timing = stages(docs)
    sentences = int(timing.pop("sentences"))
    share_parsed = timing.pop("share_parsed")
    print(f"{args.n} articles, {sentences} sentences; {share_parsed:.1%} of sentences parsed")
    base: float | None = None
    for workers in args.workers:
        ours, rss = timed(_detente, "detente", docs, workers)
        bare, bare_rss = timed(_bare, "bare", docs, workers)
        base = base or ours
        print(f"workers {workers}: articles/s {args.n / ours:.1f}  sentences/s "
              f"{sentences / ours:.1f}  peak RSS/worker {rss / 1024:.0f} MB "
              f"(bare spaCy {bare_rss / 1024:.0f} MB)  bare spaCy / detente time "
              f"{bare / ours:.2f}  speed-up over 1 worker {base / ours:.2f}")  # fmt: skip
    total = sum(timing.values())
    for key, value in timing.items():
        print(f"share {key:<9} {value / total:6.1%}")


if __name__ == "__main__":
    main()
